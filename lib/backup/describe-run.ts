import Decimal from "decimal.js";
import { formatCount, formatNumber } from "@/lib/format";
import type { BackupHeader } from "./backup-format";

/** "Kabupaten Serang (3604): 2.345 baris dari 31 tabel, 1,2 MB, 0,84 detik." — what a backup or restore prints. */
export function describeRun(
  verb: string,
  {
    header,
    rows,
    bytes,
    milliseconds,
  }: { header: BackupHeader; rows: number; bytes: number; milliseconds: number },
): string {
  const tables = header.tables.filter((table) => table.rows > 0).length;
  const megabytes = formatNumber(new Decimal(bytes).div(1024 * 1024), 2);
  const seconds = formatNumber(new Decimal(milliseconds).div(1000), 2);
  return (
    `${verb} ${header.pemda.name} (${header.pemda.code}): ${formatCount(rows)} baris dari ${tables} tabel, ` +
    `berkas ${megabytes} MB, ${seconds} detik.`
  );
}
