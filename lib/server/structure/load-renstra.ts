import "server-only";
import type { RenstraData } from "@/lib/structure/renstra-data";
import { db } from "../db";
import type { OpdRef } from "../opd/get-opd";

/** The OPD's Renstra period that covers `year`, with its tujuan and sasaran strategis ordered by code. */
export async function loadRenstra({ opd, year }: { opd: OpdRef; year: number }): Promise<RenstraData> {
  const periode = await db.periode.findFirst({
    where: { pemdaId: opd.pemdaId, opdId: opd.id, startYear: { lte: year }, endYear: { gte: year } },
    include: {
      tujuan: {
        orderBy: { code: "asc" },
        include: {
          misi: { select: { number: true } },
          sasaran: {
            orderBy: { code: "asc" },
            include: { _count: { select: { indikator: { where: { isIku: true } } } } },
          },
        },
      },
    },
  });
  if (!periode) return { periode: null, tujuan: [], misi: [] };
  const misi = await db.misi.findMany({
    where: {
      pemdaId: opd.pemdaId,
      rpjmd: { startYear: { lte: periode.endYear }, endYear: { gte: periode.startYear } },
    },
    orderBy: [{ rpjmd: { startYear: "asc" } }, { number: "asc" }],
    include: { rpjmd: { select: { startYear: true, endYear: true } } },
  });
  return {
    periode: { startYear: periode.startYear, endYear: periode.endYear },
    tujuan: periode.tujuan.map((t) => ({
      id: t.id,
      version: t.version,
      code: t.code,
      text: t.text,
      misiId: t.misiId,
      misiLabel: t.misi ? `Misi ${t.misi.number}` : null,
      sasaran: t.sasaran.map((s) => ({
        id: s.id,
        version: s.version,
        code: s.code,
        text: s.text,
        tujuanId: s.tujuanId,
        iku: s._count.indikator,
      })),
    })),
    misi: misi.map((m) => ({
      id: m.id,
      label: `Misi ${m.number} (RPJMD ${m.rpjmd.startYear}–${m.rpjmd.endYear}): ${m.text}`,
    })),
  };
}
