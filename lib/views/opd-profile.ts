import type { DayaDukungKind } from "@/lib/inputs/profile";

/** The profile screen of an OPD-year (BAB I of its LKIP) as the page and its forms read it. */
export type OpdProfileView = {
  opdId: string;
  year: number;
  laporanId: string;
  dayaDukung: { id: string; kind: DayaDukungKind; label: string; jumlah: number; version: number }[];
  /** The Renstra period covering the year; null when the OPD has none. */
  periode: {
    id: string;
    startYear: number;
    endYear: number;
    /** Every year of the period: the stored indicative pagu (plain decimal text) and its version. */
    years: {
      year: number;
      amount: string | null;
      version: number | null;
      /** The year's loaded budget (from the leaves), through the report's year: the LKIP prints it instead. */
      apbd: string | null;
    }[];
  } | null;
  signing: { place: string | null; date: string | null; version: number };
  /** The images without their bytes (the page shows them through the image route). */
  attachments: {
    id: string;
    kind: "STRUKTUR_ORGANISASI" | "DOKUMENTASI" | "LAMPIRAN";
    ownerCode: string;
    caption: string;
    size: number;
  }[];
  /** Programs and kegiatan of the year a documentation photo may belong to. */
  owners: { code: string; name: string; level: "PROGRAM" | "KEGIATAN" }[];
};
