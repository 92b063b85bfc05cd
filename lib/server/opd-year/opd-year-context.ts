import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { opdYearRights, type OpdYearRights } from "@/lib/auth/opd-year-rights";
import type { Principal } from "@/lib/auth/permissions";
import { yearSchema } from "@/lib/inputs/year";
import { requirePrincipal } from "../auth/session";
import { getLaporan, type LaporanDetail } from "../laporan/get-laporan";
import { findVisibleOpd, type OpdRef } from "../opd/get-opd";

/** Everything a page or route under /opd/[slug]/[tahun] knows before it loads its own data. */
export type OpdYearContext = {
  principal: Principal;
  opd: OpdRef;
  year: number;
  laporan: LaporanDetail;
  rights: OpdYearRights;
  /** Example data ("data contoh"): every page and export of the year must say so. */
  illustrative: boolean;
  /** The bidang a limited planner may touch; null for everyone who sees the whole OPD. */
  bidangFilter: readonly string[] | null;
};

/**
 * The OPD-year named by a URL, if the principal may see it; null (a 404) otherwise. Cached per request
 * (React `cache`), so a layout, a page and its components share one resolution.
 */
export const findOpdYearContext = cache(
  async (principal: Principal, slug: string, tahun: string): Promise<OpdYearContext | null> => {
    const year = yearSchema.safeParse(tahun);
    if (!year.success) return null;
    const opd = await findVisibleOpd(principal, slug);
    const laporan = opd && (await getLaporan({ opd, year: year.data }));
    if (!opd || !laporan) return null;
    return {
      principal,
      opd,
      year: year.data,
      laporan,
      rights: opdYearRights(principal, laporan.status),
      illustrative: laporan.illustrative,
      bidangFilter: principal.bidangIds.length > 0 ? principal.bidangIds : null,
    };
  },
);

/** For pages and route handlers: sign-in first (redirect), then the OPD-year or a 404. */
export async function requireOpdYearContext(params: {
  slug: string;
  tahun: string;
}): Promise<OpdYearContext> {
  const principal = await requirePrincipal();
  const context = await findOpdYearContext(principal, params.slug, params.tahun);
  if (!context) notFound();
  return context;
}
