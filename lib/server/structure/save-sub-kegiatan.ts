import "server-only";
import type Decimal from "decimal.js";
import { notFound } from "@/lib/errors";
import { saveSubKegiatanInput } from "@/lib/inputs/structure";
import { checkKodeUnderParent } from "@/lib/structure/kode";
import { db } from "../db";
import type { DecimalLike } from "../decimal";
import { assertYearEditable } from "../laporan/lock-laporan";
import { authorize, findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate, saveVersioned } from "../mutations/versioned";
import { assertBidangOfOpd, duplicateKode, invalid, moneyText, moneyValue, staleEdit } from "./shared";

type SubKegiatanRow = {
  code: string;
  name: string;
  bidangId: string | null;
  paguAwal: DecimalLike | Decimal | null;
  paguPerubahan: DecimalLike | Decimal | null;
};

const valuesOf = (s: SubKegiatanRow) => ({
  code: s.code,
  name: s.name,
  bidangId: s.bidangId,
  paguAwal: moneyValue(s.paguAwal),
  paguPerubahan: moneyValue(s.paguPerubahan),
});

const withBidangName = { bidang: { select: { name: true } } } as const;

/** The sub kegiatan as it is now, shown to a planner whose edit was stale. */
const currentOf = (s: SubKegiatanRow & { version: number; bidang: { name: string } | null }) => ({
  code: s.code,
  name: s.name,
  bidang: s.bidang?.name ?? null,
  paguAwal: moneyValue(s.paguAwal),
  paguPerubahan: moneyValue(s.paguPerubahan),
  version: String(s.version),
});

const describe = (c: Record<string, string | null>) =>
  `kode ${c.code}, nama "${c.name}", pagu awal ${moneyText(c.paguAwal ?? null)}, ` +
  `pagu perubahan ${moneyText(c.paguPerubahan ?? null)}`;

/**
 * Creates (id null) or edits a sub kegiatan under a kegiatan: kode (extending the kegiatan's), name,
 * bidang and pagu awal / perubahan. Realisasi is entered on the sub kegiatan page, not here.
 */
export const saveSubKegiatan = defineMutation({
  name: "subKegiatan.save",
  input: saveSubKegiatanInput,
  async run({ principal, input, audit }) {
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          const kegiatan = await findForWrite(
            principal,
            "plan:edit",
            tx.kegiatan.findFirst({ where: { id: input.kegiatanId, pemdaId: principal.pemdaId } }),
            (kegiatan) => ({ pemdaId: kegiatan.pemdaId, opdId: kegiatan.opdId }),
          );
          const scope = { pemdaId: kegiatan.pemdaId, opdId: kegiatan.opdId };
          const existing =
            input.id === null
              ? null
              : await tx.subKegiatan.findFirst({
                  where: { id: input.id, ...scope, kegiatanId: kegiatan.id },
                  include: withBidangName,
                });
          if (input.id !== null && !existing) throw notFound();
          authorize(principal, "plan:edit", {
            ...scope,
            bidangId: existing ? existing.bidangId : kegiatan.bidangId,
          });
          authorize(principal, "plan:edit", { ...scope, bidangId: input.bidangId });
          await assertYearEditable(tx, { ...scope, year: kegiatan.year });

          await assertBidangOfOpd(tx, scope, input.bidangId);
          const underParent = checkKodeUnderParent("SUB_KEGIATAN", input.code, kegiatan.code);
          if (underParent) throw invalid(underParent);
          const holder = await tx.subKegiatan.findFirst({
            where: {
              ...scope,
              year: kegiatan.year,
              code: input.code,
              ...(existing && { NOT: { id: existing.id } }),
            },
          });
          if (holder) {
            throw duplicateKode("SUB_KEGIATAN", input.code, `pada tahun ${kegiatan.year}`, holder.name);
          }

          const values = valuesOf(input);
          const { id, version } = await saveVersioned({
            existing,
            expectedVersion: input.id === null ? null : input.version,
            update: (where) =>
              tx.subKegiatan.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
            create: () =>
              tx.subKegiatan.create({
                data: { ...scope, year: kegiatan.year, kegiatanId: kegiatan.id, ...values },
              }),
            stale: async () => {
              const now = await tx.subKegiatan.findFirst({
                where: { id: existing!.id },
                include: withBidangName,
              });
              return staleEdit("SUB_KEGIATAN", now && currentOf(now), describe);
            },
          });
          await audit(tx, {
            opdId: kegiatan.opdId,
            year: kegiatan.year,
            entity: "SubKegiatan",
            entityId: id,
            oldValues: existing ? valuesOf(existing) : undefined,
            newValues: values,
          });
          return { id, version };
        }),
      () => duplicateKode("SUB_KEGIATAN", input.code, "pada tahun anggaran ini"),
    );
  },
});
