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
  years: {
    year: number;
    target: CapaianInput["target"];
    targetRenstra: Decimal | null;
    realisasi: CapaianInput["realisasi"];
  }[];
};

export type LkipSasaran = { id: string; code: string; text: string; iku: LkipIku[] };

export type LkipRenstra = {
  periode: { startYear: number; endYear: number } | null;
  tujuan: { code: string; text: string; misi: string | null; sasaran: LkipSasaran[] }[];
};

/** Everything the LKIP of one OPD-year is assembled from: plain data, read once by the server. */
export type LkipInput = {
  pemda: { name: string; logo: string | null };
  opd: { slug: string; name: string; shortName: string | null; address: string | null };
  year: number;
  /** Illustrative demo data ("data contoh"): said on the cover and on every page. */
  illustrative: boolean;
  status: "DRAF" | "FINAL";
  /** The engine's evaluation through TW IV: every figure of the report is read from it. */
  evaluation: OpdYearEvaluation & { settings: CalcSettings };
  renstra: LkipRenstra;
  /** The year's programs as the plan states them (the budget figures come from the evaluation). */
  programs: {
    code: string;
    sasaranProgram: string | null;
    bidang: string | null;
    sasaranCode: string | null;
  }[];
  bidang: string[];
  /** The same document the Perjanjian Kinerja page renders; Lampiran I renders it again. */
  perjanjianKinerja: PerjanjianKinerjaDocument | null;
  narratives: { section: NarrativeSectionValue; sasaranId: string | null; body: string }[];
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
