import { beforeAll, describe, expect, it } from "vitest";
import type { AuditLog } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { mutations } from "@/lib/server/mutations/registry";
import {
  type ActorKey,
  actorKeys,
  addedAuditRows,
  attempt,
  type Changes,
  expectRefused,
  type Regions,
  setUpRegions,
} from "../fixtures";

/**
 * The permission matrix (run by tests/integration/permission-matrix-*.test.ts). Who may do what, where:
 * every use case in the registry, called as every role of two regions on targets inside and outside
 * their scope. Outside the scope the answer is NOT_FOUND (the app shows a 404, as if the record did not
 * exist); inside it without the permission, FORBIDDEN. A refused call must change nothing at all
 * (whole-database snapshot); an allowed one makes its change and adds exactly one audit entry saying who
 * changed what from what to what.
 *
 * This module holds what every table shares and runs them; the tables are in one file per group
 * (entry, structure, workflow, administration), and ./index.ts checks that every mutation has one.
 */

export const OK = "ok";
export const NF = "NOT_FOUND";
export const FB = "FORBIDDEN";
export const IV = "INVALID";
export const LK = "LOCKED";
export type Outcome = typeof OK | typeof NF | typeof FB | typeof IV | typeof LK;

/** The two regions and their actors; set before the first test of the file. */
export let fx: Regions;
export let demoPasswordHash: string;

/** Every test file of the matrix starts from the two regions, in its own database. */
export function setUpMatrixRegions(): void {
  beforeAll(async () => {
    fx = await setUpRegions();
    ({ passwordHash: demoPasswordHash } = await db.user.findUniqueOrThrow({
      where: { email: "admin.serang@sakip.demo" },
    }));
  });
}

export const regionOf = (actor: ActorKey) => (actor.endsWith("B") ? "B" : "A");
export const otherPemdaId = (actor: ActorKey) => (regionOf(actor) === "A" ? fx.b.pemdaId : fx.a.pemdaId);
export const addedIds = (changes: Changes, table: string) =>
  changes.added.filter((key) => key.startsWith(`${table}:`)).map((key) => key.slice(table.length + 1));

let counter = 0;
export const next = () => ++counter;
/** Kode serials, so every new program, kegiatan, sub kegiatan or rekening gets an unused kode. */
let kodeCounter = 0;
const pad = (n: number, width: number) => String(n).padStart(width, "0");
export const newKode = {
  program: () => `9.${pad(Math.floor(++kodeCounter / 100), 2)}.${pad(kodeCounter % 100, 2)}`,
  kegiatan: (programCode: string) =>
    `${programCode}.${5 + Math.floor(++kodeCounter / 100)}.${pad(kodeCounter % 100, 2)}`,
  subKegiatan: (kegiatanCode: string) => `${kegiatanCode}.${pad(5000 + ++kodeCounter, 4)}`,
  rekening: () => `5.1.02.01.01.${pad(1000 + ++kodeCounter, 4)}`,
};
/** "+2 ~1" as `tally` writes it. */
export const counted = (added: number, changed = 0, removed = 0) =>
  [added && `+${added}`, changed && `~${changed}`, removed && `-${removed}`].filter(Boolean).join(" ");

// ---------------------------------------------------------------------------------------------------
// One table per mutation: targets (columns), the expected outcome per actor (rows), and what an
// allowed call must have changed.

export type Call = { actorKey: ActorKey; caseId: string };

export type Matrix<Target, Input, State> = {
  targets: Record<string, () => Target>;
  /** Puts the target in the column's state; returns the input and what `verify` needs to know. */
  prepare(target: Target, call: Call): Promise<{ input: Input; state: State }>;
  expected: Record<ActorKey, Outcome[]>;
  /** How many audit entries an allowed call adds (default 1). */
  audits?(target: Target): number;
  /** Checks an allowed call beyond "ok + its audit rows by the actor for this action". */
  verify(args: {
    target: Target;
    call: Call;
    input: Input;
    state: State;
    changes: Changes;
    /** The first (usually the only) audit row the call added, and all of them. */
    audit: AuditLog;
    audits: AuditLog[];
  }): Promise<void>;
};

export type AnyMatrix = Matrix<unknown, unknown, unknown>;
/** A group's tables, keyed by mutation name. */
export type MatrixGroup = Record<string, AnyMatrix>;

export const matrix = <Target, Input, State>(m: Matrix<Target, Input, State>) => m as unknown as AnyMatrix;

const casesOf = (m: AnyMatrix) => {
  const targets = Object.keys(m.targets);
  return actorKeys.flatMap((actorKey) =>
    targets.map((target, index) => ({
      actorKey,
      target,
      index,
      outcome: m.expected[actorKey][index] ?? "(no expected outcome)",
    })),
  );
};

/** The case tables of a group, every actor on every target. */
export function describeMatrices(group: MatrixGroup): void {
  describe.each(Object.keys(group))("%s", (mutation) => {
    const m = group[mutation]!;
    type Case = ReturnType<typeof casesOf>[number];
    const run = async ({ actorKey, target, index, outcome }: Case) => {
      const call: Call = { actorKey, caseId: `${actorKey}-${mutation}-${index}` };
      const actor = fx.actors[actorKey];
      const resolved = m.targets[target]!();
      const { input, state } = await m.prepare(resolved, call);

      const attempted = await attempt(mutations[mutation]!, actor, input);

      if (outcome !== OK) return expectRefused(attempted, outcome);
      expect(attempted.result).toMatchObject({ ok: true });
      const audits = await addedAuditRows(attempted.changes);
      expect(audits, "audit entries added").toHaveLength(m.audits?.(resolved) ?? 1);
      for (const audit of audits) {
        expect(audit).toMatchObject({ userId: actor.userId, pemdaId: actor.pemdaId, action: mutation });
      }
      await m.verify({
        target: resolved,
        call,
        input,
        state,
        changes: attempted.changes,
        audit: audits[0]!,
        audits,
      });
    };
    it.each(casesOf(m))("$actorKey on $target → $outcome", run);
  });
}
