import { G, Line, Rect, Svg, Text as SvgText, View } from "@react-pdf/renderer";
import { layoutBarChart, seriesColors } from "@/lib/lkip/chart-geometry";
import type { LkipChart } from "@/lib/lkip/document-model";
import { FONT_FAMILY } from "../fonts";
import { styles } from "../styles";
import { Lines } from "./lines";
import { PageMarker } from "./page-marker";

/**
 * A bar chart drawn with react-pdf's SVG primitives from the same geometry as the screen. Its labels
 * name the embedded font: SVG text defaults to Helvetica, which a PDF does not embed.
 */
export function PdfChart({ chart, onTitle }: { chart: LkipChart; onTitle: (pageNumber: number) => void }) {
  const g = layoutBarChart(chart, 480, 170);
  return (
    <View wrap={false} style={{ marginBottom: 8 }}>
      <PageMarker onPage={onTitle} />
      <Lines style={styles.tableTitle} text={`${chart.number}\n${chart.title}`} />
      <Svg width={g.width} height={g.height} style={{ alignSelf: "center" }}>
        {g.ticks.map((tick, i) => (
          <G key={`t${i}`}>
            <Line
              x1={g.plot.left}
              x2={g.plot.right}
              y1={tick.y}
              y2={tick.y}
              stroke="#e2e8f0"
              strokeWidth={0.5}
            />
            <SvgText
              x={g.plot.left - 4}
              y={tick.y + 2}
              style={{ fontSize: 6, fontFamily: FONT_FAMILY }}
              textAnchor="end"
              fill="#475569"
            >
              {tick.label}
            </SvgText>
          </G>
        ))}
        {g.bars.map((bar, i) => (
          <G key={`b${i}`}>
            <Rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={seriesColors[bar.series]} />
            <SvgText
              x={bar.x + bar.width / 2}
              y={bar.y - 2}
              style={{ fontSize: 5.5, fontFamily: FONT_FAMILY }}
              textAnchor="middle"
              fill="#0f172a"
            >
              {bar.label}
            </SvgText>
          </G>
        ))}
        {g.categories.map((category, i) => (
          <SvgText
            key={`c${i}`}
            x={category.x}
            y={g.plot.bottom + 10}
            style={{ fontSize: 6, fontFamily: FONT_FAMILY }}
            textAnchor="middle"
            fill="#0f172a"
          >
            {category.label}
          </SvgText>
        ))}
        {chart.series.map((series, i) => (
          <G key={`l${i}`}>
            <Rect x={g.plot.left + i * 90} y={g.height - 12} width={8} height={8} fill={seriesColors[i]} />
            <SvgText
              x={g.plot.left + i * 90 + 11}
              y={g.height - 5}
              style={{ fontSize: 6.5, fontFamily: FONT_FAMILY }}
              fill="#0f172a"
            >
              {series.label}
            </SvgText>
          </G>
        ))}
      </Svg>
    </View>
  );
}
