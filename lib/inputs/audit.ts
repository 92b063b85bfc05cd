import { auditEntityLabel } from "@/lib/audit/describe-audit";
import { z } from "@/lib/inputs/zod";
import { parseIndonesianDate } from "@/lib/parse/indonesian-date";
import { recordId } from "./fields";
import { pageNumberField } from "./paging";

const typedDay = z
  .string()
  .trim()
  .max(40)
  .transform((text) => text || undefined)
  .optional()
  .catch(undefined);

/** A day bound of the period as typed (dd/mm/yyyy), read as an ISO day, or why it could not be read. */
function readDay(typed: string | undefined, label: string): { iso?: string; error?: string } {
  if (!typed) return {};
  const parsed = parseIndonesianDate(typed, label);
  return parsed.ok ? { iso: parsed.iso } : { error: `${parsed.message}; saringan ini tidak dipakai` };
}

/**
 * The audit trail's filters as the URL carries them (?entitas=&pengguna=&item=&dari=&sampai=&halaman=).
 * A value that names nothing of ours (a made-up entity, a NUL byte) filters on nothing; the days are
 * written the Indonesian way (31/01/2023) and kept as typed for the form and the links, with `period`
 * the ISO days that filter, and for a day that cannot be read, the message that says so (it filters on
 * nothing).
 */
export const auditFilterInput = z
  .object({
    entitas: z
      .enum(Object.keys(auditEntityLabel) as [string, ...string[]])
      .optional()
      .catch(undefined),
    pengguna: recordId.optional().catch(undefined),
    item: recordId.optional().catch(undefined),
    dari: typedDay,
    sampai: typedDay,
    halaman: pageNumberField,
  })
  .transform((filter) => {
    const dari = readDay(filter.dari, "Dari tanggal");
    const sampai = readDay(filter.sampai, "Sampai tanggal");
    return {
      ...filter,
      period: { dari: dari.iso, sampai: sampai.iso },
      dayErrors: { dari: dari.error, sampai: sampai.error },
    };
  });

export type AuditFilter = z.output<typeof auditFilterInput>;

/** The filter's part that the URL carries, for links to other pages of the trail and to its export. */
export function auditFilterQuery(filter: AuditFilter, changes: { halaman?: number } = {}): string {
  const { entitas, pengguna, item, dari, sampai } = filter;
  const halaman = "halaman" in changes ? changes.halaman : filter.halaman;
  const pairs = Object.entries({ entitas, pengguna, item, dari, sampai, halaman }).filter(
    ([key, value]) => value !== undefined && !(key === "halaman" && value === 1),
  );
  return new URLSearchParams(pairs.map(([key, value]) => [key, String(value)])).toString();
}
