import Decimal from "decimal.js";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { formatRupiah } from "@/lib/format";
import { db } from "@/lib/server/db";
import type { MutationResult } from "@/lib/errors";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { saveRealisasiAnggaran } from "@/lib/server/realisasi/save-realisasi-anggaran";
import { saveRealisasiGrid } from "@/lib/server/realisasi/save-realisasi-grid";
import { addSubKegiatan, attempt, expectRefused, setUpRegions, type SubKegiatanRef } from "./fixtures";

/**
 * Two planners saving the same realisasi at once (same sub kegiatan, period and base version): the
 * version check lets exactly one in; the other gets a CONFLICT that names what is stored now.
 */

let perencana: Principal;
let rehsos: Principal;
let laporanId: string;
/** A program of bidang rehabilitasi: both planners may edit its sub kegiatan. */
let programId: string;

beforeAll(async () => {
  const fx = await setUpRegions();
  perencana = fx.actors.perencanaA;
  rehsos = fx.actors.perencanaRehsosA;
  laporanId = fx.a.dinsos.laporanId;
  programId = fx.a.dinsos.subRehsos.programId;
});

let nextCode = 10;
/** A new sub kegiatan of bidang rehabilitasi without any realisasi yet. */
async function freshSub(): Promise<SubKegiatanRef> {
  const program = await db.program.findUniqueOrThrow({ where: { id: programId } });
  return addSubKegiatan({
    programId,
    bidangId: program.bidangId,
    code: `${program.code}.4.${nextCode++}`,
    name: "Kegiatan Uji Bersamaan",
  });
}

const save = (actor: Principal, subKegiatanId: string, amount: string, version: number | null) =>
  executeMutation(saveRealisasiAnggaran, actor, { subKegiatanId, period: "TW1", amount, version });

const stored = (subKegiatanId: string) =>
  db.realisasiAnggaran.findMany({ where: { subKegiatanId, period: "TW1" } });

const auditEntries = (subKegiatanId: string) =>
  db.auditLog.findMany({
    where: { action: "realisasiAnggaran.save", entityId: subKegiatanId },
    orderBy: { id: "asc" },
  });

/** The two results, checked to be one ok and one CONFLICT; returns the winner's index. */
function oneWinner(results: PromiseSettledResult<MutationResult<unknown>>[]) {
  const values = results.map((r) => {
    if (r.status === "rejected") throw r.reason;
    return r.value;
  });
  expect(values.filter((v) => v.ok)).toHaveLength(1);
  const winner = values.findIndex((v) => v.ok);
  const loser = values[1 - winner]!;
  expect(loser).toMatchObject({ ok: false, error: { kind: "CONFLICT" } });
  return { winner, loser: loser as Extract<MutationResult<unknown>, { ok: false }> };
}

/**
 * Holds the OPD-year's LKIP row (FOR UPDATE) on a separate connection while `start` runs, so every save
 * reads its base and then waits at the LKIP lock; releases it once `waiting` sessions are blocked. This
 * makes "both read the same version before either writes" certain instead of likely.
 */
async function withBothReadFirst<T>(waiting: number, start: () => Promise<T>): Promise<T> {
  const holder = new pg.Client({ connectionString: env.DATABASE_URL });
  await holder.connect();
  try {
    await holder.query("BEGIN");
    await holder.query(`SELECT 1 FROM "LaporanKinerja" WHERE id = $1 FOR UPDATE`, [laporanId]);
    const running = start();
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await holder.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      if (rows[0]!.n >= waiting) break;
      if (Date.now() > deadline) throw new Error("the saves never reached the LKIP lock");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await holder.query("COMMIT");
    return await running;
  } finally {
    await holder.end();
  }
}

describe("two concurrent edits of the same realisasi (same base version)", () => {
  const amounts = ["1.234.567", "7.654.321"];

  async function raceOnExisting(readFirst: boolean) {
    const sub = await freshSub();
    const first = await save(perencana, sub.id, "500.000", null);
    expect(first).toMatchObject({ ok: true, value: { version: 1 } });
    const edits = () =>
      Promise.allSettled([save(perencana, sub.id, amounts[0]!, 1), save(rehsos, sub.id, amounts[1]!, 1)]);
    const results = readFirst ? await withBothReadFirst(2, edits) : await edits();
    return { sub, ...oneWinner(results) };
  }

  async function expectWinnerStored(subId: string, winner: number) {
    const rows = await stored(subId);
    expect(rows).toHaveLength(1);
    expect(formatRupiah(new Decimal(rows[0]!.amount.toString()))).toBe(`Rp ${amounts[winner]}`);
    expect(rows[0]!.version).toBe(2);
    const audits = await auditEntries(subId);
    expect(audits.map((a) => (a.newValues as { amount: string }).amount)).toEqual([
      "500000",
      amounts[winner]!.replaceAll(".", ""),
    ]);
  }

  it.each([1, 2, 3, 4, 5])(
    "round %i: one ok, one CONFLICT; the winner's amount is stored with one audit entry",
    async () => {
      const { sub, winner } = await raceOnExisting(false);
      await expectWinnerStored(sub.id, winner);
    },
  );

  it("the same when both certainly read the base before either writes", async () => {
    const { sub, winner } = await raceOnExisting(true);
    await expectWinnerStored(sub.id, winner);
  });

  // Forced interleaving: both read the base before either writes, so the loser must read the winner's
  // amount anew rather than report the base it started from.
  it("the CONFLICT names the winner's amount, like “Rp 1.234.567”", async () => {
    const { winner, loser } = await raceOnExisting(true);
    expect(loser.error.message).toContain(`Rp ${amounts[winner]}`);
    expect(loser.error.current).toEqual({ amount: amounts[winner]!.replaceAll(".", "") });
  });
});

describe("two concurrent fills of an empty period (version null)", () => {
  const amounts = ["2.000.000", "3.500.000"];

  async function raceOnEmpty(readFirst: boolean) {
    const sub = await freshSub();
    const fills = () =>
      Promise.allSettled([
        save(perencana, sub.id, amounts[0]!, null),
        save(rehsos, sub.id, amounts[1]!, null),
      ]);
    const results = readFirst ? await withBothReadFirst(2, fills) : await fills();
    return { sub, ...oneWinner(results) };
  }

  it.each([
    ["as they come", false],
    ["both certainly reading the empty period first", true],
  ])(
    "%s: one row, the winner's, one audit entry; the CONFLICT names the winner's amount",
    async (_, first) => {
      const { sub, winner, loser } = await raceOnEmpty(first);
      expect(loser.error.message).toContain(`Rp ${amounts[winner]}`);
      expect(loser.error.current).toEqual({ amount: amounts[winner]!.replaceAll(".", "") });
      const rows = await stored(sub.id);
      expect(rows).toHaveLength(1);
      expect(formatRupiah(new Decimal(rows[0]!.amount.toString()))).toBe(`Rp ${amounts[winner]}`);
      expect(rows[0]!.version).toBe(1);
      const audits = await auditEntries(sub.id);
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({
        userId: [perencana, rehsos][winner]!.userId,
        oldValues: { period: "TW1", amount: null },
        newValues: { period: "TW1", amount: amounts[winner]!.replaceAll(".", "") },
      });
    },
  );
});

describe("two grid saves filling the same empty cell at once", () => {
  // The grid writes with one raw INSERT per table: the unique index refuses the second as SQLSTATE 23505
  // (Prisma P2010), which must end as the same CONFLICT as a duplicate from the query builder.
  const gridFill = (actor: Principal, sub: SubKegiatanRef, text: string) =>
    executeMutation(saveRealisasiGrid, actor, {
      opdId: sub.opdId,
      year: 2022,
      quarter: 1,
      cells: [{ key: `anggaran:${sub.id}`, text, version: null, row: 1 }],
    });

  it("20 pairs in parallel: each pair one ok and one CONFLICT, one row per cell", async () => {
    const subs = await Promise.all(Array.from({ length: 20 }, () => freshSub()));
    const pairs = await Promise.all(
      subs.map((sub) =>
        Promise.allSettled([gridFill(perencana, sub, "2.000.000"), gridFill(rehsos, sub, "3.500.000")]),
      ),
    );
    for (const [index, results] of pairs.entries()) {
      const { loser } = oneWinner(results);
      expect(loser.error.message).not.toBe("");
      expect(await stored(subs[index]!.id)).toHaveLength(1);
    }
  });
});

describe("an annual total and a TW IV amount sent at once on an empty leaf", () => {
  const both = (sub: SubKegiatanRef) =>
    Promise.all([
      executeMutation(saveRealisasiAnggaran, perencana, {
        subKegiatanId: sub.id,
        period: "TAHUNAN",
        amount: "4.000.000",
        version: null,
      }),
      executeMutation(saveRealisasiGrid, rehsos, {
        opdId: sub.opdId,
        year: 2022,
        quarter: 4,
        cells: [{ key: `anggaran:${sub.id}`, text: "1.000.000", version: null, row: 1 }],
      }),
    ]);

  async function expectOneKind(sub: SubKegiatanRef, results: MutationResult<unknown>[]) {
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const rows = await db.realisasiAnggaran.findMany({ where: { subKegiatanId: sub.id } });
    expect(rows).toHaveLength(1);
  }

  it("both certainly reading the empty leaf first: one stored, the other refused", async () => {
    for (let round = 0; round < 3; round++) {
      const sub = await freshSub();
      await expectOneKind(sub, await withBothReadFirst(2, () => both(sub)));
    }
  });

  it("20 times in parallel: never both stored", async () => {
    const subs = await Promise.all(Array.from({ length: 20 }, () => freshSub()));
    const outcomes = await Promise.all(subs.map(both));
    for (const [index, results] of outcomes.entries()) await expectOneKind(subs[index]!, results);
  });
});

describe("a save from a stale version after a successful one", () => {
  it("is a CONFLICT naming the current amount and changes nothing", async () => {
    const sub = await freshSub();
    expect(await save(perencana, sub.id, "1.000.000", null)).toMatchObject({
      ok: true,
      value: { version: 1 },
    });
    expect(await save(perencana, sub.id, "1.250.000", 1)).toMatchObject({ ok: true, value: { version: 2 } });

    const stale = await attempt(saveRealisasiAnggaran, rehsos, {
      subKegiatanId: sub.id,
      period: "TW1",
      amount: "9.999.999",
      version: 1,
    });
    expectRefused(stale, "CONFLICT");
    expect(stale.result).toMatchObject({
      error: {
        message:
          "Realisasi ini telah diubah oleh pengguna lain menjadi Rp 1.250.000. Periksa lalu simpan lagi.",
        current: { amount: "1250000" },
      },
    });
    expect((await stored(sub.id)).map((r) => [r.amount.toString(), r.version])).toEqual([["1250000", 2]]);
  });

  it("a fill (version null) of a period someone already filled is a CONFLICT too", async () => {
    const sub = await freshSub();
    expect(await save(perencana, sub.id, "4.000.000", null)).toMatchObject({ ok: true });
    const late = await attempt(saveRealisasiAnggaran, rehsos, {
      subKegiatanId: sub.id,
      period: "TW1",
      amount: "4.100.000",
      version: null,
    });
    expectRefused(late, "CONFLICT");
    expect(late.result).toMatchObject({ error: { message: expect.stringContaining("Rp 4.000.000") } });
  });
});
