import { expect } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import type { AuditLog, LaporanStatus } from "@/lib/generated/prisma/client";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import type { MutationResult } from "@/lib/errors";
import { executeMutation, type Mutation } from "@/lib/server/mutations/define-mutation";
import type { z } from "zod";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";

/**
 * Shared by the access tests: two regions with their OPD-years and accounts, principals loaded the way
 * a session loads them, and a whole-database snapshot to prove that a refused call changed nothing.
 */

export async function principalOf(email: string): Promise<Principal> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const principal = await loadPrincipal({ userId: user.id, sessionVersion: user.sessionVersion });
  if (!principal) throw new Error(`${email}: no principal`);
  return principal;
}

export type SubKegiatanRef = {
  id: string;
  opdId: string;
  bidangId: string | null;
  laporanId: string;
  kegiatanId: string;
  programId: string;
  /** An output indicator of the sub kegiatan (the demo's may have none). */
  indikatorId: string | null;
};

async function refOf(subKegiatanId: string): Promise<SubKegiatanRef> {
  const sub = await db.subKegiatan.findUniqueOrThrow({
    where: { id: subKegiatanId },
    include: { kegiatan: true, indikator: { orderBy: { position: "asc" }, take: 1 } },
  });
  const laporan = await db.laporanKinerja.findUniqueOrThrow({
    where: { opdId_year: { opdId: sub.opdId, year: sub.year } },
  });
  return {
    id: sub.id,
    opdId: sub.opdId,
    bidangId: sub.bidangId,
    laporanId: laporan.id,
    kegiatanId: sub.kegiatanId,
    programId: sub.kegiatan.programId,
    indikatorId: sub.indikator[0]?.id ?? null,
  };
}

/**
 * A kegiatan with one sub kegiatan under an existing program of an OPD-year: no realisasi, one output
 * indicator without targets, and optionally one rekening belanja line.
 */
export async function addSubKegiatan(args: {
  programId: string;
  bidangId: string | null;
  code: string;
  name: string;
}): Promise<SubKegiatanRef> {
  return (await createSub(args)).sub;
}

async function createSub(args: {
  programId: string;
  bidangId: string | null;
  code: string;
  name: string;
  withRekening?: boolean;
}): Promise<{ sub: SubKegiatanRef; rekeningId: string | null }> {
  const program = await db.program.findUniqueOrThrow({ where: { id: args.programId } });
  const { pemdaId, opdId, year } = program;
  const kegiatan = await db.kegiatan.create({
    data: {
      pemdaId,
      opdId,
      year,
      programId: program.id,
      code: args.code,
      name: args.name,
      bidangId: args.bidangId,
    },
  });
  const sub = await db.subKegiatan.create({
    data: {
      pemdaId,
      opdId,
      year,
      kegiatanId: kegiatan.id,
      code: `${args.code}.0001`,
      name: args.name,
      bidangId: args.bidangId,
      paguAwal: "100000000",
      indikator: {
        create: { pemdaId, level: "SUB_KEGIATAN", name: `Output ${args.name}`, satuan: "orang" },
      },
    },
  });
  const rekening = args.withRekening
    ? await db.rekeningBelanja.create({
        data: {
          pemdaId,
          subKegiatanId: sub.id,
          code: "5.1.02.01.01.0001",
          name: "Belanja Alat Tulis Kantor",
          paguAwal: "25000000",
        },
      })
    : null;
  return { sub: await refOf(sub.id), rekeningId: rekening?.id ?? null };
}

export type RekeningRef = { sub: SubKegiatanRef; rekeningId: string };

const withRekening = async (args: Parameters<typeof addSubKegiatan>[0]): Promise<RekeningRef> => {
  const { sub, rekeningId } = await createSub({ ...args, withRekening: true });
  return { sub, rekeningId: rekeningId! };
};

export type OpdYearRef = {
  opdId: string;
  bidangId: string;
  programId: string;
  /** A sub kegiatan without rekening lines, with an output indicator. */
  sub: SubKegiatanRef;
  /** A sub kegiatan detailed by one rekening line. */
  rekening: RekeningRef;
  /** The output indicator of `sub`. */
  indikatorId: string;
  laporanId: string;
  perjanjianKinerjaId: string;
};

/** An OPD with one bidang owning a program, two kegiatan and sub kegiatan in `year`, its LKIP (DRAFT) and PK. */
export async function createOpdYear(args: {
  pemdaId: string;
  slug: string;
  name: string;
  bidang: string;
  programCode: string;
  year: number;
}): Promise<OpdYearRef> {
  const { pemdaId, year } = args;
  const opd = await db.perangkatDaerah.create({ data: { pemdaId, slug: args.slug, name: args.name } });
  const bidang = await db.bidang.create({ data: { pemdaId, opdId: opd.id, name: args.bidang } });
  const program = await db.program.create({
    data: { pemdaId, opdId: opd.id, year, code: args.programCode, name: "Program Uji", bidangId: bidang.id },
  });
  const laporan = await db.laporanKinerja.create({ data: { pemdaId, opdId: opd.id, year } });
  const pk = await db.perjanjianKinerja.create({
    data: {
      pemdaId,
      opdId: opd.id,
      year,
      signerName: `Kepala ${args.name}`,
      signerTitle: `Kepala ${args.name}`,
      counterpartTitle: "Bupati",
    },
  });
  const sub = await addSubKegiatan({
    programId: program.id,
    bidangId: bidang.id,
    code: `${args.programCode}.2.01`,
    name: "Kegiatan Uji",
  });
  const rekening = await withRekening({
    programId: program.id,
    bidangId: bidang.id,
    code: `${args.programCode}.2.02`,
    name: "Kegiatan Uji Berekening",
  });
  return {
    opdId: opd.id,
    bidangId: bidang.id,
    programId: program.id,
    sub,
    rekening,
    indikatorId: sub.indikatorId!,
    laporanId: laporan.id,
    perjanjianKinerjaId: pk.id,
  };
}

export const actorKeys = [
  "adminA",
  "kepalaA",
  "perencanaA",
  "perencanaRehsosA",
  "inspektoratA",
  "adminB",
  "kepalaB",
  "perencanaB",
  "inspektoratB",
] as const;
export type ActorKey = (typeof actorKeys)[number];

export type Regions = {
  actors: Record<ActorKey, Principal>;
  /** Kabupaten Serang: the demo's Dinas Sosial, and a Dinas Kesehatan added here. */
  a: {
    pemdaId: string;
    dinsos: {
      opdId: string;
      laporanId: string;
      perjanjianKinerjaId: string;
      bidangRehsosId: string;
      bidangSekretariatId: string;
      /** Demo sub kegiatan (realisasi TAHUNAN, version 1) of bidang rehabilitasi and of the sekretariat. */
      subRehsos: SubKegiatanRef;
      subSekretariat: SubKegiatanRef;
      /** Added here: owned by no bidang, so only whole-OPD planners may touch it. */
      subNoBidang: SubKegiatanRef;
      /** Added here: sub kegiatan without realisasi yet (for quarterly entry), with an output indicator. */
      quarterlyRehsos: SubKegiatanRef;
      quarterlySekretariat: SubKegiatanRef;
      /** Added here: sub kegiatan detailed by one rekening line each. */
      rekeningRehsos: RekeningRef;
      rekeningSekretariat: RekeningRef;
      /** The demo's IKU (a sasaran indicator of the Renstra) and its sasaran. */
      ikuId: string;
      sasaranId: string;
    };
    dinkes: OpdYearRef;
  };
  /** Kota Cilegon: a second region with its own Dinas Sosial 2022 and accounts. */
  b: { pemdaId: string; dinsos: OpdYearRef };
};

async function demoSub(opdId: string, bidangName: string): Promise<SubKegiatanRef> {
  const sub = await db.subKegiatan.findFirstOrThrow({
    where: { opdId, year: 2022, bidang: { name: bidangName }, realisasi: { some: { period: "TAHUNAN" } } },
    orderBy: { code: "asc" },
  });
  return refOf(sub.id);
}

/** Loads the Serang 2022 demo and builds the rest of region A and region B with their accounts. */
export async function setUpRegions(): Promise<Regions> {
  await loadDemo(db, serang2022);
  const dinsos = await db.perangkatDaerah.findUniqueOrThrow({ where: { slug: "dinsos-serang" } });
  const pemdaA = dinsos.pemdaId;
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: "admin.serang@sakip.demo" } });

  const dinkes = await createOpdYear({
    pemdaId: pemdaA,
    slug: "dinkes-serang",
    name: "Dinas Kesehatan Kabupaten Serang",
    bidang: "Bidang Pelayanan Kesehatan",
    programCode: "1.02.02",
    year: 2022,
  });
  const rehsos = await db.bidang.findFirstOrThrow({
    where: { opdId: dinsos.id, name: "Bidang Rehabilitasi Sosial" },
  });
  const sekretariat = await db.bidang.findFirstOrThrow({ where: { opdId: dinsos.id, name: "Sekretariat" } });
  const subRehsos = await demoSub(dinsos.id, "Bidang Rehabilitasi Sosial");
  const subSekretariat = await demoSub(dinsos.id, "Sekretariat");
  const program = async (bidangId: string) =>
    db.program.findFirstOrThrow({
      where: { opdId: dinsos.id, year: 2022, bidangId },
      orderBy: { code: "asc" },
    });
  const programRehsos = await program(rehsos.id);
  const programSekretariat = await program(sekretariat.id);
  const add = (p: { id: string; code: string }, bidangId: string | null, code: string, name: string) =>
    addSubKegiatan({ programId: p.id, bidangId, code: `${p.code}.${code}`, name });
  const subNoBidang = await add(programSekretariat, null, "2.99", "Kegiatan Tanpa Bidang");
  const quarterlyRehsos = await add(programRehsos, rehsos.id, "2.98", "Kegiatan Triwulanan Rehabilitasi");
  const quarterlySekretariat = await add(programSekretariat, sekretariat.id, "2.98", "Kegiatan Triwulanan");
  const rekeningRehsos = await withRekening({
    programId: programRehsos.id,
    bidangId: rehsos.id,
    code: `${programRehsos.code}.2.97`,
    name: "Kegiatan Berekening Rehabilitasi",
  });
  const rekeningSekretariat = await withRekening({
    programId: programSekretariat.id,
    bidangId: sekretariat.id,
    code: `${programSekretariat.code}.2.97`,
    name: "Kegiatan Berekening Sekretariat",
  });
  const iku = await db.indikator.findFirstOrThrow({
    where: { isIku: true, sasaran: { tujuan: { periode: { opdId: dinsos.id } } } },
  });

  const pemdaB = await db.pemda.create({ data: { code: "3672", name: "Kota Cilegon", kind: "KOTA" } });
  const dinsosB = await createOpdYear({
    pemdaId: pemdaB.id,
    slug: "dinsos-cilegon",
    name: "Dinas Sosial Kota Cilegon",
    bidang: "Bidang Rehabilitasi Sosial",
    programCode: "1.06.02",
    year: 2022,
  });
  const accountsB = [
    { email: "admin@cilegon.test", role: "ADMIN", opdId: null },
    { email: "kepala.dinsos@cilegon.test", role: "KEPALA", opdId: dinsosB.opdId },
    { email: "perencana.dinsos@cilegon.test", role: "PERENCANA", opdId: dinsosB.opdId },
    { email: "inspektorat@cilegon.test", role: "INSPEKTORAT", opdId: null },
  ] as const;
  for (const account of accountsB) {
    await db.user.create({ data: { ...account, pemdaId: pemdaB.id, name: account.email, passwordHash } });
  }

  const emails: Record<ActorKey, string> = {
    adminA: "admin.serang@sakip.demo",
    kepalaA: "kepala.dinsos@sakip.demo",
    perencanaA: "perencana.dinsos@sakip.demo",
    perencanaRehsosA: "perencana.rehsos@sakip.demo",
    inspektoratA: "inspektorat.serang@sakip.demo",
    adminB: "admin@cilegon.test",
    kepalaB: "kepala.dinsos@cilegon.test",
    perencanaB: "perencana.dinsos@cilegon.test",
    inspektoratB: "inspektorat@cilegon.test",
  };
  const actors = Object.fromEntries(
    await Promise.all(actorKeys.map(async (key) => [key, await principalOf(emails[key])] as const)),
  ) as Record<ActorKey, Principal>;

  const laporan = await db.laporanKinerja.findUniqueOrThrow({
    where: { opdId_year: { opdId: dinsos.id, year: 2022 } },
  });
  const pk = await db.perjanjianKinerja.findUniqueOrThrow({
    where: { opdId_year: { opdId: dinsos.id, year: 2022 } },
  });
  return {
    actors,
    a: {
      pemdaId: pemdaA,
      dinsos: {
        opdId: dinsos.id,
        laporanId: laporan.id,
        perjanjianKinerjaId: pk.id,
        bidangRehsosId: rehsos.id,
        bidangSekretariatId: sekretariat.id,
        subRehsos,
        subSekretariat,
        subNoBidang,
        quarterlyRehsos,
        quarterlySekretariat,
        rekeningRehsos,
        rekeningSekretariat,
        ikuId: iku.id,
        sasaranId: iku.sasaranId!,
      },
      dinkes,
    },
    b: { pemdaId: pemdaB.id, dinsos: dinsosB },
  };
}

export async function setLaporanStatus(laporanId: string, status: LaporanStatus): Promise<void> {
  await db.laporanKinerja.update({ where: { id: laporanId }, data: { status } });
}

// ---------------------------------------------------------------------------------------------------
// Whole-database snapshots

/**
 * Every row of every table, keyed "Table:id" (or by its hash when the table has no id), as an md5. The
 * OPD-year data versions and stored results are left out: derived from the other rows (the version
 * triggers bump with every change, a read stores a missing result), they are tested on their own
 * (stored-results.test.ts).
 */
export type Snapshot = Map<string, string>;
export type Changes = { added: string[]; removed: string[]; changed: string[] };
export const noChanges: Changes = { added: [], removed: [], changed: [] };

let snapshotSql: string | undefined;

export async function snapshotDatabase(): Promise<Snapshot> {
  if (!snapshotSql) {
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables
      WHERE schemaname = current_schema()
        AND tablename NOT IN ('_prisma_migrations', 'OpdYearVersion', 'OpdYearResult')
      ORDER BY tablename`;
    snapshotSql = tables
      .map(
        ({ name }) =>
          `SELECT '${name}' AS t, coalesce(to_jsonb(x)->>'id', md5(x::text)) AS k, md5(x::text) AS h FROM "${name}" x`,
      )
      .join(" UNION ALL ");
  }
  const rows = await db.$queryRawUnsafe<{ t: string; k: string; h: string }[]>(snapshotSql);
  return new Map(rows.map((r) => [`${r.t}:${r.k}`, r.h]));
}

export function diffSnapshots(before: Snapshot, after: Snapshot): Changes {
  const added = [...after.keys()].filter((k) => !before.has(k)).sort();
  const removed = [...before.keys()].filter((k) => !after.has(k)).sort();
  const changed = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)).sort();
  return { added, removed, changed };
}

/** Changes per table, e.g. { AuditLog: "+1", RealisasiAnggaran: "~1" } (+ added, ~ changed, - removed). */
export function tally(changes: Changes): Record<string, string> {
  const counts = new Map<string, Record<"+" | "~" | "-", number>>();
  const count = (keys: string[], sign: "+" | "~" | "-") => {
    for (const key of keys) {
      const table = key.slice(0, key.indexOf(":"));
      const entry = counts.get(table) ?? { "+": 0, "~": 0, "-": 0 };
      entry[sign] += 1;
      counts.set(table, entry);
    }
  };
  count(changes.added, "+");
  count(changes.changed, "~");
  count(changes.removed, "-");
  return Object.fromEntries(
    [...counts].map(([table, c]) => [
      table,
      (["+", "~", "-"] as const)
        .filter((sign) => c[sign] > 0)
        .map((sign) => `${sign}${c[sign]}`)
        .join(" "),
    ]),
  );
}

export type AnyMutation = Mutation<z.ZodType, unknown>;

/** Runs a use case as `actor` between two snapshots. */
export async function attempt(
  mutation: AnyMutation,
  actor: Principal,
  input: unknown,
): Promise<{ result: MutationResult<unknown>; changes: Changes }> {
  const before = await snapshotDatabase();
  const result = await executeMutation(mutation, actor, input);
  return { result, changes: diffSnapshots(before, await snapshotDatabase()) };
}

export function expectRefused(
  { result, changes }: { result: MutationResult<unknown>; changes: Changes },
  kind: string,
): void {
  expect(result).toMatchObject({ ok: false, error: { kind } });
  expect(changes, "a refused call changes nothing").toEqual(noChanges);
}

/** The AuditLog rows a call added, oldest first. */
export async function addedAuditRows(changes: Changes): Promise<AuditLog[]> {
  const ids = changes.added
    .filter((key) => key.startsWith("AuditLog:"))
    .map((key) => BigInt(key.slice("AuditLog:".length)));
  return db.auditLog.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
}

/** The one AuditLog row an allowed call added (fails unless there is exactly one). */
export async function addedAuditRow(changes: Changes): Promise<AuditLog> {
  const rows = await addedAuditRows(changes);
  expect(rows, "exactly one audit entry").toHaveLength(1);
  return rows[0]!;
}

/** A live session row of the user, as signing in creates it (named `sesi-<name>-<userId>`). */
export async function openSession(userId: string, name: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const id = `sesi-${name}-${userId}`;
  await db.session.create({
    data: {
      id,
      pemdaId: user.pemdaId,
      userId,
      sessionVersion: user.sessionVersion,
      expiresAt: new Date(Date.now() + 3600_000),
    },
  });
  return id;
}
