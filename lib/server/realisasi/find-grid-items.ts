import "server-only";
import type { Tx } from "../db";
import type { OpdYearKey } from "../opd-year/opd-year-key";
import { lockLeaves } from "./lock-leaves";

export type Link = { subKegiatanId: string } | { rekeningBelanjaId: string };
export type Leaf = {
  entity: "SubKegiatan" | "RekeningBelanja";
  label: string;
  bidangId: string | null;
  realisasi: { id: string; version: number; period: string; amount: string }[];
  link: Link;
};

/**
 * The money leaves addressed by the cells (sub kegiatan without rekening lines, and rekening lines of the
 * OPD-year) and their realisasi, in two statements. An id that is neither is absent.
 */
export async function findLeaves(tx: Tx, scope: OpdYearKey, ids: string[]): Promise<Map<string, Leaf>> {
  await lockLeaves(tx, scope.pemdaId, ids);
  const rows = await tx.$queryRaw<(Omit<Leaf, "realisasi" | "link"> & { id: string })[]>`
    SELECT s.id, 'SubKegiatan' AS entity, s.code || ' ' || s.name AS label, s."bidangId"
    FROM "SubKegiatan" s
    WHERE s.id = ANY(${ids}::text[]) AND s."pemdaId" = ${scope.pemdaId} AND s."opdId" = ${scope.opdId}
      AND s.year = ${scope.year} AND NOT EXISTS (SELECT 1 FROM "RekeningBelanja" r WHERE r."subKegiatanId" = s.id)
    UNION ALL
    SELECT r.id, 'RekeningBelanja', r.code || ' ' || r.name, s."bidangId"
    FROM "RekeningBelanja" r JOIN "SubKegiatan" s ON s.id = r."subKegiatanId"
    WHERE r.id = ANY(${ids}::text[]) AND r."pemdaId" = ${scope.pemdaId} AND s."opdId" = ${scope.opdId}
      AND s.year = ${scope.year}`;
  const realisasi = await tx.$queryRaw<(Leaf["realisasi"][number] & { leafId: string })[]>`
    SELECT coalesce("subKegiatanId", "rekeningBelanjaId") AS "leafId", id, version, period::text, amount::text
    FROM "RealisasiAnggaran"
    WHERE "pemdaId" = ${scope.pemdaId}
      AND ("subKegiatanId" = ANY(${ids}::text[]) OR "rekeningBelanjaId" = ANY(${ids}::text[]))`;
  const leaves = new Map<string, Leaf>();
  for (const row of rows) {
    const link = row.entity === "SubKegiatan" ? { subKegiatanId: row.id } : { rekeningBelanjaId: row.id };
    leaves.set(row.id, { ...row, realisasi: [], link });
  }
  for (const { leafId, ...entry } of realisasi) leaves.get(leafId)?.realisasi.push(entry);
  return leaves;
}

/** The indicators of sub kegiatan, kegiatan or programs of the OPD-year addressed by the cells, in one query. */
export async function findIndicators(tx: Tx, scope: OpdYearKey, ids: string[]) {
  const ofYear = { opdId: scope.opdId, year: scope.year };
  const indicators = await tx.indikator.findMany({
    where: {
      id: { in: ids },
      pemdaId: scope.pemdaId,
      OR: [{ subKegiatan: ofYear }, { kegiatan: ofYear }, { program: ofYear }],
    },
    include: {
      realisasi: { where: { year: scope.year } },
      subKegiatan: { select: { code: true, bidangId: true } },
      kegiatan: { select: { code: true, bidangId: true } },
      program: { select: { code: true, bidangId: true } },
    },
  });
  const found = new Map<string, (typeof indicators)[number] & { label: string; bidangId: string | null }>();
  for (const indicator of indicators) {
    const owner = indicator.subKegiatan ?? indicator.kegiatan ?? indicator.program;
    if (owner)
      found.set(indicator.id, {
        ...indicator,
        label: `${owner.code} ${indicator.name}`,
        bidangId: owner.bidangId,
      });
  }
  return found;
}
