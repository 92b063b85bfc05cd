import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { loadOperatorPrincipal } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { findOpdYearContext, type OpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { readOpdYearResult } from "@/lib/server/opd-year/opd-year-result";
import { signPerjanjianKinerja } from "@/lib/server/pk/sign-perjanjian-kinerja";
import { loadRencanaAksiPage } from "@/lib/server/rencana-aksi/load-rencana-aksi-page";
import { saveRencanaAksi } from "@/lib/server/rencana-aksi/save-rencana-aksi";
import { exportTemplate } from "@/lib/server/xlsx/export-template";
import { commitImport } from "@/lib/server/xlsx/import-workbook";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";

// The demo's 2023 (year in progress) with its rencana aksi: the dashboard's plan line, the save (scope,
// versions, audit, pagu limit), the check and the lock once the head signs the Perjanjian Kinerja.

let planner: Principal;
let rehsosPlanner: Principal;
let kepala: Principal;
let context: OpdYearContext;
const PERMAKANAN = "1.06.04.2.01.0001"; // Bidang Rehabilitasi Sosial
const MAKANAN = "1.06.06.2.01.0001"; // Bidang Linjamsos

const subOf = (code: string, year = 2023) =>
  db.subKegiatan.findFirstOrThrow({ where: { code, year }, include: { rencanaAksi: true } });
const planOf = async (code: string) =>
  (await subOf(code)).rencanaAksi
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((p) => [p.period, p.amount.toString(), p.version]);
const audits = () => db.auditLog.findMany({ where: { action: "rencanaAksi.save" }, orderBy: { id: "asc" } });

const save = (
  principal: Principal,
  cells: { key: string; text: string; version: number | null; row: number }[],
) => executeMutation(saveRencanaAksi, principal, { opdId: context.opd.id, year: 2023, cells });

beforeAll(async () => {
  await loadDemo(db, serang2022);
  await loadDemoYearInProgress(db, serang2023);
  const opd = await db.perangkatDaerah.findUniqueOrThrow({ where: { slug: "dinsos-serang" } });
  planner = (await loadOperatorPrincipal(opd.pemdaId, "perencana.dinsos@sakip.demo"))!;
  rehsosPlanner = (await loadOperatorPrincipal(opd.pemdaId, "perencana.rehsos@sakip.demo"))!;
  kepala = (await loadOperatorPrincipal(opd.pemdaId, "kepala.dinsos@sakip.demo"))!;
  context = (await findOpdYearContext(planner, "dinsos-serang", "2023"))!;
});

describe("the demo's 2023 rencana aksi", () => {
  it("draws the dashboard's plan line from the planned disbursement, within the band of the realisasi", async () => {
    const summary = await readOpdYearResult(context, 3, "dashboard");
    expect(summary.plan.source).toBe("RENCANA_AKSI");
    const plans = await db.rencanaAksiAnggaran.findMany({ where: { subKegiatan: { year: 2023 } } });
    const through = (q: number) =>
      plans
        .filter((p) => Number(p.period.slice(2)) <= q)
        .reduce((sum, p) => sum.plus(p.amount.toString()), new Decimal(0));
    expect(summary.plan.cumulative.map(String)).toEqual([1, 2, 3, 4].map((q) => through(q).toString()));
    // Each sub kegiatan plans its whole pagu over the year, so TW IV reaches the OPD's pagu.
    expect(summary.plan.cumulative[3]!.toString()).toBe(summary.rollup.pagu.toString());
    expect(summary.plan.cumulative[0]!.lessThan(summary.rollup.pagu.div(4))).toBe(true);
    const figures = await readOpdYearResult(context, 4, "figures");
    expect(figures.findings.filter((f) => f.code === "REALISASI_DI_BAWAH_RENCANA")).toEqual([]);
  });

  it("shows every IKU, program indicator and sub kegiatan with its four quarters", async () => {
    const data = await loadRencanaAksiPage(context);
    expect(data.editable).toBe(true);
    const iku = data.rows[0]!;
    expect([iku.kind, iku.level, iku.code, iku.annual]).toEqual(["INDIKATOR", "SASARAN", "S1.1", "3 %"]);
    expect(iku.cells.map((c) => c.stored)).toEqual(["0,75", "0,75", "0,75", "0,75"]);
    const sub = data.rows.find((row) => row.code === PERMAKANAN)!;
    expect(sub.kind).toBe("ANGGARAN");
    expect(data.rows.filter((row) => row.kind === "ANGGARAN")).toHaveLength(54);
    // A bidang-limited planner sees every row, edits only their bidang's (never the OPD's IKU).
    const limited = await loadRencanaAksiPage({ ...context, principal: rehsosPlanner });
    const scope = (code: string) => limited.rows.find((row) => row.code === code)!.inScope;
    expect([scope(PERMAKANAN), scope(MAKANAN), scope("S1.1")]).toEqual([true, false, false]);
  });
});

describe("the workbook's Rencana Aksi sheet", () => {
  const exported = async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await exportTemplate({ pemdaId: context.opd.pemdaId, opdId: context.opd.id, year: 2023 })) as never,
    );
    const sheet = workbook.getWorksheet("Rencana Aksi")!;
    const rowOf = (code: string, name: string | null) =>
      sheet
        .getRows(2, sheet.rowCount - 1)!
        .find((row) => row.getCell(1).value === code && (row.getCell(2).value ?? null) === name)!;
    return { workbook, sheet, rowOf };
  };
  const importFile = async (workbook: ExcelJS.Workbook) =>
    commitImport(planner, {
      opdId: context.opd.id,
      year: 2023,
      fileName: "dinsos-serang-2023.xlsx",
      file: Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64"),
      confirmRemovals: false,
      planDigest: null,
    });
  const IKU = "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial";
  const ikuPlan = async () =>
    (
      await db.rencanaAksiIndikator.findMany({
        where: { year: 2023, indikator: { isIku: true } },
        orderBy: { period: "asc" },
      })
    ).map((p) => p.target.toString());

  it("exports the plan of every sub kegiatan and indicator, and imports a change of it", async () => {
    const { sheet, workbook, rowOf } = await exported();
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Kode",
      "Indikator",
      "Rencana TW I",
      "Rencana TW II",
      "Rencana TW III",
      "Rencana TW IV",
    ]);
    const makanan = await subOf(MAKANAN);
    const stored = makanan.rencanaAksi
      .sort((a, b) => a.period.localeCompare(b.period))
      .map((p) => Number(p.amount));
    const row = rowOf(MAKANAN, null);
    expect([3, 4, 5, 6].map((c) => row.getCell(c).value)).toEqual(stored);
    const iku = rowOf("IKU-S1.1-1", IKU);
    expect([3, 4, 5, 6].map((c) => iku.getCell(c).value)).toEqual([0.75, 0.75, 0.75, 0.75]);

    // Rp 1.000 moved from TW IV to TW I (the plan already takes the whole pagu).
    row.getCell(3).value = stored[0]! + 1000;
    row.getCell(6).value = stored[3]! - 1000;
    iku.getCell(6).value = 0.8;
    const result = await importFile(workbook);
    expect(result).toMatchObject({ ok: true, committed: true, updated: 2, errors: [] });
    expect((await planOf(MAKANAN)).map(([, amount]) => Number(amount))).toEqual([
      stored[0]! + 1000,
      stored[1],
      stored[2],
      stored[3]! - 1000,
    ]);
    expect(await ikuPlan()).toEqual(["0.75", "0.75", "0.75", "0.8"]);
  });

  it("refuses a row above the pagu, naming sheet, row and column, and writes nothing of the file", async () => {
    const { workbook, rowOf } = await exported();
    const makanan = await subOf(MAKANAN);
    const before = await planOf(MAKANAN);
    const row = rowOf(MAKANAN, null);
    row.getCell(6).value = Number(makanan.paguAwal);
    rowOf("IKU-S1.1-1", IKU).getCell(3).value = 0.6;
    const result = await importFile(workbook);
    expect(result.ok).toBe(false);
    expect(result.errors).toContainEqual({
      sheet: "Rencana Aksi",
      row: row.number,
      column: "Rencana TW IV (F)",
      message: expect.stringMatching(
        new RegExp(
          `^${MAKANAN.replaceAll(".", "\\.")}: rencana penarikan dana TW I–IV berjumlah Rp [\\d.]+, melebihi pagu Rp [\\d.]+ sebesar Rp [\\d.]+$`,
        ),
      ),
    });
    expect(await planOf(MAKANAN)).toEqual(before);
    expect(await ikuPlan()).toEqual(["0.75", "0.75", "0.75", "0.8"]);
  });
});

describe("rencanaAksi.save", () => {
  it("stores the changed quarters, version-checked, with one audit entry each", async () => {
    const sub = await subOf(PERMAKANAN);
    const tw1 = sub.rencanaAksi.find((p) => p.period === "TW1")!;
    const before = await audits();
    const result = await save(planner, [
      { key: `anggaran:${sub.id}:1`, text: "Rp 12.500.000", version: tw1.version, row: 7 },
    ]);
    expect(result).toEqual({ ok: true, value: { saved: 1 } });
    expect((await planOf(PERMAKANAN))[0]).toEqual(["TW1", "12500000", tw1.version + 1]);
    const after = await audits();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      userId: planner.userId,
      opdId: context.opd.id,
      year: 2023,
      entity: "SubKegiatan",
      entityId: sub.id,
      oldValues: { period: "TW1", rencanaDana: tw1.amount.toString() },
      newValues: { period: "TW1", rencanaDana: "12500000" },
    });
  });

  it("refuses a stale version for the whole save: nothing changes", async () => {
    const sub = await subOf(PERMAKANAN);
    const makanan = await subOf(MAKANAN);
    const before = [await planOf(PERMAKANAN), await planOf(MAKANAN)];
    const auditCount = (await audits()).length;
    const result = await save(planner, [
      {
        key: `anggaran:${makanan.id}:1`,
        text: "1.000",
        version: makanan.rencanaAksi.find((p) => p.period === "TW1")!.version,
        row: 40,
      },
      { key: `anggaran:${sub.id}:1`, text: "13.000.000", version: 1, row: 7 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("CONFLICT");
    expect(result.error.message).toContain(`Baris 7 (${PERMAKANAN} Penyediaan Permakanan) TW1 telah diubah`);
    expect([await planOf(PERMAKANAN), await planOf(MAKANAN)]).toEqual(before);
    expect(await audits()).toHaveLength(auditCount);
  });

  it("refuses four quarters above the pagu, naming the row: nothing changes", async () => {
    const sub = await subOf(PERMAKANAN);
    const pagu = new Decimal(sub.paguAwal!.toString());
    const stored = sub.rencanaAksi.filter((p) => p.period !== "TW4");
    const others = stored.reduce((sum, p) => sum.plus(p.amount.toString()), new Decimal(0));
    const tw4 = sub.rencanaAksi.find((p) => p.period === "TW4")!;
    const before = await planOf(PERMAKANAN);
    const over = pagu.minus(others).plus(1);
    const result = await save(planner, [
      { key: `anggaran:${sub.id}:4`, text: over.toString(), version: tw4.version, row: 7 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("INVALID");
    expect(result.error.fields?.[`anggaran:${sub.id}`]).toMatch(
      new RegExp(
        `^Baris 7 \\(${PERMAKANAN.replaceAll(".", "\\.")} Penyediaan Permakanan\\), Rencana TW I–IV: rencana penarikan dana TW I–IV berjumlah Rp [\\d.]+, melebihi pagu Rp [\\d.]+ sebesar Rp 1$`,
      ),
    );
    expect(await planOf(PERMAKANAN)).toEqual(before);
    // Exactly the pagu is allowed.
    const exact = await save(planner, [
      { key: `anggaran:${sub.id}:4`, text: over.minus(1).toString(), version: tw4.version, row: 7 },
    ]);
    expect(exact.ok).toBe(true);
  });

  it("keeps a bidang-limited planner to their bidang's rows, and every planner to the OPD-year", async () => {
    const makanan = await subOf(MAKANAN);
    const iku = await db.indikator.findFirstOrThrow({
      where: { isIku: true, rencanaAksi: { some: { year: 2023 } } },
    });
    const sub2022 = await subOf(PERMAKANAN, 2022);
    const before = await planOf(MAKANAN);
    for (const [principal, key] of [
      [rehsosPlanner, `anggaran:${makanan.id}:2`],
      [rehsosPlanner, `indikator:${iku.id}:2`],
      // The same OPD's sub kegiatan of another year is not part of this rencana aksi.
      [planner, `anggaran:${sub2022.id}:2`],
    ] as const) {
      const result = await save(principal, [{ key, text: "1", version: null, row: 1 }]);
      expect(result.ok ? "ok" : result.error.kind, key).toBe("NOT_FOUND");
    }
    expect(await planOf(MAKANAN)).toEqual(before);
  });

  it("flags a quarter whose realisasi falls more than 10 points below its plan", async () => {
    const sub = await subOf(PERMAKANAN);
    const [tw1, tw2, tw3, tw4] = ["TW1", "TW2", "TW3", "TW4"].map((period) =>
      sub.rencanaAksi.find((p) => p.period === period)!,
    );
    const realisasi = await db.realisasiAnggaran.findMany({ where: { subKegiatanId: sub.id } });
    const through2 = realisasi
      .filter((r) => r.period === "TW1" || r.period === "TW2")
      .reduce((sum, r) => sum.plus(r.amount.toString()), new Decimal(0));
    // Plan TW I + II = realisasi / 0,8: capaian terhadap rencana 80 %; TW III and IV emptied (removed).
    const planned = through2.div("0.8");
    const result = await save(planner, [
      { key: `anggaran:${sub.id}:1`, text: "0", version: tw1!.version, row: 7 },
      { key: `anggaran:${sub.id}:2`, text: planned.toFixed(0), version: tw2!.version, row: 7 },
      { key: `anggaran:${sub.id}:3`, text: "", version: tw3!.version, row: 7 },
      { key: `anggaran:${sub.id}:4`, text: "", version: tw4!.version, row: 7 },
    ]);
    expect(result).toEqual({ ok: true, value: { saved: 4 } });
    expect((await planOf(PERMAKANAN)).map(([period]) => period)).toEqual(["TW1", "TW2"]);
    const { findings } = await readOpdYearResult(context, 4, "figures");
    const flagged = findings.filter((f) => f.code === "REALISASI_DI_BAWAH_RENCANA");
    // TW I planned nothing (not compared); through TW II the realisasi is 80 % of the plan.
    expect(flagged.map((f) => [f.severity, f.location.code])).toEqual([["WARNING", PERMAKANAN]]);
    expect(flagged[0]!.message).toMatch(
      /^Realisasi anggaran s\.d\. TW II Rp [\d.]+ baru 80,00 % dari rencana penarikan dana Rp [\d.]+ \(batas 10 poin persen di bawah rencana\)\.$/,
    );
  });

  it("is locked once the head signs the Perjanjian Kinerja, and the page says so", async () => {
    const pk = await db.perjanjianKinerja.findFirstOrThrow({ where: { opdId: context.opd.id, year: 2023 } });
    const signed = await executeMutation(signPerjanjianKinerja, kepala, {
      perjanjianKinerjaId: pk.id,
      version: pk.version,
    });
    expect(signed.ok).toBe(true);
    const sub = await subOf(PERMAKANAN);
    const before = await planOf(PERMAKANAN);
    const tw1 = sub.rencanaAksi.find((p) => p.period === "TW1")!;
    const result = await save(planner, [
      { key: `anggaran:${sub.id}:1`, text: "1", version: tw1.version, row: 7 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("LOCKED");
    expect(result.error.message).toMatch(
      /^Rencana aksi tahun 2023 telah ditandatangani bersama Perjanjian Kinerja pada \d+ \w+ 2026; tidak dapat diubah\.$/,
    );
    expect(await planOf(PERMAKANAN)).toEqual(before);
    const data = await loadRencanaAksiPage(context);
    expect(data.editable).toBe(false);
    expect(data.signedAt).not.toBeNull();
  });
});
