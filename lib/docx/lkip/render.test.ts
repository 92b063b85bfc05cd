import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { LkipDocument } from "@/lib/lkip/document-model";
import { renderNarrative } from "@/lib/narrative/render-narrative";
import { renderLkipDocx } from "./render";

const document: LkipDocument = {
  title: "Laporan Kinerja Uji",
  meta: {
    author: "Dinas Uji",
    subject: "LKIP Uji",
    keywords: "LKIP",
    runningHeader: "LKIP Dinas Uji · Tahun 2022",
  },
  status: "DRAF",
  verification: {
    code: null,
    url: "http://localhost:3000/verifikasi/draf",
    revision: null,
    generatedAt: "31 Jan 2023",
    generatedBy: null,
  },
  chapters: [
    {
      id: "bab-4",
      title: "BAB IV PENUTUP",
      kind: "BODY",
      blocks: [
        { kind: "heading", id: "bab-4", level: 1, text: "BAB IV PENUTUP" },
        {
          kind: "narrative",
          blocks: renderNarrative(
            "Capaian **101,67 %** tercapai.\n\n- pertama\n- kedua\n\n3. ketiga\n4. keempat",
          ),
        },
        {
          kind: "table",
          id: "tabel-rekening",
          number: "Tabel 3.6",
          title: "Realisasi Anggaran",
          landscape: true,
          columns: [
            { header: "Uraian", align: "left", width: 4 },
            { header: "Pagu (Rp)", align: "right", width: 2 },
          ],
          rows: [
            { cells: ["Belanja Operasi"], style: "group" },
            { cells: ["Belanja Barang dan Jasa", "1.000"], depth: 1 },
          ],
          total: { cells: ["Jumlah", "1.000"] },
        },
      ],
    },
  ],
};

describe("renderLkipDocx", async () => {
  const files = unzipSync(new Uint8Array(await renderLkipDocx(document)));
  const xml = strFromU8(files["word/document.xml"]!);
  const numbering = strFromU8(files["word/numbering.xml"]!);

  it("writes bold spans as bold runs", () => {
    expect(xml).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">101,67 %<\/w:t><\/w:r>/,
    );
  });

  it("writes bullet and numbered items as Word lists, a numbered list from the number it was typed with", () => {
    expect(xml.match(/<w:numPr>/g)?.length).toBe(4);
    expect(numbering).toContain('<w:lvlText w:val="•"/>');
    expect(numbering).toMatch(/<w:start w:val="3"\/><w:numFmt w:val="decimal"\/>/);
  });

  it("spans a group row across the table, indents by depth and prints a wide table on a landscape page", () => {
    expect(xml).toMatch(/<w:gridSpan w:val="2"\/>[\s\S]*?Belanja Operasi/);
    expect(xml).toMatch(/<w:ind w:left="140"\/>[\s\S]*?Belanja Barang dan Jasa/);
    expect(xml).toContain('w:orient="landscape"');
  });
});
