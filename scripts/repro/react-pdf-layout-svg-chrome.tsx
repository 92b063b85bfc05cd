/**
 * `npx tsx scripts/repro/react-pdf-layout-svg-chrome.tsx`: why react-pdf's pagination engine (4.9, `<Page
 * layout>`) lost the content of landscape pages when the running chrome held an `<Svg>`.
 *
 * The engine instantiates the layout template afresh for every output page and lays it out with
 * `relayoutPage` only (styles, inheritance, Yoga, text); the document-wide steps `resolveSvg` and
 * `resolveAssets` never see it. So the Svg's `width`/`height` props are never copied into its style, and
 * Yoga sizes it with the Svg measure function: the full available width, times the viewBox ratio (1
 * without a viewBox). A 20 pt icon in the header becomes 535 pt tall on A4 portrait (the page survives,
 * half empty) and 782 pt on A4 landscape, taller than the page: the flow region has no height and the
 * engine throws "The page layout leaves no room for content". Images in the chrome are not loaded either,
 * so they need an explicit width and height. Giving the Svg its size in `style` (or using an Image with a
 * sized style, as lib/pdf/lkip/components/chrome.tsx does) avoids it; `orientation="landscape"` and an
 * explicit landscape size behave the same here.
 */
import { Document, Page, Rect, Svg, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReactNode } from "react";

const variants = [
  { name: "Svg sized by props, landscape by orientation", styled: false, orientation: true },
  { name: "Svg sized by props, landscape by size", styled: false, orientation: false },
  { name: "Svg sized by style, landscape by orientation", styled: true, orientation: true },
  { name: "Svg sized by style, landscape by size", styled: true, orientation: false },
];

for (const variant of variants) {
  const layout = ({ children, pageNumber = 1 }: { children?: ReactNode; pageNumber?: number }) => (
    <>
      <View style={{ flexDirection: "row", borderBottomWidth: 1 }}>
        <Svg width={20} height={20} style={variant.styled ? { width: 20, height: 20 } : undefined}>
          <Rect x={0} y={0} width={20} height={20} fill="black" />
        </Svg>
        <Text>{`Header ${pageNumber}`}</Text>
      </View>
      {children}
      <Text>{`Footer ${pageNumber}`}</Text>
    </>
  );
  const rows = Array.from({ length: 60 }, (_, i) => <Text key={i}>{`Row ${i + 1}`}</Text>);
  const document = (
    <Document>
      <Page size="A4" layout={layout} style={{ padding: 30 }}>
        <Text>Portrait</Text>
      </Page>
      <Page
        size={variant.orientation ? "A4" : [841.89, 595.28]}
        orientation={variant.orientation ? "landscape" : undefined}
        layout={layout}
        style={{ padding: 30 }}
      >
        {rows}
      </Page>
    </Document>
  );
  const outcome = await renderToBuffer(document).then(
    (bytes) => `${(bytes.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length} pages`,
    (error: Error) => `fails: ${error.message}`,
  );
  console.log(`${variant.name}: ${outcome}`);
}
