import type { ImportIssue } from "./import/parse-import";
import type { ImportLevel } from "./snapshot";
import type { Counts } from "./validate-import";

/** What the browser page, the command line and the audit see of an import: the --json shape. */
export type ImportReport = Counts & {
  ok: boolean;
  committed: boolean;
  fileName: string;
  sha256: string;
  levels: Record<ImportLevel, Counts>;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Removed items with realisasi or indicators, by name: a commit needs confirmRemovals. */
  removalsToConfirm: { level: ImportLevel; label: string }[];
  /** Identifies the dry run's plan; a commit given it refuses if the plan changed since. */
  planDigest: string;
};
