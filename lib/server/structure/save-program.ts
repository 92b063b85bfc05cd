import "server-only";
import { notFound } from "@/lib/errors";
import { saveProgramInput } from "@/lib/inputs/structure";
import { db } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { authorize, findOpdForWrite, opdScope } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate, saveVersioned } from "../mutations/versioned";
import {
  assertBidangOfOpd,
  assertKodeKeptWithChildren,
  describeKodeName,
  duplicateKode,
  invalid,
  staleEdit,
} from "./shared";

type ProgramRow = {
  code: string;
  name: string;
  bidangId: string | null;
  sasaranProgram: string | null;
  sasaranId: string | null;
};

const valuesOf = (p: ProgramRow) => ({
  code: p.code,
  name: p.name,
  bidangId: p.bidangId,
  sasaranProgram: p.sasaranProgram,
  sasaranId: p.sasaranId,
});

const withBidangName = { bidang: { select: { name: true } } } as const;

/** The program as it is now, shown to a planner whose edit was stale. */
const currentOf = (p: ProgramRow & { version: number; bidang: { name: string } | null }) => ({
  code: p.code,
  name: p.name,
  bidang: p.bidang?.name ?? null,
  sasaranProgram: p.sasaranProgram,
  version: String(p.version),
});

/** Creates (id null) or edits a program of an OPD-year. */
export const saveProgram = defineMutation({
  name: "program.save",
  input: saveProgramInput,
  async run({ principal, input, audit }) {
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          const opd = await findOpdForWrite(tx, principal, "plan:edit", input.opdId);
          const scope = opdScope(opd);
          const existing =
            input.id === null
              ? null
              : await tx.program.findFirst({
                  where: { id: input.id, ...scope, year: input.year },
                  include: { ...withBidangName, _count: { select: { kegiatan: true } } },
                });
          if (input.id !== null && !existing) throw notFound();
          if (existing) authorize(principal, "plan:edit", { ...scope, bidangId: existing.bidangId });
          authorize(principal, "plan:edit", { ...scope, bidangId: input.bidangId });
          await assertYearEditable(tx, { ...scope, year: input.year });

          await assertBidangOfOpd(tx, scope, input.bidangId);
          if (input.sasaranId !== null) {
            const sasaran = await tx.sasaran.findFirst({
              where: {
                id: input.sasaranId,
                pemdaId: opd.pemdaId,
                tujuan: {
                  periode: { opdId: opd.id, startYear: { lte: input.year }, endYear: { gte: input.year } },
                },
              },
            });
            if (!sasaran) {
              throw invalid(
                `Sasaran strategis yang dipilih bukan sasaran Renstra perangkat daerah ini untuk tahun ${input.year}.`,
              );
            }
          }
          const holder = await tx.program.findFirst({
            where: {
              ...scope,
              year: input.year,
              code: input.code,
              ...(existing && { NOT: { id: existing.id } }),
            },
          });
          if (holder) throw duplicateKode("PROGRAM", input.code, `pada tahun ${input.year}`, holder.name);
          if (existing) {
            assertKodeKeptWithChildren({
              level: "PROGRAM",
              childLevel: "KEGIATAN",
              oldCode: existing.code,
              newCode: input.code,
              children: existing._count.kegiatan,
            });
          }

          const values = valuesOf(input);
          const { id, version } = await saveVersioned({
            existing,
            expectedVersion: input.id === null ? null : input.version,
            update: (where) =>
              tx.program.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
            create: () => tx.program.create({ data: { ...scope, year: input.year, ...values } }),
            stale: async () => {
              const now = await tx.program.findFirst({
                where: { id: existing!.id },
                include: withBidangName,
              });
              return staleEdit("PROGRAM", now && currentOf(now), describeKodeName);
            },
          });
          await audit(tx, {
            opdId: opd.id,
            year: input.year,
            entity: "Program",
            entityId: id,
            oldValues: existing ? valuesOf(existing) : undefined,
            newValues: values,
          });
          return { id, version };
        }),
      () => duplicateKode("PROGRAM", input.code, `pada tahun ${input.year}`),
    );
  },
});
