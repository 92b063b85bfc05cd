import "server-only";
import type Decimal from "decimal.js";
import { coversBidang } from "@/lib/auth/permissions";
import { describeCapaian } from "@/lib/calc/capaian";
import { describeRealisasi, evaluateIndicator } from "@/lib/calc/evaluate-indicator";
import { formatFigure, formatTarget, withSatuan } from "@/lib/format";
import { unknownReasonLabel } from "@/lib/calc/period";
import type { CalcSettings } from "@/lib/calc/settings";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IndicatorOwnerLevel } from "@/lib/inputs/indikator";
import { levelTitle } from "@/lib/vocabulary";
import type { EditorGroup, EditorIndicator, EditorOwner } from "@/lib/views/indicator-editor";
import { db } from "../db";
import { toDecimal } from "../decimal";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { loadCalcSettings } from "../settings/load-calc-settings";

const THROUGH_QUARTER = 4;

const inputText = (d: Decimal | null) => (d === null ? "" : formatFigure(d));

const indikatorInclude = (year: number) =>
  ({
    orderBy: { position: "asc" },
    include: { targets: { where: { year } }, realisasi: { where: { year } } },
  }) satisfies Prisma.Sasaran$indikatorArgs;

type IndikatorRow = Prisma.IndikatorGetPayload<{
  include: { targets: true; realisasi: true };
}>;

/** A stored target pair as printed, or null when it holds no value. */
const pairText = (value: Decimal | null, upper: Decimal | null, polarity: string): string | null =>
  value === null ? null : formatTarget({ value, upper: polarity === "RENTANG" ? upper : null });

/** An indicator row with the year's target and realisasi, as the editor and the item pages show it. */
export function toEditorIndicator(row: IndikatorRow, settings: CalcSettings): EditorIndicator {
  const stored = row.targets[0] ?? null;
  const d = (value: Prisma.Decimal | null | undefined) => toDecimal(value ?? null);
  const target = {
    value: d(stored?.target),
    upper: d(stored?.targetUpper),
    perubahan: d(stored?.targetPerubahan),
    upperPerubahan: d(stored?.targetUpperPerubahan),
  };
  const entries = row.realisasi.map((r) => ({
    period: r.period,
    value: toDecimal(r.value),
    numerator: toDecimal(r.numerator),
    denominator: toDecimal(r.denominator),
  }));
  const evaluation = evaluateIndicator({
    indicator: { ...row, target, realisasi: entries },
    throughQuarter: THROUGH_QUARTER,
    settings,
  });
  const { realisasi, capaian, predikat } = evaluation;
  const realisasiText =
    realisasi.status === "REALISASI_TIDAK_DIKETAHUI"
      ? unknownReasonLabel[realisasi.reason]
      : withSatuan(describeRealisasi(realisasi), row.satuan);
  const ratio = realisasi.status === "OK" ? realisasi.ratio : null;
  return {
    id: row.id,
    version: row.version,
    definition: {
      name: row.name,
      satuan: row.satuan,
      polarity: row.polarity,
      calculation: row.calculation,
      numeratorLabel: row.numeratorLabel ?? "",
      denominatorLabel: row.denominatorLabel ?? "",
      aggregation: row.aggregation,
      isIku: row.isIku,
    },
    targetVersion: stored?.version ?? null,
    targetValues: {
      target: inputText(target.value),
      targetUpper: inputText(target.upper),
      targetRenstra: inputText(d(stored?.targetRenstra)),
      targetPerubahan: inputText(target.perubahan),
      targetUpperPerubahan: inputText(target.upperPerubahan),
      perubahanReason: stored?.perubahanReason ?? "",
      targetText: stored?.targetText ?? "",
    },
    shown: {
      target: pairText(target.value, target.upper, row.polarity) ?? "—",
      targetPerubahan: pairText(target.perubahan, target.upperPerubahan, row.polarity),
      targetInForce: formatTarget(evaluation.target, row.satuan),
      perubahanReason: stored?.perubahanReason ?? null,
      targetRenstra: stored?.targetRenstra ? formatFigure(d(stored.targetRenstra)!) : null,
      realisasi: realisasiText,
      ratio: ratio && `${formatFigure(ratio.numerator)} / ${formatFigure(ratio.denominator)}`,
      capaian: describeCapaian(capaian),
      predikat: predikat?.label ?? null,
    },
  };
}

/**
 * Every owner of indicators in an OPD-year, grouped as the LKIP reads them (IKU of the sasaran first,
 * then tujuan, programs, kegiatan, sub kegiatan), each with its indicators, the year's targets, realisasi
 * and capaian computed by the engine, and whether the principal may edit it now.
 */
export async function loadIndicatorEditor({
  principal,
  opd,
  year,
  rights,
}: Pick<OpdYearContext, "principal" | "opd" | "year" | "rights">): Promise<EditorGroup[]> {
  const { pemdaId, id: opdId } = opd;
  const inRenstra = { periode: { opdId, startYear: { lte: year }, endYear: { gte: year } } };
  const ofYear = { where: { pemdaId, opdId, year }, orderBy: { code: "asc" } } as const;
  const bidang = { select: { name: true } } as const;
  const [settings, sasaran, tujuan, programs, kegiatan, subKegiatan] = await Promise.all([
    loadCalcSettings(pemdaId),
    db.sasaran.findMany({
      where: { pemdaId, tujuan: inRenstra },
      orderBy: { code: "asc" },
      include: { indikator: indikatorInclude(year) },
    }),
    db.tujuan.findMany({
      where: { pemdaId, ...inRenstra },
      orderBy: { code: "asc" },
      include: { indikator: indikatorInclude(year) },
    }),
    db.program.findMany({ ...ofYear, include: { bidang, indikator: indikatorInclude(year) } }),
    db.kegiatan.findMany({ ...ofYear, include: { bidang, indikator: indikatorInclude(year) } }),
    db.subKegiatan.findMany({ ...ofYear, include: { bidang, indikator: indikatorInclude(year) } }),
  ]);

  const mayEdit = rights.editPlan;
  const owner = (
    level: IndicatorOwnerLevel,
    row: {
      id: string;
      code: string;
      name: string;
      bidangId: string | null;
      bidang: { name: string } | null;
      indikator: IndikatorRow[];
    },
  ): EditorOwner => ({
    level,
    id: row.id,
    code: row.code,
    name: row.name,
    bidangName: row.bidang?.name ?? null,
    canEdit: mayEdit && coversBidang(principal, row.bidangId),
    indicators: row.indikator.map((i) => toEditorIndicator(i, settings)),
  });
  // Renstra items belong to no bidang: whole-OPD planners only.
  const renstra = (row: { id: string; code: string; text: string; indikator: IndikatorRow[] }) => ({
    ...row,
    name: row.text,
    bidangId: null,
    bidang: null,
  });

  return [
    {
      level: "SASARAN",
      title: `${levelTitle("SASARAN")} — Indikator Kinerja Utama (IKU)`,
      owners: sasaran.map((s) => owner("SASARAN", renstra(s))),
    },
    { level: "TUJUAN", title: levelTitle("TUJUAN"), owners: tujuan.map((t) => owner("TUJUAN", renstra(t))) },
    { level: "PROGRAM", title: levelTitle("PROGRAM"), owners: programs.map((p) => owner("PROGRAM", p)) },
    { level: "KEGIATAN", title: levelTitle("KEGIATAN"), owners: kegiatan.map((k) => owner("KEGIATAN", k)) },
    {
      level: "SUB_KEGIATAN",
      title: levelTitle("SUB_KEGIATAN"),
      owners: subKegiatan.map((s) => owner("SUB_KEGIATAN", s)),
    },
  ];
}
