import { Image, View } from "@react-pdf/renderer";
import type { LkipImageBlock } from "@/lib/lkip/document-model";
import type { LkipImage } from "@/lib/lkip/lkip-input";
import { styles } from "../styles";
import { Lines } from "./lines";
import { PageMarker } from "./page-marker";

/** The stored bytes of an uploaded PNG or JPEG as react-pdf takes them. */
export const imageSource = (image: LkipImage) => ({
  data: Buffer.from(image.data),
  format: image.mimeType === "image/png" ? ("png" as const) : ("jpg" as const),
});

/** A picture kept whole on one page with its caption below ("Gambar 1.1 Struktur Organisasi …"). */
export function PdfImage({ block, onTitle }: { block: LkipImageBlock; onTitle: (page: number) => void }) {
  return (
    <View wrap={false} style={{ marginVertical: 6, alignItems: "center" }}>
      <PageMarker onPage={onTitle} />
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt */}
      <Image src={imageSource(block.image)} style={{ maxWidth: 460, maxHeight: 300, objectFit: "contain" }} />
      <Lines
        style={[styles.tableTitle, { marginTop: 4 }]}
        text={block.number ? `${block.number}\n${block.caption}` : block.caption}
      />
    </View>
  );
}
