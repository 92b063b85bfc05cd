import "server-only";
import { randomBytes } from "node:crypto";
import { sha256Hex } from "../sha256";
import type { Principal } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { parseEvaluation, serializeEvaluation } from "@/lib/calc/serialize-evaluation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LkipDocument } from "@/lib/lkip/document-model";
import { encodeVerificationCode, verificationPath } from "@/lib/lkip/verification-code";
import { db, type Tx } from "../db";
import type { OpdYearRef } from "../opd-year/load-opd-year";
import type { OpdRef } from "../opd/get-opd";
import { freezeOpdYearResults } from "../opd-year/opd-year-result";
import { generateLkipPdf } from "./generate-lkip";

export const verificationUrl = (code: string | null) =>
  new URL(verificationPath(code), env.PUBLIC_BASE_URL).href;

/**
 * The FINAL transition generates the PDF inside its transaction: allow it the render's own time budget
 * (HEAVY_JOB_SECONDS, past which the render stops with a message) and half a minute for the rest.
 */
export const FREEZE_TIMEOUT_MS = { timeout: (env.HEAVY_JOB_SECONDS + 30) * 1000, maxWait: 10_000 };

/**
 * Called by the workflow inside its transaction when an LKIP becomes FINAL: the PDF is generated once and
 * stored with its SHA-256, time, user and the next revision number. Its bytes are never regenerated. The
 * document it was rendered from and the OPD-year's result through every quarter are kept with it: while the
 * LKIP stays FINAL, the screens, dashboards and workbooks of the year show them.
 */
export async function freezeLkipRevision(
  tx: Tx,
  {
    laporan,
    principal,
    note,
  }: {
    laporan: OpdYearRef["laporan"] & { pemdaId: string; opdId: string; year: number };
    principal: Principal;
    note: string | null;
  },
): Promise<void> {
  const row = await tx.perangkatDaerah.findFirstOrThrow({
    where: { id: laporan.opdId, pemdaId: laporan.pemdaId },
    select: { id: true, pemdaId: true, slug: true, name: true, pemda: { select: { name: true } } },
  });
  const opd: OpdRef = {
    id: row.id,
    pemdaId: row.pemdaId,
    slug: row.slug,
    name: row.name,
    pemdaName: row.pemda.name,
  };
  const last = await tx.lkipRevision.findFirst({
    where: { pemdaId: laporan.pemdaId, laporanId: laporan.id },
    orderBy: { revision: "desc" },
    select: { revision: true },
  });
  const revision = (last?.revision ?? 0) + 1;
  const code = encodeVerificationCode(randomBytes(15));
  const generatedAt = new Date();
  const ref = { opd, year: laporan.year, laporan };
  const { bytes, pageCount, document } = await generateLkipPdf(ref, {
    status: "FINAL",
    finalNote: note,
    verification: { code, url: verificationUrl(code), revision, generatedAt, generatedBy: principal.name },
  });
  const sha256 = sha256Hex(bytes);
  // The transition's own audit entry records who finalised and when; the revision row keeps the rest.
  const { id } = await tx.lkipRevision.create({
    data: {
      pemdaId: laporan.pemdaId,
      laporanId: laporan.id,
      revision,
      code,
      sha256,
      pdf: new Uint8Array(bytes),
      pageCount,
      createdById: principal.userId,
      createdAt: generatedAt,
      document: JSON.parse(serializeEvaluation(document)) as Prisma.InputJsonObject,
    },
    select: { id: true },
  });
  await freezeOpdYearResults(tx, ref, id);
}

export type LkipRevisionSummary = {
  revision: number;
  code: string;
  sha256: string;
  pageCount: number;
  createdAt: Date;
  createdBy: string | null;
};

/** The FINAL revisions of an OPD-year's LKIP, newest first (the caller has authorised the OPD-year). */
export async function listLkipRevisions(ref: OpdYearRef): Promise<LkipRevisionSummary[]> {
  const rows = await db.lkipRevision.findMany({
    where: { pemdaId: ref.opd.pemdaId, laporanId: ref.laporan.id },
    orderBy: { revision: "desc" },
    select: {
      revision: true,
      code: true,
      sha256: true,
      pageCount: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({ ...row, createdBy: createdBy?.name ?? null }));
}

/** The stored bytes of one FINAL revision, or null. */
export async function getLkipRevisionPdf(ref: OpdYearRef, revision: number): Promise<Uint8Array | null> {
  const row = await db.lkipRevision.findFirst({
    where: { pemdaId: ref.opd.pemdaId, laporanId: ref.laporan.id, revision },
    select: { pdf: true },
  });
  return row?.pdf ?? null;
}

/**
 * The latest FINAL revision of an OPD-year's LKIP with the document its PDF was rendered from (null for a
 * revision frozen before documents were kept), or null when there is none: one statement.
 */
export async function getLatestLkipRevision(
  ref: OpdYearRef,
): Promise<(Omit<LkipRevisionSummary, "sha256" | "pageCount"> & { document: LkipDocument | null }) | null> {
  const [row] = await db.$queryRaw<
    { revision: number; code: string; createdAt: Date; createdBy: string | null; document: string | null }[]
  >`
    SELECT rv.revision, rv.code, rv."createdAt", u.name AS "createdBy", rv.document::text AS document
    FROM "LkipRevision" rv
    LEFT JOIN "User" u ON u."pemdaId" = rv."pemdaId" AND u.id = rv."createdById"
    WHERE rv."pemdaId" = ${ref.opd.pemdaId} AND rv."laporanId" = ${ref.laporan.id}
    ORDER BY rv.revision DESC
    LIMIT 1`;
  return row
    ? { ...row, document: row.document === null ? null : parseEvaluation<LkipDocument>(row.document) }
    : null;
}
