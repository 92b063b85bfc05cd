import { formatCount } from "@/lib/format";
import { findingSeverityLabel, type Finding, type FindingSeverity } from "@/lib/calc/finding";
import { countFindingGroups, groupFindings } from "@/lib/calc/finding-groups";
import { FindingCountsText } from "./finding-counts";

const severityStyle: Record<FindingSeverity, string> = {
  ERROR: "border-red-300 bg-red-50 text-red-900",
  WARNING: "border-amber-300 bg-amber-50 text-amber-900",
  INFO: "border-slate-300 bg-slate-50 text-slate-800",
};

/** Items listed per finding; a large OPD's thousands are counted, and all of them are on the review sheet. */
export const FINDINGS_LISTED_PER_KIND = 50;

/**
 * The integrity findings of the year, one per rule and triwulan with the places found as its items, by
 * severity; errors open, the rest folded. `sheetHref`: the review sheet (PDF) that lists every item.
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
  const groups = groupFindings(findings);
  return (
    <div className="space-y-3" data-testid="findings">
      <p className="text-sm text-slate-700">
        <strong>
          <FindingCountsText counts={countFindingGroups(groups)} />
        </strong>
        . Satu temuan adalah satu aturan pemeriksaan (untuk realisasi kosong: satu triwulan) dengan semua
        butir tempat ditemukannya. Selama masih ada kesalahan, LKIP hanya dapat ditetapkan final dengan alasan
        tertulis.
      </p>
      {(["ERROR", "WARNING", "INFO"] as const).map((severity) => {
        const ofSeverity = groups.filter((group) => group.severity === severity);
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
            {ofSeverity.map((group) => (
              <details
                key={`${group.code}:${group.quarter ?? ""}`}
                open={severity === "ERROR"}
                className="mt-3"
                data-group={group.code}
              >
                <summary className="cursor-pointer text-sm font-semibold">
                  {group.label}: {formatCount(group.items.length)} butir
                </summary>
                <ul className="mt-1 space-y-1 text-sm">
                  {group.items.slice(0, FINDINGS_LISTED_PER_KIND).map((finding, index) => (
                    <li key={index} data-code={finding.code} data-location={finding.location.code}>
                      <span className="font-mono text-xs">{finding.location.code}</span>{" "}
                      <span className="font-medium">{finding.location.name}</span>
                      {finding.location.indicator && <> — {finding.location.indicator.name}</>}
                      <div>{finding.message}</div>
                    </li>
                  ))}
                  {group.items.length > FINDINGS_LISTED_PER_KIND && (
                    <li data-testid="findings-more">
                      … dan {formatCount(group.items.length - FINDINGS_LISTED_PER_KIND)} butir lainnya,
                      semuanya tercantum di{" "}
                      <a href={sheetHref} className="underline">
                        lembar pemeriksaan (PDF)
                      </a>
                      .
                    </li>
                  )}
                </ul>
              </details>
            ))}
          </details>
        );
      })}
    </div>
  );
}
