import "server-only";
import { compareCodes } from "@/lib/calc/finding";
import type { OpdProfileView } from "@/lib/views/opd-profile";
import type Decimal from "decimal.js";
import { sumPaguPerYear } from "../budget/sum-pagu-per-year";
import { db } from "../db";
import type { OpdYearContext } from "../opd-year/opd-year-context";

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** Everything the profile screen of the OPD-year shows, for anyone who sees the OPD-year. */
export async function loadOpdProfile(context: OpdYearContext): Promise<OpdProfileView> {
  const { opd, year, laporan } = context;
  const key = { pemdaId: opd.pemdaId, opdId: opd.id, year };
  const [dayaDukung, periode, laporanRow, attachments, programs, kegiatan] = await Promise.all([
    db.dayaDukung.findMany({ where: key, orderBy: [{ kind: "asc" }, { position: "asc" }] }),
    db.periode.findFirst({
      where: { pemdaId: opd.pemdaId, opdId: opd.id, startYear: { lte: year }, endYear: { gte: year } },
      include: { paguIndikatif: true },
    }),
    db.laporanKinerja.findFirstOrThrow({
      where: { id: laporan.id, pemdaId: opd.pemdaId },
      select: { signingPlace: true, signingDate: true, version: true },
    }),
    db.attachment.findMany({
      where: { ...key, kind: { in: ["STRUKTUR_ORGANISASI", "DOKUMENTASI", "LAMPIRAN"] } },
      select: { id: true, kind: true, ownerCode: true, caption: true, size: true },
      orderBy: [{ kind: "asc" }, { ownerCode: "asc" }, { position: "asc" }],
    }),
    db.program.findMany({ where: key, select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db.kegiatan.findMany({ where: key, select: { code: true, name: true }, orderBy: { code: "asc" } }),
  ]);
  const apbd = periode
    ? await sumPaguPerYear({ ...key, fromYear: periode.startYear, toYear: year })
    : new Map<number, Decimal>();
  return {
    opdId: opd.id,
    year,
    laporanId: laporan.id,
    dayaDukung: dayaDukung.map(({ id, kind, label, jumlah, version }) => ({
      id,
      kind,
      label,
      jumlah,
      version,
    })),
    periode: periode && {
      id: periode.id,
      startYear: periode.startYear,
      endYear: periode.endYear,
      years: Array.from({ length: periode.endYear - periode.startYear + 1 }, (_, i) => {
        const stored = periode.paguIndikatif.find((row) => row.year === periode.startYear + i);
        return {
          year: periode.startYear + i,
          amount: stored ? stored.amount.toFixed(2) : null,
          version: stored?.version ?? null,
          apbd: apbd.get(periode.startYear + i)?.toFixed(2) ?? null,
        };
      }),
    },
    signing: {
      place: laporanRow.signingPlace,
      date: isoDate(laporanRow.signingDate),
      version: laporanRow.version,
    },
    attachments: attachments.map((row) => ({
      ...row,
      kind: row.kind as OpdProfileView["attachments"][number]["kind"],
    })),
    owners: [
      ...programs.map((p) => ({ ...p, level: "PROGRAM" as const })),
      ...kegiatan.map((k) => ({ ...k, level: "KEGIATAN" as const })),
    ].sort((a, b) => compareCodes(a.code, b.code)),
  };
}
