import { formatCount } from "@/lib/format";
import {
  findingCodeLabel,
  findingSeverityLabel,
  type Finding,
  type FindingSeverity,
} from "@/lib/calc/finding";

const severityStyle: Record<FindingSeverity, string> = {
  ERROR: "border-red-300 bg-red-50 text-red-900",
  WARNING: "border-amber-300 bg-amber-50 text-amber-900",
  INFO: "border-slate-300 bg-slate-50 text-slate-800",
};

/** Findings listed per kind; a large OPD's thousands are counted, and all of them are on the review sheet. */
export const FINDINGS_LISTED_PER_KIND = 50;

/**
 * The integrity findings, grouped by severity and kind; errors open, the rest folded. `sheetHref`: the
 * review sheet (PDF) that lists every finding.
 */
export function FindingsPanel({ findings, sheetHref }: { findings: Finding[]; sheetHref: string }) {
  if (findings.length === 0) {
    return (
      <p
        className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-emerald-900"
        data-testid="findings"
      >
        Tidak ada temuan: semua angka saling cocok.
      </p>
    );
  }
  return (
    <div className="space-y-3" data-testid="findings">
      {(["ERROR", "WARNING", "INFO"] as const).map((severity) => {
        const ofSeverity = findings.filter((f) => f.severity === severity);
        if (ofSeverity.length === 0) return null;
        return (
          <details
            key={severity}
            open={severity === "ERROR"}
            className={`rounded-lg border p-4 ${severityStyle[severity]}`}
            data-severity={severity}
          >
            <summary className="cursor-pointer font-medium">
              {findingSeverityLabel[severity]} ({formatCount(ofSeverity.length)})
            </summary>
            {[...new Set(ofSeverity.map((f) => f.code))].map((code) => {
              const group = ofSeverity.filter((f) => f.code === code);
              return (
                <div key={code} className="mt-3">
                  <h4 className="text-sm font-semibold">
                    {findingCodeLabel[code]} ({formatCount(group.length)})
                  </h4>
                  <ul className="mt-1 space-y-1 text-sm">
                    {group.slice(0, FINDINGS_LISTED_PER_KIND).map((finding, index) => (
                      <li key={index} data-code={finding.code} data-location={finding.location.code}>
                        <span className="font-mono text-xs">{finding.location.code}</span>{" "}
                        <span className="font-medium">{finding.location.name}</span>
                        {finding.location.indicator && <> — {finding.location.indicator.name}</>}
                        <div>{finding.message}</div>
                      </li>
                    ))}
                    {group.length > FINDINGS_LISTED_PER_KIND && (
                      <li data-testid="findings-more">
                        … dan {formatCount(group.length - FINDINGS_LISTED_PER_KIND)} lainnya, semuanya
                        tercantum di{" "}
                        <a href={sheetHref} className="underline">
                          lembar pemeriksaan (PDF)
                        </a>
                        .
                      </li>
                    )}
                  </ul>
                </div>
              );
            })}
          </details>
        );
      })}
    </div>
  );
}
