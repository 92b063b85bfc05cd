import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { countFindings } from "@/lib/calc/finding-groups";
import type { LaporanStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { opdYearDownload } from "@/lib/server/http/download";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getLkipPdf } from "@/lib/server/lkip/get-lkip-pdf";
import { reviewSheetDownload } from "@/lib/server/lkip/get-review-sheet";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { createReviewNote } from "@/lib/server/review/create-review-note";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { moveLaporan } from "./move-laporan";
import { principalOf } from "./fixtures";
import { extractPdfText } from "./pdf-text";

/**
 * The checks stay out of the signed document: a FINAL LKIP carries none of the findings (only the reason
 * it was made final over them); the review sheet (/opd/<slug>/<tahun>/pemeriksaan.pdf) lists them.
 */

let opd: OpdRef;
let actors: Record<"kepala" | "inspektorat" | "perencana", Principal>;
const flat = (pages: string[]) => pages.join(" ").replace(/\s+/g, " ");
const reason = "Selisih realisasi dan target yang belum ditetapkan dijelaskan dalam berita acara reviu.";
const note = "Mohon lengkapi target indikator sub kegiatan sebelum penetapan tahun berikutnya.";

const move = (actor: Principal, to: LaporanStatus, text?: string) =>
  moveLaporan(actor, { opd, year: 2022 }, to, text);

beforeAll(async () => {
  await loadDemo(db, serang2022);
  opd = (await getOpdBySlug("dinsos-serang"))!;
  actors = {
    kepala: await principalOf("kepala.dinsos@sakip.demo"),
    inspektorat: await principalOf("inspektorat.serang@sakip.demo"),
    perencana: await principalOf("perencana.dinsos@sakip.demo"),
  };
  const laporan = (await getLaporan({ opd, year: 2022 }))!;
  expect(
    await executeMutation(createReviewNote, actors.inspektorat, {
      laporanId: laporan.id,
      entity: "LaporanKinerja",
      entityId: laporan.id,
      body: note,
    }),
  ).toMatchObject({ ok: true });
  await move(actors.kepala, "DIAJUKAN");
  await move(actors.inspektorat, "DIREVIU");
  await move(actors.kepala, "FINAL", reason);
}, 120_000);

const findings = async () =>
  (await getOpdYearEvaluation({ opd, year: 2022, laporan: (await getLaporan({ opd, year: 2022 }))! }, 4))
    .findings;

describe("the FINAL LKIP and its review sheet", () => {
  it("the FINAL PDF carries none of the open findings, only the reason it was made final", async () => {
    const open = await findings();
    expect(open.length).toBeGreaterThan(30);
    const laporan = (await getLaporan({ opd, year: 2022 }))!;
    const pdf = (await getLkipPdf({ opd, year: 2022, laporan }, { generatedBy: null }))!;
    expect(pdf.filename).toBe("LKIP-dinsos-serang-2022-final-r1.pdf");
    const text = flat(await extractPdfText(pdf.bytes));
    for (const finding of open) expect(text).not.toContain(finding.message.replace(/\s+/g, " "));
    expect(text).not.toContain("Catatan pemeriksaan");
    expect(text).not.toContain("Hasil Pemeriksaan Data");
    expect(text).not.toContain(note);
    expect(text).toContain("Alasan penetapan final");
    expect(text).toContain(reason);
  });

  it("the review sheet lists every finding and the review notes, dated, to a reader of the LKIP", async () => {
    const open = await findings();
    const response = await opdYearDownload(
      actors.kepala,
      { slug: "dinsos-serang", tahun: "2022" },
      "exportReports",
      reviewSheetDownload,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Pemeriksaan-dinsos-serang-2022.pdf"; filename*=UTF-8''Pemeriksaan-dinsos-serang-2022.pdf`,
    );
    const text = flat(await extractPdfText(new Uint8Array(await response.arrayBuffer())));
    const counts = countFindings(open);
    expect(text).toContain(`Temuan pemeriksaan data (${counts.total})`);
    expect(text).toContain(
      `${counts.total} temuan: ${counts.errors} kesalahan, ${counts.warnings} peringatan, 0 informasi; ${open.length} butir`,
    );
    for (const finding of open) expect(text).toContain(finding.message.replace(/\s+/g, " "));
    // The report's own grand total against the sum of its programs (seed: Rp 17.062.822.153).
    expect(text).toContain(
      "Total realisasi yang dilaporkan Rp 17.062.822.153 berbeda dengan jumlah realisasi program di bawahnya Rp 17.150.722.153",
    );
    expect(text).toContain("Catatan reviu (1)");
    expect(text).toContain(note);
    expect(text).toMatch(/Dibuat \d{1,2} \w{3} 20\d\d/);
    expect(text).toContain(reason);
  });
});
