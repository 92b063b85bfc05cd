import "server-only";
import { notFound } from "@/lib/errors";
import { endUserSessionsInput } from "@/lib/inputs/session";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";

/** The administrator ends every session of an account of their region, e.g. a lost laptop. */
export const endUserSessions = defineMutation({
  name: "session.endAllOfUser",
  input: endUserSessionsInput,
  async run({ principal, input }) {
    return db.$transaction(async (tx) => {
      const user = await tx.user.findFirst({ where: { id: input.userId, pemdaId: principal.pemdaId } });
      if (!user) throw notFound();
      authorize(principal, "users:manage", { pemdaId: user.pemdaId });
      const { count } = await tx.session.updateMany({
        where: { userId: user.id, endedAt: null },
        data: { endedAt: new Date() },
      });
      await recordAudit(tx, {
        principal,
        opdId: user.opdId,
        year: null,
        action: "session.endAllOfUser",
        entity: "User",
        entityId: user.id,
        newValues: { sesiDiakhiri: count },
      });
      return { ended: count };
    });
  },
});
