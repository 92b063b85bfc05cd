/**
 * Child of `npm run bench` (DATABASE_URL set by it): the region dashboard's budget sums through the app's
 * own path on the synthetic Pemda, i.e. the 50 stored region parts of the OPD-years' results (read in one
 * statement) summed as the dashboard sums them. The first read computes and stores the missing results
 * (`coldMs`); `ms` is the median of 5 reads after that. Prints {"ms", "coldMs", "pagu", "realisasi"}.
 */
import Decimal from "decimal.js";
import { sumAmounts } from "@/lib/calc/period";
import { db } from "@/lib/server/db";
import { readOpdYearResults } from "@/lib/server/opd-year/opd-year-result";
import { SYNTHETIC_PEMDA_CODE, SYNTHETIC_YEAR } from "@/prisma/demo/synthetic-region";
import { medianMs } from "./region-rollup";

const pemda = await db.pemda.findUniqueOrThrow({ where: { code: SYNTHETIC_PEMDA_CODE } });
const opds = await db.perangkatDaerah.findMany({
  where: { pemdaId: pemda.id, laporan: { some: { year: SYNTHETIC_YEAR } } },
  select: { id: true, slug: true, name: true, laporan: { where: { year: SYNTHETIC_YEAR } } },
});
const refs = opds.map((opd) => ({
  opd: { id: opd.id, pemdaId: pemda.id, slug: opd.slug, name: opd.name, pemdaName: pemda.name },
  year: SYNTHETIC_YEAR,
  laporan: opd.laporan[0]!,
}));
const regionSums = async () => {
  const results = await readOpdYearResults(refs, 4, "region");
  return {
    pagu: Decimal.sum(0, ...results.map((result) => result.pagu)),
    realisasi: sumAmounts(results.map((result) => result.realisasi)),
  };
};
const started = performance.now();
const sums = await regionSums();
const coldMs = performance.now() - started;
const ms = await medianMs(5, regionSums);
console.log(
  JSON.stringify({
    ms,
    coldMs,
    pagu: sums.pagu.toString(),
    realisasi: sums.realisasi.status === "KNOWN" ? sums.realisasi.value.toString() : null,
  }),
);
await db.$disconnect();
