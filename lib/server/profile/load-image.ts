import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { hasPermission } from "@/lib/auth/permissions";
import { db } from "../db";
import type { StoredImageFile } from "../http/download";
import { findOpdYearContext } from "../opd-year/opd-year-context";

const imageColumns = { mimeType: true, bytes: true, sha256: true } as const;

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
  return db.attachment.findFirst({
    where: {
      id,
      pemdaId: context.opd.pemdaId,
      OR: [
        { opdId: context.opd.id, year: context.year },
        { opdId: null, kind: "LOGO_PEMDA" },
      ],
    },
    select: imageColumns,
  });
}

/** The region's logo for the administrator's page; null without the right or without a logo. */
export async function loadPemdaLogoImage(principal: Principal): Promise<StoredImageFile | null> {
  if (!hasPermission(principal, "organisation:manage")) return null;
  return db.attachment.findFirst({
    where: { pemdaId: principal.pemdaId, opdId: null, kind: "LOGO_PEMDA" },
    select: imageColumns,
  });
}
