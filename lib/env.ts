import { z } from "./inputs/zod";

/** The one place that reads process.env; everything else imports `env`. */
const envSchema = z.object({
  /** Set by Next.js: development under `next dev`. */
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DATABASE_URL: z.url().optional(),
  TEST_DATABASE_URL: z.url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /**
   * Interface the app server listens on. 127.0.0.1 (this machine only) by default; a production server
   * behind a reverse proxy on another host sets 0.0.0.0 or its own address.
   */
  HOST: z.string().min(1).default("127.0.0.1"),
  /**
   * Addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated). Empty: the TCP peer
   * is the client, and X-Forwarded-For is ignored.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((address) => address.trim())
        .filter(Boolean),
    ),
  /** Seals the session cookie (at least 32 characters). `npm start` creates one under .data/ when unset. */
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET minimal 32 karakter").optional(),
  /** Send the session cookie only over HTTPS; set to false only behind plain HTTP on localhost. */
  SESSION_COOKIE_SECURE: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  /**
   * Public address of the app, printed in every LKIP PDF as its verification link (/verifikasi/<kode>).
   * Set it to the address reviewers reach; a frozen PDF keeps the address it was generated with.
   */
  PUBLIC_BASE_URL: z.url().default("http://localhost:3000"),
  /** Port of the server Playwright tests (npm run test:e2e). */
  E2E_PORT: z.coerce.number().int().positive().default(3100),
  /** Loopback port of the production server that `npm run bench` starts and stops. */
  BENCH_PORT: z.coerce.number().int().positive().default(3200),
  /** Chromium that Playwright drives (Debian's package; Playwright cannot download its own here). */
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  /**
   * Tests only: the moment the late-entry list counts from (ISO 8601 with offset), so that an e2e run can
   * stand after a deadline. Only the operator can set it, it changes no data and the region dashboard
   * shows it when set; never set it in production.
   */
  SAKIP_TEST_NOW: z.iso.datetime({ offset: true }).optional(),
  /** Heavy jobs (PDF, Word, reading a workbook) that run at once on one server; the others wait their turn. */
  HEAVY_JOBS_AT_ONCE: z.coerce.number().int().min(1).default(2),
  /** Time budget of one heavy job, in seconds: past it the job is stopped and the user told. */
  HEAVY_JOB_SECONDS: z.coerce.number().int().min(1).default(180),
  /** Memory budget (V8 heap) of one heavy job's worker thread, in MiB. */
  HEAVY_JOB_MEMORY_MB: z.coerce.number().int().min(128).default(1536),
  /** SMTP server of the notification e-mails (smtp://user:pass@host:port, smtps://…); unset: no e-mail is sent. */
  SMTP_URL: z.url().optional(),
  /** Sender of the notification e-mails. */
  SMTP_FROM: z.string().min(3).default("SAKIP <noreply@sakip.local>"),
  /** Port of the embedded PostgreSQL used when DATABASE_URL is unset (never 5432, which a system server may hold). */
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().default(54329),
  /** Bukti dukung an OPD may keep per year, in MiB, all files together. */
  BUKTI_QUOTA_MB: z.coerce.number().int().min(1).default(500),
});

export const env = envSchema.parse(process.env);
