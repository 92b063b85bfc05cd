import { describe, expect, it } from "vitest";
import { perjanjianKinerjaTables, pkWording } from "@/lib/pk/perjanjian-kinerja-text";
import { assembleLkip } from "./assemble-lkip";
import { listHeadings, listTables, type LkipBlock, type LkipTable } from "./document-model";
import { serang2022LkipInput } from "./fixtures/serang-2022-lkip-input";
import { tableTotals } from "./table-totals";

const input = serang2022LkipInput();
const document = assembleLkip(input);
const blocks = document.chapters.flatMap((c) => c.blocks);
const tables = blocks.filter((b): b is LkipTable => b.kind === "table");
const table = (id: string) => tables.find((t) => t.id === id)!;
const text = (b: LkipBlock) => (b.kind === "paragraph" || b.kind === "note" ? b.text : "");

describe("the Serang 2022 LKIP assembled from its leaves", () => {
  it("follows PermenPAN-RB 53/2014: cover, front matter, BAB I–IV, Lampiran", () => {
    expect(document.chapters.map((c) => c.title)).toEqual([
      "Sampul",
      "Kata Pengantar",
      "Daftar Isi",
      "Daftar Tabel",
      "Ikhtisar Eksekutif",
      "BAB I PENDAHULUAN",
      "BAB II PERENCANAAN KINERJA",
      "BAB III AKUNTABILITAS KINERJA",
      "BAB IV PENUTUP",
      "LAMPIRAN",
    ]);
    expect(listHeadings(document).map((h) => h.text)).toContain("B. Realisasi Anggaran");
    expect(listTables(document).map((t) => t.number)).toEqual(
      expect.arrayContaining(["Tabel 2.1", "Tabel 2.2", "Tabel 2.3", "Tabel 2.4", "Tabel 3.1", "Grafik 3.1"]),
    );
  });

  it("totals the budget from the sub kegiatan, not the report's contradictory total", () => {
    const budget = table("tabel-realisasi-anggaran");
    expect(budget.total?.cells).toEqual([
      "",
      "Jumlah",
      "17.654.457.386",
      "17.320.802.867",
      "98,11 %",
      "333.654.519",
    ]);
    expect(budget.rows.filter((r) => r.depth === 0)).toHaveLength(7);
    expect(budget.rows.filter((r) => r.depth === 2)).toHaveLength(54);
  });

  it("every total equals the sum of its rows", () => {
    const withTotals = tables.filter((t) => t.total);
    expect(withTotals.map((t) => t.id)).toEqual([
      "tabel-organisasi",
      "tabel-kegiatan",
      "tabel-pk",
      "tabel-realisasi-anggaran",
      "tabel-pk-program",
    ]);
    for (const t of withTotals) {
      const sums = tableTotals(t);
      expect(sums.length, t.id).toBeGreaterThan(0);
      for (const { column, rows, total } of sums)
        expect(rows.toFixed(0), `${t.id} ${column}`).toBe(total.toFixed(0));
    }
  });

  it("counts kegiatan and sub kegiatan per program for the Perjanjian Kinerja (Tabel 2.4)", () => {
    const pk = table("tabel-pk");
    expect(pk.rows[0]?.cells).toEqual([
      "1.",
      "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      "7.660.110.718",
      "5 kegiatan, 19 sub kegiatan",
    ]);
    // The report prints 15 and 51; its own tables list 14 kegiatan and 54 sub kegiatan.
    expect(pk.total?.cells[3]).toBe("14 kegiatan, 54 sub kegiatan");
  });

  it("prints the IKU with target, realisasi, capaian and predicate", () => {
    expect(table("tabel-iku").rows[0]?.cells).toEqual([
      "S1.1 Meningkatnya Perlindungan dan Pemberdayaan Sosial",
      "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial",
      "%",
      "3",
      "3,05",
      "101,67 %",
      "Sangat Tinggi",
    ]);
    const yearly = tables.find((t) => t.id.startsWith("tabel-iku-tahunan"))!;
    expect(yearly.rows.map((r) => r.cells[0])).toEqual(["2021", "2022", "2023", "2024", "2025", "2026"]);
    expect(yearly.rows[0]?.cells.slice(3, 5)).toEqual(["3,85", "128,33 %"]);
  });

  it("writes a paragraph per program with pagu, realisasi, serapan and counts", () => {
    const paragraph = blocks.map(text).find((t) => t.startsWith("Program Rehabilitasi Sosial"));
    expect(paragraph).toMatch(
      /^Program Rehabilitasi Sosial \(1\.06\.04\) memiliki pagu Rp [\d.]+ dengan realisasi Rp [\d.]+ sehingga serapannya [\d,]+ %; dilaksanakan melalui 2 kegiatan, 19 sub kegiatan\./,
    );
  });

  it("does not print the Kesimpulan's 96,65 % silently", () => {
    const notes = blocks.filter((b) => b.kind === "note").map(text);
    expect(notes).toContain(
      "Catatan pemeriksaan: Narasi Kesimpulan menyebut 96,65 %, yang tidak sama dengan angka terhitung mana pun; serapan terhitung 98,11 %.",
    );
    const findings = blocks.find((b) => b.kind === "findings");
    expect(findings?.kind === "findings" && findings.items.some((f) => f.message.includes("96,65 %"))).toBe(
      true,
    );
  });

  it("prints the Perjanjian Kinerja in Lampiran I as its page does: wording, columns, lines", () => {
    const pk = perjanjianKinerjaTables(input.perjanjianKinerja!);
    for (const [id, printed] of [
      ["tabel-pk-sasaran", pk.sasaran],
      ["tabel-pk-program", pk.programs],
    ] as const) {
      expect(table(id).title).toBe(printed.title);
      expect(table(id).columns.map((c) => c.header)).toEqual(printed.columns);
      expect(table(id).rows.map((r) => [r.cells[2], r.cells[3]])).toEqual(
        printed.lines.map((l) => [l.indicator, l.target.join("\n")]),
      );
    }
    expect(table("tabel-pk-sasaran").rows[0]?.cells).toEqual([
      "1",
      "Meningkatnya Perlindungan dan Pemberdayaan Sosial",
      "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial",
      "3 %",
    ]);
    expect(table("tabel-pk-program").total?.cells).toEqual([
      "",
      "Jumlah anggaran",
      "",
      "",
      "Rp 17.654.457.386",
    ]);
    expect(blocks.map(text)).toEqual(
      expect.arrayContaining([pkWording.opening, expect.stringContaining(pkWording.pihakKedua)]),
    );
  });

  it("says draf where a FINAL document carries its code", () => {
    expect(document.status).toBe("DRAF");
    expect(document.verification.code).toBeNull();
    expect(document.verification.url).toMatch(/\/verifikasi\/draf$/);
  });
});

describe("an illustrative year (the demo's data contoh)", () => {
  it("says so on the cover and in the running header of every page; a real year does not", () => {
    const illustrative = assembleLkip({ ...serang2022LkipInput(), illustrative: true });
    const coverOf = (doc: typeof document) => doc.chapters[0]!.blocks.find((b) => b.kind === "cover");
    expect(illustrative.meta.runningHeader).toContain("DATA CONTOH");
    expect(coverOf(illustrative)).toMatchObject({
      subtitle: expect.arrayContaining([expect.stringContaining("DATA CONTOH")]),
    });
    expect(document.meta.runningHeader).not.toContain("DATA CONTOH");
    expect(JSON.stringify(coverOf(document))).not.toContain("DATA CONTOH");
  });
});
