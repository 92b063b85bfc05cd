import Link from "next/link";
import type { LaporanStatus } from "@/lib/generated/prisma/enums";
import { laporanStatusLabel } from "@/lib/vocabulary";

/** One link per year of an OPD, with its LKIP status ("2022 · Draf"). */
export function OpdYearLinks({
  slug,
  laporan,
}: {
  slug: string;
  laporan: { year: number; status: LaporanStatus }[];
}) {
  return (
    <>
      {laporan.map(({ year, status }) => (
        <Link
          key={year}
          href={`/opd/${slug}/${year}`}
          className="rounded-md border border-emerald-700 px-3 py-1 text-sm text-emerald-800 hover:bg-emerald-50"
        >
          {year} · {laporanStatusLabel[status]}
        </Link>
      ))}
    </>
  );
}
