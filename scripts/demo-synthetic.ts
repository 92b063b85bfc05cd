/**
 * `npm run demo:synthetic -- --opd 50 --leaves 1500 [--seed 1]`: loads (or replaces) the synthetic Pemda
 * "Kabupaten Sintetis" used by the benchmarks and load tests. Never touches another Pemda.
 */
import { z } from "@/lib/inputs/zod";
import { parseCommandArgs } from "./lib/command-args";
import { resolveDatabaseConfig } from "@/lib/database-config";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { loadSyntheticRegion, SYNTHETIC_YEAR, syntheticOpdSlug } from "@/prisma/demo/synthetic-region";
import { prepareDatabase } from "./lib/database";

const argsSchema = z.object({
  opd: z.coerce.number().int().min(1, "--opd minimal 1").max(500, "--opd maksimal 500").default(50),
  leaves: z.coerce
    .number()
    .int()
    .min(150, "--leaves minimal 150")
    .max(20_000, "--leaves maksimal 20.000")
    .default(1500),
  seed: z.coerce.number().int().min(0).default(1),
});

const args = parseCommandArgs(argsSchema, {
  opd: { type: "string" },
  leaves: { type: "string" },
  seed: { type: "string" },
});

const config = resolveDatabaseConfig();
await prepareDatabase(config);
const db = createPrismaClient(config);
try {
  const started = performance.now();
  await loadSyntheticRegion(db, { opds: args.opd, leaves: args.leaves, seed: args.seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(
    `Kabupaten Sintetis dimuat dalam ${seconds} detik: ${args.opd} OPD, tahun ${SYNTHETIC_YEAR}, ` +
      `mis. /opd/${syntheticOpdSlug(1)}/${SYNTHETIC_YEAR}.`,
  );
} finally {
  await db.$disconnect();
}
