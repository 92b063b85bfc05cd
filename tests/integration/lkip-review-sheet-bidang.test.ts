import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { opdYearDownload } from "@/lib/server/http/download";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { reviewSheetDownload } from "@/lib/server/lkip/get-review-sheet";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { createReviewNote } from "@/lib/server/review/create-review-note";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { principalOf } from "./fixtures";
import { extractPdfText } from "./pdf-text";

/**
 * The review sheet (pemeriksaan.pdf) of a planner limited to one bidang holds the findings and notes of
 * that bidang's items and of the whole OPD, never another bidang's, as every other read of theirs.
 */

let opd: OpdRef;
let actors: Record<"kepala" | "inspektorat" | "rehsos", Principal>;
const notes = {
  whole: "Lengkapi dasar hukum pada Bab I.",
  rehsos: "Realisasi permakanan lansia perlu bukti dukung.",
  sekretariat: "Belanja ATK sekretariat melebihi kebutuhan.",
};
const subCodes = { rehsos: [] as string[], others: [] as string[] };

const sheetText = async (actor: Principal) => {
  const response = await opdYearDownload(
    actor,
    { slug: "dinsos-serang", tahun: "2022" },
    "exportReports",
    reviewSheetDownload,
  );
  expect(response.status).toBe(200);
  return (await extractPdfText(new Uint8Array(await response.arrayBuffer()))).join(" ").replace(/\s+/g, " ");
};

beforeAll(async () => {
  await loadDemo(db, serang2022);
  opd = (await getOpdBySlug("dinsos-serang"))!;
  actors = {
    kepala: await principalOf("kepala.dinsos@sakip.demo"),
    inspektorat: await principalOf("inspektorat.serang@sakip.demo"),
    rehsos: await principalOf("perencana.rehsos@sakip.demo"),
  };
  const laporan = (await getLaporan({ opd, year: 2022 }))!;
  const subs = await db.subKegiatan.findMany({
    where: { opdId: opd.id, year: 2022 },
    include: { bidang: { select: { name: true } } },
  });
  for (const sub of subs)
    (sub.bidang?.name === "Bidang Rehabilitasi Sosial" ? subCodes.rehsos : subCodes.others).push(sub.code);
  const subOf = (bidang: string) => subs.find((sub) => sub.bidang?.name === bidang)!.id;
  for (const [entity, entityId, body] of [
    ["LaporanKinerja", laporan.id, notes.whole],
    ["SubKegiatan", subOf("Bidang Rehabilitasi Sosial"), notes.rehsos],
    ["SubKegiatan", subOf("Sekretariat"), notes.sekretariat],
  ] as const) {
    const created = await executeMutation(createReviewNote, actors.inspektorat, {
      laporanId: laporan.id,
      entity,
      entityId,
      body,
    });
    expect(created).toMatchObject({ ok: true });
  }
}, 120_000);

describe("the review sheet of a bidang-limited planner", () => {
  it("holds their bidang's findings and notes and the whole OPD's, never another bidang's", async () => {
    const laporan = (await getLaporan({ opd, year: 2022 }))!;
    const findings = (await getOpdYearEvaluation({ opd, year: 2022, laporan }, 4)).findings;
    const located = (codes: string[]) =>
      findings.filter((f) => f.location.level === "SUB_KEGIATAN" && codes.includes(f.location.code));
    const [ownFindings, otherFindings] = [located(subCodes.rehsos), located(subCodes.others)];
    expect(ownFindings.length).toBeGreaterThan(0);
    expect(otherFindings.length).toBeGreaterThan(0);

    const whole = await sheetText(actors.kepala);
    const rehsos = await sheetText(actors.rehsos);
    for (const finding of [...ownFindings, ...otherFindings]) expect(whole).toContain(finding.location.code);
    for (const finding of ownFindings) expect(rehsos).toContain(finding.location.code);
    for (const finding of otherFindings) expect(rehsos).not.toContain(finding.location.code);
    // Findings on no bidang's item (the report's own grand total) stay, as notes on the whole OPD do.
    expect(rehsos).toContain("Total realisasi yang dilaporkan Rp 17.062.822.153");

    expect(whole).toContain("Catatan reviu (3)");
    expect(rehsos).toContain("Catatan reviu (2)");
    expect(rehsos).toContain(notes.whole);
    expect(rehsos).toContain(notes.rehsos);
    expect(rehsos).not.toContain(notes.sekretariat);
  });
});
