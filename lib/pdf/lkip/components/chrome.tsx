import { Image, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { LkipDocument } from "@/lib/lkip/document-model";
import { styles } from "../styles";
import type { QrMatrix } from "./qr";

type ChromeProps = { document: LkipDocument; qr: QrMatrix; pageNumber: number; totalPages: number };

/** Running header, footer (code, QR, "Halaman x dari y") and, before FINAL, the DRAF watermark. */
export function PageChrome({ document, qr, pageNumber, totalPages, children }: ChromeProps & { children?: ReactNode }) {
  const code = document.verification.code ?? "draf";
  const inFlow = children !== undefined;
  return (
    <>
      {document.status === "DRAF" && <Text style={styles.watermark}>DRAF</Text>}
      <View style={inFlow ? styles.headerInFlow : styles.header}>
        <Text>{document.meta.runningHeader}</Text>
        <Text>{document.status === "FINAL" ? `Final, revisi ${document.verification.revision}` : "Draf"}</Text>
      </View>
      {children}
      <View style={inFlow ? styles.footerInFlow : styles.footer}>
        {/* An image, placed absolutely: an Svg in the chrome makes the layout engine (4.9) lose the content region on landscape pages, and it does not size in-flow images. */}
        {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt */}
        <Image src={qr.png} style={styles.footerQr} />
        <Text style={styles.footerCode}>{`Kode verifikasi: ${code} · ${document.verification.url}`}</Text>
        <Text>{`Halaman ${pageNumber} dari ${totalPages}`}</Text>
      </View>
    </>
  );
}
