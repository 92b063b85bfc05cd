import { citeRevision, type TargetRevisionDocument } from "@/lib/calc/target-revisions";
import { formatDateLong, formatRupiah, formatTarget } from "@/lib/format";
import type {
  PerjanjianKinerjaDocument,
  PerjanjianKinerjaRecord,
  PkIndicator,
  PkTarget,
} from "./assemble-perjanjian-kinerja";

/**
 * What the Perjanjian Kinerja says, word for word and cell for cell, for its two renderers: the page
 * (/opd/<slug>/<tahun>/perjanjian-kinerja) and the LKIP's Lampiran I (screen and PDF). Each lays it out in
 * its own medium; neither words nor figures are its own.
 */
/** "Serang" from "Kabupaten Serang": the place of the signatures. */
export const placeOf = (pemdaName: string) => pemdaName.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, "");

export const pkWording = {
  opening:
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta " +
    "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
  pihakPertama: "selanjutnya disebut pihak pertama;",
  pihakKedua:
    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua. Pihak pertama berjanji akan mewujudkan " +
    "target kinerja tahunan sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka " +
    "menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan " +
    "pencapaian target kinerja tersebut menjadi tanggung jawab pihak pertama. Pihak kedua akan memberikan " +
    "supervisi yang diperlukan serta melakukan evaluasi terhadap capaian kinerja dari perjanjian ini.",
  unsigned: "Belum ditandatangani",
} as const;

/** "Nama", "NIP", "Jabatan" of each party as printed. */
export function pkParties(record: PerjanjianKinerjaRecord): {
  pertama: [label: string, value: string][];
  kedua: [label: string, value: string][];
} {
  return {
    pertama: [
      ["Nama", record.signerName],
      ["NIP", record.signerNip ?? "—"],
      ["Jabatan", record.signerTitle],
    ],
    kedua: [
      ["Nama", record.counterpartName ?? "—"],
      ["Jabatan", record.counterpartTitle],
    ],
  };
}

/** "Target perubahan berdasarkan PK Perubahan Nomor … tanggal …, berlaku mulai …: alasan." under a table. */
export function pkRevisionNotes(documents: readonly TargetRevisionDocument[]): string[] {
  return documents.map(
    (d) =>
      `Target perubahan berdasarkan ${citeRevision(d)}, berlaku mulai ${formatDateLong(d.berlakuMulai)}: ${d.alasan}`,
  );
}

const targetText = (target: PkTarget, indicator: PkIndicator) =>
  target.value === null
    ? "belum ditetapkan"
    : formatTarget({ value: target.value, upper: indicator.isRange ? target.upper : null }, indicator.satuan);

/**
 * The agreed target ("3 %", a RENTANG "2–5 %"), then each PK Perubahan's target with its document, or a
 * target perubahan recorded without a document with its reason.
 */
export function pkTargetLines(indicator: PkIndicator): string[] {
  const { perubahan, revisions } = indicator;
  if (revisions.length > 0) {
    return [
      targetText(indicator.target, indicator),
      ...revisions.map(
        (r) =>
          `Target perubahan: ${targetText(r, indicator)} — ${citeRevision(r.document)}, berlaku mulai ` +
          formatDateLong(r.document.berlakuMulai),
      ),
    ];
  }
  return [
    targetText(indicator.target, indicator),
    ...(perubahan
      ? [
          `Target perubahan: ${targetText(perubahan, indicator)}` +
            (perubahan.reason ? ` — alasan: ${perubahan.reason}` : ""),
        ]
      : []),
  ];
}

/** One line of a table; a sasaran or program with several indicators spans several lines. */
export type PkLine = {
  key: string;
  /** On the first line of a sasaran or program: how many lines its number, owner and pagu span; else 0. */
  span: number;
  number: string;
  /** The sasaran's or program's kode. */
  code: string;
  owner: string;
  /** Under a program's name: "1 kegiatan, 2 sub kegiatan". */
  ownerNote: string | null;
  /** The indicator's name, or what stands in its place. */
  indicator: string;
  target: string[];
  /** Programs only. */
  pagu: string | null;
};

export type PkTable = {
  title: string;
  columns: string[];
  lines: PkLine[];
  /** Printed across the table when it has no line. */
  empty: string;
  /** Programs only: "Jumlah anggaran" and the total pagu. */
  total: { label: string; pagu: string } | null;
};

/** A. the sasaran with their IKU and targets, B. the programs with their indicators, targets and pagu. */
export function perjanjianKinerjaTables(document: PerjanjianKinerjaDocument): {
  sasaran: PkTable;
  programs: PkTable;
} {
  const target = `Target ${document.year}`;
  return {
    sasaran: {
      title: "A. Sasaran strategis, indikator kinerja dan target",
      columns: ["No", "Sasaran Strategis", "Indikator Kinerja", target],
      lines: document.sasaran.flatMap((sasaran, s) =>
        sasaran.indicators.map((indicator, i) => ({
          key: indicator.id,
          span: i === 0 ? sasaran.indicators.length : 0,
          number: String(s + 1),
          code: sasaran.code,
          owner: sasaran.text,
          ownerNote: null,
          indicator: indicator.name,
          target: pkTargetLines(indicator),
          pagu: null,
        })),
      ),
      empty: "Belum ada sasaran strategis dengan indikator untuk tahun ini.",
      total: null,
    },
    programs: {
      title: "B. Program, indikator dan anggaran",
      columns: ["No", "Program", "Indikator Program", target, "Anggaran (pagu)"],
      lines: document.programs.flatMap((program, p) => {
        const indicators = program.indicators.length > 0 ? program.indicators : [null];
        return indicators.map((indicator, i) => ({
          key: `${program.code}-${indicator?.id ?? "tanpa-indikator"}`,
          span: i === 0 ? indicators.length : 0,
          number: String(p + 1),
          code: program.code,
          owner: `${program.code} ${program.name}`,
          ownerNote: `${program.kegiatan} kegiatan, ${program.subKegiatan} sub kegiatan`,
          indicator: indicator?.name ?? "Belum ada indikator program.",
          target: indicator ? pkTargetLines(indicator) : [],
          pagu: formatRupiah(program.pagu),
        }));
      }),
      empty: "Belum ada program tahun ini.",
      total: { label: "Jumlah anggaran", pagu: formatRupiah(document.totalPagu) },
    },
  };
}
