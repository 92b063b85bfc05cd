import { levelTitle } from "@/lib/vocabulary";
import type { ImportIssue, ParsedFile } from "./import/parse-import";
import { type Fields, type ImportLevel, importLevels, type Snapshot, type SnapshotItem } from "./snapshot";

export type PlanAction = "created" | "updated" | "unchanged" | "removed";

export type PlanEntry = {
  action: PlanAction;
  item: SnapshotItem;
  /** The stored item (updated, unchanged, removed). */
  current: SnapshotItem | null;
  /** The item's fields after the import: the stored ones overlaid with the file's. */
  fields: Fields;
};

export type Counts = Record<PlanAction, number>;

export type ImportPlan = {
  ok: boolean;
  entries: PlanEntry[];
  totals: Counts;
  levels: Record<ImportLevel, Counts>;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Removed items that carry realisasi or indicators: the planner confirms each by name. */
  removalsToConfirm: { level: ImportLevel; label: string }[];
};

/** Levels an import may remove (the Renstra and the reported total are only ever created or updated). */
const removable = new Set<ImportLevel>(["PROGRAM", "KEGIATAN", "SUB_KEGIATAN", "REKENING", "INDIKATOR"]);
const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0, removed: 0 });

export type ImportScope = {
  /** Bidang names a limited planner may touch; null for a planner of the whole OPD or an admin. */
  bidang: readonly string[] | null;
};

const hasFigures = (item: SnapshotItem) =>
  Object.entries(item.fields).some(
    ([field, value]) =>
      value !== null && value !== undefined && /^(amount|value|numerator|denominator|rencana)\./.test(field),
  );

/**
 * Compares the file with the stored OPD-year: what would be created, updated, unchanged and removed per
 * level, and the problems that block a commit. A limited planner's file may touch only rows of their
 * bidang; stored items outside it that the file leaves out are kept.
 */
export function planImport(current: Snapshot, file: ParsedFile, scope: ImportScope): ImportPlan {
  const errors = [...file.errors];
  const entries: PlanEntry[] = [];
  const inScope = (bidang: string | null) =>
    scope.bidang === null || (bidang !== null && scope.bidang.includes(bidang));

  for (const item of file.items.values()) {
    const stored = current.get(item.key) ?? null;
    if (!stored && item.level === "IKU" && item.fields.name === undefined) {
      errors.push({
        sheet: item.at!.sheet,
        row: item.at!.row,
        column: "Kode",
        message: `IKU ${item.label} tidak ada di Renstra`,
      });
      continue;
    }
    const fields = {
      ...stored?.fields,
      ...Object.fromEntries(Object.entries(item.fields).filter(([, v]) => v !== undefined)),
    };
    const changed =
      !stored ||
      Object.keys(fields).some((field) => (fields[field] ?? null) !== (stored.fields[field] ?? null));
    const action: PlanAction = !stored ? "created" : changed ? "updated" : "unchanged";
    if (action !== "unchanged" && !(inScope(item.bidang) && (!stored || inScope(stored.bidang)))) {
      const whose = [stored?.bidang, item.bidang].filter((b, i, all) => b && all.indexOf(b) === i);
      errors.push({
        sheet: item.at!.sheet,
        row: item.at!.row,
        column: "Bidang",
        message:
          `${item.label}: baris ini milik ${whose.length > 0 ? whose.join(" / ") : "seluruh perangkat daerah (tanpa bidang)"}; ` +
          `Anda hanya dapat mengubah baris ${scope.bidang!.join(", ")}`,
      });
      continue;
    }
    entries.push({ action, item, current: stored, fields });
  }

  const removedKeys = new Set<string>();
  for (const stored of current.values()) {
    if (file.items.has(stored.key) || file.readKeys.has(stored.key) || !removable.has(stored.level)) continue;
    if (stored.level === "INDIKATOR" && !file.sheets.indikator && !removedKeys.has(stored.parentKey ?? ""))
      continue;
    if (!inScope(stored.bidang)) continue;
    removedKeys.add(stored.key);
    entries.push({ action: "removed", item: stored, current: stored, fields: stored.fields });
  }
  const parentsOfIndicators = new Set(
    [...current.values()].filter((i) => i.level === "INDIKATOR").map((i) => i.parentKey),
  );
  const removalsToConfirm = entries
    .filter((e) => e.action === "removed" && (hasFigures(e.item) || parentsOfIndicators.has(e.item.key)))
    .map((e) => ({ level: e.item.level, label: e.item.label }));

  const levels = Object.fromEntries(importLevels.map((level) => [level, zero()])) as Record<
    ImportLevel,
    Counts
  >;
  const totals = zero();
  for (const entry of entries) {
    levels[entry.item.level][entry.action]++;
    totals[entry.action]++;
  }
  return {
    ok: errors.length === 0,
    entries,
    totals,
    levels,
    errors,
    warnings: file.warnings,
    removalsToConfirm,
  };
}

/** "Program: 2 baru, 1 diubah, 4 tetap, 0 dihapus" per level with anything in it. */
export function describePlan(plan: Pick<ImportPlan, "levels">): string[] {
  return importLevels
    .filter((level) => Object.values(plan.levels[level]).some((n) => n > 0))
    .map((level) => {
      const c = plan.levels[level];
      return `${levelTitle(level)}: ${c.created} baru, ${c.updated} diubah, ${c.unchanged} tetap, ${c.removed} dihapus`;
    });
}
