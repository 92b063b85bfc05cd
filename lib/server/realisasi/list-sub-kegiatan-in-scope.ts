import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "../db";
import type { OpdRef } from "../opd/get-opd";

/** Ids of the OPD-year's sub kegiatan the principal may open (a bidang-limited planner: their bidang only). */
export async function listSubKegiatanIdsInScope({
  principal,
  opd,
  year,
}: {
  principal: Principal;
  opd: OpdRef;
  year: number;
}): Promise<Set<string>> {
  const rows = await db.subKegiatan.findMany({
    where: {
      pemdaId: opd.pemdaId,
      opdId: opd.id,
      year,
      ...(principal.bidangIds.length > 0 ? { bidangId: { in: [...principal.bidangIds] } } : {}),
    },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}
