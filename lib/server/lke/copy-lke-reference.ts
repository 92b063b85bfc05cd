import "server-only";
import { loadLkeReferenceInput } from "@/lib/inputs/lke";
import { db } from "../db";
import { authorize } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { copyLkeReference } from "./lke-reference";

/** The region's administrator gives the region the LKE of PermenPAN-RB 88/2021 where it has none yet. */
export const copyLkeReferenceMutation = defineMutation({
  name: "lkeReference.copy",
  input: loadLkeReferenceInput,
  async run({ principal, audit }) {
    authorize(principal, "settings:manage", { pemdaId: principal.pemdaId });
    return db.$transaction(async (tx) => {
      const added = await copyLkeReference(tx, principal.pemdaId);
      await audit(tx, {
        opdId: null,
        year: null,
        entity: "Pemda",
        entityId: principal.pemdaId,
        newValues: { lkeKriteria: added, sumber: "PermenPAN-RB 88/2021" },
      });
      return { added };
    });
  },
});
