import type { CapaianFigure } from "@/lib/views/opd-dashboard";

const bandStyle = [
  "bg-emerald-100 text-emerald-900 border-emerald-400",
  "bg-lime-100 text-lime-900 border-lime-400",
  "bg-yellow-100 text-yellow-900 border-yellow-400",
  "bg-orange-100 text-orange-900 border-orange-400",
  "bg-red-100 text-red-900 border-red-400",
];

/** The capaian with its predicate as text; the colour only repeats what the text says. */
export function PredikatBadge({ capaian }: { capaian: CapaianFigure }) {
  if (capaian.predikat === null) return <span className="text-slate-500">{capaian.text}</span>;
  const style = bandStyle[Math.min(capaian.band ?? 0, bandStyle.length - 1)];
  return (
    <span className="whitespace-nowrap">
      <span className="tabular-nums">{capaian.text}</span>{" "}
      <span className={`rounded border px-1.5 py-0.5 text-xs font-medium ${style}`} data-testid="predikat">
        {capaian.predikat}
      </span>
    </span>
  );
}
