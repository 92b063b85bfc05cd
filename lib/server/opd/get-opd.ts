import "server-only";
import { db } from "../db";

export type OpdRef = { id: string; pemdaId: string; slug: string; name: string; pemdaName: string };

export async function getOpdBySlug(slug: string): Promise<OpdRef | null> {
  const opd = await db.perangkatDaerah.findUnique({
    where: { slug },
    select: { id: true, pemdaId: true, slug: true, name: true, pemda: { select: { name: true } } },
  });
  return (
    opd && { id: opd.id, pemdaId: opd.pemdaId, slug: opd.slug, name: opd.name, pemdaName: opd.pemda.name }
  );
}
