import { formatCount } from "@/lib/format";
import { quarterLabel } from "@/lib/vocabulary";
import { findingCodeLabel, type Finding, type FindingCode, type FindingSeverity } from "./finding";
import type { Quarter } from "./period";

/**
 * One finding as every surface counts it: one rule (and, for an empty triwulan, one triwulan) with the
 * places where it was found as its items.
 */
export type FindingGroup = {
  code: FindingCode;
  severity: FindingSeverity;
  quarter: Quarter | null;
  /** "Realisasi melebihi pagu", "Realisasi TW IV belum diisi". */
  label: string;
  items: Finding[];
};

/** Groups per severity, and the items (places) inside them. */
export type FindingCounts = {
  errors: number;
  warnings: number;
  information: number;
  /** Every group: errors, warnings and information. */
  total: number;
  items: Record<FindingSeverity, number>;
};

const SEVERITY_ORDER: readonly FindingSeverity[] = ["ERROR", "WARNING", "INFO"];

/**
 * The per-item findings of the checks grouped by rule and triwulan, errors first, then in the order
 * their first item comes (sortFindings' order); an item keeps its order inside its group. A place with two
 * empty triwulan is an item of both groups.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    for (const quarter of finding.quarters ?? [null]) {
      const key = `${finding.severity}:${finding.code}:${quarter ?? ""}`;
      const group = groups.get(key) ?? {
        code: finding.code,
        severity: finding.severity,
        quarter,
        label:
          quarter === null
            ? findingCodeLabel[finding.code]
            : `Realisasi ${quarterLabel(quarter)} belum diisi`,
        items: [],
      };
      group.items.push(finding);
      groups.set(key, group);
    }
  }
  return SEVERITY_ORDER.flatMap((severity) =>
    [...groups.values()].filter((group) => group.severity === severity),
  );
}

/** How many groups of each severity, and how many items they hold. */
export function countFindingGroups(groups: readonly FindingGroup[]): FindingCounts {
  const of = (severity: FindingSeverity) => groups.filter((group) => group.severity === severity);
  const items = (severity: FindingSeverity) =>
    of(severity).reduce((sum, group) => sum + group.items.length, 0);
  return {
    errors: of("ERROR").length,
    warnings: of("WARNING").length,
    information: of("INFO").length,
    total: groups.length,
    items: { ERROR: items("ERROR"), WARNING: items("WARNING"), INFO: items("INFO") },
  };
}

/** The counts of per-item findings, grouped (what the region stores and the import reports). */
export const countFindings = (findings: readonly Finding[]): FindingCounts =>
  countFindingGroups(groupFindings(findings));

/** The counts of several OPD-years together (the region's total row). */
export function sumFindingCounts(counts: readonly FindingCounts[]): FindingCounts {
  const sum = (of: (c: FindingCounts) => number) => counts.reduce((total, c) => total + of(c), 0);
  return {
    errors: sum((c) => c.errors),
    warnings: sum((c) => c.warnings),
    information: sum((c) => c.information),
    total: sum((c) => c.total),
    items: {
      ERROR: sum((c) => c.items.ERROR),
      WARNING: sum((c) => c.items.WARNING),
      INFO: sum((c) => c.items.INFO),
    },
  };
}

/** "4 temuan: 2 kesalahan, 2 peringatan, 0 informasi; 109 butir": the command line's and the review sheet's line. */
export function describeFindingCounts(counts: FindingCounts): string {
  const items = counts.items.ERROR + counts.items.WARNING + counts.items.INFO;
  return (
    `${formatCount(counts.total)} temuan: ${formatCount(counts.errors)} kesalahan, ` +
    `${formatCount(counts.warnings)} peringatan, ${formatCount(counts.information)} informasi; ` +
    `${formatCount(items)} butir`
  );
}
