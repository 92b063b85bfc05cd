import "server-only";
import { coversBidang } from "@/lib/auth/permissions";
import type { Quarter } from "@/lib/calc/period";
import {
  type GridData,
  type GridIndicator,
  type GridLeaf,
  pageOfGrid,
  toGridSettings,
} from "@/lib/grid/grid-model";
import type { PageQuery } from "@/lib/inputs/paging";
import type { PageInfo } from "@/lib/views/page-of-tree";
import { db } from "../db";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { loadCalcSettings } from "../settings/load-calc-settings";

type Amountish = { toString(): string };
const text = (value: Amountish | null) => (value === null ? null : value.toString());
const entries = (
  rows: { period: GridLeaf["realisasi"][number]["period"]; amount: Amountish; version: number }[],
) => rows.map((r) => ({ period: r.period, amount: r.amount.toString(), version: r.version }));

/**
 * One page of the quarterly grid of an OPD-year for the principal (pageOfGrid): their bidang's rows marked,
 * the rest of each program rolled up.
 */
export async function loadRealisasiGrid({
  principal,
  opd,
  year,
  rights,
  quarter,
  query = { halaman: 1 },
}: Pick<OpdYearContext, "principal" | "opd" | "year" | "rights"> & {
  quarter: Quarter;
  query?: PageQuery;
}): Promise<{ data: GridData; page: PageInfo }> {
  const settings = loadCalcSettings(opd.pemdaId);
  const programs = await db.program.findMany({
    where: { pemdaId: opd.pemdaId, opdId: opd.id, year },
    orderBy: { code: "asc" },
    include: {
      kegiatan: {
        orderBy: { code: "asc" },
        include: {
          subKegiatan: {
            orderBy: { code: "asc" },
            include: {
              realisasi: true,
              rekening: { orderBy: { code: "asc" }, include: { realisasi: true } },
              indikator: {
                orderBy: { position: "asc" },
                include: { targets: { where: { year } }, realisasi: { where: { year } } },
              },
            },
          },
        },
      },
    },
  });

  const indicator = (
    row: (typeof programs)[number]["kegiatan"][number]["subKegiatan"][number]["indikator"][number],
  ): GridIndicator => {
    const target = row.targets[0];
    return {
      id: row.id,
      name: row.name,
      satuan: row.satuan,
      polarity: row.polarity,
      calculation: row.calculation,
      aggregation: row.aggregation,
      numeratorLabel: row.numeratorLabel,
      denominatorLabel: row.denominatorLabel,
      target: {
        value: text(target?.target ?? null),
        upper: text(target?.targetUpper ?? null),
        perubahan: text(target?.targetPerubahan ?? null),
        upperPerubahan: text(target?.targetUpperPerubahan ?? null),
      },
      realisasi: row.realisasi.map((r) => ({
        period: r.period,
        value: text(r.value),
        numerator: text(r.numerator),
        denominator: text(r.denominator),
        version: r.version,
      })),
    };
  };

  const whole: GridData = {
    opd: { id: opd.id, name: opd.name },
    year,
    quarter,
    editable: rights.editPlan,
    settings: toGridSettings(await settings),
    firstRow: 1,
    programs: programs.map((program) => ({
      id: program.id,
      code: program.code,
      name: program.name,
      kegiatan: program.kegiatan.map((kegiatan) => ({
        id: kegiatan.id,
        code: kegiatan.code,
        name: kegiatan.name,
        subKegiatan: kegiatan.subKegiatan.map((sub) => ({
          id: sub.id,
          kind: "SUB_KEGIATAN" as const,
          code: sub.code,
          name: sub.name,
          paguAwal: text(sub.paguAwal),
          paguPerubahan: text(sub.paguPerubahan),
          realisasi: entries(sub.realisasi),
          inScope: coversBidang(principal, sub.bidangId),
          rekening: sub.rekening.map((rekening) => ({
            id: rekening.id,
            kind: "REKENING" as const,
            code: rekening.code,
            name: rekening.name,
            paguAwal: text(rekening.paguAwal),
            paguPerubahan: text(rekening.paguPerubahan),
            realisasi: entries(rekening.realisasi),
          })),
          indicators: sub.indikator.map(indicator),
        })),
      })),
      rest: null,
    })),
  };
  const { data, info } = pageOfGrid(whole, { page: query.halaman, search: query.cari });
  return { data, page: info };
}
