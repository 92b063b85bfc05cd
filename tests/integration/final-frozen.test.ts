import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { QUARTERS } from "@/lib/calc/period";
import { serializeEvaluation } from "@/lib/calc/serialize-evaluation";
import type { LaporanStatus } from "@/lib/generated/prisma/enums";
import { loadOpdDashboard } from "@/lib/server/dashboard/load-opd-dashboard";
import { loadPohonKinerja } from "@/lib/server/dashboard/load-pohon-kinerja";
import { loadProgramDetail } from "@/lib/server/dashboard/load-program-detail";
import { db } from "@/lib/server/db";
import { saveIndikator } from "@/lib/server/indicators/save-indikator";
import { saveTargetIndikator } from "@/lib/server/indicators/save-target-indikator";
import { getLkipPdf, getLkipScreenDocument } from "@/lib/server/lkip/get-lkip-pdf";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { saveRenstraItem } from "@/lib/server/structure/save-renstra-item";
import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { findOpdYearContext, type OpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadRegionDashboard } from "@/lib/server/region/load-region-dashboard";
import { exportTemplate } from "@/lib/server/xlsx/export-template";
import { lkipTablesFile } from "@/lib/server/xlsx/lkip-tables-file";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";
import { moveLaporan } from "./move-laporan";
import { principalOf } from "./fixtures";

// Issue 22: the IKU of the Renstra 2021–2026 is shared by 2022 and 2023. With 2022 FINAL, a planner edits it
// through 2023 (renamed, polarity flipped, the 2023 target raised; its sasaran renamed). Every surface of 2022 must still show
// what was signed; 2023 shows the edit; reopening 2022 makes it live again.

const IKU = "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial";
const RENAMED = "Persentase PMKS yang Masih Menunggu Pelayanan Sosial";
const SASARAN = "Meningkatnya Perlindungan dan Pemberdayaan Sosial";
const SASARAN_RENAMED = "Meningkatnya Perlindungan Sosial bagi PMKS";

let actors: Record<"kepala" | "inspektorat" | "admin" | "perencana", Principal>;

const context = async (year: number): Promise<OpdYearContext> =>
  (await findOpdYearContext(actors.kepala, "dinsos-serang", String(year)))!;

const move = async (actor: Principal, to: LaporanStatus, note?: string) =>
  moveLaporan(actor, await context(2022), to, note);

async function finalise() {
  await move(actors.kepala, "DIAJUKAN");
  await move(actors.inspektorat, "DIREVIU");
  await move(actors.kepala, "FINAL", "Temuan data dijelaskan dalam Lampiran.");
}

/** Every cell of every sheet, as values. */
async function workbookCells(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.map(String) : row)),
  }));
}

/** Everything 2022 shows: both dashboards per triwulan, the OPD-year page's figures, the pohon kinerja, the
 * program pages, the screen LKIP, lkip-tabel.xlsx, and the PDF. */
async function surfacesOf2022() {
  const ctx = await context(2022);
  const figures = await getOpdYearEvaluation(ctx, 4);
  const region = async (tw: string | undefined) => {
    const { throughQuarter, opds, total, late } = (await loadRegionDashboard(
      actors.inspektorat,
      "2022",
      tw,
    ))!;
    return { throughQuarter, opds, total, late };
  };
  const pdf = (await getLkipPdf(ctx, { generatedBy: actors.kepala.name }))!;
  return {
    dashboard: await loadOpdDashboard(ctx, undefined),
    dashboardPerQuarter: await Promise.all(QUARTERS.map((q) => loadOpdDashboard(ctx, String(q)))),
    region: await region(undefined),
    regionPerQuarter: await Promise.all(QUARTERS.map((q) => region(String(q)))),
    figures: serializeEvaluation(figures),
    pohonKinerja: await loadPohonKinerja(ctx, undefined),
    programs: await Promise.all(figures.rollup.children.map((p) => loadProgramDetail(ctx, p.id, "4"))),
    lkip: await getLkipScreenDocument(ctx, { generatedBy: actors.kepala.name, finalNote: null }),
    lkipTables: await workbookCells((await lkipTablesFile(ctx)).body),
    template: await workbookCells(
      await exportTemplate({ pemdaId: ctx.opd.pemdaId, opdId: ctx.opd.id, year: 2022 }),
    ),
    pdf: { filename: pdf.filename, bytes: Buffer.from(pdf.bytes).toString("base64") },
  };
}

async function editIkuThrough2023() {
  const iku = await db.indikator.findFirstOrThrow({ where: { name: IKU, isIku: true } });
  const saved = await executeMutation(saveIndikator, actors.perencana, {
    indikatorId: iku.id,
    ownerLevel: "SASARAN",
    ownerId: iku.sasaranId,
    year: 2023,
    name: RENAMED,
    satuan: iku.satuan,
    polarity: "NEGATIF",
    calculation: iku.calculation,
    numeratorLabel: "",
    denominatorLabel: "",
    aggregation: iku.aggregation,
    isIku: true,
    version: iku.version,
  });
  expect(saved).toMatchObject({ ok: true });
  const target = await db.targetIndikator.findFirstOrThrow({ where: { indikatorId: iku.id, year: 2023 } });
  const targetSaved = await executeMutation(saveTargetIndikator, actors.perencana, {
    indikatorId: iku.id,
    year: 2023,
    target: "4",
    targetUpper: "",
    targetRenstra: "",
    targetPerubahan: "",
    targetUpperPerubahan: "",
    perubahanReason: "",
    version: target.version,
  });
  expect(targetSaved).toMatchObject({ ok: true });
  const sasaran = await db.sasaran.findUniqueOrThrow({ where: { id: iku.sasaranId! } });
  const sasaranSaved = await executeMutation(saveRenstraItem, actors.perencana, {
    level: "SASARAN",
    id: sasaran.id,
    version: sasaran.version,
    opdId: (await context(2023)).opd.id,
    year: 2023,
    code: sasaran.code,
    text: SASARAN_RENAMED,
    tujuanId: sasaran.tujuanId,
  });
  expect(sasaranSaved).toMatchObject({ ok: true });
}

let before: Awaited<ReturnType<typeof surfacesOf2022>>;
let after: Awaited<ReturnType<typeof surfacesOf2022>>;

beforeAll(async () => {
  expect(await loadDemo(db, serang2022)).toBe("loaded");
  expect(await loadDemoYearInProgress(db, serang2023)).toBe("loaded");
  actors = {
    kepala: await principalOf("kepala.dinsos@sakip.demo"),
    inspektorat: await principalOf("inspektorat.serang@sakip.demo"),
    admin: await principalOf("admin.serang@sakip.demo"),
    perencana: await principalOf("perencana.dinsos@sakip.demo"),
  };
  await finalise();
  before = await surfacesOf2022();
  await editIkuThrough2023();
  after = await surfacesOf2022();
}, 240_000);

describe("a FINAL year shows what was signed, whatever a later year changes", () => {
  it("the edit through 2023 is accepted and 2023 shows it", async () => {
    const dashboard = await loadOpdDashboard(await context(2023), undefined);
    expect(dashboard.iku[0]).toMatchObject({
      name: RENAMED,
      target: "4 %",
      sasaran: `S1.1 ${SASARAN_RENAMED}`,
    });
    expect(dashboard.renstra[0]!.name).toBe(RENAMED);
  });

  it("2022 as signed: IKU 101,67 %, its old name and the 2023 target it was signed with", () => {
    expect(before.dashboard.iku[0]).toMatchObject({ name: IKU, target: "3 %" });
    expect(before.dashboard.iku[0]!.capaian.text).toBe("101,67 %");
    expect(after.dashboard.iku[0]).toMatchObject({ name: IKU, target: "3 %", sasaran: `S1.1 ${SASARAN}` });
    expect(after.pohonKinerja.tree[0]!.children[0]!.name).toBe(SASARAN);
    expect(after.dashboard.iku[0]!.capaian.text).toBe("101,67 %");
    expect(after.dashboard.renstra[0]!.name).toBe(IKU);
    expect(after.dashboard.renstra[0]!.points.find((p) => p.year === 2023)!.targetText).toBe("3");
    expect(after.region.opds[0]!.iku).toEqual([
      { name: IKU, capaian: before.region.opds[0]!.iku[0]!.capaian },
    ]);
    expect(after.region.opds[0]!.iku[0]!.capaian.text).toBe("101,67 %");
  });

  it.each([
    "dashboard",
    "dashboardPerQuarter",
    "region",
    "regionPerQuarter",
    "figures",
    "pohonKinerja",
    "programs",
    "lkip",
    "lkipTables",
    "pdf",
  ] as const)("2022's %s is unchanged", (surface) => {
    expect(after[surface]).toEqual(before[surface]);
  });

  it("export.xlsx is the data template: it says the year is FINAL and writes the Renstra as it is now", () => {
    const notes = (cells: typeof after.template) => cells.find((sheet) => sheet.name === "Keterangan")?.rows;
    const renstra = (cells: typeof after.template) =>
      JSON.stringify(cells.find((sheet) => sheet.name === "Renstra")!.rows);
    expect(JSON.stringify(notes(after.template))).toContain("LKIP tahun ini FINAL");
    expect(renstra(before.template)).toContain(IKU);
    expect(renstra(after.template)).toContain(RENAMED);
  });

  it("the screen LKIP is the signed document, without the new name", () => {
    const text = JSON.stringify(after.lkip);
    expect(text).toContain(IKU);
    expect(text).not.toContain(RENAMED);
    expect(text).not.toContain(SASARAN_RENAMED);
  });
});

describe("reopening makes the year live again; the next FINAL freezes a new revision", () => {
  let reopened: Awaited<ReturnType<typeof surfacesOf2022>>;
  let refinalised: Awaited<ReturnType<typeof surfacesOf2022>>;

  beforeAll(async () => {
    await move(actors.admin, "DRAFT", "IKU Renstra diperbarui.");
    reopened = await surfacesOf2022();
    await finalise();
    refinalised = await surfacesOf2022();
  }, 240_000);

  it("the reopened 2022 shows the current definition: renamed, negative, 98,33 %", () => {
    expect(reopened.dashboard.iku[0]).toMatchObject({ name: RENAMED });
    expect(reopened.dashboard.iku[0]!.capaian.text).toBe("98,33 %");
    expect(reopened.region.opds[0]!.iku[0]!.capaian.text).toBe("98,33 %");
    expect(JSON.stringify(reopened.lkip)).toContain(RENAMED);
    expect(reopened.pdf.filename).toBe("LKIP-dinsos-serang-2022-draf.pdf");
    expect(reopened.template.map((sheet) => sheet.name)).not.toContain("Keterangan");
  });

  it("revision 2 is signed with the new definition and shown as such", () => {
    expect(refinalised.pdf.filename).toBe("LKIP-dinsos-serang-2022-final-r2.pdf");
    expect(refinalised.dashboard.iku[0]!.capaian.text).toBe("98,33 %");
    expect(JSON.stringify(refinalised.lkip)).toContain(RENAMED);
    const { verification, ...signed } = refinalised.lkip;
    const { verification: draftVerification, ...draft } = reopened.lkip;
    expect(verification.revision).toBe(2);
    expect(draftVerification.revision).toBeNull();
    expect(signed.chapters.length).toBe(draft.chapters.length);
  });

  it("revision 1's PDF is still the bytes first signed", async () => {
    const ctx = await context(2022);
    const first = (await getLkipPdf(ctx, { revision: 1, generatedBy: null }))!;
    expect(Buffer.from(first.bytes).toString("base64")).toBe(before.pdf.bytes);
  });
});
