import "server-only";
import { db } from "../db";

/** Every region with its OPDs and the years that have an LKIP record. */
export async function listOpdsByPemda() {
  return db.pemda.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      opds: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          slug: true,
          name: true,
          laporan: { orderBy: { year: "desc" }, select: { year: true, status: true } },
        },
      },
    },
  });
}
