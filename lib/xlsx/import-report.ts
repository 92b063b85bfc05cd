import type { FindingSeverity } from "@/lib/calc/finding";
import type { FindingCounts } from "@/lib/calc/finding-groups";
import type { ImportIssue } from "./import/parse-import";
import type { ImportLevel } from "./snapshot";
import type { Counts } from "./validate-import";

/** The integrity check of the year as the import would leave it: one group per rule (and triwulan). */
export type ImportChecks = {
  counts: FindingCounts;
  groups: { severity: FindingSeverity; label: string; items: ImportIssue[] }[];
};

/** What the browser page, the command line and the audit see of an import: the --json shape. */
export type ImportReport = Counts & {
  ok: boolean;
  committed: boolean;
  fileName: string;
  sha256: string;
  levels: Record<ImportLevel, Counts>;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** null when the file has errors (nothing would be imported). */
  checks: ImportChecks | null;
  /** Removed items with realisasi or indicators, by name: a commit needs confirmRemovals. */
  removalsToConfirm: { level: ImportLevel; label: string }[];
  /** Identifies the dry run's plan; a commit given it refuses if the plan changed since. */
  planDigest: string;
};
