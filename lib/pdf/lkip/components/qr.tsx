import { Path, Svg } from "@react-pdf/renderer";
import QRCode from "qrcode";

/** The QR as one SVG path (crisp, for the last page) and as a PNG data URL (for the page footer). */
export type QrMatrix = { size: number; path: string; png: string };

/** A QR code as one SVG path (one element per page, however many modules), with a quiet zone of 1. */
export async function qrMatrix(text: string): Promise<QrMatrix> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  let path = "";
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(y, x)) path += `M${x + 1} ${y + 1}h1v1h-1z`;
    }
  }
  const png = await QRCode.toDataURL(text, { errorCorrectionLevel: "M", margin: 1, width: 132 });
  return { size: modules.size + 2, path, png };
}

export function PdfQr({ qr, width }: { qr: QrMatrix; width: number }) {
  return (
    <Svg width={width} height={width} viewBox={`0 0 ${qr.size} ${qr.size}`}>
      <Path d={qr.path} fill="#000000" />
    </Svg>
  );
}
