import Link from "next/link";

/** The way back from a page of an OPD-year to its overview. */
export function OpdYearBackLink({ opd, year }: { opd: { slug: string; name: string }; year: number }) {
  return (
    <Link href={`/opd/${opd.slug}/${year}`} className="text-sm text-emerald-800 hover:underline">
      ← {opd.name} {year}
    </Link>
  );
}
