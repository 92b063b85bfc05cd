import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import type { LaporanStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { getLkipPdf } from "@/lib/server/lkip/get-lkip-pdf";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { findOpdYearContext, type OpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadPerjanjianKinerja } from "@/lib/server/pk/load-perjanjian-kinerja";
import { recordTargetRevision } from "@/lib/server/revisions/record-target-revision";
import { loadRevisionForm } from "@/lib/server/revisions/load-revision-form";
import { loadTargetRevisions } from "@/lib/server/revisions/load-target-revisions";
import { formatPercent } from "@/lib/format";
import { pkTargetLines } from "@/lib/pk/perjanjian-kinerja-text";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";
import { createOpdYear, principalOf } from "./fixtures";
import { moveLaporan } from "./move-laporan";
import { extractPdfText } from "./pdf-text";

// Issue 21 part 4: a PK Perubahan changes the 2022 IKU target (awal 3 %) from its date on; the awal and every
// earlier perubahan stay readable; the LKIP prints the document; a FINAL year refuses any revision.

const IKU = "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial";

let actors: Record<"kepala" | "perencana" | "admin" | "inspektorat", Principal>;
let ikuId: string;
let opdId: string;

const context = async (year = 2022): Promise<OpdYearContext> =>
  (await findOpdYearContext(actors.kepala, "dinsos-serang", String(year)))!;

const ikuTarget = () => db.targetIndikator.findFirstOrThrow({ where: { indikatorId: ikuId, year: 2022 } });

async function record(
  actor: Principal,
  document: { nomor: string; tanggal: string; berlakuMulai: string; target: string },
  { kind = "PK", year = 2022 }: { kind?: "PK" | "RENSTRA"; year?: number } = {},
) {
  const stored = await db.targetIndikator.findFirst({ where: { indikatorId: ikuId, year } });
  return executeMutation(recordTargetRevision, actor, {
    opdId,
    kind,
    nomor: document.nomor,
    tanggal: document.tanggal,
    alasan: "Refocusing anggaran perubahan",
    berlakuMulai: document.berlakuMulai,
    targets: [
      {
        indikatorId: ikuId,
        year,
        target: document.target,
        targetUpper: "",
        version: stored?.version ?? null,
      },
    ],
  });
}

const ikuEvaluation = async () => {
  const { indicators } = await getOpdYearEvaluation(await context(), 4);
  return indicators.find((i) => i.id === ikuId)!.evaluation;
};

beforeAll(async () => {
  expect(await loadDemo(db, serang2022)).toBe("loaded");
  expect(await loadDemoYearInProgress(db, serang2023)).toBe("loaded");
  actors = {
    kepala: await principalOf("kepala.dinsos@sakip.demo"),
    perencana: await principalOf("perencana.dinsos@sakip.demo"),
    admin: await principalOf("admin.serang@sakip.demo"),
    inspektorat: await principalOf("inspektorat.serang@sakip.demo"),
  };
  ikuId = (await db.indikator.findFirstOrThrow({ where: { name: IKU, isIku: true } })).id;
  opdId = (await context()).opd.id;
}, 120_000);

describe("a PK Perubahan changes the target from its date on", () => {
  it("before any document the IKU is rated against its target awal: 3,05 / 3 = 101,67 %", async () => {
    const evaluation = await ikuEvaluation();
    expect(evaluation.target).toMatchObject({ source: "AWAL" });
    expect(evaluation.target!.value.toString()).toBe("3");
    expect(evaluation.capaian.status === "OK" && formatPercent(evaluation.capaian.capaian)).toBe("101,67 %");
  });

  it("only the head who signs the PK records it; a planner is refused and nothing is stored", async () => {
    const before = await db.targetRevision.count();
    const refused = await record(actors.perencana, {
      nomor: "050/01/Dinsos/2022",
      tanggal: "30/06/2022",
      berlakuMulai: "01/07/2022",
      target: "3,5",
    });
    expect(refused).toMatchObject({ ok: false, error: { kind: "FORBIDDEN" } });
    expect(await db.targetRevision.count()).toBe(before);
  });

  it("refuses a PK Perubahan taking effect in another year, saying which, and stores nothing", async () => {
    const refused = await record(actors.kepala, {
      nomor: "050/02/Dinsos/2023",
      tanggal: "02/01/2023",
      berlakuMulai: "02/01/2023",
      target: "3,5",
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        kind: "INVALID",
        fields: {
          "targets.0.year":
            "PK Perubahan yang berlaku mulai 2 Januari 2023 hanya mengubah target tahun 2023, bukan tahun 2022.",
        },
      },
    });
    expect(await db.targetRevision.count()).toBe(0);
  });

  it("refuses a stale target version as a conflict, storing nothing", async () => {
    const { version } = await ikuTarget();
    const stale = await executeMutation(recordTargetRevision, actors.kepala, {
      opdId,
      kind: "PK",
      nomor: "050/03/Dinsos/2022",
      tanggal: "30/06/2022",
      alasan: "Refocusing",
      berlakuMulai: "01/07/2022",
      targets: [{ indikatorId: ikuId, year: 2022, target: "3,5", targetUpper: "", version: version - 1 }],
    });
    expect(stale).toMatchObject({ ok: false, error: { kind: "CONFLICT" } });
    expect(await db.targetRevision.count()).toBe(0);
    expect((await ikuTarget()).version).toBe(version);
  });

  it("records the document: the target in force becomes 3,5, the awal stays 3, audited", async () => {
    const auditBefore = await db.auditLog.count({ where: { action: "targetRevision.record" } });
    const saved = await record(actors.kepala, {
      nomor: "050/77/Dinsos/2022",
      tanggal: "30/06/2022",
      berlakuMulai: "01/07/2022",
      target: "3,5",
    });
    expect(saved).toMatchObject({ ok: true });
    const stored = await ikuTarget();
    expect([stored.target?.toString(), stored.targetPerubahan?.toString()]).toEqual(["3", "3.5"]);
    expect(stored.perubahanReason).toBe(
      "PK Perubahan Nomor 050/77/Dinsos/2022 tanggal 30 Juni 2022: Refocusing anggaran perubahan",
    );
    const evaluation = await ikuEvaluation();
    expect(evaluation.target).toMatchObject({ source: "PERUBAHAN" });
    // 3,05 / 3,5 × 100
    expect(evaluation.capaian.status === "OK" && formatPercent(evaluation.capaian.capaian)).toBe("87,14 %");

    const audits = await db.auditLog.findMany({
      where: { action: "targetRevision.record" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.length - auditBefore).toBe(2);
    expect(audits.map((a) => [a.entity, a.userId, a.reason])).toEqual([
      ["TargetRevision", actors.kepala.userId, "Refocusing anggaran perubahan"],
      ["Indikator", actors.kepala.userId, "Refocusing anggaran perubahan"],
    ]);
    expect(audits[1]).toMatchObject({
      entityId: ikuId,
      year: 2022,
      oldValues: { year: 2022, targetPerubahan: null },
      newValues: { year: 2022, targetPerubahan: "3.5" },
    });
  });

  it("a second document from 1 Oktober takes over; one recorded later for 1 Agustus does not; all stay readable", async () => {
    expect(
      await record(actors.kepala, {
        nomor: "050/90/Dinsos/2022",
        tanggal: "25/09/2022",
        berlakuMulai: "01/10/2022",
        target: "3,2",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await record(actors.kepala, {
        nomor: "050/80/Dinsos/2022",
        tanggal: "28/07/2022",
        berlakuMulai: "01/08/2022",
        target: "3,4",
      }),
    ).toMatchObject({ ok: true });
    expect((await ikuTarget()).targetPerubahan?.toString()).toBe("3.2");

    const history = await loadTargetRevisions(await context(), "PK");
    expect(history.documents.map((d) => d.nomor)).toEqual([
      "050/77/Dinsos/2022",
      "050/80/Dinsos/2022",
      "050/90/Dinsos/2022",
    ]);
    const [iku] = history.indicators;
    expect(iku!.awal!.value.toString()).toBe("3");
    expect(
      iku!.revisions.map((r) => [r.document.nomor, r.value.toString(), r.previous?.value.toString()]),
    ).toEqual([
      ["050/77/Dinsos/2022", "3.5", "3"],
      ["050/80/Dinsos/2022", "3.4", "3.2"],
      ["050/90/Dinsos/2022", "3.2", "3.5"],
    ]);

    const pk = (await loadPerjanjianKinerja(await context()))!;
    expect(pkTargetLines(pk.sasaran[0]!.indicators[0]!)).toEqual([
      "3 %",
      "Target perubahan: 3,5 % — PK Perubahan Nomor 050/77/Dinsos/2022 tanggal 30 Juni 2022, berlaku mulai 1 Juli 2022",
      "Target perubahan: 3,4 % — PK Perubahan Nomor 050/80/Dinsos/2022 tanggal 28 Juli 2022, berlaku mulai 1 Agustus 2022",
      "Target perubahan: 3,2 % — PK Perubahan Nomor 050/90/Dinsos/2022 tanggal 25 September 2022, berlaku mulai 1 Oktober 2022",
    ]);
  });

  it("another OPD's history lists none of them, and its form offers only its own indicators", async () => {
    const dinkes = await createOpdYear({
      pemdaId: actors.admin.pemdaId,
      slug: "dinkes-serang",
      name: "Dinas Kesehatan Kabupaten Serang",
      bidang: "Bidang Pelayanan Kesehatan",
      programCode: "1.02.02",
      year: 2022,
    });
    const other = (await findOpdYearContext(actors.admin, "dinkes-serang", "2022"))!;
    expect(other.opd.id).toBe(dinkes.opdId);
    expect(await loadTargetRevisions(other, "PK")).toEqual({ documents: [], indicators: [] });
    expect((await loadRevisionForm(other, "PK")).map((row) => row.indikatorId)).not.toContain(ikuId);
    expect((await loadRevisionForm(await context(), "PK")).map((row) => row.indikatorId)).toContain(ikuId);

    // The head of Dinas Sosial cannot change Dinas Kesehatan's program target through a Dinas Sosial document.
    const foreign = await db.indikator.create({
      data: {
        pemdaId: actors.admin.pemdaId,
        level: "PROGRAM",
        programId: dinkes.programId,
        name: "Cakupan pelayanan kesehatan",
        satuan: "%",
      },
    });
    const documents = await db.targetRevision.count();
    const refused = await executeMutation(recordTargetRevision, actors.kepala, {
      opdId,
      kind: "PK",
      nomor: "050/66/Dinsos/2022",
      tanggal: "30/06/2022",
      alasan: "Uji",
      berlakuMulai: "01/07/2022",
      targets: [{ indikatorId: foreign.id, year: 2022, target: "90", targetUpper: "", version: null }],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        kind: "INVALID",
        fields: { "targets.0.indikatorId": "Indikator tidak ditemukan pada perangkat daerah ini." },
      },
    });
    expect(await db.targetRevision.count()).toBe(documents);
  });

  it("the LKIP PDF prints target awal and perubahan with the documents, and rates against the target at year's end", async () => {
    const pdf = (await getLkipPdf(await context(), { generatedBy: actors.kepala.name }))!;
    const text = (await extractPdfText(pdf.bytes)).join("\n").replace(/\s+/g, " ");
    expect(text).toContain(
      "Target perubahan berdasarkan PK Perubahan Nomor 050/77/Dinsos/2022 tanggal 30 Juni 2022, berlaku mulai 1 Juli 2022: Refocusing anggaran perubahan",
    );
    expect(text).toContain("Capaian dihitung terhadap target yang berlaku pada 31 Desember 2022.");
    expect(text).toContain(
      `Target IKU "${IKU}" diubah dari target awal 3 % menjadi 3,5 % berdasarkan PK Perubahan Nomor 050/77/Dinsos/2022`,
    );
    expect(text).toContain("95,31 %"); // 3,05 / 3,2 × 100
  }, 120_000);
});

describe("a Renstra revision", () => {
  it("changes the Renstra target of a later year, keeping the one it replaced", async () => {
    const before = await db.targetIndikator.findFirst({ where: { indikatorId: ikuId, year: 2024 } });
    const saved = await record(
      actors.kepala,
      { nomor: "188/5/Renstra/2023", tanggal: "15/12/2022", berlakuMulai: "01/01/2023", target: "4,5" },
      { kind: "RENSTRA", year: 2024 },
    );
    expect(saved).toMatchObject({ ok: true });
    const after = await db.targetIndikator.findFirstOrThrow({ where: { indikatorId: ikuId, year: 2024 } });
    expect(after.targetRenstra?.toString()).toBe("4.5");
    const value = await db.targetRevisionValue.findFirstOrThrow({
      where: { indikatorId: ikuId, year: 2024 },
    });
    expect(value.previousTarget?.toString() ?? null).toBe(before?.targetRenstra?.toString() ?? null);
    expect(after.target?.toString() ?? null).toBe(before?.target?.toString() ?? null);
  });
});

describe("a FINAL year stays as signed", () => {
  it("refuses a PK Perubahan of the FINAL year with a message, and changes nothing", async () => {
    const move = async (actor: Principal, to: LaporanStatus, note?: string) =>
      moveLaporan(actor, await context(), to, note);
    await move(actors.kepala, "DIAJUKAN");
    await move(actors.inspektorat, "DIREVIU");
    await move(actors.kepala, "FINAL", "Temuan data dijelaskan dalam Lampiran.");
    const [documents, target] = [await db.targetRevision.count(), await ikuTarget()];
    const refused = await record(actors.kepala, {
      nomor: "050/99/Dinsos/2022",
      tanggal: "01/12/2022",
      berlakuMulai: "01/12/2022",
      target: "2,9",
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: "LOCKED", message: "Laporan tahun 2022 berstatus Final; data tidak dapat diubah." },
    });
    expect(await db.targetRevision.count()).toBe(documents);
    expect(await ikuTarget()).toEqual(target);
  }, 240_000);
});
