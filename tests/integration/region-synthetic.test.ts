import { beforeAll, describe, it } from "vitest";
import { db } from "@/lib/server/db";
import { loadSyntheticRegion, SYNTHETIC_YEAR } from "@/prisma/demo/synthetic-region";
import { expectRegionMatchesEngine } from "./dashboard-engine";
import { principalOf } from "./fixtures";

// The region's SQL sums against the engine on the synthetic Pemda: rekening lines under half the sub kegiatan,
// every quarter entered, TW IV missing on a fifth of the leaves.
beforeAll(async () => {
  await loadSyntheticRegion(db, { opds: 3, leaves: 300, seed: 5 });
});

describe("the region dashboard of the synthetic Pemda", () => {
  it.each([1, 2, 3, 4] as const)("equals the engine through TW %i, per OPD and in total", async (quarter) => {
    const inspektorat = await principalOf("inspektorat@sintetis.go.id");
    await expectRegionMatchesEngine(inspektorat, SYNTHETIC_YEAR, quarter);
  });
});
