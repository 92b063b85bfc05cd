import "server-only";
import { canSee, type Principal } from "@/lib/auth/permissions";
import { db } from "../db";

export type OpdRef = { id: string; pemdaId: string; slug: string; name: string; pemdaName: string };

/** For operator scripts, which act outside any user's scope. */
export async function getOpdBySlug(slug: string): Promise<OpdRef | null> {
  const opd = await db.perangkatDaerah.findUnique({
    where: { slug },
    select: { id: true, pemdaId: true, slug: true, name: true, pemda: { select: { name: true } } },
  });
  return (
    opd && { id: opd.id, pemdaId: opd.pemdaId, slug: opd.slug, name: opd.name, pemdaName: opd.pemda.name }
  );
}

/** The OPD if the principal may see it; null (a 404 for the page) otherwise. */
export async function findVisibleOpd(principal: Principal, slug: string): Promise<OpdRef | null> {
  const opd = await getOpdBySlug(slug);
  return opd && canSee(principal, { pemdaId: opd.pemdaId, opdId: opd.id }) ? opd : null;
}
