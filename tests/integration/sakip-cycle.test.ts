import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { MutationResult } from "@/lib/errors";
import { GET as publicLkip } from "@/app/publik/[kode]/lkip/[berkas]/route";
import { uploadBukti } from "@/lib/server/bukti/upload-bukti";
import { loadBuktiPage } from "@/lib/server/bukti/load-bukti";
import { db } from "@/lib/server/db";
import { loadLke } from "@/lib/server/lke/load-lke";
import { saveLkeAnswer, saveLkeScore } from "@/lib/server/lke/save-lke-jawaban";
import { findLkipVerification } from "@/lib/server/lkip/verify-lkip";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { findOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { readOpdYearResult } from "@/lib/server/opd-year/opd-year-result";
import { loadPublicPortal } from "@/lib/server/public/load-public-portal";
import { saveRealisasiGrid } from "@/lib/server/realisasi/save-realisasi-grid";
import { saveRencanaAksi } from "@/lib/server/rencana-aksi/save-rencana-aksi";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";
import { principalOf } from "./fixtures";
import { moveLaporan } from "./move-laporan";

// Issue 21's walk through one SAKIP cycle on the demo's 2023, each step through the server code a screen
// calls: the rencana aksi, the fourth quarter's realisasi, its evidence, the LKE answered and scored, the
// LKIP made FINAL, and then the public portal listing it with a PDF that verifies.

const YEAR = 2023;
const ok = <T>(result: MutationResult<T>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

let ids: { opdId: string; laporanId: string; subId: string; indikatorId: string };

beforeAll(async () => {
  await loadDemo(db, serang2022);
  expect(await loadDemoYearInProgress(db, serang2023)).toBe("loaded");
  const opd = await db.perangkatDaerah.findUniqueOrThrow({ where: { slug: "dinsos-serang" } });
  const laporan = await db.laporanKinerja.findFirstOrThrow({ where: { opdId: opd.id, year: YEAR } });
  const sub = await db.subKegiatan.findFirstOrThrow({
    where: { opdId: opd.id, year: YEAR },
    orderBy: { code: "asc" },
  });
  const indikator = await db.indikator.findFirstOrThrow({
    where: { subKegiatan: { opdId: opd.id, year: YEAR }, calculation: "LANGSUNG" },
    orderBy: { name: "asc" },
  });
  ids = {
    opdId: opd.id,
    laporanId: laporan.id,
    subId: sub.id,
    indikatorId: indikator.id,
  };
});

describe("the SAKIP cycle of Dinas Sosial 2023", () => {
  it("goes from the rencana aksi to a FINAL LKIP on the public portal that verifies", async () => {
    const perencana = await principalOf("perencana.dinsos@sakip.demo");
    const kepala = await principalOf("kepala.dinsos@sakip.demo");
    const inspektorat = await principalOf("inspektorat.serang@sakip.demo");
    const context = (await findOpdYearContext(kepala, "dinsos-serang", String(YEAR)))!;

    // Rencana aksi: the sub kegiatan's TW IV disbursement plan, read back on the head's dashboard.
    const plan = await db.rencanaAksiAnggaran.findUnique({
      where: { subKegiatanId_period: { subKegiatanId: ids.subId, period: "TW4" } },
    });
    ok(
      await executeMutation(saveRencanaAksi, perencana, {
        opdId: ids.opdId,
        year: YEAR,
        cells: [
          { key: `anggaran:${ids.subId}:4`, text: "1.000.000", version: plan?.version ?? null, row: 1 },
        ],
      }),
    );
    expect((await readOpdYearResult(context, 4, "dashboard")).plan.source).toBe("RENCANA_AKSI");

    // Realisasi of the fourth quarter (I–III are the demo's), an amount and an indicator value.
    ok(
      await executeMutation(saveRealisasiGrid, perencana, {
        opdId: ids.opdId,
        year: YEAR,
        quarter: 4,
        cells: [
          { key: `anggaran:${ids.subId}`, text: "750.000", version: null, row: 1 },
          { key: `nilai:${ids.indikatorId}`, text: "12", version: null, row: 2 },
        ],
      }),
    );
    const entered = await db.realisasiAnggaran.findFirstOrThrow({
      where: { subKegiatanId: ids.subId, period: "TW4" },
    });
    expect(entered.amount.toString()).toBe("750000");

    // Its evidence: a PDF on the indicator's TW IV realisasi, listed with its SHA-256.
    const pdf = Buffer.from("%PDF-1.7\n% Daftar penerima TW IV\n%%EOF\n");
    ok(
      await executeMutation(uploadBukti, perencana, {
        opdId: ids.opdId,
        year: YEAR,
        target: "REALISASI_INDIKATOR",
        targetId: ids.indikatorId,
        triwulan: 4,
        lkeCode: "",
        file: { name: "daftar-penerima-tw4.pdf", base64: pdf.toString("base64") },
      }),
    );
    const evidence = await db.attachment.findFirstOrThrow({ where: { fileName: "daftar-penerima-tw4.pdf" } });
    expect(evidence.sha256).toBe(createHash("sha256").update(pdf).digest("hex"));
    expect(JSON.stringify(await loadBuktiPage(context, {}))).toContain("daftar-penerima-tw4.pdf");

    // The LKE: the OPD answers 1.a.3 (a Renstra with IKU exists), the inspectorate scores it.
    const kriteria = await db.lkeKriteria.findFirstOrThrow({
      where: { pemdaId: context.opd.pemdaId, code: "1.a.3" },
    });
    ok(
      await executeMutation(saveLkeAnswer, perencana, {
        laporanId: ids.laporanId,
        kriteriaId: kriteria.id,
        answer: "Y",
        explanation: "Renstra 2021–2026 memuat IKU",
        version: null,
      }),
    );
    const answered = await db.lkeJawaban.findFirstOrThrow({ where: { kriteriaId: kriteria.id, year: YEAR } });
    ok(
      await executeMutation(saveLkeScore, inspektorat, {
        laporanId: ids.laporanId,
        kriteriaId: kriteria.id,
        score: "Y",
        note: "Sesuai",
        version: answered.version,
      }),
    );
    // One keberadaan criterion of seven in Perencanaan Kinerja: 30 × 20 % × 1/7 = 0,857… → 0,86, predikat D.
    const lke = await loadLke(context);
    expect([lke.result.total.toFixed(2), lke.result.predikat]).toEqual(["0.86", "D"]);

    // The LKIP: submitted, reviewed, FINAL with the reason for its open findings.
    await moveLaporan(kepala, { opd: context.opd, year: YEAR }, "DIAJUKAN");
    await moveLaporan(inspektorat, { opd: context.opd, year: YEAR }, "DIREVIU");
    await moveLaporan(kepala, { opd: context.opd, year: YEAR }, "FINAL", "Temuan dijelaskan pada BAB III.");
    const revision = await db.lkipRevision.findFirstOrThrow({ where: { laporanId: ids.laporanId } });

    // The public portal lists 2023 with its IKU capaian; its PDF is the frozen one, and its code verifies.
    const portal = (await loadPublicPortal("3604"))!;
    const dinsos = portal.opds.find((opd) => opd.name === "Dinas Sosial Kabupaten Serang")!;
    const lkip2023 = dinsos.lkip.find((lkip) => lkip.year === YEAR)!;
    expect(lkip2023).toMatchObject({ code: revision.code, sha256: revision.sha256 });
    expect(lkip2023.iku!.length).toBeGreaterThan(0);
    const file = `LKIP-dinsos-serang-${YEAR}-final-r${revision.revision}.pdf`;
    const response = await publicLkip(new Request(`http://localhost/publik/3604/lkip/${file}`), {
      params: Promise.resolve({ kode: "3604", berkas: file }),
    });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(revision.sha256);
    expect(await findLkipVerification(revision.code)).toMatchObject({
      year: YEAR,
      opdName: "Dinas Sosial Kabupaten Serang",
      sha256: revision.sha256,
    });
  }, 600_000);
});
