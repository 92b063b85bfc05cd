import "server-only";
import { db } from "../db";
import type { OpdRef } from "../opd/get-opd";

/** The OPD-year's LKIP record with its workflow history and review notes (with their replies), newest first. */
export async function getLaporan({ opd, year }: { opd: OpdRef; year: number }) {
  return db.laporanKinerja.findFirst({
    where: { pemdaId: opd.pemdaId, opdId: opd.id, year },
    include: {
      transitions: { orderBy: { createdAt: "desc" }, include: { user: { select: { name: true } } } },
      reviewNotes: {
        orderBy: { createdAt: "desc" },
        include: {
          author: { select: { name: true } },
          replies: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
        },
      },
    },
  });
}

export type LaporanDetail = NonNullable<Awaited<ReturnType<typeof getLaporan>>>;
