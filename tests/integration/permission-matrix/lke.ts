import { expect } from "vitest";
import type { LaporanStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { copyLkeReference } from "@/lib/server/lke/lke-reference";
import { setLaporanStatus, tally, type ActorKey } from "../fixtures";
import { FB, NF, OK, fx, next, type MatrixGroup, matrix, type Outcome } from "./harness";

/**
 * Permission matrix, LKE group (see ./harness.ts). An OPD-year's LKE is answered by the whole-OPD planners
 * of that OPD and scored by the inspectorate of its region, at any LKIP status (the evaluation follows
 * the final report); the region's criteria are kept by its administrator.
 */

type Target = { opdId: string; laporanId: string; lkip: LaporanStatus };

const targets = {
  "dinsos 2022": (): Target => ({
    opdId: fx.a.dinsos.opdId,
    laporanId: fx.a.dinsos.laporanId,
    lkip: "DRAFT",
  }),
  "dinsos 2022, LKIP final": (): Target => ({
    opdId: fx.a.dinsos.opdId,
    laporanId: fx.a.dinsos.laporanId,
    lkip: "FINAL",
  }),
  "dinkes 2022 (other OPD)": (): Target => ({
    opdId: fx.a.dinkes.opdId,
    laporanId: fx.a.dinkes.laporanId,
    lkip: "DRAFT",
  }),
  "Cilegon 2022 (other region)": (): Target => ({
    opdId: fx.b.dinsos.opdId,
    laporanId: fx.b.dinsos.laporanId,
    lkip: "DRAFT",
  }),
};

/** The target's criterion 1.a.1 (Y/T) and 2.b.4 (A–E), and the OPD-year's row for it. */
async function prepareMark(target: Target, code: string) {
  await setLaporanStatus(target.laporanId, target.lkip);
  const { pemdaId } = await db.perangkatDaerah.findUniqueOrThrow({ where: { id: target.opdId } });
  await copyLkeReference(db, pemdaId);
  const kriteria = await db.lkeKriteria.findUniqueOrThrow({ where: { pemdaId_code: { pemdaId, code } } });
  const before = await db.lkeJawaban.findFirst({
    where: { opdId: target.opdId, year: 2022, kriteriaId: kriteria.id },
  });
  return { kriteria, before };
}

// --- lke.answer

const answerMatrix = matrix({
  targets,
  async prepare(target) {
    const { kriteria, before } = await prepareMark(target, "1.a.1");
    const answer = before?.answer === "Y" ? "T" : "Y";
    const explanation = `Pedoman perencanaan ${next()}`;
    const input = {
      laporanId: target.laporanId,
      kriteriaId: kriteria.id,
      answer,
      explanation,
      version: before?.version ?? null,
    };
    return { input, state: { kriteria, before, answer, explanation } };
  },
  // prettier-ignore
  expected: {
    //                 dinsos  final   dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     NF,     NF],
    perencanaA:       [OK,     OK,     NF,     NF],
    perencanaRehsosA: [NF,     NF,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     FB],
  } satisfies Record<ActorKey, Outcome[]>,
  async verify({ target, state: { kriteria, before, answer, explanation }, changes, audit }) {
    expect(tally(changes)).toEqual({ LkeJawaban: before ? "~1" : "+1", AuditLog: "+1" });
    const saved = await db.lkeJawaban.findFirstOrThrow({
      where: { opdId: target.opdId, year: 2022, kriteriaId: kriteria.id },
    });
    expect(saved).toMatchObject({ answer, explanation, version: (before?.version ?? 0) + 1 });
    expect(audit).toMatchObject({
      opdId: target.opdId,
      year: 2022,
      entity: "LkeJawaban",
      entityId: saved.id,
      oldValues: before ? { code: "1.a.1", answer: before.answer, explanation: before.explanation } : null,
      newValues: { code: "1.a.1", answer, explanation },
    });
  },
});

// --- lke.score

const scoreMatrix = matrix({
  targets,
  async prepare(target) {
    const { kriteria, before } = await prepareMark(target, "2.b.4");
    const score = before?.score === "B" ? "C" : "B";
    const note = `Pengukuran triwulanan ${next()}`;
    const input = {
      laporanId: target.laporanId,
      kriteriaId: kriteria.id,
      score,
      note,
      version: before?.version ?? null,
    };
    return { input, state: { kriteria, before, score, note } };
  },
  // prettier-ignore
  expected: {
    //                 dinsos  final   dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     NF,     NF],
    perencanaA:       [FB,     FB,     NF,     NF],
    perencanaRehsosA: [NF,     NF,     NF,     NF],
    inspektoratA:     [OK,     OK,     OK,     NF],
    adminB:           [NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     FB],
    inspektoratB:     [NF,     NF,     NF,     OK],
  } satisfies Record<ActorKey, Outcome[]>,
  async verify({ target, state: { kriteria, before, score, note }, changes, audit }) {
    expect(tally(changes)).toEqual({ LkeJawaban: before ? "~1" : "+1", AuditLog: "+1" });
    const saved = await db.lkeJawaban.findFirstOrThrow({
      where: { opdId: target.opdId, year: 2022, kriteriaId: kriteria.id },
    });
    expect(saved).toMatchObject({ score, scoreNote: note });
    expect(audit).toMatchObject({
      entity: "LkeJawaban",
      entityId: saved.id,
      newValues: { code: "2.b.4", score, scoreNote: note },
    });
  },
});

// --- lkeKriteria.save and lkeReference.copy: the region's administrator, in their own region.

// prettier-ignore
const adminOnly: Record<ActorKey, Outcome[]> = {
  adminA: [OK], kepalaA: [FB], perencanaA: [FB], perencanaRehsosA: [FB], inspektoratA: [FB],
  adminB: [OK], kepalaB: [FB], perencanaB: [FB], inspektoratB: [FB],
};

const kriteriaMatrix = matrix({
  targets: { "own region": () => null },
  async prepare(_target, call) {
    const pemdaId = fx.actors[call.actorKey].pemdaId;
    await copyLkeReference(db, pemdaId);
    const before = await db.lkeKriteria.findUniqueOrThrow({
      where: { pemdaId_code: { pemdaId, code: "4.b.5" } },
    });
    const text = `Evaluasi internal memakai aplikasi ${next()}`;
    const input = { id: before.id, code: "4.b.5", text, scale: "A_E", active: true, version: before.version };
    return { input, state: { before, text } };
  },
  expected: adminOnly,
  async verify({ state: { before, text }, changes, audit }) {
    expect(tally(changes)).toEqual({ LkeKriteria: "~1", AuditLog: "+1" });
    const saved = await db.lkeKriteria.findUniqueOrThrow({ where: { id: before.id } });
    expect(saved).toMatchObject({ text, version: before.version + 1 });
    expect(audit).toMatchObject({
      opdId: null,
      entity: "LkeKriteria",
      entityId: before.id,
      oldValues: { text: before.text },
      newValues: { code: "4.b.5", text },
    });
  },
});

const copyMatrix = matrix({
  targets: { "own region": () => null },
  async prepare(_target, call) {
    const pemdaId = fx.actors[call.actorKey].pemdaId;
    await copyLkeReference(db, pemdaId);
    await db.lkeKriteria.delete({ where: { pemdaId_code: { pemdaId, code: "3.c.7" } } });
    return { input: {}, state: { pemdaId } };
  },
  expected: adminOnly,
  async verify({ state: { pemdaId }, changes, audit }) {
    expect(tally(changes)).toEqual({ LkeKriteria: "+1", AuditLog: "+1" });
    expect(await db.lkeKriteria.count({ where: { pemdaId } })).toBe(80);
    expect(audit).toMatchObject({ entity: "Pemda", entityId: pemdaId, newValues: { lkeKriteria: 1 } });
  },
});

/** The tables of this group, keyed by mutation name. */
export const lkeMatrices: MatrixGroup = {
  "lke.answer": answerMatrix,
  "lke.score": scoreMatrix,
  "lkeKriteria.save": kriteriaMatrix,
  "lkeReference.copy": copyMatrix,
};
