/**
 * Child of `npm run bench` (DATABASE_URL set by it): the region dashboard's budget sums through the app's
 * own code path on the synthetic Pemda. Prints {"ms": median of 5, "pagu": …, "realisasi": …}.
 */
import { db } from "@/lib/server/db";
import { sumRegionBudget } from "@/lib/server/region/sum-region-budget";
import { SYNTHETIC_PEMDA_CODE, SYNTHETIC_YEAR } from "@/prisma/demo/synthetic-region";
import { medianMs } from "./region-rollup";

const pemda = await db.pemda.findUniqueOrThrow({ where: { code: SYNTHETIC_PEMDA_CODE } });
const sums = await sumRegionBudget({ pemdaId: pemda.id, year: SYNTHETIC_YEAR });
const ms = await medianMs(5, () => sumRegionBudget({ pemdaId: pemda.id, year: SYNTHETIC_YEAR }));
const realisasi = sums.region.realisasi[4];
console.log(
  JSON.stringify({
    ms,
    pagu: sums.region.pagu.toString(),
    realisasi: realisasi.status === "KNOWN" ? realisasi.value.toString() : null,
  }),
);
await db.$disconnect();
