import "server-only";
import { env } from "@/lib/env";
import { lkeCodeField } from "@/lib/inputs/bukti";
import type { BuktiFocus, BuktiGroup, BuktiPage } from "@/lib/views/bukti";
import { db } from "../db";
import { type DownloadFile, isDownloadName } from "../http/download";
import type { OpdYearContext } from "../opd-year/opd-year-context";
import { fileStore } from "../storage/file-store";
import { findBuktiTarget } from "./find-bukti-target";

export type BuktiQuery = {
  lke?: string;
  indikator?: string;
  tw?: string;
  subKegiatan?: string;
  catatan?: string;
};

const keyOf = (context: OpdYearContext) => ({
  pemdaId: context.opd.pemdaId,
  opdId: context.opd.id,
  year: context.year,
});

/** The evidence rows the principal may see: the OPD-year's, of their bidang when they are limited to some. */
const visible = (context: OpdYearContext) => ({
  ...keyOf(context),
  kind: "BUKTI_DUKUNG" as const,
  ...(context.bidangFilter ? { bidangId: { in: [...context.bidangFilter] } } : {}),
});

/** The target named by the query string, when it exists in the OPD-year and the principal's bidang. */
async function findFocus(context: OpdYearContext, query: BuktiQuery): Promise<BuktiFocus | null> {
  const tw = Number(query.tw);
  const wanted =
    query.lke !== undefined
      ? lkeCodeField.safeParse(query.lke).success
        ? { target: "KRITERIA_LKE" as const, targetId: "", triwulan: null, lkeCode: query.lke.trim() }
        : null
      : query.indikator && [1, 2, 3, 4].includes(tw)
        ? { target: "REALISASI_INDIKATOR" as const, targetId: query.indikator, triwulan: tw, lkeCode: "" }
        : query.subKegiatan
          ? { target: "SUB_KEGIATAN" as const, targetId: query.subKegiatan, triwulan: null, lkeCode: "" }
          : query.catatan
            ? { target: "CATATAN_REVIU" as const, targetId: query.catatan, triwulan: null, lkeCode: "" }
            : null;
  if (!wanted) return null;
  const found = await findBuktiTarget(db, keyOf(context), wanted).catch(() => null);
  if (!found || (context.bidangFilter && !context.bidangFilter.includes(found.bidangId ?? ""))) return null;
  return { ...wanted, label: found.label };
}

/**
 * The bukti dukung page of an OPD-year: every file the principal may see, grouped by target (one target
 * only when the query names one), the quota used, and what a planner may attach evidence to.
 */
export async function loadBuktiPage(context: OpdYearContext, query: BuktiQuery): Promise<BuktiPage> {
  const key = keyOf(context);
  const focus = await findFocus(context, query);
  const inBidang = context.bidangFilter ? { bidangId: { in: [...context.bidangFilter] } } : {};
  const ofYear = { opdId: key.opdId, year: key.year };
  const [rows, used, indicators, subKegiatan, notes] = await Promise.all([
    db.attachment.findMany({
      where: {
        ...visible(context),
        ...(focus && {
          target: focus.target,
          ...(focus.target === "KRITERIA_LKE" ? { lkeCode: focus.lkeCode } : { targetId: focus.targetId }),
          ...(focus.triwulan ? { triwulan: focus.triwulan } : {}),
        }),
      },
      select: {
        id: true,
        target: true,
        targetId: true,
        triwulan: true,
        lkeCode: true,
        caption: true,
        fileName: true,
        mimeType: true,
        size: true,
        sha256: true,
        createdAt: true,
        createdBy: { select: { name: true } },
      },
      orderBy: [{ target: "asc" }, { caption: "asc" }, { createdAt: "asc" }],
    }),
    db.attachment.aggregate({ where: { ...key, kind: "BUKTI_DUKUNG" }, _sum: { size: true } }),
    context.rights.planner
      ? db.indikator.findMany({
          where: {
            pemdaId: key.pemdaId,
            OR: [
              { subKegiatan: { ...ofYear, ...inBidang } },
              { kegiatan: { ...ofYear, ...inBidang } },
              { program: { ...ofYear, ...inBidang } },
            ],
          },
          select: {
            id: true,
            name: true,
            subKegiatan: { select: { code: true } },
            kegiatan: { select: { code: true } },
            program: { select: { code: true } },
          },
        })
      : [],
    context.rights.planner
      ? db.subKegiatan.findMany({
          where: { ...key, ...inBidang },
          select: { id: true, code: true, name: true },
          orderBy: { code: "asc" },
        })
      : [],
    context.rights.planner
      ? db.reviewNote.findMany({
          where: { pemdaId: key.pemdaId, laporanId: context.laporan.id, ...inBidang },
          select: { id: true, entityLabel: true, body: true },
          orderBy: { createdAt: "asc" },
        })
      : [],
  ]);
  const groups = new Map<string, BuktiGroup>();
  for (const row of rows) {
    if (!row.target) continue;
    const groupKey = [row.target, row.targetId ?? "", row.triwulan ?? "", row.lkeCode].join(":");
    const group = groups.get(groupKey) ?? {
      key: groupKey,
      target: row.target,
      label: row.caption,
      items: [],
    };
    group.items.push({
      id: row.id,
      fileName: row.fileName,
      mimeType: row.mimeType,
      size: row.size,
      sha256: row.sha256,
      uploadedAt: row.createdAt,
      uploadedBy: row.createdBy?.name ?? null,
    });
    groups.set(groupKey, group);
  }
  const code = (row: (typeof indicators)[number]) =>
    (row.subKegiatan ?? row.kegiatan ?? row.program)?.code ?? "";
  return {
    groups: [...groups.values()],
    usedBytes: used._sum.size ?? 0,
    quotaBytes: env.BUKTI_QUOTA_MB * 1024 * 1024,
    focus,
    options: {
      indicators: indicators
        .map((row) => ({ id: row.id, label: `${code(row)} ${row.name}` }))
        .sort((a, b) => a.label.localeCompare(b.label, "id")),
      subKegiatan: subKegiatan.map((row) => ({ id: row.id, label: `${row.code} ${row.name}` })),
      notes: notes.map((row) => ({
        id: row.id,
        label: `${row.entityLabel}: ${row.body.length > 60 ? `${row.body.slice(0, 60)}…` : row.body}`,
      })),
    },
  };
}

/** A bukti dukung's bytes under its original name, for a principal who sees it; null otherwise. */
export async function loadBuktiFile(context: OpdYearContext, id: string): Promise<DownloadFile | null> {
  const row = await db.attachment.findFirst({
    where: { id, ...visible(context) },
    select: { pemdaId: true, storageKey: true, fileName: true },
  });
  if (!row || !isDownloadName(row.fileName)) return null;
  const body = await fileStore.get(row.pemdaId, row.storageKey);
  return body && { filename: row.fileName, body };
}
