import type { BuktiTargetKind } from "@/lib/inputs/bukti";

/** One stored bukti dukung as the list shows it. */
export type BuktiItem = {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
  uploadedBy: string | null;
};

/** The evidence of one target (an indicator's TW, a sub kegiatan, a review note, an LKE criterion). */
export type BuktiGroup = { key: string; target: BuktiTargetKind; label: string; items: BuktiItem[] };

export type BuktiTargetOption = { id: string; label: string };

/** The target a link opened the page for (`?lke=1.a.3`, `?indikator=…&tw=2`, `?subKegiatan=…`, `?catatan=…`). */
export type BuktiFocus = {
  target: BuktiTargetKind;
  targetId: string;
  triwulan: number | null;
  lkeCode: string;
  label: string;
};

export type BuktiPage = {
  groups: BuktiGroup[];
  usedBytes: number;
  quotaBytes: number;
  focus: BuktiFocus | null;
  /** What a planner may attach evidence to (within their bidang). */
  options: { indicators: BuktiTargetOption[]; subKegiatan: BuktiTargetOption[]; notes: BuktiTargetOption[] };
};
