import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/auth/permissions";
import { findVisibleOpd, type OpdRef } from "../opd/get-opd";

const yearSchema = z.coerce.number().int().min(2000).max(2100);

/** The OPD and year named by a URL, if the principal may see them; null is a 404. */
export async function findVisibleOpdYear(
  principal: Principal,
  params: { slug: string; tahun: string },
): Promise<{ opd: OpdRef; year: number } | null> {
  const year = yearSchema.safeParse(params.tahun);
  if (!year.success) return null;
  const opd = await findVisibleOpd(principal, params.slug);
  return opd && { opd, year: year.data };
}
