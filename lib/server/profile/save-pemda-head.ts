import "server-only";
import { AppError } from "@/lib/errors";
import { savePemdaHeadInput } from "@/lib/inputs/profile";
import { db } from "../db";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";

/**
 * The kepala daerah's name and title (Pihak Kedua of every Perjanjian Kinerja that names no other), set by
 * the administrator. Refused when someone changed them since the admin opened the form.
 */
export const savePemdaHead = defineMutation({
  name: "pemdaHead.save",
  input: savePemdaHeadInput,
  async run({ principal, input, audit }) {
    authorize(principal, "organisation:manage", { pemdaId: principal.pemdaId });
    return db.$transaction(async (tx) => {
      const [current] = await tx.$queryRaw<{ headName: string | null; headTitle: string | null }[]>`
        SELECT "headName", "headTitle" FROM "Pemda" WHERE "id" = ${principal.pemdaId} FOR UPDATE`;
      if (current!.headName !== input.previous.headName || current!.headTitle !== input.previous.headTitle) {
        throw new AppError(
          "CONFLICT",
          "Kepala daerah telah diubah oleh pengguna lain setelah Anda membuka halaman ini. Muat ulang halaman.",
          { headName: current!.headName, headTitle: current!.headTitle },
        );
      }
      await tx.pemda.update({
        where: { id: principal.pemdaId },
        data: { headName: input.headName, headTitle: input.headTitle },
      });
      await audit(tx, {
        opdId: null,
        year: null,
        entity: "Pemda",
        entityId: principal.pemdaId,
        oldValues: { headName: current!.headName, headTitle: current!.headTitle },
        newValues: { headName: input.headName, headTitle: input.headTitle },
      });
      return { headName: input.headName, headTitle: input.headTitle };
    });
  },
});
