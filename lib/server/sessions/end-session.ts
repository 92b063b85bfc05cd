import "server-only";
import { notFound } from "@/lib/errors";
import { endSessionInput } from "@/lib/inputs/session";
import { db } from "../db";
import { defineMutation } from "../mutations/define-mutation";

/** A user ends one of their own sessions (another browser, or this one). Another user's session is not found. */
export const endSession = defineMutation({
  name: "session.end",
  input: endSessionInput,
  async run({ principal, input, audit }) {
    return db.$transaction(async (tx) => {
      const session = await tx.session.findFirst({
        where: { id: input.sessionId, userId: principal.userId, pemdaId: principal.pemdaId, endedAt: null },
      });
      if (!session) throw notFound();
      const endedAt = new Date();
      await tx.session.update({ where: { id: session.id }, data: { endedAt } });
      await audit(tx, {
        opdId: principal.opdId,
        year: null,
        entity: "User",
        entityId: principal.userId,
        newValues: { sesiDari: session.createdAt.toISOString(), diakhiri: endedAt.toISOString() },
      });
      return { endedAt };
    });
  },
});
