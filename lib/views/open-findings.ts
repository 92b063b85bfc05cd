import { findingCodeLabel, type Finding } from "@/lib/calc/finding";

/** A finding as the confirmation dialog lists it: plain strings, safe to hand to a client component. */
export type OpenFinding = {
  severity: "ERROR" | "WARNING";
  kind: string;
  where: string;
  message: string;
};

/** The errors and warnings still open (information is left out), errors first. */
export function toOpenFindings(findings: readonly Finding[]): OpenFinding[] {
  return findings.flatMap((finding) =>
    finding.severity === "INFO"
      ? []
      : [
          {
            severity: finding.severity,
            kind: findingCodeLabel[finding.code],
            where: [finding.location.code, finding.location.name, finding.location.indicator?.name]
              .filter(Boolean)
              .join(" · "),
            message: finding.message,
          },
        ],
  );
}
