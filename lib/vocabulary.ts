import type {
  Calculation,
  LaporanStatus,
  NarrativeSection,
  NotificationKind,
  Polarity,
  QuarterAggregation,
  ReportPeriod,
  ReviewNoteStatus,
  Role,
  TargetRevisionKind,
} from "@/lib/generated/prisma/enums";

export type { TargetRevisionKind };

/**
 * The app's words for its levels and enum values: one label per value, shared by the screens, the
 * messages, the audit trail, the LKIP and the spreadsheets (whose cells are read back with these labels,
 * so a label changed here changes the template too). Plain data, no framework.
 */

/** "sub kegiatan" → "Sub kegiatan": the form that starts a sentence, a label or a heading. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// --- Levels: the region, the Renstra, the budget structure and what the spreadsheet import counts.

export const structureLevels = ["PROGRAM", "KEGIATAN", "SUB_KEGIATAN", "REKENING"] as const;
/** A level of the budget structure: what a kode, a form and a delete of the structure page refer to. */
export type StructureLevel = (typeof structureLevels)[number];

/** As written in the middle of a sentence ("Kode sub kegiatan …"). */
const levelNames = {
  PEMDA: "pemerintah daerah",
  OPD: "perangkat daerah",
  TUJUAN: "tujuan",
  SASARAN: "sasaran strategis",
  IKU: "IKU",
  PROGRAM: "program",
  KEGIATAN: "kegiatan",
  SUB_KEGIATAN: "sub kegiatan",
  REKENING: "rekening belanja",
  INDIKATOR: "indikator",
  TOTAL: "total",
  NARASI: "narasi",
} as const;
export type Level = keyof typeof levelNames;

/** "sub kegiatan", in the middle of a sentence. */
export const levelName = (level: Level): string => levelNames[level];
/** "Sub kegiatan", at the start of a sentence, as a label or a heading. */
export const levelTitle = (level: Level): string => capitalize(levelNames[level]);

// --- Periods.

const roman = ["I", "II", "III", "IV"] as const;

/** "TW I" … "TW IV": a quarter in headings, selectors and spreadsheet columns. */
export const quarterLabel = (quarter: 1 | 2 | 3 | 4): string => `TW ${roman[quarter - 1]}`;

/** "Triwulan I" … "Triwulan IV", "Tahunan": the period a realisasi is recorded for. */
export const reportPeriodLabel: Record<ReportPeriod, string> = {
  TW1: `Triwulan ${roman[0]}`,
  TW2: `Triwulan ${roman[1]}`,
  TW3: `Triwulan ${roman[2]}`,
  TW4: `Triwulan ${roman[3]}`,
  TAHUNAN: "Tahunan",
};

// --- Enum values.

export const laporanStatusLabel: Record<LaporanStatus, string> = {
  DRAFT: "Draf",
  DIAJUKAN: "Diajukan",
  DIKEMBALIKAN: "Dikembalikan",
  DIREVIU: "Direviu",
  FINAL: "Final",
};

export const reviewNoteStatusLabel: Record<ReviewNoteStatus, string> = {
  TERBUKA: "Terbuka",
  DIJAWAB: "Dijawab",
  SELESAI: "Selesai",
};

export const notificationKindLabel: Record<NotificationKind, string> = {
  CATATAN: "Catatan reviu",
  BALASAN: "Balasan",
  STATUS_CATATAN: "Status catatan",
  ALUR_LKIP: "Alur LKIP",
  LKIP_DIKEMBALIKAN: "LKIP dikembalikan",
  PENGINGAT: "Pengingat",
};

export const roleLabel: Record<Role, string> = {
  ADMIN: "Administrator",
  PERENCANA: "Perencana",
  KEPALA: "Kepala Perangkat Daerah",
  INSPEKTORAT: "Inspektorat",
};

export const narrativeSectionLabel: Record<NarrativeSection, string> = {
  KATA_PENGANTAR: "Kata Pengantar",
  IKHTISAR_EKSEKUTIF: "Ikhtisar Eksekutif",
  LATAR_BELAKANG: "Latar Belakang",
  MAKSUD_TUJUAN: "Maksud dan Tujuan",
  DASAR_HUKUM: "Dasar Hukum",
  DASAR_PEMBENTUKAN: "Dasar Pembentukan",
  TUGAS_POKOK: "Tugas Pokok",
  FUNGSI: "Fungsi",
  STRUKTUR_ORGANISASI: "Struktur Organisasi",
  DAYA_DUKUNG_APARATUR: "Daya Dukung Aparatur",
  MITRA_KERJA: "Mitra Kerja",
  SARANA_PRASARANA: "Sarana dan Prasarana",
  ANGGARAN: "Anggaran",
  ISU_STRATEGIS: "Isu Strategis",
  SISTEMATIKA: "Sistematika Penulisan",
  STRATEGI_ARAH_KEBIJAKAN: "Strategi dan Arah Kebijakan",
  ANALISIS_SASARAN: "Analisis Capaian Sasaran",
  ANALISIS_PENYEBAB: "Penyebab Keberhasilan/Kegagalan dan Alternatif Solusi",
  ANALISIS_EFISIENSI: "Efisiensi Penggunaan Sumber Daya",
  ANALISIS_PROGRAM: "Program dan Kegiatan Penunjang",
  AKTIVITAS: "Uraian Kegiatan",
  KENDALA: "Kendala",
  SOLUSI: "Solusi",
  REALISASI_ANGGARAN: "Analisis Realisasi Anggaran",
  KESIMPULAN: "Kesimpulan",
  REKOMENDASI: "Rekomendasi",
  PRESTASI: "Prestasi dan Penghargaan",
};

/** Short: the spreadsheet cell, the audit trail, the indicator's summary line. */
export const polarityLabel: Record<Polarity, string> = {
  POSITIF: "Positif",
  NEGATIF: "Negatif",
  RENTANG: "Rentang",
};
export const calculationLabel: Record<Calculation, string> = { LANGSUNG: "Langsung", RASIO: "Rasio" };
export const aggregationLabel: Record<QuarterAggregation, string> = {
  JUMLAH: "Jumlah",
  TERAKHIR: "Terakhir",
  RATA_RATA: "Rata-rata",
};

/** What each choice means, shown with it where the planner defines an indicator. */
export const polarityDescription: Record<Polarity, string> = {
  POSITIF: `${polarityLabel.POSITIF} — makin tinggi makin baik`,
  NEGATIF: `${polarityLabel.NEGATIF} — makin rendah makin baik`,
  RENTANG: `${polarityLabel.RENTANG} — baik bila berada di antara batas bawah dan batas atas`,
};
export const calculationDescription: Record<Calculation, string> = {
  LANGSUNG: calculationLabel.LANGSUNG,
  RASIO: `${calculationLabel.RASIO} (pembilang / penyebut × 100)`,
};
export const aggregationDescription: Record<QuarterAggregation, string> = {
  JUMLAH: "Jumlah seluruh triwulan",
  TERAKHIR: "Nilai triwulan terakhir",
  RATA_RATA: "Rata-rata triwulan",
};

// --- Organisation profile (BAB I).

/** The daya dukung tables: SDM by status, golongan and pendidikan, and the mitra kerja. */
export const dayaDukungKindLabel = {
  STATUS: "Aparatur menurut status kepegawaian",
  GOLONGAN: "Aparatur menurut golongan",
  PENDIDIKAN: "Aparatur menurut pendidikan",
  MITRA_KERJA: "Mitra kerja",
} as const;

/** What an uploaded image is for. */
export const attachmentKindLabel = {
  LOGO_PEMDA: "Logo pemerintah daerah",
  STRUKTUR_ORGANISASI: "Struktur organisasi",
  DOKUMENTASI: "Dokumentasi kegiatan",
  LAMPIRAN: "Lampiran",
} as const;

/** An LKE answer or score as the screens and the workbook print it (PermenPAN-RB 88/2021). */
export const lkeAnswerLabel: Record<string, string> = {
  Y: "Ya (Y)",
  T: "Tidak (T)",
  A: "A",
  B: "B",
  C: "C",
  D: "D",
  E: "E",
};

// --- Revisions of targets.

/** A document that changes targets from a date on. */
export const targetRevisionKindLabel: Record<TargetRevisionKind, string> = {
  RENSTRA: "Revisi Renstra",
  PK: "PK Perubahan",
};
