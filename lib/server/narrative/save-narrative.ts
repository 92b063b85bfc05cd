import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { narrativeSectionLabel, saveNarrativeInput, type SaveNarrativeInput } from "@/lib/inputs/narrative";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { formatDateTime } from "@/lib/format";

/** Thrown inside the transaction when the row moved on; turned into a CONFLICT once it rolled back. */
class StaleNarrative extends Error {}

/** The section as it is now, and who last saved it, so the user sees what they would overwrite. */
async function conflict(laporanId: string, input: SaveNarrativeInput): Promise<AppError> {
  const label = narrativeSectionLabel[input.section];
  const current = await db.narrative.findFirst({
    where: { laporanId, section: input.section, sasaranId: input.sasaranId },
  });
  if (!current) {
    return new AppError("CONFLICT", `Bagian ${label} telah dihapus oleh pengguna lain. Muat ulang halaman.`);
  }
  const last = await db.auditLog.findFirst({
    where: { pemdaId: current.pemdaId, entity: "Narrative", entityId: current.id },
    orderBy: { id: "desc" },
    include: { user: { select: { name: true } } },
  });
  const who = last?.user?.name ?? "pengguna lain";
  return new AppError(
    "CONFLICT",
    `Bagian ${label} telah diubah oleh ${who} pada ${formatDateTime(current.updatedAt)} setelah Anda membukanya. ` +
      "Teks mereka ditampilkan di bawah: pakai teks itu, atau simpan lagi untuk menimpanya dengan teks Anda.",
    { body: current.body, version: String(current.version), updatedBy: who },
  );
}

/** Writes the body of one narrative section of the OPD-year's LKIP (whole-OPD planners only). */
export const saveNarrative = defineMutation({
  name: "narrative.save",
  input: saveNarrativeInput,
  async run({ principal, input }) {
    const laporan = await db.laporanKinerja.findFirst({
      where: { id: input.laporanId, pemdaId: principal.pemdaId },
    });
    if (!laporan) throw notFound();
    // The narrative speaks for the whole OPD: no bidang owns it, so bidang-limited planners are out of scope.
    authorize(principal, "plan:edit", { pemdaId: laporan.pemdaId, opdId: laporan.opdId, bidangId: null });
    try {
      return await db.$transaction(async (tx) => {
        await assertYearEditable(tx, laporan);
        if (input.sasaranId !== null) {
          const sasaran = await tx.sasaran.findFirst({
            where: {
              id: input.sasaranId,
              pemdaId: laporan.pemdaId,
              tujuan: {
                periode: {
                  opdId: laporan.opdId,
                  startYear: { lte: laporan.year },
                  endYear: { gte: laporan.year },
                },
              },
            },
          });
          if (!sasaran) throw notFound();
        }
        // The unique index on (laporanId, section, sasaranId) is NULLS NOT DISTINCT, which Prisma's
        // compound-key upsert cannot express: find, then create or update by version.
        const key = { laporanId: laporan.id, section: input.section, sasaranId: input.sasaranId };
        const existing = await tx.narrative.findFirst({ where: key });
        if (existing === null ? input.version !== null : existing.version !== input.version) {
          throw new StaleNarrative();
        }
        let id: string;
        if (existing) {
          const updated = await tx.narrative.updateMany({
            where: { id: existing.id, version: existing.version },
            data: { body: input.body, version: { increment: 1 } },
          });
          if (updated.count === 0) throw new StaleNarrative();
          ({ id } = existing);
        } else {
          ({ id } = await tx.narrative.create({
            data: { pemdaId: laporan.pemdaId, ...key, body: input.body },
          }));
        }
        await recordAudit(tx, {
          principal,
          opdId: laporan.opdId,
          year: laporan.year,
          action: "narrative.save",
          entity: "Narrative",
          entityId: id,
          oldValues: existing
            ? { section: input.section, sasaranId: input.sasaranId, body: existing.body }
            : undefined,
          newValues: { section: input.section, sasaranId: input.sasaranId, body: input.body },
        });
        return { id, version: (existing?.version ?? 0) + 1 };
      });
    } catch (error) {
      // Two users writing the first text of a section at once: the unique index lets exactly one in.
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (error instanceof StaleNarrative || duplicate) throw await conflict(laporan.id, input);
      throw error;
    }
  },
});
