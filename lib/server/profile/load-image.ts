import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "../db";
import type { StoredImageFile } from "../http/download";
import { findOpdYearContext } from "../opd-year/opd-year-context";
import { fileStore } from "../storage/file-store";

const imageColumns = { pemdaId: true, mimeType: true, storageKey: true, sha256: true } as const;

async function withBytes(
  row: { pemdaId: string; mimeType: string; storageKey: string; sha256: string } | null,
): Promise<StoredImageFile | null> {
  const bytes = row && (await fileStore.get(row.pemdaId, row.storageKey));
  return row && bytes ? { mimeType: row.mimeType, sha256: row.sha256, bytes } : null;
}

/**
 * An image of the OPD-year in the URL (or its region's logo), for a principal who may read the year's
 * LKIP; null otherwise.
 */
export async function loadOpdYearImage(
  principal: Principal,
  params: { slug: string; tahun: string },
  id: string,
): Promise<StoredImageFile | null> {
  const context = await findOpdYearContext(principal, params.slug, params.tahun);
  if (!context?.rights.exportReports) return null;
  const row = await db.attachment.findFirst({
    where: {
      id,
      pemdaId: context.opd.pemdaId,
      OR: [
        {
          opdId: context.opd.id,
          year: context.year,
          kind: { in: ["STRUKTUR_ORGANISASI", "DOKUMENTASI", "LAMPIRAN"] },
        },
        { opdId: null, kind: "LOGO_PEMDA" },
      ],
    },
    select: imageColumns,
  });
  return withBytes(row);
}

/** The region's logo for the administrator's page; null without the right or without a logo. */
export async function loadPemdaLogoImage(principal: Principal): Promise<StoredImageFile | null> {
  if (!hasPermission(principal, "organisation:manage")) return null;
  const row = await db.attachment.findFirst({
    where: { pemdaId: principal.pemdaId, opdId: null, kind: "LOGO_PEMDA" },
    select: imageColumns,
  });
  return withBytes(row);
}
