import "server-only";
import { hasPermission, type Principal } from "@/lib/auth/permissions";
import { db } from "../db";

/** The region's OPDs with their bidang, and its accounts, for the administrator; null (404) for anyone else. */
export async function getOrganisation(principal: Principal) {
  if (!hasPermission(principal, "users:manage")) return null;
  const [opds, users] = await Promise.all([
    db.perangkatDaerah.findMany({
      where: { pemdaId: principal.pemdaId },
      orderBy: { name: "asc" },
      include: {
        bidang: { orderBy: { name: "asc" } },
        laporan: { orderBy: { year: "desc" }, select: { year: true, status: true } },
      },
    }),
    db.user.findMany({
      where: { pemdaId: principal.pemdaId },
      orderBy: [{ role: "asc" }, { name: "asc" }],
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        version: true,
        opdId: true,
        opd: { select: { name: true } },
        bidang: { select: { bidang: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  return { opds, users };
}
