import type { Metadata } from "next";
import type { ReactNode } from "react";
import { IllustrativeBanner } from "@/components/illustrative-banner";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";

type Params = { params: Promise<{ slug: string; tahun: string }> };

/**
 * Each page below names itself ("Dasbor"), and the title adds the year and the OPD; the OPD-year's own
 * page (beside this layout, so outside its template) takes the default, under the root's template.
 */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { opd, year } = await requireOpdYearContext(await params);
  return {
    title: { template: `%s ${year} — ${opd.name} — SAKIP`, default: `Tahun Anggaran ${year} — ${opd.name}` },
  };
}

/** Every page of an OPD-year: the "data contoh" banner when the year holds example data. */
export default async function OpdYearLayout({ children, params }: Params & { children: ReactNode }) {
  const context = await requireOpdYearContext(await params);
  return (
    <>
      {context.illustrative && <IllustrativeBanner year={context.year} />}
      {children}
    </>
  );
}
