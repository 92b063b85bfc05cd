import type { LkipChart } from "./document-model";

export type ChartBar = { x: number; y: number; width: number; height: number; series: number; label: string };
export type ChartGeometry = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: ChartBar[];
  ticks: { y: number; label: string }[];
  categories: { x: number; label: string }[];
};

const niceStep = (max: number) => {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
  const steps = [1, 2, 2.5, 5, 10];
  return (steps.find((s) => s * magnitude >= raw) ?? 10) * magnitude;
};

const label = (value: number) => value.toLocaleString("id-ID", { maximumFractionDigits: 2 });

/**
 * A grouped bar chart laid out once, in points: the screen (SVG) and the PDF (react-pdf's SVG
 * primitives) draw the same rectangles from the same data.
 */
export function layoutBarChart(chart: LkipChart, width: number, height: number): ChartGeometry {
  const plot = { left: 40, top: 10, right: width - 10, bottom: height - 34 };
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const step = niceStep(Math.max(...values, 1));
  const top = Math.ceil(Math.max(...values, 1) / step) * step;
  const scale = (v: number) => plot.bottom - (v / top) * (plot.bottom - plot.top);
  const groupWidth = (plot.right - plot.left) / Math.max(chart.categories.length, 1);
  const barWidth = (groupWidth * 0.7) / Math.max(chart.series.length, 1);
  const bars = chart.categories.flatMap((_, c) =>
    chart.series.flatMap((series, s) => {
      const value = series.values[c];
      if (value === null || value === undefined) return [];
      const x = plot.left + c * groupWidth + groupWidth * 0.15 + s * barWidth;
      return [
        {
          x,
          y: scale(value),
          width: barWidth - 1,
          height: plot.bottom - scale(value),
          series: s,
          label: label(value),
        },
      ];
    }),
  );
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({
    y: scale(i * step),
    label: label(i * step),
  }));
  return {
    width,
    height,
    plot,
    bars,
    ticks,
    categories: chart.categories.map((c, i) => ({ x: plot.left + (i + 0.5) * groupWidth, label: c })),
  };
}

export const seriesColors = ["#94a3b8", "#047857", "#b45309"];
