import Decimal from "decimal.js";

/**
 * One OPD-year as the spreadsheet round trip sees it, the same shape whether read from a file or from
 * the database: items keyed by what the file matches them on (the kode; an indicator by its owner's kode
 * and its name), each with canonical field values (money "1234.00", figures "3.0500", enums, texts).
 * A field absent from a file item means "leave it as it is".
 */

export const importLevels = [
  "TOTAL",
  "PROGRAM",
  "KEGIATAN",
  "SUB_KEGIATAN",
  "REKENING",
  "INDIKATOR",
  "TUJUAN",
  "SASARAN",
  "IKU",
  "NARASI",
] as const;
export type ImportLevel = (typeof importLevels)[number];

export type FieldValue = string | null;
export type Fields = Record<string, FieldValue | undefined>;

export type SnapshotItem = {
  level: ImportLevel;
  key: string;
  /** Kode and name, for messages and the list of removals. */
  label: string;
  /** The key of the item it belongs to (kegiatan → program, indicator → owner, ...). */
  parentKey: string | null;
  /** Name of the owning bidang (budget items and their indicators): the scope of a limited planner. */
  bidang: string | null;
  fields: Fields;
  /** Where a file item was read: the row of its sheet. */
  at?: { sheet: string; row: number };
};

export type Snapshot = Map<string, SnapshotItem>;

export const periods = ["TW1", "TW2", "TW3", "TW4", "TAHUNAN"] as const;
export type ImportPeriod = (typeof periods)[number];

export const itemKey = {
  total: () => "TOTAL",
  program: (code: string) => `PROGRAM:${code}`,
  kegiatan: (code: string) => `KEGIATAN:${code}`,
  subKegiatan: (code: string) => `SUB_KEGIATAN:${code}`,
  rekening: (subCode: string, code: string) => `REKENING:${subCode}|${code}`,
  indicator: (ownerKey: string, name: string) => `INDIKATOR:${ownerKey}|${name.trim().toLowerCase()}`,
  tujuan: (code: string) => `TUJUAN:${code}`,
  sasaran: (code: string) => `SASARAN:${code}`,
  iku: (sasaranCode: string, name: string) => `IKU:${sasaranCode}|${name.trim().toLowerCase()}`,
  /** A narrative section for its owner's kode ("" for a section of the whole report). */
  narasi: (section: string, ownerCode: string) => `NARASI:${section}|${ownerCode}`,
};

export const money = (value: { toString(): string } | null | undefined): FieldValue =>
  value === null || value === undefined ? null : new Decimal(value.toString()).toFixed(2);

export const figure = (value: { toString(): string } | null | undefined): FieldValue =>
  value === null || value === undefined ? null : new Decimal(value.toString()).toFixed(4);

/** The realisasi fields of a budget leaf: `amount.TW1` … `amount.TAHUNAN`. */
export const amountField = (period: ImportPeriod) => `amount.${period}`;
/** Indicator realisasi: `value.TW1`, `numerator.TW1`, `denominator.TW1`, … */
export const indicatorField = (part: "value" | "numerator" | "denominator", period: ImportPeriod) =>
  `${part}.${period}`;
/** The Renstra target of an IKU for one year. */
export const renstraTargetField = (year: number) => `targetRenstra.${year}`;
/** The rencana aksi of a sub kegiatan (money) or an IKU / program / kegiatan indicator (figure) per triwulan. */
export const rencanaField = (period: ImportPeriod) => `rencana.${period}`;
export const rencanaPeriods = ["TW1", "TW2", "TW3", "TW4"] as const;
