import type { ReactNode } from "react";
import { IllustrativeBanner } from "@/components/illustrative-banner";
import { requireOpdYearContext } from "@/lib/server/opd-year/opd-year-context";

/** Every page of an OPD-year: the "data contoh" banner when the year holds example data. */
export default async function OpdYearLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string; tahun: string }>;
}) {
  const context = await requireOpdYearContext(await params);
  return (
    <>
      {context.illustrative && <IllustrativeBanner year={context.year} />}
      {children}
    </>
  );
}
