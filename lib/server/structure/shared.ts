import "server-only";
import type Decimal from "decimal.js";
import { formatRupiah } from "@/lib/format";
import { AppError } from "@/lib/errors";
import { levelName, levelTitle, type StructureLevel } from "@/lib/vocabulary";
import type { Tx } from "../db";
import { type DecimalLike, toDecimal } from "../decimal";

export const invalid = (message: string) => new AppError("INVALID", message);

/** A stale edit: the message and `current` show the item as it is now, so the planner sees what changed. */
export function staleEdit(
  level: StructureLevel,
  current: Record<string, string | null> | null,
  describe: (current: Record<string, string | null>) => string,
): AppError {
  if (current === null) {
    return new AppError(
      "CONFLICT",
      `${levelTitle(level)} ini telah dihapus oleh pengguna lain. Muat ulang halaman.`,
    );
  }
  return new AppError(
    "CONFLICT",
    `${levelTitle(level)} ini telah diubah oleh pengguna lain; sekarang ${describe(current)}. ` +
      "Periksa nilai terbaru lalu simpan lagi.",
    current,
  );
}

export const describeKodeName = (current: Record<string, string | null>) =>
  `kode ${current.code}, nama "${current.name}"`;

/** Money as stored in the audit log and in `current`: the plain decimal string, or null. */
export const moneyValue = (value: DecimalLike | null): string | null =>
  value === null ? null : toDecimal(value).toFixed(2);

export const moneyText = (value: Decimal | DecimalLike | null): string =>
  value === null ? "belum diisi" : formatRupiah(toDecimal(value));

/** Refuses a bidang that is not one of the OPD's. */
export async function assertBidangOfOpd(
  tx: Tx,
  scope: { pemdaId: string; opdId: string },
  bidangId: string | null,
): Promise<void> {
  if (bidangId === null) return;
  const bidang = await tx.bidang.findFirst({ where: { id: bidangId, ...scope } });
  if (!bidang) throw invalid("Bidang yang dipilih bukan bidang perangkat daerah ini.");
}

/** `within`: where the kode must be unique, e.g. "pada tahun 2023" or "pada sub kegiatan ini". */
export const duplicateKode = (level: StructureLevel, code: string, within: string, holder?: string) =>
  invalid(
    `Kode ${levelName(level)} ${code} sudah dipakai` +
      (holder ? ` oleh ${levelName(level)} "${holder}"` : "") +
      ` ${within}; setiap kode hanya boleh dipakai sekali.`,
  );

/** Refuses a kode change on an item whose children carry the old kode as their prefix. */
export function assertKodeKeptWithChildren(args: {
  level: StructureLevel;
  childLevel: StructureLevel;
  oldCode: string;
  newCode: string;
  children: number;
}): void {
  const { level, childLevel, oldCode, newCode, children } = args;
  if (oldCode === newCode || children === 0) return;
  throw invalid(
    `Kode ${levelName(level)} ${oldCode} tidak dapat diubah menjadi ${newCode} karena masih memiliki ` +
      `${children} ${levelName(childLevel)} yang kodenya diawali ${oldCode}. ` +
      `Tambahkan ${levelName(level)} baru dengan kode ${newCode}, atau hapus ${levelName(childLevel)}nya dulu.`,
  );
}
