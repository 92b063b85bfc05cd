import Decimal from "decimal.js";
import type { BudgetNodeInput } from "@/lib/calc/budget";
import { evaluateOpdYear, type NarrativeContext } from "@/lib/calc/checks";
import type { IndicatorCheckInput } from "@/lib/calc/checks-indicator";
import { compareCodes } from "@/lib/calc/finding";
import { countFindingGroups, groupFindings } from "@/lib/calc/finding-groups";
import { listNarrativeSlots } from "@/lib/narrative/narrative-slots";
import type { Quarter } from "@/lib/calc/period";
import type { RencanaAksi } from "@/lib/calc/rencana-aksi";
import type { CalcSettings } from "@/lib/calc/settings";
import type { ImportIssue } from "./import/parse-import";
import type { ImportChecks } from "./import-report";
import {
  amountField,
  type Fields,
  indicatorField,
  itemKey,
  periods,
  rencanaField,
  rencanaPeriods,
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

/** The rencana aksi of a snapshot, keyed like engineInputOf's nodes and indicators (by item key). */
export function rencanaAksiOf(snapshot: Snapshot): RencanaAksi {
  const plans = (levels: string[]) =>
    [...snapshot.values()]
      .filter((item) => levels.includes(item.level))
      .flatMap((item) =>
        rencanaPeriods.flatMap((period, index) => {
          const value = item.fields[rencanaField(period)];
          return value == null
            ? []
            : [{ id: item.key, quarter: (index + 1) as Quarter, value: new Decimal(value) }];
        }),
      );
  return {
    anggaran: plans(["SUB_KEGIATAN"]).map(({ id, quarter, value }) => ({
      subKegiatanId: id,
      quarter,
      amount: value,
    })),
    indikator: plans(["INDIKATOR", "IKU"]).map(({ id, quarter, value }) => ({
      indikatorId: id,
      quarter,
      target: value,
    })),
  };
}

/** The LKIP narrative of a snapshot as the checks read it: every text written, every mandatory one empty. */
export function narrativeOf(snapshot: Snapshot, year: number, opdName: string): NarrativeContext {
  const items = [...snapshot.values()];
  const owners = (level: string) =>
    items
      .filter((item) => item.level === level)
      .map((item) => ({
        id: item.key,
        code: codeOf(item.key),
        name: item.fields.name ?? item.fields.text ?? "",
      }))
      .sort((a, b) => compareCodes(a.code, b.code));
  const slots = listNarrativeSlots({
    sasaran: owners("SASARAN"),
    programs: owners("PROGRAM"),
    kegiatan: owners("KEGIATAN"),
  }).flatMap((chapter) => chapter.slots);
  return {
    year,
    opdName,
    narratives: slots
      .map((slot) => ({
        title: slot.title,
        body: snapshot.get(itemKey.narasi(slot.section, slot.owner?.code ?? ""))?.fields.body ?? "",
        mandatory: slot.mandatory,
      }))
      .filter((narrative) => narrative.body !== "" || narrative.mandatory),
  };
}

/**
 * The integrity check of the data as it would be after the import, narrative included,
 * grouped and counted as `npm run check` and every page count it, each item at its sheet and row: shown
 * with the dry run, never blocking (a report's own inconsistencies are kept as reported figures on purpose).
 */
export function resultFindings(args: {
  current: Snapshot;
  plan: ImportPlan;
  opdName: string;
  year: number;
  settings: CalcSettings;
}): ImportChecks {
  const result = resultOf(args.current, args.plan);
  const { budget, indicators } = engineInputOf(result, args.opdName);
  const { findings } = evaluateOpdYear({
    budget,
    indicators,
    settings: args.settings,
    throughQuarter: 4,
    narrative: narrativeOf(result, args.year, args.opdName),
    rencanaAksi: rencanaAksiOf(result),
  });
  const groups = groupFindings(findings);
  return {
    counts: countFindingGroups(groups),
    groups: groups.map((group) => ({
      severity: group.severity,
      label: group.label,
      items: group.items.map((finding): ImportIssue => {
        const { location } = finding;
        const key =
          location.indicator?.id ??
          (location.level === "OPD" ? "TOTAL" : `${location.level}:${location.code}`);
        const at = result.get(key)?.at;
        const sheet = location.indicator ? sheetNames.indikator : sheetNames.anggaran;
        const where = [location.code, location.name].filter(Boolean).join(" ");
        const indicator = location.indicator ? ` — indikator "${location.indicator.name}"` : "";
        if (finding.code.startsWith("NARASI_")) {
          const narasi = location.name;
          return { sheet: sheetNames.narasi, row: 0, column: "", message: `${narasi}: ${finding.message}` };
        }
        return {
          sheet: at?.sheet ?? sheet,
          row: at?.row ?? 0,
          column: "",
          message: `${where}${indicator}: ${finding.message}`,
        };
      }),
    })),
  };
}
