import "server-only";
import { coversBidang, type Principal } from "@/lib/auth/permissions";
import { db } from "../db";
import { toEditorIndicator } from "../indicators/load-indicator-editor";
import type { OpdRef } from "../opd/get-opd";
import { loadCalcSettings } from "../settings/load-calc-settings";

/**
 * A sub kegiatan of the OPD-year with its realisasi entries and review notes, or null (404) when it is
 * outside the principal's scope, including another bidang for a bidang-limited planner.
 */
export async function getSubKegiatan({
  principal,
  opd,
  year,
  id,
}: {
  principal: Principal;
  opd: OpdRef;
  year: number;
  id: string;
}) {
  const sub = await db.subKegiatan.findFirst({
    where: { id, pemdaId: opd.pemdaId, opdId: opd.id, year },
    include: {
      bidang: { select: { name: true } },
      kegiatan: { select: { code: true, name: true } },
      realisasi: { orderBy: { period: "asc" } },
      indikator: {
        orderBy: { position: "asc" },
        include: { targets: { where: { year } }, realisasi: { where: { year } } },
      },
    },
  });
  if (!sub || !coversBidang(principal, sub.bidangId)) return null;
  const [notes, settings] = await Promise.all([
    db.reviewNote.findMany({
      where: { pemdaId: opd.pemdaId, entity: "SubKegiatan", entityId: sub.id },
      orderBy: { createdAt: "desc" },
      include: {
        author: { select: { name: true } },
        replies: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      },
    }),
    loadCalcSettings(opd.pemdaId),
  ]);
  return { ...sub, indikator: sub.indikator.map((row) => toEditorIndicator(row, settings)), notes };
}
