import { describe, expect, it } from "vitest";
import { mutations } from "@/lib/server/mutations/registry";
import { transitions } from "@/lib/workflow/laporan-workflow";
import { actorKeys } from "../fixtures";
import { administrationMatrices } from "./administration";
import { buktiMatrices } from "./bukti";
import { entryMatrices } from "./entry";
import { fx, type MatrixGroup, regionOf } from "./harness";
import { lkeMatrices } from "./lke";
import { profileMatrices } from "./profile";
import { structureMatrices } from "./structure";
import { moves, workflowMatrices } from "./workflow";

/**
 * The groups of the permission matrix, one file each, run by tests/integration/permission-matrix-<group>
 * .test.ts (so that the integration tier runs them in parallel); each mutation belongs to exactly one.
 */
export const matrixGroups: Record<string, MatrixGroup> = {
  entry: entryMatrices,
  structure: structureMatrices,
  workflow: workflowMatrices,
  administration: administrationMatrices,
  profile: profileMatrices,
  lke: lkeMatrices,
  bukti: buktiMatrices,
};

/** Keyed by mutation name: a mutation added to the registry without a table in a group fails below. */
const matrices: MatrixGroup = Object.assign({}, ...Object.values(matrixGroups));

export function describeCoverage(): void {
  describe("coverage of the matrix", () => {
    it.each(Object.keys(mutations))(
      "%s has a case table with an outcome for every actor and target",
      (name) => {
        const m = matrices[name];
        expect(
          m,
          `no case table for mutation ${name}: add one to a group in tests/integration/permission-matrix/`,
        ).toBeDefined();
        for (const actorKey of actorKeys) {
          expect(m!.expected[actorKey], actorKey).toHaveLength(Object.keys(m!.targets).length);
        }
      },
    );

    it("has no table for a mutation that is not in the registry", () => {
      expect(Object.keys(matrices).filter((name) => !(name in mutations))).toEqual([]);
    });

    it("runs every table in exactly one file", () => {
      const grouped = Object.values(matrixGroups).flatMap((group) => Object.keys(group));
      expect(grouped.sort()).toEqual(Object.keys(matrices).sort());
    });

    it("walks exactly the transitions of lib/workflow, with a note where one is required", () => {
      const shape = (t: { from: string; to: string; noteRequired: boolean }) =>
        `${t.from} → ${t.to}${t.noteRequired ? " (note)" : ""}`;
      expect(moves.map((m) => shape({ ...m, noteRequired: m.note !== undefined })).sort()).toEqual(
        transitions.map(shape).sort(),
      );
    });

    it("acts as the principals it claims to", () => {
      const { actors } = fx;
      expect(actors.perencanaA).toMatchObject({ role: "PERENCANA", opdId: fx.a.dinsos.opdId, bidangIds: [] });
      expect(actors.perencanaRehsosA).toMatchObject({
        role: "PERENCANA",
        opdId: fx.a.dinsos.opdId,
        bidangIds: [fx.a.dinsos.bidangRehsosId],
      });
      expect(actors.kepalaB).toMatchObject({
        role: "KEPALA",
        pemdaId: fx.b.pemdaId,
        opdId: fx.b.dinsos.opdId,
      });
      for (const key of actorKeys)
        expect(actors[key].pemdaId).toBe(fx[regionOf(key) === "A" ? "a" : "b"].pemdaId);
    });
  });
}
