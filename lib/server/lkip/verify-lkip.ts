import "server-only";
import { normalizeVerificationCode } from "@/lib/lkip/verification-code";
import { db } from "../db";
import { sha256Hex } from "../sha256";

/** What the verification page may say about a FINAL LKIP: no more than the PDF itself prints. */
export type LkipVerificationRecord = {
  code: string;
  opdName: string;
  pemdaName: string;
  year: number;
  revision: number;
  createdAt: Date;
  sha256: string;
};

/** Public (no sign-in): the FINAL revision a code belongs to, or null for a code this system never issued. */
export async function findLkipVerification(typed: string): Promise<LkipVerificationRecord | null> {
  const code = normalizeVerificationCode(typed);
  if (!code) return null;
  const row = await db.lkipRevision.findUnique({
    where: { code },
    select: {
      code: true,
      revision: true,
      createdAt: true,
      sha256: true,
      laporan: { select: { year: true, opd: { select: { name: true, pemda: { select: { name: true } } } } } },
    },
  });
  return (
    row && {
      code: row.code,
      opdName: row.laporan.opd.name,
      pemdaName: row.laporan.opd.pemda.name,
      year: row.laporan.year,
      revision: row.revision,
      createdAt: row.createdAt,
      sha256: row.sha256,
    }
  );
}

/** Whether an uploaded file is byte for byte the FINAL PDF of the code (null: unknown code). */
export async function compareLkipFile(typed: string, bytes: Uint8Array): Promise<"COCOK" | "BEDA" | null> {
  const record = await findLkipVerification(typed);
  if (!record) return null;
  return sha256Hex(bytes) === record.sha256 ? "COCOK" : "BEDA";
}
