import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { saveRealisasiGrid } from "@/lib/server/realisasi/save-realisasi-grid";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";

// The demo year 2022 holds annual totals; a 2023 copy of two sub kegiatan gets quarterly entries here.
let planner: Principal;
let rehsosPlanner: Principal;
let opdId: string;
let permakanan: string; // Bidang Rehabilitasi Sosial
let makanan: string; // Bidang Linjamsos
let indicatorId: string;

async function principalOf(email: string): Promise<Principal> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadPrincipal({ userId: user.id, sessionVersion: user.sessionVersion }))!;
}

async function copyToYear(code: string, year: number): Promise<string> {
  const source = await db.subKegiatan.findFirstOrThrow({
    where: { code, year: 2022 },
    include: { kegiatan: { include: { program: true } } },
  });
  const { kegiatan } = source;
  const { program } = kegiatan;
  const common = { pemdaId: source.pemdaId, opdId: source.opdId, year, bidangId: source.bidangId };
  const programRow = await db.program.upsert({
    where: { opdId_year_code: { opdId: source.opdId, year, code: program.code } },
    create: { ...common, code: program.code, name: program.name },
    update: {},
  });
  const kegiatanRow = await db.kegiatan.upsert({
    where: { opdId_year_code: { opdId: source.opdId, year, code: kegiatan.code } },
    create: { ...common, programId: programRow.id, code: kegiatan.code, name: kegiatan.name },
    update: {},
  });
  const sub = await db.subKegiatan.create({
    data: {
      ...common,
      kegiatanId: kegiatanRow.id,
      code: source.code,
      name: source.name,
      paguAwal: source.paguAwal,
    },
  });
  return sub.id;
}

const stored = () =>
  db.realisasiAnggaran.findMany({ where: { subKegiatan: { year: 2023 } }, orderBy: { period: "asc" } });
const audits = () => db.auditLog.count({ where: { action: "realisasiGrid.save" } });

beforeAll(async () => {
  await loadDemo(db, serang2022);
  planner = await principalOf("perencana.dinsos@sakip.demo");
  rehsosPlanner = await principalOf("perencana.rehsos@sakip.demo");
  opdId = planner.opdId!;
  await db.laporanKinerja.create({ data: { pemdaId: planner.pemdaId, opdId, year: 2023 } });
  permakanan = await copyToYear("1.06.04.2.01.0001", 2023);
  makanan = await copyToYear("1.06.06.2.01.0001", 2023);
  const indicator = await db.indikator.create({
    data: {
      pemdaId: planner.pemdaId,
      level: "SUB_KEGIATAN",
      subKegiatanId: permakanan,
      name: "Penerima permakanan",
      satuan: "PMKS",
      targets: { create: { pemdaId: planner.pemdaId, year: 2023, target: "120" } },
    },
  });
  indicatorId = indicator.id;
});

const save = (
  principal: Principal,
  quarter: 1 | 2 | 3 | 4,
  cells: { key: string; text: string; version: number | null; row: number }[],
) => executeMutation(saveRealisasiGrid, principal, { opdId, year: 2023, quarter, cells });

describe("quarterly grid save", () => {
  it("stores every changed cell of a quarter, with one audit entry each", async () => {
    const result = await save(planner, 1, [
      { key: `anggaran:${permakanan}`, text: "Rp 20.000.000", version: null, row: 1 },
      { key: `anggaran:${makanan}`, text: "100.000.000,50", version: null, row: 3 },
      { key: `nilai:${indicatorId}`, text: "30", version: null, row: 2 },
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        saved: 3,
        versions: {
          [`anggaran:${permakanan}`]: 1,
          [`anggaran:${makanan}`]: 1,
          [`indikator:${indicatorId}`]: 1,
        },
      },
    });
    expect((await stored()).map((r) => [r.period, r.amount.toString()])).toEqual([
      ["TW1", "20000000"],
      ["TW1", "100000000.5"],
    ]);
    const value = await db.realisasiIndikator.findFirstOrThrow({ where: { indikatorId: indicatorId } });
    expect(value.value?.toString()).toBe("30");
    expect(await audits()).toBe(3);
  });

  it("stores none of the rows when one is malformed, naming its row and field", async () => {
    const before = await stored();
    const auditsBefore = await audits();
    const result = await save(planner, 2, [
      { key: `anggaran:${permakanan}`, text: "15.000.000", version: null, row: 1 },
      { key: `anggaran:${makanan}`, text: "1,234.56", version: null, row: 3 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("INVALID");
    expect(result.error.fields?.[`anggaran:${makanan}`]).toMatch(
      /^Baris 3 \(1\.06\.06\.2\.01\.0001 Penyediaan Makanan\), Realisasi TW2 \(Rp\): /,
    );
    expect(result.error.message).toContain("Tidak ada yang disimpan");
    expect(await stored()).toEqual(before);
    expect(await audits()).toBe(auditsBefore);
  });

  it("refuses a stale version for the whole save and keeps the winner's value", async () => {
    const [tw1] = await stored();
    const first = await save(planner, 1, [
      { key: `anggaran:${permakanan}`, text: "21.000.000", version: tw1!.version, row: 1 },
    ]);
    expect(first.ok).toBe(true);
    const second = await save(planner, 1, [
      { key: `anggaran:${permakanan}`, text: "22.000.000", version: tw1!.version, row: 1 },
      { key: `anggaran:${makanan}`, text: "5", version: null, row: 3 },
    ]);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.kind).toBe("CONFLICT");
    expect(second.error.message).toContain("Rp 21.000.000");
    const rows = await stored();
    expect(rows.find((r) => r.subKegiatanId === permakanan && r.period === "TW1")?.amount.toString()).toBe(
      "21000000",
    );
    expect(rows.filter((r) => r.period === "TW2")).toEqual([]);
  });

  it("returns each saved entry's new version: a second correction at it saves, a concurrent edit does not", async () => {
    const entered = await save(planner, 3, [
      { key: `anggaran:${permakanan}`, text: "7.000.000", version: null, row: 1 },
      { key: `nilai:${indicatorId}`, text: "40", version: null, row: 2 },
    ]);
    expect(entered).toMatchObject({ ok: true, value: { saved: 2 } });
    const { versions } = (entered as { ok: true; value: { versions: Record<string, number> } }).value;
    const corrected = await save(planner, 3, [
      {
        key: `anggaran:${permakanan}`,
        text: "7.500.000",
        version: versions[`anggaran:${permakanan}`]!,
        row: 1,
      },
      { key: `nilai:${indicatorId}`, text: "42", version: versions[`indikator:${indicatorId}`]!, row: 2 },
    ]);
    expect(corrected).toEqual({
      ok: true,
      value: { saved: 2, versions: { [`anggaran:${permakanan}`]: 2, [`indikator:${indicatorId}`]: 2 } },
    });
    const tw3 = await db.realisasiAnggaran.findFirstOrThrow({
      where: { subKegiatanId: permakanan, period: "TW3" },
    });
    expect([tw3.amount.toString(), tw3.version]).toEqual(["7500000", 2]);
    const value = await db.realisasiIndikator.findFirstOrThrow({
      where: { indikatorId: indicatorId, period: "TW3" },
    });
    expect([value.value?.toString(), value.version]).toEqual(["42", 2]);

    // Another session saves the cell; this one, still at version 2, is refused and changes nothing.
    expect(
      await save(rehsosPlanner, 3, [
        { key: `anggaran:${permakanan}`, text: "8.000.000", version: 2, row: 1 },
      ]),
    ).toMatchObject({ ok: true, value: { versions: { [`anggaran:${permakanan}`]: 3 } } });
    const stale = await save(planner, 3, [
      { key: `anggaran:${permakanan}`, text: "7.600.000", version: 2, row: 1 },
    ]);
    expect(stale).toMatchObject({ ok: false, error: { kind: "CONFLICT" } });
    const after = await db.realisasiAnggaran.findFirstOrThrow({
      where: { subKegiatanId: permakanan, period: "TW3" },
    });
    expect(after.amount.toString()).toBe("8000000");
  });

  it("hides another bidang's rows from a bidang-limited planner: nothing is saved", async () => {
    const before = await stored();
    const result = await save(rehsosPlanner, 3, [
      { key: `anggaran:${permakanan}`, text: "1.000", version: null, row: 1 },
      { key: `anggaran:${makanan}`, text: "1.000", version: null, row: 2 },
    ]);
    expect(result).toMatchObject({ ok: false, error: { kind: "NOT_FOUND" } });
    expect(await stored()).toEqual(before);
  });

  it("refuses quarterly entries where the year holds an annual total", async () => {
    const annual = await db.subKegiatan.findFirstOrThrow({
      where: { code: "1.06.04.2.01.0001", year: 2022 },
    });
    const result = await executeMutation(saveRealisasiGrid, planner, {
      opdId,
      year: 2022,
      quarter: 4,
      cells: [{ key: `anggaran:${annual.id}`, text: "1.000", version: null, row: 1 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields?.[`anggaran:${annual.id}`]).toContain("tercatat sebagai total tahunan");
  });
});
