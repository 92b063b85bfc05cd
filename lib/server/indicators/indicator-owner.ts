import "server-only";
import type { Scope } from "@/lib/auth/permissions";
import type { IndicatorOwnerLevel } from "@/lib/inputs/indikator";
import type { Tx } from "../db";

/** What an indicator hangs on: a Renstra item (tujuan, sasaran) or a plan item of one year. */
export type IndicatorOwner = {
  level: IndicatorOwnerLevel;
  id: string;
  pemdaId: string;
  opdId: string;
  /** Plan items belong to a bidang; Renstra items to the whole OPD (whole-OPD planners only). */
  bidangId: string | null;
  /** The year of a program, kegiatan or sub kegiatan; null for tujuan and sasaran. */
  year: number | null;
  /** The Renstra period of a tujuan or sasaran. */
  periode: { startYear: number; endYear: number } | null;
  label: string;
};

/** The owner column of each level on Indikator. */
export const ownerField = {
  TUJUAN: "tujuanId",
  SASARAN: "sasaranId",
  PROGRAM: "programId",
  KEGIATAN: "kegiatanId",
  SUB_KEGIATAN: "subKegiatanId",
} as const satisfies Record<IndicatorOwnerLevel, string>;

export function ownerIdOf(indikator: {
  level: IndicatorOwnerLevel;
  tujuanId: string | null;
  sasaranId: string | null;
  programId: string | null;
  kegiatanId: string | null;
  subKegiatanId: string | null;
}): string {
  const id = indikator[ownerField[indikator.level]];
  if (!id) throw new Error(`Indikator tingkat ${indikator.level} tanpa pemilik`);
  return id;
}

/** The owner within the region, or null (a 404) when it does not exist there. */
export async function findIndicatorOwner(
  tx: Tx,
  { pemdaId, level, id }: { pemdaId: string; level: IndicatorOwnerLevel; id: string },
): Promise<IndicatorOwner | null> {
  const where = { id, pemdaId };
  const renstra = (periode: { opdId: string; startYear: number; endYear: number }, label: string) => ({
    level,
    id,
    pemdaId,
    opdId: periode.opdId,
    bidangId: null,
    year: null,
    periode: { startYear: periode.startYear, endYear: periode.endYear },
    label,
  });
  const yearly = (row: {
    opdId: string;
    bidangId: string | null;
    year: number;
    code: string;
    name: string;
  }) => ({
    level,
    id,
    pemdaId,
    opdId: row.opdId,
    bidangId: row.bidangId,
    year: row.year,
    periode: null,
    label: `${row.code} ${row.name}`,
  });
  switch (level) {
    case "TUJUAN": {
      const row = await tx.tujuan.findFirst({ where, include: { periode: true } });
      return row && renstra(row.periode, `${row.code} ${row.text}`);
    }
    case "SASARAN": {
      const row = await tx.sasaran.findFirst({ where, include: { tujuan: { include: { periode: true } } } });
      return row && renstra(row.tujuan.periode, `${row.code} ${row.text}`);
    }
    case "PROGRAM": {
      const row = await tx.program.findFirst({ where });
      return row && yearly(row);
    }
    case "KEGIATAN": {
      const row = await tx.kegiatan.findFirst({ where });
      return row && yearly(row);
    }
    case "SUB_KEGIATAN": {
      const row = await tx.subKegiatan.findFirst({ where });
      return row && yearly(row);
    }
  }
}

export function scopeOf(owner: IndicatorOwner): Scope {
  return { pemdaId: owner.pemdaId, opdId: owner.opdId, bidangId: owner.bidangId };
}

/**
 * Whether the owner's indicators have targets in `year`: a plan item only in its own year, a Renstra
 * item in every year of its period.
 */
export function ownerCoversYear(owner: IndicatorOwner, year: number): boolean {
  if (owner.year !== null) return owner.year === year;
  return !!owner.periode && owner.periode.startYear <= year && year <= owner.periode.endYear;
}
