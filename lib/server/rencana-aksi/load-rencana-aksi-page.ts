import "server-only";
import Decimal from "decimal.js";
import { coversBidang } from "@/lib/auth/permissions";
import { evaluateIndicator } from "@/lib/calc/evaluate-indicator";
import { QUARTERS, type Quarter } from "@/lib/calc/period";
import { subKegiatanPagu } from "@/lib/calc/rencana-aksi";
import { formatRupiah, formatTarget } from "@/lib/format";
import {
  type RencanaAksiData,
  type RencanaAksiRow,
  rencanaAksiKey,
  storedText,
} from "@/lib/grid/rencana-aksi-rows";
import { db } from "../db";
import { toDecimal } from "../decimal";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { loadCalcSettings } from "../settings/load-calc-settings";

type Plan = { period: string; version: number };
type IndicatorRow = {
  id: string;
  name: string;
  satuan: string;
  polarity: "POSITIF" | "NEGATIF" | "RENTANG";
  calculation: "LANGSUNG" | "RASIO";
  aggregation: "JUMLAH" | "TERAKHIR" | "RATA_RATA";
  targets: {
    target: Decimal.Value | null;
    targetUpper: Decimal.Value | null;
    targetPerubahan: Decimal.Value | null;
    targetUpperPerubahan: Decimal.Value | null;
  }[];
  rencanaAksi: (Plan & { target: { toString(): string } })[];
};

const indicatorSelect = (year: number) => ({
  id: true,
  name: true,
  satuan: true,
  polarity: true,
  calculation: true,
  aggregation: true,
  targets: {
    where: { year },
    select: { target: true, targetUpper: true, targetPerubahan: true, targetUpperPerubahan: true },
  },
  rencanaAksi: { where: { year }, select: { period: true, version: true, target: true } },
});

const cellsOf = (
  kind: "anggaran" | "indikator",
  id: string,
  plans: (Plan & { value: string })[],
  rowKind: RencanaAksiRow["kind"],
) =>
  QUARTERS.map((quarter: Quarter) => {
    const plan = plans.find((p) => p.period === `TW${quarter}`);
    return {
      key: rencanaAksiKey(kind, id, quarter),
      quarter,
      stored: storedText(rowKind, plan?.value ?? null),
      version: plan?.version ?? null,
    };
  });

/**
 * The rencana aksi grid of an OPD-year (the context has checked scope): the IKU, then each program with its
 * indicators, its kegiatan with theirs and their sub kegiatan with pagu, each with its four quarters' plan.
 * Editable by planners while the LKIP is theirs and the head has not signed it with the Perjanjian Kinerja.
 */
export async function loadRencanaAksiPage({
  principal,
  opd,
  year,
  rights,
}: Pick<OpdYearContext, "principal" | "opd" | "year" | "rights">): Promise<RencanaAksiData> {
  const scope = { pemdaId: opd.pemdaId, opdId: opd.id, year };
  const [settings, iku, programs, pk] = await Promise.all([
    loadCalcSettings(opd.pemdaId),
    db.indikator.findMany({
      where: {
        pemdaId: opd.pemdaId,
        isIku: true,
        sasaran: { tujuan: { periode: { opdId: opd.id, startYear: { lte: year }, endYear: { gte: year } } } },
      },
      orderBy: [{ sasaran: { code: "asc" } }, { position: "asc" }],
      select: { ...indicatorSelect(year), sasaran: { select: { code: true } } },
    }),
    db.program.findMany({
      where: scope,
      orderBy: { code: "asc" },
      select: {
        code: true,
        bidangId: true,
        indikator: { orderBy: { position: "asc" }, select: indicatorSelect(year) },
        kegiatan: {
          orderBy: { code: "asc" },
          select: {
            code: true,
            bidangId: true,
            indikator: { orderBy: { position: "asc" }, select: indicatorSelect(year) },
            subKegiatan: {
              orderBy: { code: "asc" },
              select: {
                id: true,
                code: true,
                name: true,
                bidangId: true,
                paguAwal: true,
                paguPerubahan: true,
                rekening: { select: { paguAwal: true, paguPerubahan: true } },
                rencanaAksi: { select: { period: true, version: true, amount: true } },
              },
            },
          },
        },
      },
    }),
    db.perjanjianKinerja.findFirst({ where: scope, select: { signedAt: true } }),
  ]);

  const rows: RencanaAksiRow[] = [];
  const push = (row: Omit<RencanaAksiRow, "row">) => rows.push({ ...row, row: rows.length + 1 });
  const indicatorRow = (
    level: RencanaAksiRow["level"],
    code: string,
    bidangId: string | null,
    indicator: IndicatorRow,
  ) => {
    const target = indicator.targets[0];
    const { target: inForce } = evaluateIndicator({
      indicator: {
        ...indicator,
        realisasi: [],
        target: {
          value: toDecimal(target?.target ?? null),
          upper: toDecimal(target?.targetUpper ?? null),
          perubahan: toDecimal(target?.targetPerubahan ?? null),
          upperPerubahan: toDecimal(target?.targetUpperPerubahan ?? null),
        },
      },
      throughQuarter: 4,
      settings,
    });
    push({
      kind: "INDIKATOR",
      level,
      code,
      name: indicator.name,
      pagu: null,
      satuan: indicator.satuan,
      annual: formatTarget(inForce, indicator.satuan),
      // An IKU belongs to the whole OPD.
      inScope: level !== "SASARAN" ? coversBidang(principal, bidangId) : principal.bidangIds.length === 0,
      cells: cellsOf(
        "indikator",
        indicator.id,
        indicator.rencanaAksi.map((p) => ({ ...p, value: p.target.toString() })),
        "INDIKATOR",
      ),
    });
  };

  for (const indicator of iku) indicatorRow("SASARAN", indicator.sasaran?.code ?? "", null, indicator);
  for (const program of programs) {
    for (const indicator of program.indikator)
      indicatorRow("PROGRAM", program.code, program.bidangId, indicator);
    for (const kegiatan of program.kegiatan) {
      for (const indicator of kegiatan.indikator)
        indicatorRow("KEGIATAN", kegiatan.code, kegiatan.bidangId, indicator);
      for (const sub of kegiatan.subKegiatan) {
        const pagu = subKegiatanPagu(sub);
        push({
          kind: "ANGGARAN",
          level: "SUB_KEGIATAN",
          code: sub.code,
          name: sub.name,
          pagu: pagu.toString(),
          satuan: null,
          annual: formatRupiah(pagu),
          inScope: coversBidang(principal, sub.bidangId),
          cells: cellsOf(
            "anggaran",
            sub.id,
            sub.rencanaAksi.map((p) => ({ ...p, value: p.amount.toString() })),
            "ANGGARAN",
          ),
        });
      }
    }
  }

  return {
    opd: { id: opd.id, name: opd.name },
    year,
    editable: rights.editPlan && !pk?.signedAt,
    signedAt: pk?.signedAt?.toISOString() ?? null,
    rows,
  };
}
