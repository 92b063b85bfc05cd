import { auditEntityLabel } from "@/lib/audit/describe-audit";
import { z } from "@/lib/inputs/zod";
import { recordId } from "./fields";
import { pageNumberField } from "./paging";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => !Number.isNaN(new Date(`${text}T00:00:00+07:00`).getTime()));

/**
 * The audit trail's filters as the URL carries them (?entitas=&pengguna=&item=&dari=&sampai=&halaman=).
 * A value that names nothing of ours (a made-up entity, a NUL byte, a malformed date) filters on nothing.
 */
export const auditFilterInput = z.object({
  entitas: z
    .enum(Object.keys(auditEntityLabel) as [string, ...string[]])
    .optional()
    .catch(undefined),
  pengguna: recordId.optional().catch(undefined),
  item: recordId.optional().catch(undefined),
  dari: day.optional().catch(undefined),
  sampai: day.optional().catch(undefined),
  halaman: pageNumberField,
});

export type AuditFilter = z.output<typeof auditFilterInput>;
