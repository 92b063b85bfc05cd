import "server-only";
import { AppError, notFound } from "@/lib/errors";
import {
  narrativeOwnerOf,
  saveNarrativeInput,
  type NarrativeOwnerIds,
  type SaveNarrativeInput,
} from "@/lib/inputs/narrative";
import { narrativeSectionLabel } from "@/lib/vocabulary";
import { db, type Tx } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { formatDateTime } from "@/lib/format";
import { onDuplicate, saveVersioned } from "../mutations/versioned";

const keyOf = (input: SaveNarrativeInput) => ({
  section: input.section,
  sasaranId: input.sasaranId,
  programId: input.programId,
  kegiatanId: input.kegiatanId,
});

/**
 * The owner a section is written for must be of the LKIP's OPD-year: a sasaran of the Renstra covering the
 * year, a program or a kegiatan of the year. Anything else (another OPD's, another year's) is not found.
 */
export async function assertOwnerInYear(
  tx: Tx,
  laporan: { pemdaId: string; opdId: string; year: number },
  input: { section: SaveNarrativeInput["section"] } & NarrativeOwnerIds,
): Promise<void> {
  const { pemdaId, opdId, year } = laporan;
  const owner = narrativeOwnerOf(input.section);
  const found =
    owner === "LAPORAN"
      ? true
      : owner === "SASARAN"
        ? await tx.sasaran.findFirst({
            where: {
              id: input.sasaranId!,
              pemdaId,
              tujuan: { periode: { opdId, startYear: { lte: year }, endYear: { gte: year } } },
            },
            select: { id: true },
          })
        : owner === "PROGRAM"
          ? await tx.program.findFirst({
              where: { id: input.programId!, pemdaId, opdId, year },
              select: { id: true },
            })
          : await tx.kegiatan.findFirst({
              where: { id: input.kegiatanId!, pemdaId, opdId, year },
              select: { id: true },
            });
  if (!found) throw notFound();
}

/** The section as it is now, and who last saved it, so the user sees what they would overwrite. */
async function conflict(client: Tx, laporanId: string, input: SaveNarrativeInput): Promise<AppError> {
  const label = narrativeSectionLabel[input.section];
  const current = await client.narrative.findFirst({ where: { laporanId, ...keyOf(input) } });
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
          await assertOwnerInYear(tx, laporan, input);
          // The unique index on (laporanId, section, owner ids) is NULLS NOT DISTINCT, which Prisma's
          // compound-key upsert cannot express: find, then create or update by version.
          const key = { laporanId: laporan.id, ...keyOf(input) };
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
            oldValues: existing ? { ...keyOf(input), body: existing.body } : undefined,
            newValues: { ...keyOf(input), body: input.body },
          });
          return { id, version };
        }),
      // Two users writing the first text of a section at once: the unique index lets exactly one in.
      () => conflict(db, laporan.id, input),
    );
  },
});
