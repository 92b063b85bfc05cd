import Decimal from "decimal.js";
import type { BudgetNodeInput } from "@/lib/calc/budget";
import { evaluateOpdYear } from "@/lib/calc/checks";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { findingSeverityLabel } from "@/lib/calc/finding";
import type { CalcSettings } from "@/lib/calc/settings";
import type { ImportIssue } from "./import/parse-import";
import {
  amountField,
  type Fields,
  indicatorField,
  periods,
  type Snapshot,
  type SnapshotItem,
} from "./snapshot";
import { sheetNames } from "./template";
import type { ImportPlan } from "./validate-import";

const codeOf = (key: string) =>
  key
    .slice(key.indexOf(":") + 1)
    .split("|")
    .pop()!;
const dec = (value: string | null | undefined) =>
  value === null || value === undefined ? null : new Decimal(value);

/** The OPD-year as it would be after the plan: the stored items overlaid with the plan's. */
export function resultOf(current: Snapshot, plan: ImportPlan): Snapshot {
  const result = new Map(current);
  for (const entry of plan.entries) {
    if (entry.action === "removed") result.delete(entry.item.key);
    else
      result.set(entry.item.key, {
        ...entry.item,
        parentKey: entry.item.parentKey ?? entry.current?.parentKey ?? null,
        fields: entry.fields,
      });
  }
  return result;
}

const amounts = (f: Fields) =>
  periods
    .filter((p) => f[amountField(p)] != null)
    .map((period) => ({ period, amount: new Decimal(f[amountField(period)]!) }));

/** The engine's input built from a snapshot, keyed by the snapshot's item keys. */
export function engineInputOf(
  snapshot: Snapshot,
  opdName: string,
): { budget: BudgetNodeInput; indicators: IndicatorCheckInput[] } {
  const items = [...snapshot.values()];
  const children = new Map<string | null, SnapshotItem[]>();
  for (const item of items) children.set(item.parentKey, [...(children.get(item.parentKey) ?? []), item]);
  const byCode = (a: SnapshotItem, b: SnapshotItem) =>
    a.key.localeCompare(b.key, undefined, { numeric: true });
  const node = (item: SnapshotItem): BudgetNodeInput => {
    const f = item.fields;
    const kids = (children.get(item.key) ?? []).filter((c) => c.level !== "INDIKATOR").sort(byCode);
    return {
      id: item.key,
      level: item.level as BudgetNodeInput["level"],
      code: codeOf(item.key),
      name: f.name ?? "",
      paguAwal: dec(f.paguAwal),
      paguPerubahan: dec(f.paguPerubahan),
      realisasi: amounts(f),
      reported: { pagu: dec(f.reportedPagu), realisasi: dec(f.reportedRealisasi) },
      children: kids.map(node),
    };
  };
  const total = snapshot.get("TOTAL");
  const budget: BudgetNodeInput = {
    id: "TOTAL",
    level: "OPD",
    code: "",
    name: opdName,
    reported: { pagu: dec(total?.fields.reportedPagu), realisasi: dec(total?.fields.reportedRealisasi) },
    children: items
      .filter((i) => i.level === "PROGRAM")
      .sort(byCode)
      .map(node),
  };
  const indicators = items
    .filter((i) => i.level === "INDIKATOR" || i.level === "IKU")
    .map((item): IndicatorCheckInput => {
      const f = item.fields;
      const owner = item.parentKey ? snapshot.get(item.parentKey) : undefined;
      return {
        id: item.key,
        level: (item.level === "IKU"
          ? "SASARAN"
          : item.parentKey!.split(":")[0]) as IndicatorCheckInput["level"],
        code: item.parentKey ? codeOf(item.parentKey) : "",
        ownerName: owner?.fields.name ?? owner?.fields.text ?? "",
        name: f.name ?? "",
        satuan: f.satuan ?? "",
        polarity: (f.polarity ?? "POSITIF") as IndicatorCheckInput["polarity"],
        calculation: (f.calculation ?? "LANGSUNG") as IndicatorCheckInput["calculation"],
        aggregation: (f.aggregation ?? "JUMLAH") as IndicatorCheckInput["aggregation"],
        target: {
          value: dec(f.target),
          upper: null,
          perubahan: dec(f.targetPerubahan),
          upperPerubahan: null,
        },
        realisasi: periods
          .map((period) => ({
            period,
            value: dec(f[indicatorField("value", period)]),
            numerator: dec(f[indicatorField("numerator", period)]),
            denominator: dec(f[indicatorField("denominator", period)]),
          }))
          .filter((r) => r.value !== null || r.numerator !== null || r.denominator !== null),
      };
    });
  return { budget, indicators };
}

/**
 * The integrity findings of the data as it would be after the import, as warnings: shown with the dry
 * run, never blocking (a report's own inconsistencies are kept as reported figures on purpose).
 */
export function resultFindings(args: {
  current: Snapshot;
  plan: ImportPlan;
  opdName: string;
  settings: CalcSettings;
}): ImportIssue[] {
  const result = resultOf(args.current, args.plan);
  const { budget, indicators } = engineInputOf(result, args.opdName);
  const { findings } = evaluateOpdYear({ budget, indicators, settings: args.settings, throughQuarter: 4 });
  return findings.map((finding) => {
    const { location } = finding;
    const key =
      location.indicator?.id ?? (location.level === "OPD" ? "TOTAL" : `${location.level}:${location.code}`);
    const at = result.get(key)?.at;
    const sheet = location.indicator ? sheetNames.indikator : sheetNames.anggaran;
    const where = [location.code, location.name].filter(Boolean).join(" ");
    const indicator = location.indicator ? ` — indikator "${location.indicator.name}"` : "";
    return {
      sheet: at?.sheet ?? sheet,
      row: at?.row ?? 0,
      column: "",
      message: `${findingSeverityLabel[finding.severity]} pemeriksaan: ${where}${indicator}: ${finding.message}`,
    };
  });
}
