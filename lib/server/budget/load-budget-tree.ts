import "server-only";
import type { BudgetNodeInput } from "@/lib/calc/budget";
import type { Period } from "@/lib/calc/period";
import { db } from "../db";
import { type DecimalLike, toDecimal } from "../decimal";

export type OpdYearScope = { pemdaId: string; opdId: string; year: number };

type ReportedFigures = { reportedPagu: DecimalLike | null; reportedRealisasi: DecimalLike | null };

const realisasiSelect = { select: { period: true, amount: true } } as const;

/**
 * The OPD-year's budget as a tree for the calculation engine: pagu and realisasi on the leaves (sub
 * kegiatan, or their rekening lines), the figures printed by a source document as `reported`.
 */
export async function loadBudgetTree({
  pemdaId,
  opdId,
  year,
  opdName,
  laporan,
}: OpdYearScope & { opdName: string; laporan: { id: string } & ReportedFigures }): Promise<BudgetNodeInput> {
  const programs = await db.program.findMany({
    where: { pemdaId, opdId, year },
    orderBy: { code: "asc" },
    include: {
      kegiatan: {
        orderBy: { code: "asc" },
        include: {
          subKegiatan: {
            orderBy: { code: "asc" },
            include: {
              realisasi: realisasiSelect,
              rekening: { orderBy: { code: "asc" }, include: { realisasi: realisasiSelect } },
            },
          },
        },
      },
    },
  });

  const reported = (row: ReportedFigures) => ({
    pagu: toDecimal(row.reportedPagu),
    realisasi: toDecimal(row.reportedRealisasi),
  });
  const toRealisasi = (rows: { period: Period; amount: DecimalLike }[]) =>
    rows.map((r) => ({ period: r.period, amount: toDecimal(r.amount) }));

  return {
    id: laporan.id,
    level: "OPD",
    code: "",
    name: opdName,
    reported: reported(laporan),
    children: programs.map((program) => ({
      id: program.id,
      level: "PROGRAM",
      code: program.code,
      name: program.name,
      bidangId: program.bidangId,
      reported: reported(program),
      children: program.kegiatan.map((kegiatan) => ({
        id: kegiatan.id,
        level: "KEGIATAN",
        code: kegiatan.code,
        name: kegiatan.name,
        bidangId: kegiatan.bidangId,
        reported: reported(kegiatan),
        children: kegiatan.subKegiatan.map((sub) => ({
          id: sub.id,
          level: "SUB_KEGIATAN",
          code: sub.code,
          name: sub.name,
          bidangId: sub.bidangId,
          paguAwal: toDecimal(sub.paguAwal),
          paguPerubahan: toDecimal(sub.paguPerubahan),
          realisasi: toRealisasi(sub.realisasi),
          reported: reported(sub),
          children: sub.rekening.map((rekening) => ({
            id: rekening.id,
            level: "REKENING",
            code: rekening.code,
            name: rekening.name,
            paguAwal: toDecimal(rekening.paguAwal),
            paguPerubahan: toDecimal(rekening.paguPerubahan),
            realisasi: toRealisasi(rekening.realisasi),
            children: [],
          })),
        })),
      })),
    })),
  };
}
