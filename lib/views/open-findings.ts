import type { Finding } from "@/lib/calc/finding";
import { countFindingGroups, groupFindings } from "@/lib/calc/finding-groups";

/** A finding (one rule, or rule and triwulan) as the confirmation dialog lists it: plain strings, safe to
 * hand to a client component; `where` and `message` are its first item's. */
export type OpenFinding = {
  severity: "ERROR" | "WARNING";
  kind: string;
  items: number;
  where: string;
  message: string;
};

/**
 * How many errors and warnings are open, counted as every surface counts them (groups, with their items),
 * and the first of them to list.
 */
export type OpenFindings = {
  errors: number;
  warnings: number;
  items: { errors: number; warnings: number };
  listed: OpenFinding[];
};

export const OPEN_FINDINGS_LISTED = 100;

/** The errors and warnings still open (information is left out), errors first. */
export function toOpenFindings(findings: readonly Finding[]): OpenFindings {
  const groups = groupFindings(findings);
  const counts = countFindingGroups(groups);
  return {
    errors: counts.errors,
    warnings: counts.warnings,
    items: { errors: counts.items.ERROR, warnings: counts.items.WARNING },
    listed: groups
      .filter((group) => group.severity !== "INFO")
      .slice(0, OPEN_FINDINGS_LISTED)
      .map((group) => {
        const [first] = group.items;
        return {
          severity: group.severity as OpenFinding["severity"],
          kind: group.label,
          items: group.items.length,
          where: [first!.location.code, first!.location.name, first!.location.indicator?.name]
            .filter(Boolean)
            .join(" · "),
          message: first!.message,
        };
      }),
  };
}
