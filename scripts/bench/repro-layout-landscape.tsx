import { Document, Page, Svg, Rect, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const variant = process.argv[2] ?? "svg-orientation";
const svg = variant.includes("svg");
const orientation = variant.includes("orientation");

const rows = Array.from({ length: 60 }, (_, i) => (
  <View key={i} style={{ flexDirection: "row", borderBottomWidth: 0.5 }}>
    <Text style={{ width: "50%" }}>{`row ${i + 1}`}</Text>
    <Text style={{ width: "50%" }}>{`value ${i + 1}`}</Text>
  </View>
));

const layout = ({ children, pageNumber = 1 }: { children?: React.ReactNode; pageNumber?: number }) => (
  <>
    <View style={{ flexDirection: "row", borderBottomWidth: 1 }}>
      {svg && (
        <Svg width={20} height={20} style={variant.includes("styled") ? { width: 20, height: 20 } : undefined}>
          <Rect x={0} y={0} width={20} height={20} fill="black" />
        </Svg>
      )}
      <Text>{`HEADER page ${pageNumber}`}</Text>
    </View>
    {children}
    <Text>{`FOOTER page ${pageNumber}`}</Text>
  </>
);

const doc = (
  <Document>
    <Page size="A4" layout={layout} style={{ padding: 30 }}>
      <Text>portrait content</Text>
    </Page>
    <Page
      size={orientation ? "A4" : [841.89, 595.28]}
      orientation={orientation ? "landscape" : undefined}
      layout={layout}
      style={{ padding: 30 }}
    >
      {rows}
    </Page>
  </Document>
);

const bytes = await renderToBuffer(doc);
const out = `/tmp/repro/${variant}.pdf`;
writeFileSync(out, bytes);
const info = execFileSync("pdfinfo", ["-f", "1", "-l", "20", out]).toString();
const text = execFileSync("pdftotext", ["-layout", out, "-"]).toString();
const pages = text.split("\f").filter((p) => p.trim());
console.log(variant, info.match(/Page\s+\d+ size:.*$/gm)?.join(" | "));
pages.forEach((p, i) => {
  const lines = p.split("\n").filter((l) => l.trim());
  console.log(`  page ${i + 1}: ${lines.length} lines; first "${lines[0]?.trim()}" last "${lines.at(-1)?.trim()}"`);
});
