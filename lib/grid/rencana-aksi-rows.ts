import Decimal from "decimal.js";
import type { Quarter } from "@/lib/calc/period";
import { excessOverPagu } from "@/lib/calc/rencana-aksi";
import { formatInputRupiah } from "@/lib/parse/indonesian-number";
import { cellMessage, parseCell, showDecimal } from "./grid-rows";

/** One quarter's plan of a row: its key ("anggaran:<sub kegiatan>:<tw>" or "indikator:<id>:<tw>"). */
export type RencanaAksiCell = { key: string; quarter: Quarter; stored: string; version: number | null };

export type RencanaAksiRow = {
  /** Row number on the screen, for messages. */
  row: number;
  kind: "ANGGARAN" | "INDIKATOR";
  level: "SASARAN" | "PROGRAM" | "KEGIATAN" | "SUB_KEGIATAN";
  /** Kode of the sub kegiatan, or of the indicator's owner. */
  code: string;
  /** The sub kegiatan's or the indicator's name. */
  name: string;
  /** ANGGARAN: the pagu (decimal string); INDIKATOR: the satuan. */
  pagu: string | null;
  satuan: string | null;
  /** The year's pagu or target as printed. */
  annual: string;
  /** Whether the principal may edit it (a bidang-limited planner: their bidang's rows only). */
  inScope: boolean;
  cells: RencanaAksiCell[];
};

export type RencanaAksiData = {
  opd: { id: string; name: string };
  year: number;
  editable: boolean;
  /** When the head signed the Perjanjian Kinerja, and with it this rencana aksi (ISO), or null. */
  signedAt: string | null;
  rows: RencanaAksiRow[];
};

export const rencanaAksiKey = (kind: "anggaran" | "indikator", id: string, quarter: Quarter) =>
  `${kind}:${id}:${quarter}`;

export const rowLabel = (row: Pick<RencanaAksiRow, "code" | "name">) => `${row.code} ${row.name}`.trim();

export const cellLabel = (row: Pick<RencanaAksiRow, "kind">, quarter: Quarter) =>
  row.kind === "ANGGARAN" ? `Rencana penarikan dana TW${quarter} (Rp)` : `Target TW${quarter}`;

/** A stored plan as the input shows it. */
export const storedText = (kind: RencanaAksiRow["kind"], value: string | null) =>
  value === null ? "" : kind === "ANGGARAN" ? formatInputRupiah(new Decimal(value)) : showDecimal(value);

/**
 * The planned disbursement of an ANGGARAN row over the four quarters as typed (an unparsable cell counts
 * as its stored value) beyond its pagu: the message naming the row, or null.
 */
export function paguMessage(row: RencanaAksiRow, textOf: (cell: RencanaAksiCell) => string): string | null {
  if (row.kind !== "ANGGARAN" || row.pagu === null) return null;
  const amounts = row.cells.flatMap((cell) => {
    const text = textOf(cell);
    if (text.trim() === "") return [];
    const parsed = parseCell("RUPIAH", text);
    return parsed.ok ? [parsed.value] : [];
  });
  const excess = excessOverPagu({ pagu: new Decimal(row.pagu), amounts });
  return (
    excess &&
    cellMessage({ row: row.row, label: rowLabel(row) }, { label: "Rencana TW I–IV" }, excess.message)
  );
}
