import Decimal from "decimal.js";
import { levelName } from "@/lib/vocabulary";
import { rollupBudget, type BudgetNodeInput, type BudgetNodeResult } from "./budget";
import type { Finding, FindingCode, FindingLocation } from "./finding";
import { formatPercent, formatRupiah } from "@/lib/format";
import {
  describeThroughQuarter,
  periodConflictLabel,
  periodOfQuarter,
  selectThroughQuarter,
  type Quarter,
} from "./period";

function locate(node: BudgetNodeInput): FindingLocation {
  return { level: node.level, code: node.code, name: node.name };
}

function checkLeaf({
  input,
  result,
  throughQuarter,
}: {
  input: BudgetNodeInput;
  result: BudgetNodeResult;
  throughQuarter: Quarter;
}): Finding[] {
  const findings: Finding[] = [];
  const location = locate(input);

  if (!input.paguAwal && !input.paguPerubahan) {
    findings.push({
      code: "PAGU_KOSONG",
      severity: "WARNING",
      location,
      message: "Pagu belum diisi; dihitung sebagai Rp 0",
    });
  }

  // Flagged on leaves only: this is where the error was made; the parents merely add it up.
  if (result.realisasi.status === "KNOWN" && result.realisasi.value.greaterThan(result.pagu)) {
    const share = result.serapan.status === "OK" ? ` (${formatPercent(result.serapan.value)})` : "";
    findings.push({
      code: "REALISASI_MELEBIHI_PAGU",
      severity: "ERROR",
      location,
      message: `Realisasi ${formatRupiah(result.realisasi.value)} melebihi pagu ${formatRupiah(result.pagu)}${share}`,
      difference: result.realisasi.value.minus(result.pagu),
    });
  }

  const selection = selectThroughQuarter({
    entries: (input.realisasi ?? []).map((e) => ({ period: e.period, value: e.amount })),
    throughQuarter,
  });
  if (selection.status === "CONFLICT") {
    findings.push({
      code: "REALISASI_GANDA",
      severity: "ERROR",
      location,
      message: `${periodConflictLabel[selection.reason]}; realisasi tidak dapat dihitung`,
    });
  } else if (selection.status === "ANNUAL_ONLY") {
    findings.push({
      code: "REALISASI_HANYA_TAHUNAN",
      severity: "INFO",
      location,
      message: `Realisasi hanya tercatat sebagai total tahunan; realisasi ${describeThroughQuarter(throughQuarter)} tidak diketahui`,
    });
  } else if (selection.status === "QUARTERLY" && selection.missingQuarters.length > 0) {
    findings.push({
      code: "REALISASI_TRIWULAN_KOSONG",
      severity: "WARNING",
      location,
      message: `Realisasi ${selection.missingQuarters.map(periodOfQuarter).join(", ")} belum diisi; dihitung sebagai Rp 0`,
      quarters: selection.missingQuarters,
    });
  }
  return findings;
}

function describeChildren(input: BudgetNodeInput): string {
  const levels = new Set(input.children.map((c) => c.level));
  const first = input.children[0];
  return levels.size === 1 && first ? levelName(first.level) : "rincian";
}

/**
 * A parent's reported figure against the figures directly beneath it, each child contributing its own
 * reported figure if it has one, else its computed sum. An error is thus reported once, on the line
 * where it was made, not again on every ancestor.
 */
function reconcile({
  input,
  result,
  measure,
}: {
  input: BudgetNodeInput;
  result: BudgetNodeResult;
  measure: "pagu" | "realisasi";
}): Finding[] {
  const reported = input.reported?.[measure];
  if (!reported) return [];

  const contributions: Decimal[] = [];
  for (const [index, child] of input.children.entries()) {
    const childReported = child.reported?.[measure];
    const childResult = result.children[index]!;
    if (childReported) contributions.push(childReported);
    else if (measure === "pagu") contributions.push(childResult.pagu);
    else if (childResult.realisasi.status === "KNOWN") contributions.push(childResult.realisasi.value);
    else return []; // cannot reconcile against an unknown amount
  }
  const sum = Decimal.sum(...contributions);
  if (sum.equals(reported)) return [];

  const isTotal = input.level === "OPD" || input.level === "PEMDA";
  const code: FindingCode = isTotal
    ? measure === "pagu"
      ? "TOTAL_PAGU_BEDA_DENGAN_RINCIAN"
      : "TOTAL_REALISASI_BEDA_DENGAN_RINCIAN"
    : measure === "pagu"
      ? "PAGU_BEDA_DENGAN_RINCIAN"
      : "REALISASI_BEDA_DENGAN_RINCIAN";
  const subject = isTotal
    ? `Total ${measure}`
    : `${measure === "pagu" ? "Pagu" : "Realisasi"} ${levelName(input.level)}`;
  const difference = sum.minus(reported);
  return [
    {
      code,
      severity: "ERROR",
      location: locate(input),
      message:
        `${subject} yang dilaporkan ${formatRupiah(reported)} berbeda dengan jumlah ${measure} ` +
        `${describeChildren(input)} di bawahnya ${formatRupiah(sum)} (selisih ${formatRupiah(difference.abs())})`,
      difference,
    },
  ];
}

function checkParent({ input, result }: { input: BudgetNodeInput; result: BudgetNodeResult }): Finding[] {
  const findings: Finding[] = [];
  if (input.paguAwal || input.paguPerubahan || (input.realisasi?.length ?? 0) > 0) {
    findings.push({
      code: "NILAI_INDUK_DIABAIKAN",
      severity: "WARNING",
      location: locate(input),
      message:
        "Pagu/realisasi yang diisi langsung pada baris ini diabaikan; nilainya adalah jumlah rincian di bawahnya",
    });
  }
  return [
    ...findings,
    ...reconcile({ input, result, measure: "pagu" }),
    ...reconcile({ input, result, measure: "realisasi" }),
  ];
}

function walk({
  input,
  result,
  throughQuarter,
}: {
  input: BudgetNodeInput;
  result: BudgetNodeResult;
  throughQuarter: Quarter;
}): Finding[] {
  if (input.summary) return []; // leaves checked where they are listed
  if (input.children.length === 0) return checkLeaf({ input, result, throughQuarter });
  return [
    ...checkParent({ input, result }),
    ...input.children.flatMap((child, index) =>
      walk({ input: child, result: result.children[index]!, throughQuarter }),
    ),
  ];
}

/** Integrity checks of a budget tree, in tree order (sort with sortFindings). */
export function checkBudget({
  root,
  throughQuarter,
  result = rollupBudget({ root, throughQuarter }),
}: {
  root: BudgetNodeInput;
  /** The rollup of `root` through `throughQuarter`, when the caller has it already. */
  result?: BudgetNodeResult;
  throughQuarter: Quarter;
}): Finding[] {
  return walk({ input: root, result, throughQuarter });
}
