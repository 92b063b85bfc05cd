import "server-only";
import { serializePredikatScale } from "@/lib/calc/predikat";
import { db } from "../db";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { updateCalcSettingsInput } from "@/lib/inputs/settings";

/** The administrator sets the region's predicate scale, plausibility band, capaian cap, entry deadline
 * and rencana aksi band. */
export const updateCalcSettings = defineMutation({
  name: "settings.update",
  input: updateCalcSettingsInput,
  async run({ principal, input, audit }) {
    authorize(principal, "settings:manage", { pemdaId: principal.pemdaId });
    const { plausibleCapaian, capaianCap, predikatScale, entryDeadlineDays, rencanaAksiBand } =
      input.settings;
    const stored = {
      entryDeadlineDays,
      plausibleCapaian: { min: plausibleCapaian.min.toString(), max: plausibleCapaian.max.toString() },
      capaianCap: capaianCap?.toString() ?? null,
      predikatScale: serializePredikatScale(predikatScale),
      rencanaAksiBand: rencanaAksiBand.toString(),
    };
    return db.$transaction(async (tx) => {
      const before = await tx.pemda.findUniqueOrThrow({
        where: { id: principal.pemdaId },
        select: { settings: true },
      });
      await tx.pemda.update({ where: { id: principal.pemdaId }, data: { settings: stored } });
      await audit(tx, {
        opdId: null,
        year: null,
        entity: "Pemda",
        entityId: principal.pemdaId,
        oldValues: before.settings ?? undefined,
        newValues: stored,
      });
      return stored;
    });
  },
});
