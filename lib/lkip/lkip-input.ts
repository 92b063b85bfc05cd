import type Decimal from "decimal.js";
import type { OpdYearEvaluation } from "@/lib/calc/checks";
import type { CapaianInput } from "@/lib/calc/capaian";
import type { CalcSettings } from "@/lib/calc/settings";
import type { NarrativeSectionValue } from "@/lib/inputs/narrative";
import type { PerjanjianKinerjaDocument } from "@/lib/pk/assemble-perjanjian-kinerja";

/** An IKU with its targets and realisasi entries in every year of the Renstra period. */
export type LkipIku = {
  id: string;
  name: string;
  satuan: string;
  polarity: CapaianInput["polarity"];
  calculation: CapaianInput["calculation"];
  aggregation: CapaianInput["aggregation"];
  /** The value before the Renstra period began (BAB II "kondisi awal"). */
  kondisiAwal: Decimal | null;
  years: {
    year: number;
    target: CapaianInput["target"];
    targetRenstra: Decimal | null;
    realisasi: CapaianInput["realisasi"];
    /** A qualitative target ("Perbaikan ruang data") and its realisasi: printed as written, never rated. */
    targetText: string | null;
    realisasiText: string | null;
    /** The national standard the year's realisasi is compared with, and where it comes from. */
    standarNasional: { value: Decimal; source: string | null } | null;
  }[];
};

export type LkipSasaran = { id: string; code: string; text: string; iku: LkipIku[] };

export type LkipRenstra = {
  periode: { startYear: number; endYear: number } | null;
  tujuan: { code: string; text: string; misi: string | null; sasaran: LkipSasaran[] }[];
};

/** An uploaded image as the document prints it (PNG or JPEG only; the upload checked type and size). */
export type LkipImage = {
  mimeType: "image/png" | "image/jpeg";
  data: Uint8Array;
  sha256: string;
  caption: string;
};

/** A narrative section as stored: at most one of sasaranId, programId, kegiatanId names its owner. */
export type LkipNarrative = {
  section: NarrativeSectionValue;
  sasaranId: string | null;
  programId: string | null;
  kegiatanId: string | null;
  body: string;
};

/** The organisation of BAB I: daya dukung tables, pagu per year, images. */
export type LkipOrganisation = {
  /** "STATUS" | "GOLONGAN" | "PENDIDIKAN" | "MITRA_KERJA" rows, in their stored order. */
  dayaDukung: { kind: "STATUS" | "GOLONGAN" | "PENDIDIKAN" | "MITRA_KERJA"; label: string; jumlah: number }[];
  /**
   * Pagu of every year of the Renstra period up to the report's year: the year's own budget where it is
   * loaded ("APBD", from the leaves), else the Renstra's indicative pagu ("RENSTRA"). Never a later year.
   */
  paguPerYear: { year: number; amount: Decimal; source: "APBD" | "RENSTRA" }[];
  strukturOrganisasi: LkipImage | null;
};

/** Everything the LKIP of one OPD-year is assembled from: plain data, read once by the server. */
export type LkipInput = {
  pemda: {
    name: string;
    logo: LkipImage | null;
    /** The kepala daerah: Pihak Kedua of the PK ("Bupati Serang"). */
    head: { name: string | null; title: string | null };
    /** The RPJMD's visi and misi the Renstra serves. */
    visi: string | null;
    misi: { number: number; text: string }[];
  };
  opd: { slug: string; name: string; shortName: string | null; address: string | null };
  year: number;
  /** Where and when the head signs (Kata Pengantar, signature); null when not set. */
  signing: { place: string | null; date: Date | null };
  organisation: LkipOrganisation;
  /** Illustrative demo data ("data contoh"): said on the cover and on every page. */
  illustrative: boolean;
  status: "DRAF" | "FINAL";
  /** The engine's evaluation through TW IV: every figure of the report is read from it. */
  evaluation: OpdYearEvaluation & { settings: CalcSettings };
  renstra: LkipRenstra;
  /** The year's programs as the plan states them (the budget figures come from the evaluation). */
  programs: {
    id: string;
    code: string;
    sasaranProgram: string | null;
    bidang: string | null;
    sasaranCode: string | null;
  }[];
  bidang: string[];
  /** The same document the Perjanjian Kinerja page renders; Lampiran I renders it again. */
  perjanjianKinerja: PerjanjianKinerjaDocument | null;
  narratives: LkipNarrative[];
  /** Documentation photos of programs and kegiatan (by kode), and the OPD's own Lampiran images. */
  documentation: (LkipImage & { ownerCode: string })[];
  lampiran: LkipImage[];
  /** Rekening group names of the national chart of accounts (Permendagri 90/2019), by code. */
  rekeningGroups: Record<string, string>;
  /** The reason given when the report was made FINAL despite open findings ("Alasan penetapan final"). */
  finalNote: string | null;
  verification: {
    code: string | null;
    url: string;
    revision: number | null;
    generatedAt: Date;
    generatedBy: string | null;
  };
};
