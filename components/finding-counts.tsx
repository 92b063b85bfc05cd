import type { FindingCounts } from "@/lib/calc/finding-groups";
import { formatCount } from "@/lib/format";

/**
 * "4 temuan: 2 kesalahan, 2 peringatan", the same words and numbers on the OPD-year page, the dashboards
 * and the workflow: a temuan is one rule (for an empty triwulan: one rule and triwulan), however many places.
 */
export function FindingCountsText({ counts }: { counts: FindingCounts }) {
  return (
    <span data-testid="finding-counts">
      <span data-count="total">{formatCount(counts.total)}</span> temuan:{" "}
      <span data-count="errors">{formatCount(counts.errors)}</span> kesalahan,{" "}
      <span data-count="warnings">{formatCount(counts.warnings)}</span> peringatan
      {counts.information > 0 && <>, {formatCount(counts.information)} informasi</>}
    </span>
  );
}
