import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { listTables, type LkipTable } from "@/lib/lkip/document-model";
import { tableTotals } from "@/lib/lkip/table-totals";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getLkipPdf, getLkipScreenDocument } from "@/lib/server/lkip/get-lkip-pdf";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";
import { principalOf } from "./fixtures";
import { extractPdfText, pdfInfo } from "./pdf-text";

let opd: OpdRef;
let planner: Principal;
let pages: string[];
let bytes: Uint8Array;

const ref = async () => ({ opd, year: 2022, laporan: (await getLaporan({ opd, year: 2022 }))! });

/**
 * The Daftar Isi and Daftar Tabel entries of a PDF's pages whose title is not printed on the page they
 * name ("title → page"); fails when the lists hold too few entries to be the real lists.
 */
function misplacedEntries(pages: string[]): string[] {
  const flat = (text: string) => text.replace(/\s+/g, " ");
  const lists = pages.filter((page) => /DAFTAR (ISI|TABEL)/.test(page));
  const entries = lists
    .flatMap((list) => list.split("\n"))
    // The running footer ("… Halaman 3 dari 27") is no entry.
    .filter((line) => !line.includes("Halaman"))
    .map((line) => /^\s*(.*\S)\s+(\d+)\s*$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, title, page]) => ({ title: flat(title!), page: Number(page) }))
    // The front matter before the lists (cover, Kata Pengantar) names itself only in the running header.
    .filter((entry) => entry.page > pages.indexOf(lists[0]!) + 1);
  expect(entries.length).toBeGreaterThan(30);
  return entries
    .filter((entry) => !flat(pages[entry.page - 1] ?? "").includes(entry.title))
    .map((entry) => `${entry.title} → ${entry.page}`);
}

beforeAll(async () => {
  await loadDemo(db, serang2022);
  opd = (await getOpdBySlug("dinsos-serang"))!;
  planner = await principalOf("perencana.dinsos@sakip.demo");
  const pdf = (await getLkipPdf(await ref(), { generatedBy: planner.name }))!;
  expect(pdf.filename).toBe("LKIP-dinsos-serang-2022-draf.pdf");
  bytes = pdf.bytes;
  pages = await extractPdfText(bytes);
});

describe("the LKIP PDF of the Serang 2022 demo", () => {
  it("is an A4 document of a stated length with metadata and searchable text", async () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(pages.length).toBeLessThanOrEqual(45);
    expect(await pdfInfo(bytes)).toMatchObject({
      Title: "Laporan Kinerja Instansi Pemerintah Dinas Sosial Kabupaten Serang Tahun 2022",
      Author: "Dinas Sosial Kabupaten Serang",
      Subject: "LKIP Dinas Sosial Kabupaten Serang Kabupaten Serang Tahun 2022",
    });
    pages.forEach((text, i) => {
      expect(text).toContain(`Halaman ${i + 1} dari ${pages.length}`);
      expect(text).toContain("LKIP Dinas Sosial Kabupaten Serang · Tahun 2022");
      expect(text).toContain("Kode verifikasi: draf");
      expect(text).toContain("DRAFT");
    });
  });

  it("has every chapter heading", () => {
    const all = pages.join("\n");
    for (const heading of [
      "KATA PENGANTAR",
      "DAFTAR ISI",
      "DAFTAR TABEL, GRAFIK DAN GAMBAR",
      "IKHTISAR EKSEKUTIF",
      "BAB I PENDAHULUAN",
      "1.4 Gambaran Umum Organisasi",
      "BAB II PERENCANAAN KINERJA",
      "2.1 Rencana Strategis",
      "BAB III AKUNTABILITAS KINERJA",
      "A. Capaian Kinerja Organisasi",
      "Sasaran Strategis S1.1: Meningkatnya Perlindungan dan Pemberdayaan Sosial",
      "Analisis Capaian Sasaran",
      "Penyebab Keberhasilan/Kegagalan dan Alternatif Solusi",
      "Efisiensi Penggunaan Sumber Daya",
      "Program dan Kegiatan Penunjang",
      "Uraian Program dan Kegiatan",
      "B. Realisasi Anggaran",
      "BAB IV PENUTUP",
      "LAMPIRAN",
      "Lampiran I. Perjanjian Kinerja Tahun 2022",
      "Verifikasi Dokumen",
    ]) {
      expect(all).toContain(heading);
    }
  });

  it("prints the totals computed from the leaves, never the report's contradictory total", () => {
    const all = pages.join("\n");
    expect(all).toContain("Rp 17.654.457.386");
    expect(all).toContain("Rp 17.320.802.867");
    expect(all).toContain("realisasi mencapai Rp 17.320.802.867 atau 98,11 %");
    expect(all).toMatch(/Jumlah\s*17\.654\.457\.386\s*17\.320\.802\.867\s*98,11 %/);
    // The Kesimpulan names its figures by tokens: where the report typed its own "Total Belanja"
    // (Rp 17.062.822.153, 96,65 %), the computed figures are printed.
    expect(all).toMatch(
      /sebesar\s+Rp\s+17\.654\.457\.386\s+dengan\s+realisasi\s+mencapai\s+Rp\s+17\.320\.802\.867\s+atau\s+98,11\s+%/,
    );
  });

  it("prints no placeholder and none of the internal findings (they go to the review sheet)", () => {
    const all = pages.join("\n").replace(/\s+/g, " ");
    expect(all).not.toMatch(/belum (ditulis|diisi)/i);
    expect(all).not.toContain("Catatan pemeriksaan");
    expect(all).not.toContain("Hasil Pemeriksaan Data");
    expect(all).not.toContain("yang tidak sama dengan angka terhitung");
    expect(all).not.toContain("Program Program");
  });

  it("embeds every font it uses (pdffonts)", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "lkip-")), "lkip.pdf");
    writeFileSync(file, bytes);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end.
    const notEmbedded = fonts.filter((line) => line.trim().split(/\s+/).at(-4) !== "yes");
    expect(notEmbedded).toEqual([]);
  });

  it("shows no realisasi of a year after the report's: the illustrative 2023 stays out of Tabel 3.2 and Grafik 3.1", () => {
    // Past the front matter, where the Daftar Tabel names the chart too.
    const page = pages.find((p, i) => i > 4 && p.includes("Grafik 3.1"))!;
    expect(page).toContain("2021");
    expect(page).toContain("3,85");
    expect(page).not.toContain("2023");
    expect(page).not.toContain("2,25");
    expect(page).not.toContain("75,00 % Sedang");
    expect(page).toMatch(/-0,8 poin persen/);
  });

  it("prints the IKU row 3 % / 3,05 % / 101,67 %", () => {
    const page = pages.find((p) => p.includes("Tabel 3.1\nCapaian Indikator Kinerja Utama Tahun 2022"))!;
    expect(page).toContain("Persentase PMKS yang Mendapatkan");
    // Cells in drawing order: satuan, target, realisasi, capaian, predikat.
    expect(page).toMatch(/%\s*3\s*3,05\s*101,67 %\s*Sangat Tinggi/);
  });

  it("describes all seven programs under their own heading, with their pagu", () => {
    const all = pages.join("\n").replace(/\s+/g, " ");
    for (const program of serang2022.programs)
      expect(all).toContain(`${program.code} Program ${program.name}`);
    expect(all).toContain("Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota 7.660.110.718");
  });

  it("fills the Daftar Isi with the pages the chapters are on", () => {
    const contents = pages[2]!;
    // Past the front matter, where the Daftar Isi itself names every heading.
    const pageOf = (heading: string) => pages.findIndex((p, i) => i > 4 && p.includes(heading)) + 1;
    const listed = (heading: string) => Number(new RegExp(`${heading}\\s*(\\d+)`).exec(contents)?.[1]);
    expect(listed("BAB IV PENUTUP")).toBe(pageOf("4.1 Kesimpulan"));
    expect(listed("LAMPIRAN")).toBe(pageOf("Lampiran I. Perjanjian Kinerja"));
  });

  it("lists every heading and table on the page that prints it, in the Daftar Isi and the Daftar Tabel", () => {
    expect(misplacedEntries(pages)).toEqual([]);
  });

  it("has tables whose totals are the sums of their rows, from the same model as the screen", async () => {
    const document = await getLkipScreenDocument(await ref(), { generatedBy: null, finalNote: null });
    const tables = listTables(document).filter((t): t is LkipTable => t.kind === "table" && !!t.total);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables)
      for (const { column, rows, total } of tableTotals(table))
        expect(rows.toFixed(0), `${table.number} ${column}`).toBe(total.toFixed(0));
  });
});

describe("the LKIP PDF of the Serang 2023 draft (a year in progress)", () => {
  it("lists every heading and table on the page that prints it", async () => {
    await loadDemoYearInProgress(db, serang2023);
    const laporan = (await getLaporan({ opd, year: 2023 }))!;
    const pdf = (await getLkipPdf({ opd, year: 2023, laporan }, { generatedBy: planner.name }))!;
    const pages2023 = await extractPdfText(pdf.bytes);
    expect(pages2023.join("\n")).toContain("Uraian Program dan Kegiatan");
    expect(misplacedEntries(pages2023)).toEqual([]);
  }, 300_000);
});
