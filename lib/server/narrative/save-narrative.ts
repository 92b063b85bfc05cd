import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { saveNarrativeInput, type SaveNarrativeInput } from "@/lib/inputs/narrative";
import { narrativeSectionLabel } from "@/lib/vocabulary";
import { db, type Tx } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { formatDateTime } from "@/lib/format";
import { onDuplicate, saveVersioned } from "../mutations/versioned";

/** The section as it is now, and who last saved it, so the user sees what they would overwrite. */
async function conflict(client: Tx, laporanId: string, input: SaveNarrativeInput): Promise<AppError> {
  const label = narrativeSectionLabel[input.section];
  const current = await client.narrative.findFirst({
    where: { laporanId, section: input.section, sasaranId: input.sasaranId },
  });
  if (!current) {
    return new AppError("CONFLICT", `Bagian ${label} telah dihapus oleh pengguna lain. Muat ulang halaman.`);
  }
  const last = await client.auditLog.findFirst({
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
  async run({ principal, input, audit }) {
    const laporan = await findForWrite(
      principal,
      "plan:edit",
      db.laporanKinerja.findFirst({ where: { id: input.laporanId, pemdaId: principal.pemdaId } }),
      // The narrative speaks for the whole OPD: no bidang owns it, so bidang-limited planners are out of scope.
      (laporan) => ({ pemdaId: laporan.pemdaId, opdId: laporan.opdId, bidangId: null }),
    );
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
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
          const { id, version } = await saveVersioned({
            existing,
            expectedVersion: input.version,
            update: (where) =>
              tx.narrative.updateMany({ where, data: { body: input.body, version: { increment: 1 } } }),
            create: () =>
              tx.narrative.create({ data: { pemdaId: laporan.pemdaId, ...key, body: input.body } }),
            stale: () => conflict(tx, laporan.id, input),
          });
          await audit(tx, {
            opdId: laporan.opdId,
            year: laporan.year,
            entity: "Narrative",
            entityId: id,
            oldValues: existing
              ? { section: input.section, sasaranId: input.sasaranId, body: existing.body }
              : undefined,
            newValues: { section: input.section, sasaranId: input.sasaranId, body: input.body },
          });
          return { id, version };
        }),
      // Two users writing the first text of a section at once: the unique index lets exactly one in.
      () => conflict(db, laporan.id, input),
    );
  },
});
