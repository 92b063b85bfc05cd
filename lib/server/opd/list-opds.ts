import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "../db";

/** The OPDs the principal may see (their own, or every OPD of their region), with their LKIP years. */
export async function listVisibleOpds(principal: Principal) {
  return db.perangkatDaerah.findMany({
    where: { pemdaId: principal.pemdaId, ...(principal.opdId ? { id: principal.opdId } : {}) },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      pemda: { select: { name: true } },
      laporan: { orderBy: { year: "desc" }, select: { year: true, status: true } },
    },
  });
}
