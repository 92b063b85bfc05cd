import { findingCodeLabel, type Finding } from "@/lib/calc/finding";

/** A finding as the confirmation dialog lists it: plain strings, safe to hand to a client component. */
export type OpenFinding = {
  severity: "ERROR" | "WARNING";
  kind: string;
  where: string;
  message: string;
};

/** How many errors and warnings are open, and the first of them to list (a large OPD has thousands). */
export type OpenFindings = { errors: number; warnings: number; listed: OpenFinding[] };

export const OPEN_FINDINGS_LISTED = 100;

/** The errors and warnings still open (information is left out), errors first. */
export function toOpenFindings(findings: readonly Finding[]): OpenFindings {
  const open = findings.filter(
    (finding): finding is Finding & { severity: OpenFinding["severity"] } => finding.severity !== "INFO",
  );
  const errors = open.filter((finding) => finding.severity === "ERROR").length;
  return {
    errors,
    warnings: open.length - errors,
    listed: open.slice(0, OPEN_FINDINGS_LISTED).map((finding) => ({
      severity: finding.severity,
      kind: findingCodeLabel[finding.code],
      where: [finding.location.code, finding.location.name, finding.location.indicator?.name]
        .filter(Boolean)
        .join(" · "),
      message: finding.message,
    })),
  };
}
