import "server-only";
import { notFound } from "@/lib/errors";
import { saveKegiatanInput } from "@/lib/inputs/structure";
import { checkKodeUnderParent } from "@/lib/structure/kode";
import { db } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { authorize, findForWrite } from "../mutations/authorize";
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

type KegiatanRow = { code: string; name: string; bidangId: string | null };

const valuesOf = (k: KegiatanRow) => ({ code: k.code, name: k.name, bidangId: k.bidangId });

const withBidangName = { bidang: { select: { name: true } } } as const;

/** The kegiatan as it is now, shown to a planner whose edit was stale. */
const currentOf = (k: KegiatanRow & { version: number; bidang: { name: string } | null }) => ({
  code: k.code,
  name: k.name,
  bidang: k.bidang?.name ?? null,
  version: String(k.version),
});

/**
 * Creates (id null) or edits a kegiatan under a program. A new kegiatan needs a program the planner
 * covers; its kode extends the program's (1.06.04 → 1.06.04.2.01).
 */
export const saveKegiatan = defineMutation({
  name: "kegiatan.save",
  input: saveKegiatanInput,
  async run({ principal, input, audit }) {
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          const program = await findForWrite(
            principal,
            "plan:edit",
            tx.program.findFirst({ where: { id: input.programId, pemdaId: principal.pemdaId } }),
            (program) => ({ pemdaId: program.pemdaId, opdId: program.opdId }),
          );
          const scope = { pemdaId: program.pemdaId, opdId: program.opdId };
          const existing =
            input.id === null
              ? null
              : await tx.kegiatan.findFirst({
                  where: { id: input.id, ...scope, programId: program.id },
                  include: { ...withBidangName, _count: { select: { subKegiatan: true } } },
                });
          if (input.id !== null && !existing) throw notFound();
          authorize(principal, "plan:edit", {
            ...scope,
            bidangId: existing ? existing.bidangId : program.bidangId,
          });
          authorize(principal, "plan:edit", { ...scope, bidangId: input.bidangId });
          await assertYearEditable(tx, { ...scope, year: program.year });

          await assertBidangOfOpd(tx, scope, input.bidangId);
          const underParent = checkKodeUnderParent("KEGIATAN", input.code, program.code);
          if (underParent) throw invalid(underParent);
          const holder = await tx.kegiatan.findFirst({
            where: {
              ...scope,
              year: program.year,
              code: input.code,
              ...(existing && { NOT: { id: existing.id } }),
            },
          });
          if (holder) throw duplicateKode("KEGIATAN", input.code, `pada tahun ${program.year}`, holder.name);
          if (existing) {
            assertKodeKeptWithChildren({
              level: "KEGIATAN",
              childLevel: "SUB_KEGIATAN",
              oldCode: existing.code,
              newCode: input.code,
              children: existing._count.subKegiatan,
            });
          }

          const values = valuesOf(input);
          const { id, version } = await saveVersioned({
            existing,
            expectedVersion: input.id === null ? null : input.version,
            update: (where) =>
              tx.kegiatan.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
            create: () =>
              tx.kegiatan.create({
                data: { ...scope, year: program.year, programId: program.id, ...values },
              }),
            stale: async () => {
              const now = await tx.kegiatan.findFirst({
                where: { id: existing!.id },
                include: withBidangName,
              });
              return staleEdit("KEGIATAN", now && currentOf(now), describeKodeName);
            },
          });
          await audit(tx, {
            opdId: program.opdId,
            year: program.year,
            entity: "Kegiatan",
            entityId: id,
            oldValues: existing ? valuesOf(existing) : undefined,
            newValues: values,
          });
          return { id, version };
        }),
      () => duplicateKode("KEGIATAN", input.code, "pada tahun anggaran ini"),
    );
  },
});
