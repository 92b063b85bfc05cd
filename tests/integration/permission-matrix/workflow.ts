import { beforeAll, describe, expect, it } from "vitest";
import type { LaporanStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { mutations } from "@/lib/server/mutations/registry";
import {
  type ActorKey,
  actorKeys,
  addedAuditRow,
  attempt,
  expectRefused,
  setLaporanStatus,
  tally,
} from "../fixtures";
import { OK, NF, FB, IV, fx, regionOf, addedIds, next, type MatrixGroup, matrix } from "./harness";

/** Permission matrix, workflow group (see ./harness.ts). The LKIP workflow: its moves, review notes and the signing of the Perjanjian Kinerja; and the workflow walked step by step. */

// --- laporan.transition: every move of the workflow, on the LKIP of each scope.

/** `note`: required by the table; `reason`: given though the table does not require it. */
type Move = { label: string; from: LaporanStatus; to: LaporanStatus; note?: string; reason?: string };

/** The workflow as this test understands it; ./index.ts checks it against lib/workflow's table. */
export const moves: Move[] = [
  { label: "submit", from: "DRAFT", to: "DIAJUKAN" },
  { label: "return", from: "DIAJUKAN", to: "DIKEMBALIKAN", note: "Analisis capaian IKU belum lengkap." },
  { label: "resubmit", from: "DIKEMBALIKAN", to: "DIAJUKAN" },
  { label: "approve", from: "DIAJUKAN", to: "DIREVIU" },
  // The demo year has open errors: finalising it needs a reason (tests/integration/finalize-reason.test.ts).
  { label: "finalize", from: "DIREVIU", to: "FINAL", reason: "Selisih dokumen sumber dicatat di Lampiran." },
  { label: "reopen", from: "FINAL", to: "DRAFT", note: "Koreksi realisasi triwulan IV." },
];
const isLegalMove = (from: LaporanStatus, to: LaporanStatus) =>
  moves.some((m) => m.from === from && m.to === to);

type TransitionTarget = Move & { laporanId: string };

const lkips: Record<string, () => string> = {
  "dinsos Serang": () => fx.a.dinsos.laporanId,
  "dinkes Serang": () => fx.a.dinkes.laporanId,
  "dinsos Cilegon": () => fx.b.dinsos.laporanId,
};

const transitionMatrix = matrix({
  targets: Object.fromEntries(
    Object.entries(lkips).flatMap(([lkip, laporanId]) =>
      moves.map((move) => [
        `${move.label} (${move.from} → ${move.to}) ${lkip}`,
        (): TransitionTarget => ({ ...move, laporanId: laporanId() }),
      ]),
    ),
  ),
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.from);
    const { version } = await db.laporanKinerja.findUniqueOrThrow({ where: { id: target.laporanId } });
    return {
      input: { laporanId: target.laporanId, to: target.to, note: target.note ?? target.reason, version },
      state: { version },
    };
  },
  // prettier-ignore
  expected: {
    //                 ──── dinsos Serang ────   ──── dinkes Serang ────   ──── dinsos Cilegon ───
    //                 sub ret res app fin reo   sub ret res app fin reo   sub ret res app fin reo
    adminA:           [FB, FB, FB, FB, FB, OK,   FB, FB, FB, FB, FB, OK,   NF, NF, NF, NF, NF, NF],
    kepalaA:          [OK, FB, OK, FB, OK, FB,   NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF],
    perencanaA:       [FB, FB, FB, FB, FB, FB,   NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF],
    perencanaRehsosA: [FB, FB, FB, FB, FB, FB,   NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF],
    inspektoratA:     [FB, OK, FB, OK, FB, FB,   FB, OK, FB, OK, FB, FB,   NF, NF, NF, NF, NF, NF],
    adminB:           [NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF,   FB, FB, FB, FB, FB, OK],
    kepalaB:          [NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF,   OK, FB, OK, FB, OK, FB],
    perencanaB:       [NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF,   FB, FB, FB, FB, FB, FB],
    inspektoratB:     [NF, NF, NF, NF, NF, NF,   NF, NF, NF, NF, NF, NF,   FB, OK, FB, OK, FB, FB],
  },
  async verify({ target, call, state, changes, audit }) {
    expect(tally(changes)).toEqual({
      LaporanKinerja: "~1",
      StatusTransition: "+1",
      AuditLog: "+1",
      // FINAL freezes the PDF (tests/integration/lkip-freeze.test.ts) and the year's result through each
      // triwulan (tests/integration/final-frozen.test.ts).
      ...(target.to === "FINAL" ? { LkipRevision: "+1", LkipRevisionResult: "+4" } : {}),
    });
    const laporan = await db.laporanKinerja.findUniqueOrThrow({ where: { id: target.laporanId } });
    expect(laporan).toMatchObject({ status: target.to, version: state.version + 1 });
    const [transitionId] = addedIds(changes, "StatusTransition");
    expect(await db.statusTransition.findUniqueOrThrow({ where: { id: transitionId } })).toMatchObject({
      laporanId: target.laporanId,
      fromStatus: target.from,
      toStatus: target.to,
      userId: fx.actors[call.actorKey].userId,
      note: target.note ?? target.reason ?? null,
    });
    expect(audit).toMatchObject({
      opdId: laporan.opdId,
      year: 2022,
      entity: "LaporanKinerja",
      entityId: target.laporanId,
      oldValues: { status: target.from },
      newValues: { status: target.to },
      reason: target.note ?? target.reason ?? null,
    });
  },
});

// --- reviewNote.create: reviewNote:write on the LKIP or one of its items.

type ReviewTarget = { laporanId: string; opdId: string; entity: string; entityId: string };

const reviewNoteMatrix = matrix({
  targets: {
    "dinsos LKIP": (): ReviewTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      entity: "LaporanKinerja",
      entityId: fx.a.dinsos.laporanId,
    }),
    "a dinsos sub kegiatan": (): ReviewTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      entity: "SubKegiatan",
      entityId: fx.a.dinsos.subRehsos.id,
    }),
    "dinkes LKIP (other OPD)": (): ReviewTarget => ({
      laporanId: fx.a.dinkes.laporanId,
      opdId: fx.a.dinkes.opdId,
      entity: "LaporanKinerja",
      entityId: fx.a.dinkes.laporanId,
    }),
    "dinsos LKIP, a dinkes sub kegiatan": (): ReviewTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      entity: "SubKegiatan",
      entityId: fx.a.dinkes.sub.id,
    }),
    "the dinsos IKU": (): ReviewTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      entity: "Indikator",
      entityId: fx.a.dinsos.ikuId,
    }),
    "dinsos LKIP, a dinkes indicator": (): ReviewTarget => ({
      laporanId: fx.a.dinsos.laporanId,
      opdId: fx.a.dinsos.opdId,
      entity: "Indikator",
      entityId: fx.a.dinkes.indikatorId,
    }),
    "Cilegon LKIP (other region)": (): ReviewTarget => ({
      laporanId: fx.b.dinsos.laporanId,
      opdId: fx.b.dinsos.opdId,
      entity: "LaporanKinerja",
      entityId: fx.b.dinsos.laporanId,
    }),
  },
  async prepare({ laporanId, entity, entityId }, call) {
    const body = `Catatan reviu ${call.caseId}: lengkapi bukti dukung.`;
    return { input: { laporanId, entity, entityId, body }, state: null };
  },
  // prettier-ignore
  expected: {
    //                 LKIP    sub     dinkes  mixSub  IKU     mixInd  Cilegon
    adminA:           [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     NF,     FB,     FB,     FB,     NF],
    perencanaA:       [FB,     FB,     NF,     FB,     FB,     FB,     NF],
    perencanaRehsosA: [FB,     FB,     NF,     FB,     FB,     FB,     NF],
    inspektoratA:     [OK,     OK,     OK,     NF,     OK,     NF,     NF],
    adminB:           [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    inspektoratB:     [NF,     NF,     NF,     NF,     NF,     NF,     OK],
  },
  async verify({ target, call, input, changes, audit }) {
    expect(tally(changes)).toEqual({ ReviewNote: "+1", AuditLog: "+1" });
    const [noteId] = addedIds(changes, "ReviewNote");
    const note = await db.reviewNote.findUniqueOrThrow({ where: { id: noteId } });
    expect(note).toMatchObject({
      laporanId: target.laporanId,
      entity: target.entity,
      entityId: target.entityId,
      body: input.body,
      authorId: fx.actors[call.actorKey].userId,
    });
    expect(audit).toMatchObject({
      opdId: target.opdId,
      year: 2022,
      entity: target.entity,
      entityId: target.entityId,
      oldValues: null,
      newValues: { note: input.body },
    });
  },
});

// --- perjanjianKinerja.sign: the KEPALA of the OPD signs, once.

type PkTarget = { id: string; signed: boolean };

const signPkMatrix = matrix({
  targets: {
    "dinsos PK": (): PkTarget => ({ id: fx.a.dinsos.perjanjianKinerjaId, signed: false }),
    "dinsos PK, already signed": (): PkTarget => ({ id: fx.a.dinsos.perjanjianKinerjaId, signed: true }),
    "dinkes PK (other OPD)": (): PkTarget => ({ id: fx.a.dinkes.perjanjianKinerjaId, signed: false }),
    "Cilegon PK (other region)": (): PkTarget => ({ id: fx.b.dinsos.perjanjianKinerjaId, signed: false }),
  },
  async prepare(target) {
    const { version } = await db.perjanjianKinerja.update({
      where: { id: target.id },
      data: { signedAt: target.signed ? new Date("2022-02-01T02:00:00Z") : null },
    });
    return { input: { perjanjianKinerjaId: target.id, version }, state: { version } };
  },
  // prettier-ignore
  expected: {
    //                 dinsos  signed  dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     NF],
    kepalaA:          [OK,     IV,     NF,     NF],
    perencanaA:       [FB,     FB,     NF,     NF],
    perencanaRehsosA: [FB,     FB,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     OK],
    perencanaB:       [NF,     NF,     NF,     FB],
    inspektoratB:     [NF,     NF,     NF,     FB],
  },
  async verify({ target, state, changes, audit }) {
    expect(tally(changes)).toEqual({ PerjanjianKinerja: "~1", AuditLog: "+1" });
    const pk = await db.perjanjianKinerja.findUniqueOrThrow({ where: { id: target.id } });
    expect(pk.signedAt).toBeInstanceOf(Date);
    expect(pk.version).toBe(state.version + 1);
    expect(audit).toMatchObject({
      opdId: pk.opdId,
      year: 2022,
      entity: "PerjanjianKinerja",
      entityId: pk.id,
      oldValues: { signedAt: null },
      newValues: { signedAt: pk.signedAt!.toISOString() },
    });
  },
});

/** The tables of this group, keyed by mutation name. */
export const workflowMatrices: MatrixGroup = {
  "laporan.transition": transitionMatrix,
  "reviewNote.create": reviewNoteMatrix,
  "perjanjianKinerja.sign": signPkMatrix,
};

// ---------------------------------------------------------------------------------------------------
// The workflow walked step by step on one LKIP, with the realisasi lock at each state.

export function describeWorkflowWalk(): void {
  describe("the LKIP workflow, walked on Dinas Sosial Serang 2022", () => {
    type Step = { from: LaporanStatus; to: LaporanStatus; by: ActorKey; note?: string };
    const walk: Step[] = [
      { from: "DRAFT", to: "DIAJUKAN", by: "kepalaA" },
      { from: "DIAJUKAN", to: "DIKEMBALIKAN", by: "inspektoratA", note: "Lengkapi analisis capaian IKU." },
      { from: "DIKEMBALIKAN", to: "DIAJUKAN", by: "kepalaA" },
      { from: "DIAJUKAN", to: "DIREVIU", by: "inspektoratA" },
      // The demo year has open errors, so the reason is required here too.
      { from: "DIREVIU", to: "FINAL", by: "kepalaA", note: "Selisih dokumen sumber dicatat di Lampiran." },
      { from: "FINAL", to: "DRAFT", by: "adminA", note: "Koreksi realisasi sub kegiatan permakanan." },
    ];
    const statuses: LaporanStatus[] = ["DRAFT", "DIAJUKAN", "DIKEMBALIKAN", "DIREVIU", "FINAL"];
    const editable: LaporanStatus[] = ["DRAFT", "DIKEMBALIKAN"];

    const laporan = () => db.laporanKinerja.findUniqueOrThrow({ where: { id: fx.a.dinsos.laporanId } });
    const transition = (to: LaporanStatus, version: number, note?: string) => ({
      laporanId: fx.a.dinsos.laporanId,
      to,
      version,
      ...(note === undefined ? {} : { note }),
    });
    const transitionAs = async (actor: ActorKey, to: LaporanStatus, note?: string, staleBy = 0) =>
      attempt(
        mutations["laporan.transition"]!,
        fx.actors[actor],
        transition(to, (await laporan()).version - staleBy, note),
      );

    beforeAll(async () => {
      await setLaporanStatus(fx.a.dinsos.laporanId, "DRAFT");
    });

    describe.each(walk)("$from → $to by $by", (step) => {
      const planners = [
        { actor: "perencanaA", sub: () => fx.a.dinsos.subSekretariat },
        { actor: "perencanaRehsosA", sub: () => fx.a.dinsos.subRehsos },
      ] as const;
      const savable = editable.includes(step.from);

      it.each(planners)(
        `$actor ${savable ? "may save" : "may not save (LOCKED)"} realisasi while ${step.from}`,
        async ({ actor, sub }) => {
          expect((await laporan()).status).toBe(step.from);
          const before = await db.realisasiAnggaran.findFirstOrThrow({
            where: { subKegiatanId: sub().id, period: "TAHUNAN" },
          });
          const amount = 5_000_000 + next();
          const input = {
            subKegiatanId: sub().id,
            period: "TAHUNAN",
            amount: String(amount),
            version: before.version,
          };
          const attempted = await attempt(mutations["realisasiAnggaran.save"]!, fx.actors[actor], input);
          if (!savable) {
            expectRefused(attempted, "LOCKED");
            expect(attempted.result).toMatchObject({
              error: { message: expect.stringContaining("tidak dapat diubah") },
            });
            return;
          }
          expect(attempted.result).toMatchObject({ ok: true });
          expect(tally(attempted.changes)).toEqual({ RealisasiAnggaran: "~1", AuditLog: "+1" });
          expect(await addedAuditRow(attempted.changes)).toMatchObject({
            userId: fx.actors[actor].userId,
            action: "realisasiAnggaran.save",
            newValues: { period: "TAHUNAN", amount: String(amount) },
          });
        },
      );

      it.each(actorKeys.filter((key) => key !== step.by))(
        `%s may not move it to ${step.to}`,
        async (actor) => {
          const expected = regionOf(actor) === "B" ? NF : FB;
          expectRefused(await transitionAs(actor, step.to, step.note), expected);
        },
      );

      it.each(statuses.filter((to) => !isLegalMove(step.from, to)))(
        `${step.from} → %s is INVALID, even for ${step.by}`,
        async (to) => {
          const attempted = await transitionAs(step.by, to, "Catatan.");
          expectRefused(attempted, IV);
          expect(attempted.result).toMatchObject({
            error: { message: expect.stringContaining("tidak dapat diubah") },
          });
        },
      );

      if (step.note) {
        it.each([undefined, "", "   "])("is INVALID with note %j (a note is required)", async (note) => {
          expectRefused(await transitionAs(step.by, step.to, note), IV);
        });
      }

      it("is a CONFLICT with a stale version", async () => {
        expectRefused(await transitionAs(step.by, step.to, step.note, 1), "CONFLICT");
      });

      it(`${step.by} moves it to ${step.to}`, async () => {
        const attempted = await transitionAs(step.by, step.to, step.note);
        expect(attempted.result).toMatchObject({ ok: true, value: { status: step.to } });
        expect(tally(attempted.changes)).toEqual({
          LaporanKinerja: "~1",
          StatusTransition: "+1",
          AuditLog: "+1",
          // FINAL freezes the PDF and the year's result through each triwulan (as above).
          ...(step.to === "FINAL" ? { LkipRevision: "+1", LkipRevisionResult: "+4" } : {}),
        });
        expect(await addedAuditRow(attempted.changes)).toMatchObject({
          userId: fx.actors[step.by].userId,
          entity: "LaporanKinerja",
          oldValues: { status: step.from },
          newValues: { status: step.to },
          reason: step.note ?? null,
        });
        expect((await laporan()).status).toBe(step.to);
      });
    });

    it("ends in DRAFT again, with every move recorded in order with its user and note", async () => {
      expect((await laporan()).status).toBe("DRAFT");
      const recorded = await db.statusTransition.findMany({
        where: { laporanId: fx.a.dinsos.laporanId },
        orderBy: { createdAt: "asc" },
      });
      expect(recorded.slice(-walk.length).map((t) => [t.fromStatus, t.toStatus, t.userId, t.note])).toEqual(
        walk.map((s) => [s.from, s.to, fx.actors[s.by].userId, s.note ?? null]),
      );
    });
  });
}
