import { Image, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { LkipDocument } from "@/lib/lkip/document-model";
import { styles } from "../styles";
import type { QrMatrix } from "./qr";

type ChromeProps = { document: LkipDocument; qr: QrMatrix };

const pageLabel = (pageNumber: number, totalPages: number) => `Halaman ${pageNumber} dari ${totalPages}`;

function Header({ document, inFlow }: { document: LkipDocument; inFlow: boolean }) {
  return (
    <View style={inFlow ? styles.headerInFlow : styles.header} fixed={!inFlow}>
      <Text>{document.meta.runningHeader}</Text>
      <Text>{document.status === "FINAL" ? `Final, revisi ${document.verification.revision}` : "Draf"}</Text>
    </View>
  );
}

function Footer({ document, qr, inFlow, page }: ChromeProps & { inFlow: boolean; page: ReactNode }) {
  return (
    <View style={inFlow ? styles.footerInFlow : styles.footer} fixed={!inFlow}>
      {/* An image placed absolutely: in the layout engine (4.9) an Svg in the chrome loses the content
          region of landscape pages, and chrome images are not sized. */}
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt */}
      <Image src={qr.png} style={styles.footerQr} />
      <Text style={styles.footerCode}>
        {`Kode verifikasi: ${document.verification.code ?? "draf"} · ${document.verification.url}`}
      </Text>
      {page}
    </View>
  );
}

const Watermark = ({ document, fixed }: { document: LkipDocument; fixed: boolean }) =>
  document.status === "DRAF" ? (
    <Text style={styles.watermark} fixed={fixed}>
      DRAFT
    </Text>
  ) : null;

/** Classic engine: running header, footer (code, QR, "Halaman x dari y") and the DRAFT watermark, fixed. */
export function FixedChrome({ document, qr }: ChromeProps) {
  return (
    <>
      <Watermark document={document} fixed />
      <Header document={document} inFlow={false} />
      <Footer
        document={document}
        qr={qr}
        inFlow={false}
        page={<Text render={({ pageNumber, totalPages }) => pageLabel(pageNumber, totalPages)} />}
      />
    </>
  );
}

/** Layout engine: the same chrome around the page's content (called as the Page `layout`). */
export function layoutChrome({
  document,
  qr,
  pageNumber,
  totalPages,
  children,
}: ChromeProps & { pageNumber: number; totalPages: number; children: ReactNode }) {
  return (
    <>
      {Watermark({ document, fixed: false })}
      {Header({ document, inFlow: true })}
      {/* Grows to the page's free height, so the footer sits at the foot of a page that is not full. */}
      <View style={styles.contentInLayout}>{children}</View>
      {Footer({ document, qr, inFlow: true, page: <Text>{pageLabel(pageNumber, totalPages)}</Text> })}
    </>
  );
}
