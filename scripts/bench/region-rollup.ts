/**
 * Two ways to sum a whole region that the app's region rollup is measured against: one hand-written
 * `GROUP BY ROLLUP` query (the floor), and a per-node ORM traversal (the naive way).
 */
import Decimal from "decimal.js";
import type { createPrismaClient } from "@/lib/server/prisma-client";

type Db = ReturnType<typeof createPrismaClient>;
export type RegionTotals = Map<string, { pagu: Decimal; realisasi: Decimal }>;

/** Per OPD (and the region under key ""), pagu and realisasi of all leaves in one statement. */
export async function rollupBySql(db: Db, pemdaId: string, year: number): Promise<RegionTotals> {
  const rows = await db.$queryRaw<{ opdId: string | null; pagu: string; realisasi: string }[]>`
    WITH sub AS (
      SELECT s.id, s."opdId", coalesce(s."paguPerubahan", s."paguAwal", 0) AS pagu,
             EXISTS (SELECT 1 FROM "RekeningBelanja" r WHERE r."subKegiatanId" = s.id) AS "hasRekening"
      FROM "SubKegiatan" s WHERE s."pemdaId" = ${pemdaId} AND s.year = ${year}
    )
    SELECT "opdId", sum(pagu)::text AS pagu, sum(realisasi)::text AS realisasi FROM (
      SELECT sub."opdId", sub.pagu, 0 AS realisasi FROM sub WHERE NOT sub."hasRekening"
      UNION ALL
      SELECT sub."opdId", coalesce(r."paguPerubahan", r."paguAwal"), 0
      FROM "RekeningBelanja" r JOIN sub ON sub.id = r."subKegiatanId"
      UNION ALL
      SELECT sub."opdId", 0, a.amount
      FROM "RealisasiAnggaran" a JOIN sub ON sub.id = a."subKegiatanId" WHERE NOT sub."hasRekening"
      UNION ALL
      SELECT sub."opdId", 0, a.amount
      FROM "RealisasiAnggaran" a JOIN "RekeningBelanja" r ON r.id = a."rekeningBelanjaId"
      JOIN sub ON sub.id = r."subKegiatanId"
    ) leaf
    GROUP BY ROLLUP ("opdId")`;
  return new Map(
    rows.map((row) => [
      row.opdId ?? "",
      { pagu: new Decimal(row.pagu), realisasi: new Decimal(row.realisasi) },
    ]),
  );
}

/** The same totals by asking the ORM for every node's children, one query per node. */
export async function rollupByOrmTraversal(
  db: Db,
  pemdaId: string,
  year: number,
  opdIds?: string[],
): Promise<RegionTotals> {
  const totals: RegionTotals = new Map();
  const region = { pagu: new Decimal(0), realisasi: new Decimal(0) };
  const spentOn = async (where: { subKegiatanId: string } | { rekeningBelanjaId: string }) =>
    Decimal.sum(0, ...(await db.realisasiAnggaran.findMany({ where })).map((r) => r.amount.toString()));
  const opds = await db.perangkatDaerah.findMany({
    where: { pemdaId, ...(opdIds && { id: { in: opdIds } }) },
  });
  for (const opd of opds) {
    const sum = { pagu: new Decimal(0), realisasi: new Decimal(0) };
    for (const program of await db.program.findMany({ where: { opdId: opd.id, year } })) {
      for (const kegiatan of await db.kegiatan.findMany({ where: { programId: program.id } })) {
        for (const sub of await db.subKegiatan.findMany({ where: { kegiatanId: kegiatan.id } })) {
          const lines = await db.rekeningBelanja.findMany({ where: { subKegiatanId: sub.id } });
          if (lines.length === 0) {
            sum.pagu = sum.pagu.plus((sub.paguPerubahan ?? sub.paguAwal ?? 0).toString());
            sum.realisasi = sum.realisasi.plus(await spentOn({ subKegiatanId: sub.id }));
          }
          for (const line of lines) {
            sum.pagu = sum.pagu.plus((line.paguPerubahan ?? line.paguAwal).toString());
            sum.realisasi = sum.realisasi.plus(await spentOn({ rekeningBelanjaId: line.id }));
          }
        }
      }
    }
    totals.set(opd.id, sum);
    region.pagu = region.pagu.plus(sum.pagu);
    region.realisasi = region.realisasi.plus(sum.realisasi);
  }
  totals.set("", region);
  return totals;
}

/** Median wall time of `runs` runs, in milliseconds. */
export async function medianMs(runs: number, run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}
