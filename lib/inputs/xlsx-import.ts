import { z } from "@/lib/inputs/zod";
import { hasControlCharacters } from "./fields";
import { yearField } from "./year";

/** Largest upload (20 MiB) as base64 text. */
const MAX_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4;

/** A workbook to import into an OPD-year: previewed (dry run) or committed. */
export const importWorkbookInput = z.object({
  opdId: z.string().min(1).max(64),
  year: yearField(),
  fileName: z
    .string()
    .trim()
    .min(1, "Nama berkas wajib ada")
    .max(255, "Nama berkas paling panjang 255 karakter")
    .refine((text) => !hasControlCharacters(text), "Nama berkas berisi karakter yang tidak diizinkan"),
  /** The file's bytes, base64. */
  file: z
    .string()
    .max(MAX_BASE64, "Berkas terlalu besar; paling besar 20 MiB")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "Berkas tidak terbaca"),
  /** The planner has seen the removals listed by name and agrees. */
  confirmRemovals: z.boolean().default(false),
  /** The digest of the dry run the planner confirmed: the commit refuses if the plan has changed since. */
  planDigest: z.string().max(128).nullable().default(null),
  /** Only plan and report (the dry run): nothing is written, nothing audited. */
  dryRun: z.boolean().default(false),
});

export type ImportWorkbookInput = z.output<typeof importWorkbookInput>;
/** As sent, before defaults: what the command line and the tests pass. */
export type ImportWorkbookRequest = z.input<typeof importWorkbookInput>;
