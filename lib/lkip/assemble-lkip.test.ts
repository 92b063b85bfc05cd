import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { perjanjianKinerjaTables, pkWording } from "@/lib/pk/perjanjian-kinerja-text";
import { assembleLkip } from "./assemble-lkip";
import {
  listHeadings,
  listTables,
  type LkipBlock,
  type LkipDocument,
  type LkipTable,
} from "./document-model";
import { serang2022LkipInput } from "./fixtures/serang-2022-lkip-input";
import type { LkipInput } from "./lkip-input";
import { tableTotals } from "./table-totals";

const input = serang2022LkipInput();
const document = assembleLkip(input);
const blocks = document.chapters.flatMap((c) => c.blocks);
const tables = blocks.filter((b): b is LkipTable => b.kind === "table");
const table = (id: string) => tables.find((t) => t.id === id)!;
const text = (b: LkipBlock): string =>
  b.kind === "paragraph"
    ? b.text
    : b.kind === "narrative"
      ? b.blocks
          .flatMap((n) => (n.kind === "paragraph" ? n.lines : n.items))
          .map((line) => line.map((span) => span.text).join(""))
          .join("\n")
      : "";
/** Every word the document prints: headings, text, table cells, chart labels, signatures. */
const printed = (doc: LkipDocument) =>
  doc.chapters
    .flatMap((c) => c.blocks)
    .map((b) =>
      b.kind === "heading"
        ? b.text
        : b.kind === "table"
          ? [b.title, ...b.rows.flatMap((r) => r.cells), ...(b.total?.cells ?? [])].join(" ")
          : b.kind === "chart"
            ? [b.title, ...b.categories].join(" ")
            : b.kind === "signatures"
              ? JSON.stringify(b.signatures)
              : b.kind === "cover"
                ? b.subtitle.join(" ")
                : text(b),
    )
    .join("\n");

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
    expect(listHeadings(document).map((h) => h.text)).toEqual([
      "KATA PENGANTAR",
      "DAFTAR ISI",
      "DAFTAR TABEL, GRAFIK DAN GAMBAR",
      "IKHTISAR EKSEKUTIF",
      "BAB I PENDAHULUAN",
      "1.1 Latar Belakang",
      "1.2 Maksud dan Tujuan",
      "1.3 Dasar Hukum",
      "1.4 Gambaran Umum Organisasi",
      "1.5 Isu Strategis",
      "1.6 Sistematika Penulisan",
      "BAB II PERENCANAAN KINERJA",
      "2.1 Rencana Strategis",
      "2.2 Tujuan, Sasaran dan Indikator Kinerja Utama",
      // No strategi and arah kebijakan stored, none drafted: the section is left out, the rest renumbered.
      "2.3 Program, Sasaran Program dan Indikator Kinerja Program",
      "2.4 Program, Kegiatan dan Anggaran",
      "2.5 Perjanjian Kinerja Tahun 2022",
      "BAB III AKUNTABILITAS KINERJA",
      "A. Capaian Kinerja Organisasi",
      "Sasaran Strategis S1.1: Meningkatnya Perlindungan dan Pemberdayaan Sosial",
      "Capaian Indikator Kinerja Program",
      "Uraian Program dan Kegiatan",
      "B. Realisasi Anggaran",
      "BAB IV PENUTUP",
      "4.1 Kesimpulan",
      "4.2 Rekomendasi",
      "LAMPIRAN",
      "Lampiran I. Perjanjian Kinerja Tahun 2022",
      "Verifikasi Dokumen",
    ]);
    expect(listTables(document).map((t) => t.number)).toEqual(
      expect.arrayContaining([
        "Gambar 1.1",
        "Tabel 1.1",
        "Tabel 2.1",
        "Tabel 2.5",
        "Tabel 3.1",
        "Grafik 3.1",
      ]),
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
      "tabel-daya-dukung-mitra_kerja",
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
    // The years of the Renstra up to the report's: the illustrative 2023 (2,25 %) is never shown.
    expect(yearly.rows.map((r) => r.cells[0])).toEqual(["2021", "2022"]);
    expect(yearly.rows[0]?.cells.slice(3, 5)).toEqual(["3,85", "128,33 %"]);
    // A change of a percentage is in percentage points.
    expect(yearly.rows[1]?.cells[6]).toBe("-0,8 poin persen (Memburuk)");
  });

  it("drafts each program's paragraph from the figures where no activity text is stored", () => {
    const paragraph = blocks.map(text).find((t) => t.startsWith("Program Rehabilitasi Sosial memiliki"));
    expect(paragraph).toMatch(
      /^Program Rehabilitasi Sosial memiliki pagu Rp 626\.197\.152 dengan realisasi Rp 574\.602\.182 \(serapan 91,76 %\); dilaksanakan melalui 2 kegiatan dan 19 sub kegiatan\./,
    );
    // Stored activity text wins over the draft, with the program's documentation photo after it.
    const aktivitas = blocks.findIndex((b) => b.kind === "heading" && b.id === "aktivitas-1.06.05");
    expect(text(blocks[aktivitas + 1]!)).toContain("disalurkan kepada 9.623 jiwa");
    expect(blocks[aktivitas + 2]).toMatchObject({ kind: "image", caption: "Penyaluran bantuan sosial" });
  });

  it("prints the seven analyses of the sasaran, drafted with the figures where nothing is written", () => {
    const sasaran = listHeadings(document).findIndex((h) => h.text.startsWith("Sasaran Strategis S1.1"));
    expect(sasaran).toBeGreaterThan(0);
    const all = printed(document);
    for (const title of [
      "Analisis Capaian Sasaran",
      "Penyebab Keberhasilan/Kegagalan dan Alternatif Solusi",
      "Efisiensi Penggunaan Sumber Daya",
      "Program dan Kegiatan Penunjang",
    ])
      expect(all).toContain(title);
    expect(all).toContain(
      "dengan target 3 %, realisasi 3,05 %, sehingga capaiannya 101,67 % (Sangat Tinggi)",
    );
    expect(all).toContain(
      "Dibandingkan Tahun 2021 dengan realisasi 3,85 %, realisasi Tahun 2022 berubah -0,8 poin persen",
    );
    expect(all).toContain("Target akhir Rencana Strategis pada Tahun 2026 adalah 3 %");
    // Efficiency per program: capaian 88 − serapan 98,58 = −10,58.
    expect(all).toContain(
      "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota: capaian 88,00 %, serapan 98,58 %, tingkat efisiensi -10,58 %",
    );
  });

  it("prints the organisation: dasar pembentukan, tugas pokok, fungsi, sarana, mitra kerja, visi and misi", () => {
    const all = printed(document);
    expect(all).toContain("Peraturan Bupati Serang Nomor 89 Tahun 2016");
    expect(all).toContain("tanah dengan luas 4.770 m²");
    expect(all).toContain("Pelaksanaan Pelayanan Teknis Administratif Ketatausahaan Dinas Sosial.");
    expect(table("tabel-daya-dukung-mitra_kerja").total?.cells).toEqual(["", "Jumlah", "146"]);
    expect(all).toContain(
      "“Terwujudnya Kabupaten Serang yang Semakin Maju, Sejahtera, Berkeadilan dan Agamis”",
    );
    expect(all).toContain("Meningkatkan Kemandirian dan Daya Saing Ekonomi Masyarakat");
    expect(blocks).toContainEqual(expect.objectContaining({ kind: "image", number: "Gambar 1.1" }));
  });

  it("prints no placeholder, no finding and no year after the report's", () => {
    const all = printed(document);
    expect(all).not.toMatch(/belum (ditulis|diisi)/i);
    expect(all).not.toContain("Catatan pemeriksaan");
    expect(all).not.toContain("Hasil Pemeriksaan Data");
    // The report's own Kesimpulan says 96,65 %: the finding stays in the review sheet.
    expect(input.evaluation.findings.some((f) => f.message.includes("96,65 %"))).toBe(true);
    expect(all).not.toContain("96,65");
    expect(all).toContain("realisasi mencapai Rp 17.320.802.867 atau 98,11 %");
    // 2023 only as a plan year (none here but the Renstra's end, 2026); never a realisasi or a pagu.
    // 2023 only as the date the head signs, in January after the year.
    expect(all.replaceAll("16 Januari 2023", "")).not.toContain("2023");
    expect(all).not.toContain("2,25");
    expect(all).not.toContain("18.000.000.000");
    expect(all).not.toContain("Program Program");
  });

  it("dates the Kata Pengantar and names the Pihak Kedua from the input, never the day of printing", () => {
    const signatures = blocks.filter((b) => b.kind === "signatures");
    expect(signatures[0]).toMatchObject({ signatures: [{ place: "Serang", date: "16 Januari 2023" }] });
    expect(signatures[1]).toMatchObject({
      signatures: [
        { role: "Pihak Kedua", title: "Bupati Serang", name: "Ratu Tatu Chasanah" },
        { role: "Pihak Pertama" },
      ],
    });
    const undated = assembleLkip({ ...serang2022LkipInput(), signing: { place: null, date: null } });
    const kata = undated.chapters
      .find((c) => c.id === "kata-pengantar")!
      .blocks.find((b) => b.kind === "signatures");
    expect(kata).toMatchObject({ signatures: [{ place: "Serang", date: "......................" }] });
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

describe("a FINAL LKIP", () => {
  const finalInput: LkipInput = {
    ...serang2022LkipInput(),
    status: "FINAL",
    finalNote: "Selisih realisasi telah dijelaskan dalam berita acara.",
  };
  const final = assembleLkip(finalInput);

  it("carries none of the open findings, only the reason it was made final over them", () => {
    expect(finalInput.evaluation.findings.length).toBeGreaterThan(5);
    const all = printed(final);
    for (const finding of finalInput.evaluation.findings) expect(all).not.toContain(finding.message);
    expect(all).toContain("Alasan penetapan final");
    expect(all).toContain("Selisih realisasi telah dijelaskan dalam berita acara.");
  });
});

describe("a qualitative target", () => {
  it("prints as written and is not rated", () => {
    const base = serang2022LkipInput();
    const sasaran = base.renstra.tujuan[0]!.sasaran[0]!;
    const iku = sasaran.iku[0]!;
    const withText: LkipInput = {
      ...base,
      renstra: {
        ...base.renstra,
        tujuan: [
          {
            ...base.renstra.tujuan[0]!,
            sasaran: [
              {
                ...sasaran,
                iku: [
                  {
                    ...iku,
                    years: iku.years.map((y) =>
                      y.year === 2022
                        ? {
                            ...y,
                            target: { value: null },
                            realisasi: [],
                            targetText: "Perbaikan ruang data",
                            realisasiText: "Perbaikan ruang data",
                          }
                        : y,
                    ),
                  },
                ],
              },
            ],
          },
        ],
      },
    };
    const row = assembleLkip(withText)
      .chapters.flatMap((c) => c.blocks)
      .find((b): b is LkipTable => b.kind === "table" && b.id === "tabel-iku")!.rows[0]!;
    expect(row.cells.slice(3)).toEqual(["Perbaikan ruang data", "Perbaikan ruang data", "—", "—"]);
  });
});

describe("the national standard", () => {
  it("is compared where one is stored: capaian of the realisasi against it", () => {
    const base = serang2022LkipInput();
    const iku = base.renstra.tujuan[0]!.sasaran[0]!.iku[0]!;
    iku.years = iku.years.map((y) =>
      y.year === 2022
        ? { ...y, standarNasional: { value: new Decimal("2.5"), source: "SPM Bidang Sosial" } }
        : y,
    );
    const doc = assembleLkip(base);
    const renstra = doc.chapters
      .flatMap((c) => c.blocks)
      .find((b): b is LkipTable => b.kind === "table" && b.id.startsWith("tabel-iku-renstra"))!;
    expect(renstra.rows.map((r) => r.cells)).toContainEqual([
      "Standar nasional (SPM Bidang Sosial)",
      "2,5 %",
    ]);
    // 3,05 / 2,5 = 122 %.
    expect(renstra.rows.map((r) => r.cells)).toContainEqual([
      "Capaian terhadap standar nasional",
      "122,00 %",
    ]);
    expect(printed(doc)).toContain(
      "Standar nasional indikator ini 2,5 %. Terhadap standar tersebut realisasinya mencapai 122,00 %.",
    );
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

describe("a ratio IKU (Metro 2023: PPKS tertangani)", () => {
  it("prints 13.415 / 14.460 as 92,77 % and rates it against the target 91,5 %", () => {
    const base = serang2022LkipInput();
    const iku = base.renstra.tujuan[0]!.sasaran[0]!.iku[0]!;
    base.renstra.tujuan[0]!.sasaran[0]!.iku = [
      {
        ...iku,
        name: "Persentase PPKS yang tertangani",
        calculation: "RASIO",
        years: iku.years.map((y) =>
          y.year === 2022
            ? {
                ...y,
                target: { value: new Decimal("91.5") },
                realisasi: [
                  {
                    period: "TAHUNAN",
                    value: null,
                    numerator: new Decimal("13415"),
                    denominator: new Decimal("14460"),
                  },
                ],
              }
            : y,
        ),
      },
    ];
    const row = assembleLkip(base)
      .chapters.flatMap((c) => c.blocks)
      .find((b): b is LkipTable => b.kind === "table" && b.id === "tabel-iku")!.rows[0]!;
    // The report prints 92,78 %: 13.415 / 14.460 × 100 = 92,7731…
    expect(row.cells.slice(1)).toEqual([
      "Persentase PPKS yang tertangani",
      "%",
      "91,5",
      "92,77",
      "101,39 %",
      "Sangat Tinggi",
    ]);
  });
});
