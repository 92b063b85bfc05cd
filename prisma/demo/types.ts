/**
 * Shape of a demo data set transcribed from a real LKIP. Money is rupiah as a plain digit string
 * ("7660110718"); other numbers are decimal strings with a dot ("3.05"). Strings keep the loader
 * free of float rounding: they are parsed into Decimal when stored.
 */
import type { NarrativeSection } from "@/lib/generated/prisma/enums";

export type Money = string;
export type DecimalString = string;

export type DemoPolarity = "POSITIF" | "NEGATIF";

export interface DemoIndicator {
  name: string;
  satuan: string;
  polarity: DemoPolarity;
  /** Target of the reported year (PK target); null when the report states none. */
  target: DecimalString | null;
  /** Realisasi of the reported year; null when the report states none. */
  realisasi: DecimalString | null;
}

export interface DemoSubKegiatan {
  code: string;
  name: string;
  pagu: Money;
  /** Realisasi for the whole year as printed in the report's budget table ("-" or blank = "0"). */
  realisasi: Money;
  /** Outputs the narrative states for this sub kegiatan (e.g. 115 PMKS receiving permakanan). */
  outputs: DemoIndicator[];
}

export interface DemoKegiatan {
  code: string;
  name: string;
  /** The kegiatan line of the budget table, kept as "reported" to reconcile against its sub kegiatan. */
  reportedPagu: Money;
  reportedRealisasi: Money;
  subKegiatan: DemoSubKegiatan[];
}

export interface DemoProgram {
  code: string;
  name: string;
  /** Key into DemoOpdYear.bidang */
  bidang: string;
  sasaranProgram: string;
  indicator: DemoIndicator;
  reportedPagu: Money;
  reportedRealisasi: Money;
  kegiatan: DemoKegiatan[];
}

export interface DemoIkuYear {
  year: number;
  target: DecimalString;
  realisasi: DecimalString | null;
}

export interface DemoOpdYear {
  pemda: {
    code: string;
    name: string;
    kind: "KABUPATEN" | "KOTA" | "PROVINSI";
    visi: string;
    /** The kepala daerah as the report names them (Pihak Kedua of the PK); null where it prints no name. */
    head: { name: string | null; title: string };
  };
  rpjmd: { startYear: number; endYear: number; misi: { number: number; text: string }[] };
  opd: { slug: string; name: string; shortName: string; address: string };
  bidang: Record<string, string>;
  year: number;
  renstra: {
    startYear: number;
    endYear: number;
    /** Number of the RPJMD misi this OPD carries. */
    misiNumber: number;
    tujuan: {
      code: string;
      text: string;
      sasaran: {
        code: string;
        text: string;
        iku: { name: string; satuan: string; polarity: DemoPolarity; years: DemoIkuYear[] }[];
      }[];
    }[];
  };
  programs: DemoProgram[];
  /** The report's grand total line ("Total Belanja"), kept as reported. */
  reportedTotal: { pagu: Money; realisasi: Money };
  perjanjianKinerja: { signerName: string; signerNip: string; signerTitle: string; counterpartTitle: string };
  /** Place and date under the Kata Pengantar ("Serang, Januari 2023"); the date as YYYY-MM-DD. */
  signing: { place: string; date: string };
  /** Demo-only accounts, one per role; `bidang` limits a planner to that bidang key. */
  accounts: {
    email: string;
    name: string;
    role: "ADMIN" | "PERENCANA" | "KEPALA" | "INSPEKTORAT";
    bidang?: string;
  }[];
  narrative: DemoNarrative;
}

/** The report's own text by narrative section, with its figures as figure tokens. */
export interface DemoNarrative {
  /** Sections written once for the whole report. */
  laporan: Partial<Record<NarrativeSection, string>>;
  /** Sections written per sasaran, by sasaran kode. */
  sasaran: Record<string, Partial<Record<NarrativeSection, string>>>;
  /** The activity text (AKTIVITAS) of each program, by program kode. */
  aktivitas: Record<string, string>;
}

/** Realisasi within TW I, TW II, TW III and TW IV; null = not entered (yet). */
export type DemoQuarters = readonly [string | null, string | null, string | null, string | null];

export interface DemoQuarterlyIndicator {
  name: string;
  satuan: string;
  polarity: DemoPolarity;
  /** How the quarters combine: JUMLAH for counts, TERAKHIR for a percentage reported cumulatively. */
  aggregation: "JUMLAH" | "TERAKHIR";
  target: DecimalString | null;
  quarters: DemoQuarters;
}

/**
 * A year in progress of an OPD already loaded from a report: the same structure with a new pagu and
 * realisasi per triwulan. Made-up ("data contoh"), so the LKIP record is marked illustrative.
 */
export interface DemoYearInProgress {
  opdSlug: string;
  year: number;
  /** Names of the OPD's bidang by key (created by the report's year). */
  bidang: Record<string, string>;
  programs: {
    code: string;
    name: string;
    bidang: string;
    sasaranProgram: string;
    indicator: DemoQuarterlyIndicator;
    kegiatan: {
      code: string;
      name: string;
      subKegiatan: {
        code: string;
        name: string;
        pagu: Money;
        quarters: DemoQuarters;
        outputs: DemoQuarterlyIndicator[];
      }[];
    }[];
  }[];
  /** Quarterly realisasi of the Renstra's IKU (matched by name); the targets come from the Renstra. */
  iku: { name: string; quarters: DemoQuarters }[];
  perjanjianKinerja: DemoOpdYear["perjanjianKinerja"];
  /**
   * The rencana aksi: each quarter's planned disbursement of a sub kegiatan (by kode), and each quarter's
   * planned value of a program's indicator (by program kode) and of an IKU (by name).
   */
  rencanaAksi: {
    subKegiatan: Record<string, DemoQuarters>;
    programIndicator: Record<string, DemoQuarters>;
    iku: Record<string, DemoQuarters>;
  };
}
