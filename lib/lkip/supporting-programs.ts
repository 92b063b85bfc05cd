import type { BudgetNodeResult } from "@/lib/calc/budget";
import type { LkipInput, LkipSasaran } from "./lkip-input";

/**
 * The programs that support a sasaran (analysis 7 of PermenPAN-RB 53/2014): those the plan links to it;
 * with a single sasaran in the Renstra and no link recorded, every program of the year.
 */
export function supportingPrograms(input: LkipInput, sasaran: LkipSasaran): BudgetNodeResult[] {
  const programs = input.evaluation.rollup.children;
  const linked = programs.filter(
    (p) => input.programs.find((meta) => meta.code === p.code)?.sasaranCode === sasaran.code,
  );
  const single = input.renstra.tujuan.flatMap((t) => t.sasaran).length === 1;
  return linked.length > 0 || !single ? linked : programs;
}
