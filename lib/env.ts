import { z } from "zod";

/** The one place that reads process.env; everything else imports `env`. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  TEST_DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Port of the embedded PostgreSQL used when DATABASE_URL is unset (never 5432, which a system server may hold). */
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().default(54329),
});

export const env = envSchema.parse(process.env);
