import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import type { LaporanStatus } from "@/lib/generated/prisma/enums";
import { type LkipDocument, listTables, tableListTitle } from "@/lib/lkip/document-model";
import { renderLkipPdf } from "@/lib/pdf/lkip/render";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getLkipDocx } from "@/lib/server/lkip/get-lkip-docx";
import { getLkipScreenDocument } from "@/lib/server/lkip/get-lkip-pdf";
import { listLkipRevisions } from "@/lib/server/lkip/lkip-revisions";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { readDocx } from "./docx-xml";
import { moveLaporan } from "./move-laporan";
import { principalOf } from "./fixtures";
import { extractPdfText } from "./pdf-text";

/**
 * The Word LKIP of the Serang 2022 demo, read from its XML and compared with the PDF of the same
 * document: the same headings in the same order, the same figures and table totals.
 */

let opd: OpdRef;
let planner: Principal;
let document: LkipDocument;
let docx: ReturnType<typeof readDocx>;
let filename: string;
let pdfText: string[];

const ref = async () => ({ opd, year: 2022, laporan: (await getLaporan({ opd, year: 2022 }))! });
const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const headingStyles = ["Heading1", "Heading2", "Heading3"];

beforeAll(async () => {
  await loadDemo(db, serang2022);
  opd = (await getOpdBySlug("dinsos-serang"))!;
  planner = await principalOf("perencana.dinsos@sakip.demo");
  const file = await getLkipDocx(await ref(), { generatedBy: planner.name });
  filename = file.filename;
  docx = readDocx(file.bytes);
  document = await getLkipScreenDocument(await ref(), { generatedBy: planner.name, finalNote: null });
  pdfText = await extractPdfText((await renderLkipPdf(document)).bytes);
}, 300_000);

describe("the Word LKIP of the Serang 2022 demo", () => {
  it("is a Word document named as a draft", () => {
    expect(filename).toBe("LKIP-dinsos-serang-2022-draf.docx");
    expect(docx.part("[Content_Types].xml")).toContain(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    );
    expect(docx.part("docProps/core.xml")).toContain(
      "Laporan Kinerja Instansi Pemerintah Dinas Sosial Kabupaten Serang Tahun 2022",
    );
  });

  it("has the model's headings as Word headings, in the PDF's order", () => {
    const headings = docx.paragraphs.filter((p) => p.style && headingStyles.includes(p.style));
    const expected = document.chapters.flatMap((c) =>
      c.blocks.flatMap((b) => (b.kind === "heading" ? [{ style: `Heading${b.level}`, text: b.text }] : [])),
    );
    expect(headings).toEqual(expected);
    for (const heading of [
      "BAB I PENDAHULUAN",
      "BAB III AKUNTABILITAS KINERJA",
      "B. Realisasi Anggaran",
      "Verifikasi Dokumen",
    ])
      expect(headings.map((h) => h.text)).toContain(heading);
    // In the PDF, from the Ikhtisar Eksekutif on (before it the Daftar Isi lists them), one after the other.
    const body = pdfText.map((page) => page.includes("IKHTISAR EKSEKUTIF")).lastIndexOf(true);
    const pdfBody = squash(pdfText.slice(body).join("\n"));
    let at = 0;
    for (const { text } of headings.slice(headings.findIndex((h) => h.text === "IKHTISAR EKSEKUTIF"))) {
      const found = pdfBody.indexOf(squash(text), at);
      expect(found, `${text} after position ${at} of the PDF`).toBeGreaterThanOrEqual(0);
      at = found + text.length;
    }
  });

  it("styles the headings as Word's own Heading 1–3, for the navigation pane and the table of contents", () => {
    const styles = docx.part("word/styles.xml");
    // Word's built-in names (it reads them case-insensitively), with their outline levels.
    for (const n of [1, 2, 3]) {
      const style = new RegExp(
        `<w:style w:type="paragraph" w:styleId="Heading${n}">[\\s\\S]*?</w:style>`,
      ).exec(styles)?.[0];
      expect(style).toMatch(new RegExp(`<w:name w:val="heading ${n}"/>`, "i"));
      expect(style).toContain(`<w:outlineLvl w:val="${n - 1}"/>`);
    }
    expect(docx.document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    // The Daftar Isi is filled in with pages, as the PDF's is.
    const toc = docx.paragraphs.filter((p) => p.style === "TOC1" || p.style === "TOC2").map((p) => p.text);
    expect(toc).toContainEqual(expect.stringMatching(/^BAB III AKUNTABILITAS KINERJA\t\d+$/));
    expect(toc).toContainEqual(expect.stringMatching(/^4\.1 Kesimpulan\t\d+$/));
    // The Daftar Tabel: every table and chart, with a page reference to its bookmarked title.
    for (const t of listTables(document)) {
      const entry = docx.paragraphs.find((p) => p.text.startsWith(`${tableListTitle(t)}\t`));
      expect(entry?.text, t.number).toMatch(/\t\d+$/);
    }
    expect(docx.document.match(/PAGEREF lkip_\d+ \\h/g)?.length).toBe(listTables(document).length);
  });

  it("prints the figures the PDF prints", () => {
    const text = squash(docx.paragraphs.map((p) => p.text).join(" "));
    const pdf = squash(pdfText.join(" "));
    for (const figure of ["Rp 17.654.457.386", "Rp 17.320.802.867", "atau 98,11 %", "101,67 %", "3,05 %"]) {
      expect(text).toContain(figure);
      expect(pdf).toContain(figure);
    }
  });

  it("prints each table's total row as the PDF does, right-aligned where the column is", () => {
    const totals = listTables(document).flatMap((t) => (t.kind === "table" && t.total ? [t] : []));
    expect(totals.length).toBeGreaterThanOrEqual(3);
    const pdf = squash(pdfText.join(" "));
    for (const table of totals) {
      expect(docx.rows, table.number).toContainEqual(
        table.columns.map((_, i) => table.total!.cells[i] ?? ""),
      );
      const cells = table.total!.cells.filter((c) => c !== "").map(squash);
      expect(pdf, table.number).toContain(cells.join(" "));
    }
    expect(docx.rows).toContainEqual(
      expect.arrayContaining(["Jumlah", "17.654.457.386", "17.320.802.867", "98,11 %"]),
    );
    expect(docx.document).toMatch(
      /<w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr><w:b\/><w:bCs\/><w:sz w:val="\d+"\/><w:szCs w:val="\d+"\/><\/w:rPr><w:t xml:space="preserve">17\.654\.457\.386</,
    );
  });

  it("repeats every table's header row on each page and prints wide tables on landscape pages", () => {
    const tables = listTables(document).filter((t) => t.kind === "table");
    expect(docx.document.match(/<w:tblHeader\/>/g)?.length).toBe(tables.length);
    const landscape = tables.filter((t) => t.kind === "table" && t.landscape).length;
    expect(landscape).toBeGreaterThan(0);
    expect(docx.document.match(/w:orient="landscape"/g)?.length).toBe(landscape);
  });

  it("numbers the pages with Word fields in the footer and runs the header on every page", () => {
    const footers = Object.keys(docx.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    for (const name of footers) {
      const footer = docx.part(name);
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
      expect(footer).toContain("Kode verifikasi: draf");
    }
    const sections = docx.document.match(/<w:sectPr[\s>][\s\S]*?<\/w:sectPr>/g)!;
    for (const section of sections) {
      expect(section).toMatch(/<w:footerReference w:type="default"/);
      expect(section).toMatch(/<w:headerReference w:type="default"/);
    }
    const header = docx.part("word/header1.xml");
    expect(header).toContain("LKIP Dinas Sosial Kabupaten Serang · Tahun 2022");
    expect(header).toContain("DRAFT");
  });

  it("embeds each chart as a PNG picture of its bars", () => {
    const charts = listTables(document).filter((t) => t.kind === "chart");
    expect(charts.length).toBeGreaterThanOrEqual(2);
    const relations = docx.part("word/_rels/document.xml.rels");
    for (const chart of charts) {
      const drawing = new RegExp(`<wp:docPr [^>]*name="${chart.number}"[\\s\\S]*?r:embed="([^"]+)"`).exec(
        docx.document,
      );
      expect(drawing, chart.number).not.toBeNull();
      const target = new RegExp(`Id="${drawing![1]}"[^>]*Target="([^"]+)"`).exec(relations)?.[1];
      const png = docx.files[`word/${target}`]!;
      expect(Buffer.from(png.subarray(1, 4)).toString()).toBe("PNG");
      // 480 × 170 points at four pixels a point.
      expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(1920);
    }
  });

  it("prints no logo on the cover of a Pemda that uploaded none, as the PDF does: pictures are the charts and the QR code", () => {
    const charts = listTables(document).filter((t) => t.kind === "chart").length;
    expect(docx.document.match(/<wp:docPr /g)?.length).toBe(charts + 1);
  });
});

const move = (actor: Principal, to: LaporanStatus, note?: string) =>
  moveLaporan(actor, { opd, year: 2022 }, to, note);

// The FINAL move renders and freezes the PDF before the Word file is made: minutes on a busy machine.
describe("the Word LKIP of a FINAL report", { timeout: 300_000 }, () => {
  it("says on the cover and in every footer that it is an editable copy of the verified PDF", async () => {
    const kepala = await principalOf("kepala.dinsos@sakip.demo");
    await move(kepala, "DIAJUKAN");
    await move(await principalOf("inspektorat.serang@sakip.demo"), "DIREVIU");
    await move(kepala, "FINAL", "Temuan data tahun 2022 dijelaskan dalam Lampiran II.");
    const [revision] = await listLkipRevisions(await ref());
    const file = await getLkipDocx(await ref(), { generatedBy: planner.name });
    expect(file.filename).toBe("LKIP-dinsos-serang-2022-final-r1-salinan.docx");
    const final = readDocx(file.bytes);
    const notice = `Salinan yang dapat diubah dari LKIP terverifikasi; dokumen sah: PDF dengan kode ${revision!.code}, http`;
    const coverEnd = final.paragraphs.findIndex((p) => p.text === "KATA PENGANTAR");
    expect(final.paragraphs.slice(0, coverEnd).map((p) => p.text)).toContainEqual(
      expect.stringMatching(new RegExp(`^${notice}.*/verifikasi/${revision!.code}$`)),
    );
    const footers = Object.keys(final.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    for (const name of footers) expect(final.part(name)).toContain(notice);
    expect(final.part("word/header1.xml")).toContain("Final, revisi 1");
    expect(final.part("word/header1.xml")).not.toContain("DRAFT");
  });
});
