import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { copyLkeReference } from "@/lib/server/lke/lke-reference";
import { loadLke } from "@/lib/server/lke/load-lke";
import { loadLkeAdmin } from "@/lib/server/lke/load-lke-admin";
import { loadLkeRegion } from "@/lib/server/lke/load-lke-region";
import { saveLkeAnswer, saveLkeScore } from "@/lib/server/lke/save-lke-jawaban";
import { findOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { lkeFile } from "@/lib/server/xlsx/lke-file";
import { attempt, expectRefused, noChanges, type Regions, setUpRegions } from "./fixtures";

/**
 * The LKE of an OPD-year against the real database: answers and scores saved with their version and audit,
 * the totals and predikat from the seeded criteria of PermenPAN-RB 88/2021 on an example worked by hand,
 * the region's recap and the workbook as the user downloads it.
 */

let fx: Regions;
const kriteria = new Map<string, string>();

beforeAll(async () => {
  fx = await setUpRegions();
  await copyLkeReference(db, fx.b.pemdaId);
  const rows = await db.lkeKriteria.findMany({ where: { pemdaId: fx.a.pemdaId } });
  for (const row of rows) kriteria.set(row.code, row.id);
});

const contextOf = async (actor: keyof Regions["actors"], slug: string) =>
  (await findOpdYearContext(fx.actors[actor], slug, "2022"))!;

async function answer(code: string, mark: string, explanation = "") {
  const row = await db.lkeJawaban.findFirst({
    where: { opdId: fx.a.dinsos.opdId, year: 2022, kriteriaId: kriteria.get(code)! },
  });
  const { result } = await attempt(saveLkeAnswer, fx.actors.perencanaA, {
    laporanId: fx.a.dinsos.laporanId,
    kriteriaId: kriteria.get(code)!,
    answer: mark,
    explanation,
    version: row?.version ?? null,
  });
  expect(result, code).toMatchObject({ ok: true });
}

async function score(code: string, mark: string, note = "") {
  const row = await db.lkeJawaban.findFirst({
    where: { opdId: fx.a.dinsos.opdId, year: 2022, kriteriaId: kriteria.get(code)! },
  });
  const { result } = await attempt(saveLkeScore, fx.actors.inspektoratA, {
    laporanId: fx.a.dinsos.laporanId,
    kriteriaId: kriteria.get(code)!,
    score: mark,
    note,
    version: row?.version ?? null,
  });
  expect(result, code).toMatchObject({ ok: true });
}

describe("the LKE of Dinas Sosial Serang 2022", () => {
  it("seeds the 80 criteria of PermenPAN-RB 88/2021 for the demo region", () => {
    expect(kriteria.size).toBe(80);
  });

  it("computes the totals and predikat of a worked example", async () => {
    // OPD: 1.a.1–1.a.3 Y. Evaluator: 1.a.1–1.a.7 Y, 1.c.1–1.c.8 A, 2.b.4 B, 3.a.6 T, 4.c.1 C.
    for (const code of ["1.a.1", "1.a.2", "1.a.3"]) await answer(code, "Y", "Dokumen ada");
    for (let i = 1; i <= 7; i++) await score(`1.a.${i}`, "Y");
    for (let i = 1; i <= 8; i++) await score(`1.c.${i}`, "A");
    await score("2.b.4", "B", "Tiga triwulan tepat waktu");
    await score("3.a.6", "T");
    await score("4.c.1", "C");

    const { result, criteria } = await loadLke(await contextOf("kepalaA", "dinsos-serang"));
    // Evaluator: 30 × 20 % = 6 (7/7 Y) + 30 × 50 % = 15 (8/8 A) + 30 × 30 % × 0,75 / 7 = 0,964 285…
    //            + 0 (3.a.6 T) + 25 × 50 % × 0,5 / 5 = 1,25 → 23,214 285… → 23,21, predikat D.
    expect(result.komponen.map((k) => k.score.toDecimalPlaces(4).toString())).toEqual([
      "21",
      "0.9643",
      "0",
      "1.25",
    ]);
    expect(result.total.toString()).toBe("23.21");
    expect(result.predikat).toBe("D");
    // Self: 30 × 20 % × 3/7 = 2,571 428… → 2,57.
    expect(result.selfTotal.toString()).toBe("2.57");
    expect([result.answered, result.scored, result.criteria]).toEqual([3, 18, 80]);
    expect(criteria.find((c) => c.code === "2.b.4")!.jawaban).toMatchObject({
      score: "B",
      scoreNote: "Tiga triwulan tepat waktu",
      answer: null,
    });
  });

  it("refuses a save over a newer version with CONFLICT, and changes nothing", async () => {
    const row = await db.lkeJawaban.findFirstOrThrow({
      where: { opdId: fx.a.dinsos.opdId, year: 2022, kriteriaId: kriteria.get("1.a.1")! },
    });
    const attempted = await attempt(saveLkeAnswer, fx.actors.perencanaA, {
      laporanId: fx.a.dinsos.laporanId,
      kriteriaId: kriteria.get("1.a.1")!,
      answer: "T",
      explanation: "",
      version: row.version - 1,
    });
    expectRefused(attempted, "CONFLICT");
    expect(attempted.result).toMatchObject({
      error: { message: expect.stringContaining("Kriteria 1.a.1 telah diubah oleh") },
    });
    // The evaluator's score moved the row's version: the planner's next save must start from it too.
    expect(row.version).toBe(2);
  });

  it("refuses a mark of the other scale, naming the criterion", async () => {
    const attempted = await attempt(saveLkeAnswer, fx.actors.perencanaA, {
      laporanId: fx.a.dinsos.laporanId,
      kriteriaId: kriteria.get("1.a.4")!,
      answer: "B",
      explanation: "",
      version: null,
    });
    expect(attempted.result).toMatchObject({
      ok: false,
      error: {
        kind: "INVALID",
        message: "Kriteria 1.a.4 dijawab dengan Y/T.",
        fields: { answer: "Pilih Y, T" },
      },
    });
    expect(attempted.changes).toEqual(noChanges);
  });

  it("refuses a criterion of another region as not found", async () => {
    const foreign = await db.lkeKriteria.findFirstOrThrow({
      where: { pemdaId: fx.b.pemdaId, code: "1.a.1" },
    });
    const attempted = await attempt(saveLkeAnswer, fx.actors.perencanaA, {
      laporanId: fx.a.dinsos.laporanId,
      kriteriaId: foreign.id,
      answer: "Y",
      explanation: "",
      version: null,
    });
    expectRefused(attempted, "NOT_FOUND");
  });

  it("audits who changed a mark from what to what", async () => {
    await answer("1.a.3", "T", "Renstra belum ditetapkan");
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "lke.answer", entity: "LkeJawaban" },
      orderBy: { id: "desc" },
    });
    expect(entry).toMatchObject({
      userId: fx.actors.perencanaA.userId,
      pemdaId: fx.a.pemdaId,
      opdId: fx.a.dinsos.opdId,
      year: 2022,
      oldValues: { code: "1.a.3", answer: "Y", explanation: "Dokumen ada" },
      newValues: { code: "1.a.3", answer: "T", explanation: "Renstra belum ditetapkan" },
    });
  });

  it("keeps each OPD's and each region's marks to itself", async () => {
    const dinkes = await loadLke(await contextOf("inspektoratA", "dinkes-serang"));
    expect(dinkes.result.scored).toBe(0);
    expect(dinkes.criteria.every((c) => c.jawaban === null)).toBe(true);
    const cilegon = await loadLke(await contextOf("inspektoratB", "dinsos-cilegon"));
    expect(cilegon.result.scored).toBe(0);
  });

  it("recaps the region for the inspectorate, highest evaluator total first", async () => {
    const recap = await loadLkeRegion(fx.actors.inspektoratA, "2022");
    expect(
      recap!.rows.map((r) => [
        r.slug,
        r.result.total.toString(),
        r.result.predikat,
        r.result.selfTotal.toString(),
      ]),
    ).toEqual([
      ["dinsos-serang", "23.21", "D", "1.71"],
      ["dinkes-serang", "0", "D", "0"],
    ]);
    const other = await loadLkeRegion(fx.actors.inspektoratB, "2022");
    expect(other!.rows.map((r) => r.slug)).toEqual(["dinsos-cilegon"]);
    expect(await loadLkeRegion(fx.actors.kepalaA, "2022")).toBeNull();
    expect(await loadLkeRegion(fx.actors.perencanaA, "2022")).toBeNull();
  });

  it("shows the region's criteria to its administrator only", async () => {
    const admin = await loadLkeAdmin(fx.actors.adminA);
    expect(admin).toMatchObject({ missing: 0 });
    expect(admin!.criteria.map((c) => c.code).slice(0, 3)).toEqual(["1.a.1", "1.a.2", "1.a.3"]);
    expect(admin!.komponen.map((k) => k.weight.toString())).toEqual(["30", "30", "15", "25"]);
    for (const actor of ["inspektoratA", "kepalaA", "perencanaA"] as const) {
      expect(await loadLkeAdmin(fx.actors[actor]), actor).toBeNull();
    }
  });

  it("proposes answers from what the system knows, with the evidence linked", async () => {
    const { criteria } = await loadLke(await contextOf("perencanaA", "dinsos-serang"));
    const proposals = Object.fromEntries(
      criteria
        .filter((c) => c.proposal)
        .map((c) => [c.code, [c.proposal!.answer, c.proposal!.evidence[0]!.href]]),
    );
    expect(proposals).toMatchObject({
      "1.a.3": ["Y", "/opd/dinsos-serang/2022/indikator"],
      "1.a.4": [expect.any(String), "/opd/dinsos-serang/2022/perjanjian-kinerja"],
      "2.b.4": [expect.any(String), "/opd/dinsos-serang/2022/realisasi/1"],
      "3.a.6": ["T", "/opd/dinsos-serang/2022/lkip"],
    });
  });

  it("writes the workbook with the scores and marks as numbers", async () => {
    const file = await lkeFile(await contextOf("inspektoratA", "dinsos-serang"));
    expect(file.filename).toBe("lke-dinsos-serang-2022.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const nilai = workbook.getWorksheet("Nilai")!;
    const rows = nilai.getSheetValues().filter(Boolean) as unknown[][];
    const total = rows.find((row) => row[2] === "Nilai akhir")!;
    expect(total.slice(3)).toEqual([100, 1.71, 23.21]);
    expect(rows.find((row) => row[2] === "Predikat")!.slice(4)).toEqual(["D", "D"]);
    const perencanaan = rows.find((row) => row[1] === "1")!;
    expect(perencanaan.slice(2)).toEqual(["Perencanaan Kinerja", 30, 1.71, 21]);
    const totalRow = nilai.getRow(rows.indexOf(total) + 1);
    expect(totalRow.getCell(5).numFmt).toBe("#,##0.####");

    const sheet = workbook.getWorksheet("Kriteria")!;
    const byCode = new Map(
      (sheet.getSheetValues().filter(Boolean) as unknown[][]).map((row) => [row[1], row.slice(1)]),
    );
    expect(byCode.size).toBe(81);
    expect(byCode.get("2.b.4")).toEqual([
      "2.b.4",
      "Pengukuran kinerja telah dilakukan secara berkala.",
      "A–E",
      undefined,
      undefined,
      undefined,
      "B",
      0.75,
      "Tiga triwulan tepat waktu",
    ]);
    expect(byCode.get("1.a.3")!.slice(3, 6)).toEqual(["Tidak (T)", 0, "Renstra belum ditetapkan"]);
  });
});
