/** Plain data for the Renstra section of the structure page (crosses to client components). */
export type RenstraSasaran = {
  id: string;
  version: number;
  code: string;
  text: string;
  tujuanId: string;
  /** Indicators of the sasaran flagged as IKU. */
  iku: number;
};
export type RenstraTujuan = {
  id: string;
  version: number;
  code: string;
  text: string;
  misiId: string | null;
  misiLabel: string | null;
  sasaran: RenstraSasaran[];
};
export type RenstraData = {
  /** The Renstra period covering the year, or null when the OPD has none for it. */
  periode: { startYear: number; endYear: number } | null;
  tujuan: RenstraTujuan[];
  /** Misi of the Pemda's RPJMD overlapping the period, for the tujuan form. */
  misi: { id: string; label: string }[];
};
