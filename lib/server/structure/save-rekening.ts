import "server-only";
import type Decimal from "decimal.js";
import { notFound } from "@/lib/errors";
import { saveRekeningInput } from "@/lib/inputs/structure";
import { db } from "../db";
import type { DecimalLike } from "../decimal";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate, saveVersioned } from "../mutations/versioned";
import { duplicateKode, invalid, moneyText, moneyValue, staleEdit } from "./shared";

type RekeningRow = {
  code: string;
  name: string;
  paguAwal: DecimalLike | Decimal;
  paguPerubahan: DecimalLike | Decimal | null;
};

const valuesOf = (r: RekeningRow) => ({
  code: r.code,
  name: r.name,
  paguAwal: moneyValue(r.paguAwal),
  paguPerubahan: moneyValue(r.paguPerubahan),
});

const currentOf = (r: RekeningRow & { version: number }) => ({
  ...valuesOf(r),
  version: String(r.version),
});

const describe = (c: Record<string, string | null>) =>
  `kode ${c.code}, uraian "${c.name}", pagu awal ${moneyText(c.paguAwal ?? null)}, ` +
  `pagu perubahan ${moneyText(c.paguPerubahan ?? null)}`;

/**
 * Creates (id null) or edits a rekening belanja line of a sub kegiatan. Rekening carry no bidang of their
 * own: the sub kegiatan's bidang decides who may touch them. Once a sub kegiatan has rekening lines its
 * pagu and realisasi come from them, so the first line cannot be added over realisasi already entered on
 * the sub kegiatan itself.
 */
export const saveRekening = defineMutation({
  name: "rekening.save",
  input: saveRekeningInput,
  async run({ principal, input, audit }) {
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          const sub = await findForWrite(
            principal,
            "plan:edit",
            tx.subKegiatan.findFirst({
              where: { id: input.subKegiatanId, pemdaId: principal.pemdaId },
              include: { _count: { select: { rekening: true, realisasi: true } } },
            }),
            (sub) => ({ pemdaId: sub.pemdaId, opdId: sub.opdId, bidangId: sub.bidangId }),
          );
          const existing =
            input.id === null
              ? null
              : await tx.rekeningBelanja.findFirst({
                  where: { id: input.id, pemdaId: sub.pemdaId, subKegiatanId: sub.id },
                });
          if (input.id !== null && !existing) throw notFound();
          await assertYearEditable(tx, sub);

          if (!existing && sub._count.rekening === 0 && sub._count.realisasi > 0) {
            throw invalid(
              `Sub kegiatan ${sub.code} sudah memiliki realisasi anggaran yang diisi langsung; ` +
                "rekening belanja tidak dapat ditambahkan di bawahnya.",
            );
          }
          const holder = await tx.rekeningBelanja.findFirst({
            where: { subKegiatanId: sub.id, code: input.code, ...(existing && { NOT: { id: existing.id } }) },
          });
          if (holder) {
            throw duplicateKode("REKENING", input.code, `pada sub kegiatan ${sub.code}`, holder.name);
          }

          const values = valuesOf(input);
          const data = { ...values, paguAwal: values.paguAwal! };
          const { id, version } = await saveVersioned({
            existing,
            expectedVersion: input.id === null ? null : input.version,
            update: (where) =>
              tx.rekeningBelanja.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
            create: () =>
              tx.rekeningBelanja.create({ data: { pemdaId: sub.pemdaId, subKegiatanId: sub.id, ...data } }),
            stale: async () => {
              const now = await tx.rekeningBelanja.findFirst({ where: { id: existing!.id } });
              return staleEdit("REKENING", now && currentOf(now), describe);
            },
          });
          await audit(tx, {
            opdId: sub.opdId,
            year: sub.year,
            entity: "RekeningBelanja",
            entityId: id,
            oldValues: existing ? valuesOf(existing) : undefined,
            newValues: values,
          });
          return { id, version };
        }),
      () => duplicateKode("REKENING", input.code, "pada sub kegiatan ini"),
    );
  },
});
