import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from "docx";
import { TextWatermark } from "docx/watermarks";
import type { LkipDocument } from "@/lib/lkip/document-model";
import { colors, size, textWidth } from "./styles";

/** What a FINAL's Word copy says of itself: the PDF with the code is the document of record. */
export const copyNotice = (document: LkipDocument): string | null =>
  document.status === "FINAL" && document.verification.code
    ? `Salinan yang dapat diubah dari LKIP terverifikasi; dokumen sah: PDF dengan kode ${document.verification.code}, ${document.verification.url}`
    : null;

const rule = { style: BorderStyle.SINGLE, size: 4, color: colors.rule, space: 2 };
const small = (text: string) => new TextRun({ text, size: size.small, color: colors.muted });

/** Running header (title and status, as the PDF's), with the DRAFT watermark on a draft. */
export function pageHeader(document: LkipDocument, landscape: boolean): Header {
  const status = document.status === "FINAL" ? `Final, revisi ${document.verification.revision}` : "Draf";
  return new Header({
    children: [
      new Paragraph({
        border: { bottom: rule },
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth(landscape) }],
        children: [
          small(document.meta.runningHeader),
          small(`\t${status}`),
          ...(document.status === "DRAF"
            ? [
                new TextWatermark({
                  text: "DRAFT",
                  font: "Arial",
                  bold: true,
                  color: "DC2626",
                  opacity: 0.15,
                }),
              ]
            : []),
        ],
      }),
    ],
  });
}

/** Footer: the verification code and address (a FINAL: the copy notice) and "Halaman x dari y" as Word fields. */
export function pageFooter(document: LkipDocument): Footer {
  const v = document.verification;
  const notice = copyNotice(document);
  return new Footer({
    children: [
      new Paragraph({
        border: { top: rule },
        children: [small(notice ?? `Kode verifikasi: ${v.code ?? "draf"} · ${v.url}`)],
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            size: size.small,
            color: colors.muted,
            children: ["Halaman ", PageNumber.CURRENT, " dari ", PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}
