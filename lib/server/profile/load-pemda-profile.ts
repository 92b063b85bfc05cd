import "server-only";
import { hasPermission, type Principal } from "@/lib/auth/permissions";
import { db } from "../db";

/** The kepala daerah and the logo (without its bytes) for the administrator's page; null for anyone else. */
export async function loadPemdaProfile(principal: Principal) {
  if (!hasPermission(principal, "organisation:manage")) return null;
  const [pemda, logo] = await Promise.all([
    db.pemda.findUniqueOrThrow({
      where: { id: principal.pemdaId },
      select: { name: true, headName: true, headTitle: true },
    }),
    db.attachment.findFirst({
      where: { pemdaId: principal.pemdaId, opdId: null, kind: "LOGO_PEMDA" },
      select: { id: true, caption: true, size: true, sha256: true },
    }),
  ]);
  return { ...pemda, logo };
}
