import Link from "next/link";
import type { ReactNode } from "react";
import { QUARTERS, type Quarter } from "@/lib/calc/period";
import { quarterLabel } from "@/lib/vocabulary";

/** "s.d. TW I" … "s.d. TW IV": the triwulan a dashboard counts through. */
export function QuarterNav({
  base,
  current,
  children,
}: {
  base: string;
  current: Quarter;
  children?: ReactNode;
}) {
  return (
    <nav className="mt-3 flex flex-wrap gap-2" aria-label="Pilih triwulan">
      {QUARTERS.map((q) => (
        <Link
          key={q}
          href={`${base}?tw=${q}`}
          aria-current={q === current ? "page" : undefined}
          className={`rounded-md border px-3 py-1 text-sm ${q === current ? "border-emerald-700 bg-emerald-700 text-white" : "border-slate-300"}`}
        >
          s.d. {quarterLabel(q)}
        </Link>
      ))}
      {children}
    </nav>
  );
}
