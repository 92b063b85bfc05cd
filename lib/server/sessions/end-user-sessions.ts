import "server-only";
import { endUserSessionsInput } from "@/lib/inputs/session";
import { db } from "../db";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";

/** The administrator ends every session of an account of their region, e.g. a lost laptop. */
export const endUserSessions = defineMutation({
  name: "session.endAllOfUser",
  input: endUserSessionsInput,
  async run({ principal, input, audit }) {
    return db.$transaction(async (tx) => {
      const user = await findForWrite(
        principal,
        "users:manage",
        tx.user.findFirst({ where: { id: input.userId, pemdaId: principal.pemdaId } }),
        (user) => ({ pemdaId: user.pemdaId }),
      );
      const { count } = await tx.session.updateMany({
        where: { userId: user.id, endedAt: null },
        data: { endedAt: new Date() },
      });
      await audit(tx, {
        opdId: user.opdId,
        year: null,
        entity: "User",
        entityId: user.id,
        newValues: { sesiDiakhiri: count },
      });
      return { ended: count };
    });
  },
});
