import "server-only";
import type { Quarter } from "@/lib/calc/period";
import type { OpdYearRef } from "../opd-year/load-opd-year";
import { readOpdYearResult } from "../opd-year/opd-year-result";

/** The dashboards' default triwulan: the latest with any realisasi, from the stored result's small region part. */
export async function latestQuarterOf(ref: OpdYearRef): Promise<Quarter> {
  return (await readOpdYearResult(ref, 4, "region")).latestQuarter;
}
