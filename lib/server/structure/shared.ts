import "server-only";
import type Decimal from "decimal.js";
import { formatRupiah } from "@/lib/format";
import { AppError } from "@/lib/errors";
import { kodeLevelLabel, type KodeLevel } from "@/lib/structure/kode";
import type { Tx } from "../db";
import { type DecimalLike, toDecimal } from "../decimal";

/** "Program", "Kegiatan", ... at the start of a sentence. */
export const levelTitle = (level: KodeLevel): string => {
  const label = kodeLevelLabel[level];
  return label.charAt(0).toUpperCase() + label.slice(1);
};

export const invalid = (message: string) => new AppError("INVALID", message);

/** A stale edit: the message and `current` show the item as it is now, so the planner sees what changed. */
export function staleEdit(
  level: KodeLevel,
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
export const duplicateKode = (level: KodeLevel, code: string, within: string, holder?: string) =>
  invalid(
    `Kode ${kodeLevelLabel[level]} ${code} sudah dipakai` +
      (holder ? ` oleh ${kodeLevelLabel[level]} "${holder}"` : "") +
      ` ${within}; setiap kode hanya boleh dipakai sekali.`,
  );

/** Refuses a kode change on an item whose children carry the old kode as their prefix. */
export function assertKodeKeptWithChildren(args: {
  level: KodeLevel;
  childLevel: KodeLevel;
  oldCode: string;
  newCode: string;
  children: number;
}): void {
  const { level, childLevel, oldCode, newCode, children } = args;
  if (oldCode === newCode || children === 0) return;
  throw invalid(
    `Kode ${kodeLevelLabel[level]} ${oldCode} tidak dapat diubah menjadi ${newCode} karena masih memiliki ` +
      `${children} ${kodeLevelLabel[childLevel]} yang kodenya diawali ${oldCode}. ` +
      `Tambahkan ${kodeLevelLabel[level]} baru dengan kode ${newCode}, atau hapus ${kodeLevelLabel[childLevel]}nya dulu.`,
  );
}
