import Decimal from "decimal.js";
import { formatRupiah } from "@/lib/format";
import type { LkipChapter } from "../document-model";
import type { LkipInput } from "../lkip-input";
import { col, heading, money, narrativeBlocks, paragraph, table, type ChapterContext } from "./blocks";
import { narrativeOf } from "./front";

/** BAB I Pendahuluan: latar belakang, the organisation (its bidang and what each runs), isu strategis. */
export function babPendahuluan(input: LkipInput, context: ChapterContext): LkipChapter {
  const programs = input.evaluation.rollup.children;
  const byBidang = input.bidang.map((bidang) => {
    const owned = programs.filter(
      (p) => input.programs.find((meta) => meta.code === p.code)?.bidang === bidang,
    );
    return { bidang, owned, pagu: Decimal.sum(0, ...owned.map((p) => p.pagu)) };
  });
  const unowned = programs.filter((p) => !input.programs.find((meta) => meta.code === p.code)?.bidang);
  const rows = [
    ...byBidang.map(({ bidang, owned, pagu }) => ({
      cells: [bidang, owned.map((p) => `${p.code} ${p.name}`).join("; ") || "—", money(pagu)],
    })),
    ...(unowned.length > 0
      ? [
          {
            cells: [
              "Belum ditetapkan bidangnya",
              unowned.map((p) => `${p.code} ${p.name}`).join("; "),
              money(Decimal.sum(...unowned.map((p) => p.pagu))),
            ],
          },
        ]
      : []),
  ];
  return {
    id: "bab-1",
    title: "BAB I PENDAHULUAN",
    kind: "BODY",
    blocks: [
      heading("bab-1", 1, "BAB I PENDAHULUAN"),
      heading("bab-1-1", 2, "1.1 Latar Belakang"),
      paragraph(
        `Laporan Kinerja Instansi Pemerintah (LKIP) adalah pertanggungjawaban ${input.opd.name} atas pelaksanaan ` +
          `program dan kegiatan selama Tahun Anggaran ${input.year}. Laporan ini disusun berdasarkan Peraturan Presiden ` +
          `Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri ` +
          `Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian ` +
          `Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.`,
      ),
      paragraph(
        `Seluruh angka dalam laporan ini dihitung oleh sistem dari data rinci (sub kegiatan dan rekening belanja): ` +
          `jumlah kegiatan, program dan perangkat daerah selalu sama dengan jumlah rinciannya.`,
      ),
      heading("bab-1-2", 2, "1.2 Organisasi"),
      paragraph(
        `${input.opd.name} merupakan perangkat daerah ${input.pemda.name}` +
          (input.opd.address ? ` yang berkedudukan di ${input.opd.address}` : "") +
          `. Susunan organisasinya terdiri atas ${input.bidang.length} unit: ${input.bidang.join(", ")}. ` +
          `Pada tahun ${input.year} unit-unit tersebut melaksanakan ${programs.length} program dengan pagu ` +
          `${formatRupiah(input.evaluation.rollup.pagu)}.`,
      ),
      table({
        id: "tabel-organisasi",
        number: context.nextTable("Tabel 1"),
        title: `Unit Organisasi dan Program yang Dilaksanakan Tahun ${input.year}`,
        columns: [col("Unit", 3), col("Program", 7), col("Pagu (Rp)", 2.4, "right")],
        rows,
        total: { cells: ["Jumlah", "", money(input.evaluation.rollup.pagu)] },
      }),
      heading("bab-1-3", 2, "1.3 Isu Strategis"),
      ...narrativeBlocks({
        context,
        title: "Isu Strategis",
        body: narrativeOf(input, "ISU_STRATEGIS"),
        missing: "Isu strategis belum ditulis.",
      }),
      heading("bab-1-4", 2, "1.4 Sistematika Penulisan"),
      {
        kind: "narrative",
        missing: "",
        blocks: [
          {
            kind: "bullets",
            items: [
              "BAB I Pendahuluan: latar belakang, organisasi dan isu strategis.",
              "BAB II Perencanaan Kinerja: Renstra, program dan kegiatan, serta Perjanjian Kinerja.",
              "BAB III Akuntabilitas Kinerja: capaian kinerja organisasi dan realisasi anggaran.",
              "BAB IV Penutup: kesimpulan dan rekomendasi.",
              "Lampiran: dokumen Perjanjian Kinerja dan hasil pemeriksaan data.",
            ].map((text) => [{ text, bold: false }]),
          },
        ],
      },
    ],
  };
}
