import "server-only";
import { entryDeadline } from "@/lib/calc/deadline";
import { QUARTERS } from "@/lib/calc/period";
import { reminderPhase } from "@/lib/notifications/reminder-phase";
import { formatDateLong } from "@/lib/format";
import { quarterLabel } from "@/lib/vocabulary";
import { isEditable } from "@/lib/workflow/laporan-workflow";
import { db } from "../db";
import { readOpdYearResults } from "../opd-year/opd-year-result";
import { loadCalcSettings } from "../settings/load-calc-settings";
import { type Notice, notify, opdAudience } from "./notify";

/**
 * The late-entry reminders due at `now`, for every Pemda: the planners of a bidang with budget leaves not
 * entered for a triwulan whose batas pengisian is near (3 days before) or past (up to 7 days). Each
 * reminder has a key (OPD, year, triwulan, phase), so running this again writes nothing twice.
 */
export async function generateDueReminders(now: Date): Promise<Notice[]> {
  const notices: Notice[] = [];
  const pemdas = await db.pemda.findMany({ select: { id: true, name: true } });
  // TW IV's deadline falls in the next year.
  const years = [now.getUTCFullYear() - 1, now.getUTCFullYear()];
  for (const pemda of pemdas) {
    const { entryDeadlineDays: days } = await loadCalcSettings(pemda.id);
    for (const year of years) {
      const due = QUARTERS.flatMap((quarter) => {
        const deadline = entryDeadline({ year, quarter, days });
        const phase = reminderPhase({ deadline, now });
        return phase ? [{ quarter, deadline, phase }] : [];
      });
      if (due.length === 0) continue;
      const laporan = await db.laporanKinerja.findMany({
        where: { pemdaId: pemda.id, year },
        orderBy: { opdId: "asc" },
        include: { opd: { select: { id: true, pemdaId: true, slug: true, name: true } } },
      });
      const open = laporan.filter((l) => isEditable(l.status));
      const refs = open.map((l) => ({ opd: { ...l.opd, pemdaName: pemda.name }, year, laporan: l }));
      const results = await readOpdYearResults(refs, 4, "region");
      for (const [index, ref] of refs.entries()) {
        for (const { quarter, deadline, phase } of due) {
          for (const group of results[index]!.bidang.filter((g) => g.missing[quarter] > 0)) {
            const when = phase === "MENJELANG" ? "paling lambat" : "sudah lewat batas";
            const written = await db.$transaction(async (tx) =>
              notify(tx, {
                pemdaId: pemda.id,
                actorId: null,
                userIds: await opdAudience(tx, {
                  pemdaId: pemda.id,
                  opdId: ref.opd.id,
                  bidangId: group.bidangId,
                  head: false,
                }),
                kind: "PENGINGAT",
                title: `Realisasi ${quarterLabel(quarter)} ${year} ${ref.opd.name} belum lengkap (${group.missing[quarter]} isian): ${when} ${formatDateLong(deadline)}`,
                href: `/opd/${ref.opd.slug}/${year}/realisasi/${quarter}`,
                key: `pengingat:${ref.opd.id}:${year}:${quarter}:${phase}:${group.bidangId ?? "-"}`,
              }),
            );
            notices.push(...written);
          }
        }
      }
    }
  }
  return notices;
}
