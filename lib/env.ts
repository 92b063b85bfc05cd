import { z } from "zod";

/** The one place that reads process.env; everything else imports `env`. */
const envSchema = z.object({
  DATABASE_URL: z.url().optional(),
  TEST_DATABASE_URL: z.url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Port of the server Playwright tests (npm run test:e2e). */
  E2E_PORT: z.coerce.number().int().positive().default(3100),
  /** Chromium that Playwright drives (Debian's package; Playwright cannot download its own here). */
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  /** Port of the embedded PostgreSQL used when DATABASE_URL is unset (never 5432, which a system server may hold). */
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().default(54329),
});

export const env = envSchema.parse(process.env);
