import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { layoutBarChart, seriesColors } from "@/lib/lkip/chart-geometry";
import type { LkipChart } from "@/lib/lkip/document-model";

/** The chart's size in points, as in the PDF. */
export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 170;
const FONT_FAMILY = "DejaVu Sans Condensed";
/** Pixels per point of the PNG: sharp when printed. */
const ZOOM = 4;

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const text = (
  x: number,
  y: number,
  size: number,
  anchor: "start" | "middle" | "end",
  fill: string,
  body: string,
) =>
  `<text x="${x}" y="${y}" font-size="${size}" text-anchor="${anchor}" fill="${fill}">${escapeXml(body)}</text>`;

/** The bar chart as SVG, drawn from the same geometry as the screen and the PDF. */
export function chartSvg(chart: LkipChart): string {
  const g = layoutBarChart(chart, CHART_WIDTH, CHART_HEIGHT);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width}" height="${g.height}" viewBox="0 0 ${g.width} ${g.height}" font-family="${FONT_FAMILY}">`,
    `<rect width="${g.width}" height="${g.height}" fill="#ffffff"/>`,
    ...g.ticks.flatMap((tick) => [
      `<line x1="${g.plot.left}" x2="${g.plot.right}" y1="${tick.y}" y2="${tick.y}" stroke="#e2e8f0" stroke-width="0.5"/>`,
      text(g.plot.left - 4, tick.y + 2, 6, "end", "#475569", tick.label),
    ]),
    ...g.bars.flatMap((bar) => [
      `<rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}" fill="${seriesColors[bar.series]}"/>`,
      text(bar.x + bar.width / 2, bar.y - 2, 5.5, "middle", "#0f172a", bar.label),
    ]),
    ...g.categories.map((category) =>
      text(category.x, g.plot.bottom + 10, 6, "middle", "#0f172a", category.label),
    ),
    ...chart.series.flatMap((series, i) => [
      `<rect x="${g.plot.left + i * 90}" y="${g.height - 12}" width="8" height="8" fill="${seriesColors[i]}"/>`,
      text(g.plot.left + i * 90 + 11, g.height - 5, 6.5, "start", "#0f172a", series.label),
    ]),
    "</svg>",
  ];
  return parts.join("");
}

/**
 * The chart as a PNG, its labels set in the bundled DejaVu Sans Condensed (the PDF's font): no system
 * font is looked up, so the picture is the same on every machine.
 */
export function chartPng(chart: LkipChart): Uint8Array {
  const resvg = new Resvg(chartSvg(chart), {
    fitTo: { mode: "zoom", value: ZOOM },
    font: {
      fontFiles: [path.join(process.cwd(), "assets", "fonts", "DejaVuSansCondensed.ttf")],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
