import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recordStatements } from "./record-statements";

// Every statement the grid save issues is seen here.
const statements = recordStatements();

const { db } = await import("@/lib/server/db");
const { executeMutation } = await import("@/lib/server/mutations/define-mutation");
const { saveRealisasiGrid } = await import("@/lib/server/realisasi/save-realisasi-grid");
const { loadSyntheticRegion, SYNTHETIC_YEAR, syntheticOpdSlug } =
  await import("@/prisma/demo/synthetic-region");
const { principalOf } = await import("./fixtures");

type GridCell = { key: string; text: string; version: number | null; row: number };
let opdId: string;
let leafIds: string[];
let indicatorIds: string[];

beforeAll(async () => {
  await loadSyntheticRegion(db, { opds: 1, leaves: 4500, seed: 7 });
  const opd = await db.perangkatDaerah.findUniqueOrThrow({ where: { slug: syntheticOpdSlug(1) } });
  opdId = opd.id;
  const ofYear = { opdId, year: SYNTHETIC_YEAR };
  const subs = await db.subKegiatan.findMany({ where: { ...ofYear, rekening: { none: {} } } });
  const rekening = await db.rekeningBelanja.findMany({ where: { subKegiatan: ofYear } });
  leafIds = [...subs, ...rekening].map((leaf) => leaf.id);
  const indicators = await db.indikator.findMany({ where: { subKegiatan: ofYear } });
  indicatorIds = indicators.map((indicator) => indicator.id);
});

const perencana = () => principalOf(`perencana.${syntheticOpdSlug(1)}@sintetis.go.id`);

/** Statements of one save, without the transaction's BEGIN/COMMIT. */
async function countedSave(cells: GridCell[]) {
  const principal = await perencana();
  statements.length = 0;
  const result = await executeMutation(saveRealisasiGrid, principal, {
    opdId,
    year: SYNTHETIC_YEAR,
    quarter: 4,
    cells,
  });
  return { result, statements: statements.filter((sql) => !/^(BEGIN|COMMIT)/.test(sql)) };
}

// Every test starts from a year without TW4 realisasi, whatever ran before it: each can run alone.
beforeEach(async () => {
  await db.realisasiAnggaran.deleteMany({
    where: {
      period: "TW4",
      OR: [{ subKegiatanId: { in: leafIds } }, { rekeningBelanjaId: { in: leafIds } }],
    },
  });
  await db.realisasiIndikator.deleteMany({ where: { period: "TW4", indikatorId: { in: indicatorIds } } });
});

const auditCount = () => db.auditLog.count({ where: { action: "realisasiGrid.save", opdId } });

async function storedTw4(ids: string[]) {
  const rows = await db.realisasiAnggaran.findMany({
    where: { period: "TW4", OR: [{ subKegiatanId: { in: ids } }, { rekeningBelanjaId: { in: ids } }] },
  });
  return new Map(rows.map((row) => [row.subKegiatanId ?? row.rekeningBelanjaId!, row]));
}

describe("the quarterly grid save writes in a bounded number of statements", () => {
  it("5.000 cells (new and changed amounts, indicator values) take as many statements as 10", async () => {
    const auditsBefore = await auditCount();
    const before = await storedTw4(leafIds);
    const indicatorVersions = async () => {
      const rows = await db.realisasiIndikator.findMany({
        where: { indikatorId: { in: indicatorIds }, period: "TW4" },
      });
      return new Map(rows.map((row) => [row.indikatorId, row.version]));
    };
    const versionsBefore = await indicatorVersions();
    const amountCells = (ids: string[], text: (i: number) => string) =>
      ids.map((id, i) => ({
        key: `anggaran:${id}`,
        text: text(i),
        version: before.get(id)?.version ?? null,
        row: i + 1,
      }));
    const small = await countedSave([
      ...amountCells(leafIds.slice(0, 8), () => "1.000"),
      ...indicatorIds.slice(0, 2).map((id, i) => ({
        key: `nilai:${id}`,
        text: "7",
        version: versionsBefore.get(id) ?? null,
        row: 9 + i,
      })),
    ]);
    expect(small.result).toMatchObject({ ok: true, value: { saved: 10 } });

    const afterSmall = await storedTw4(leafIds);
    const indicatorVersion = await indicatorVersions();
    const leafCount = 5000 - indicatorIds.length;
    const big = await countedSave([
      ...leafIds.slice(0, leafCount).map((id, i) => ({
        key: `anggaran:${id}`,
        text: `${i + 1}000,50`,
        version: afterSmall.get(id)?.version ?? null,
        row: i + 1,
      })),
      ...indicatorIds.map((id, i) => ({
        key: `nilai:${id}`,
        text: "12,5",
        version: indicatorVersion.get(id) ?? null,
        row: leafCount + i + 1,
      })),
    ]);
    expect(big.result).toMatchObject({ ok: true, value: { saved: 5000 } });
    // Both saves created and updated rows: the same kinds of statement, however many cells.
    expect(big.statements.length).toBeLessThanOrEqual(small.statements.length + 2);
    expect(big.statements.length).toBeLessThanOrEqual(20);

    const stored = await storedTw4(leafIds.slice(0, leafCount));
    expect(stored.size).toBe(leafCount);
    expect(stored.get(leafIds[0]!)!.amount.toString()).toBe("1000.5");
    expect(stored.get(leafIds[0]!)!.version).toBe((afterSmall.get(leafIds[0]!)?.version ?? 0) + 1);
    expect(stored.get(leafIds[leafCount - 1]!)!.amount.toString()).toBe(`${leafCount}000.5`);
    expect((await auditCount()) - auditsBefore).toBe(5010);
  });

  it("a cell saved by someone else meanwhile stops all 5.000 cells", async () => {
    const stale = leafIds[10]!;
    const cell = (id: string, text: string, version: number | null, row: number) => ({
      key: `anggaran:${id}`,
      text,
      version,
      row,
    });
    expect((await countedSave([cell(stale, "1.000", null, 11)])).result).toMatchObject({ ok: true });
    const before = await storedTw4(leafIds);
    const cells = leafIds
      .slice(0, 5000)
      .map((id, i) => cell(id, "2.000", before.get(id)?.version ?? null, i + 1));
    // Another planner saves the same cell after this one's grid was loaded.
    const other = await countedSave([cell(stale, "3.000", before.get(stale)!.version, 11)]);
    expect(other.result).toMatchObject({ ok: true });

    const { result } = await countedSave(cells);
    expect(result).toMatchObject({ ok: false, error: { kind: "CONFLICT" } });
    const after = await storedTw4(leafIds);
    expect(after.size).toBe(1);
    expect(after.get(stale)!.amount.toString()).toBe("3000");
  });
});
