import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BackupFileError } from "@/lib/backup/backup-format";
import { type DatabaseConfig, parseDatabaseUrl } from "@/lib/database-config";
import { excludedTables } from "@/lib/server/backup/backup-catalog";
import { backupPemda } from "@/lib/server/backup/backup-pemda";
import { restorePemda, RestoreRefusedError } from "@/lib/server/backup/restore-pemda";
import { db } from "@/lib/server/db";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";
import { principalOf } from "./fixtures";
import { moveLaporan } from "./move-laporan";

// Issue 21 part 6: the demo Pemda, its 2022 LKIP FINAL (a frozen PDF, an audit trail), backed up and restored
// into an empty migrated database, where every table holds the same rows. Two tables a later migration might
// add (one with pemdaId, one hanging off it without) stand for the models of other work: no code names them.

const server = inject("databaseServer");
const source = parseDatabaseUrl(process.env.DATABASE_URL!);
const folder = mkdtempSync(path.join(tmpdir(), "sakip-backup-"));
const file = path.join(folder, "serang.sakip.gz");
const created: string[] = [];
/** The only tables a backup may leave out (sign-ins and the migration history); every other is compared. */
const leftOut = ["SignInBudget", "SignInThrottle", "Session", "_prisma_migrations"];

async function onServer<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...server, database });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const laterMigration = `
  CREATE TABLE "LaterModel" (id text PRIMARY KEY, "pemdaId" text NOT NULL REFERENCES "Pemda"(id), note text, amount numeric(18,2), at timestamp(3));
  CREATE TABLE "LaterChild" (id text PRIMARY KEY, "laterId" text NOT NULL REFERENCES "LaterModel"(id), body bytea)`;

/** An empty database with every migration applied (the test template), plus the later model's tables. */
async function emptyDatabase(): Promise<DatabaseConfig> {
  const database = `sakip_restore_${randomBytes(6).toString("hex")}`;
  await onServer("postgres", (c) =>
    c.query(`CREATE DATABASE ${database} TEMPLATE ${pg.escapeIdentifier(inject("templateDatabase"))}`),
  );
  created.push(database);
  await onServer(database, (c) => c.query(laterMigration));
  return { ...server, database };
}

/** Every row of every table as text (sorted): the Pemda's rows of its tables, all rows of the others. */
async function tableContents(database: string, pemdaId: string): Promise<Record<string, string[]>> {
  return onServer(database, async (client) => {
    const { rows: tables } = await client.query<{ name: string; tenant: boolean }>(
      `SELECT t.tablename AS name,
              EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = t.schemaname
                        AND c.table_name = t.tablename AND c.column_name = 'pemdaId') AS tenant
         FROM pg_tables t WHERE t.schemaname = current_schema() ORDER BY 1`,
    );
    const contents: Record<string, string[]> = {};
    for (const { name, tenant } of tables) {
      if (leftOut.includes(name)) continue;
      const where = name === "Pemda" ? `WHERE id = $1` : tenant ? `WHERE "pemdaId" = $1` : "";
      const { rows } = await client.query<{ row: string }>(
        `SELECT md5(x::text) || ' ' || left(x::text, 120) AS row FROM ${pg.escapeIdentifier(name)} x ${where}`,
        where ? [pemdaId] : [],
      );
      contents[name] = rows.map((r) => r.row).sort();
    }
    return contents;
  });
}

const pemdaCount = (config: DatabaseConfig) =>
  onServer(config.database, async (c) =>
    Number((await c.query(`SELECT count(*) AS n FROM "Pemda"`)).rows[0].n),
  );

let pemdaId: string;

beforeAll(async () => {
  expect(await loadDemo(db, serang2022)).toBe("loaded");
  expect(await loadDemoYearInProgress(db, serang2023)).toBe("loaded");
  const opd = (await getOpdBySlug("dinsos-serang"))!;
  const kepala = await principalOf("kepala.dinsos@sakip.demo");
  await moveLaporan(kepala, { opd, year: 2022 }, "DIAJUKAN");
  await moveLaporan(await principalOf("inspektorat.serang@sakip.demo"), { opd, year: 2022 }, "DIREVIU");
  await moveLaporan(kepala, { opd, year: 2022 }, "FINAL", "Temuan data dijelaskan dalam Lampiran.");
  pemdaId = opd.pemdaId;

  // Another region, whose rows (and audit ids between the demo's) must stay out of the file.
  const other = await db.pemda.create({ data: { code: "9999", name: "Kota Lain", kind: "KOTA" } });
  await db.auditLog.create({
    data: { pemdaId: other.id, action: "x", entity: "Pemda", entityId: other.id },
  });
  await db.auditLog.create({ data: { pemdaId, action: "uji.cadangan", entity: "Pemda", entityId: pemdaId } });

  await db.$executeRawUnsafe(laterMigration.split(";")[0]!);
  await db.$executeRawUnsafe(laterMigration.split(";")[1]!);
  await db.$executeRaw`INSERT INTO "LaterModel" VALUES ('l1', ${pemdaId}, 'milik Serang', 1234567890123456.78, '2026-12-07 14:00:00.123'),
                                                        ('l2', ${other.id}, 'milik Kota Lain', 1, NULL)`;
  await db.$executeRaw`INSERT INTO "LaterChild" VALUES ('c1', 'l1', '\\x00ff10'::bytea), ('c2', 'l2', NULL)`;
  // Sign-ins are left out on purpose.
  const user = await db.user.findFirstOrThrow({ where: { pemdaId } });
  await db.session.create({
    data: {
      id: "sesi",
      pemdaId,
      userId: user.id,
      sessionVersion: 1,
      expiresAt: new Date(Date.now() + 3600_000),
    },
  });

  await backupPemda(source, "3604", file);
}, 300_000);

afterAll(async () => {
  for (const database of created) {
    await onServer("postgres", (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }
});

describe("a Pemda restored into an empty database", () => {
  let target: DatabaseConfig;
  beforeAll(async () => {
    target = await emptyDatabase();
    await restorePemda(target, file);
  }, 300_000);

  it("leaves out only the sign-ins and the migration history", () => {
    expect(Object.keys(excludedTables).sort()).toEqual([...leftOut].sort());
  });

  it("holds every row of the Pemda's tables, the reference data, and nothing of another region", async () => {
    const before = await tableContents(source.database, pemdaId);
    const after = await tableContents(target.database, pemdaId);
    // The tables differ only in what the other region put in the tables without pemdaId.
    before.LaterChild = before.LaterChild!.filter((row) => !row.includes("(c2,"));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before))
      expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
    expect(before.LkipRevision).toHaveLength(1);
    expect(before.AuditLog!.length).toBeGreaterThan(3);
    expect(before.OpdYearVersion!.length).toBeGreaterThan(0);
    expect(before.LaterModel).toHaveLength(1);
    expect(await pemdaCount(target)).toBe(1);
    await onServer(target.database, async (c) => {
      expect((await c.query(`SELECT count(*) AS n FROM "Session"`)).rows[0].n).toBe("0");
      const { rows } = await c.query(`SELECT amount::text, at::text FROM "LaterModel"`);
      expect(rows).toEqual([{ amount: "1234567890123456.78", at: "2026-12-07 14:00:00.123" }]);
    });
  });

  it("keeps every frozen PDF byte for byte", async () => {
    const pdfs = (database: string) =>
      onServer(database, async (c) => (await c.query(`SELECT code, sha256, pdf FROM "LkipRevision"`)).rows);
    const [original] = await pdfs(source.database);
    const restored = await pdfs(target.database);
    expect(restored).toHaveLength(1);
    expect(createHash("sha256").update(restored[0].pdf).digest("hex")).toBe(original.sha256);
    expect(restored[0]).toMatchObject({ code: original.code, sha256: original.sha256 });
  });

  it("keeps the audit trail in order and hands out audit ids after it", async () => {
    await onServer(target.database, async (c) => {
      const { rows } = await c.query(`SELECT max(id)::text AS max FROM "AuditLog"`);
      const { rows: next } = await c.query(
        `INSERT INTO "AuditLog" ("pemdaId", action, entity, "entityId") VALUES ($1, 'baru', 'Pemda', $1) RETURNING id::text`,
        [pemdaId],
      );
      expect(BigInt(next[0].id)).toBeGreaterThan(BigInt(rows[0].max));
      // Still append-only: the guard trigger is back on.
      await expect(c.query(`DELETE FROM "AuditLog"`)).rejects.toThrow();
    });
  });

  it("is refused by a database that holds the Pemda already, nothing written", async () => {
    const before = await tableContents(target.database, pemdaId);
    const refusal = restorePemda(target, file);
    await expect(refusal).rejects.toBeInstanceOf(RestoreRefusedError);
    await expect(refusal).rejects.toThrow(
      "Basis data tujuan sudah memuat Pemda 3604 (Kabupaten Serang). Pemulihan dibatalkan; tidak ada yang ditulis.",
    );
    expect(await tableContents(target.database, pemdaId)).toEqual(before);
  });
});

describe("a backup file the restore refuses, nothing written", () => {
  const lines = () => gunzipSync(readFileSync(file)).toString("utf8").split("\n");
  const variant = (name: string, content: string | Buffer) => {
    const out = path.join(folder, name);
    writeFileSync(out, typeof content === "string" ? gzipSync(content) : content);
    return out;
  };
  const withHeader = (change: (header: Record<string, unknown>) => void) => {
    const [first, ...rest] = lines();
    const header = JSON.parse(first!) as Record<string, unknown>;
    change(header);
    return [JSON.stringify(header), ...rest].join("\n");
  };

  it.each([
    [
      "an unknown format version",
      () =>
        variant(
          "v99.gz",
          withHeader((h) => (h.version = 99)),
        ),
      BackupFileError,
      "Versi format cadangan 99 tidak dikenal (versi ini membaca versi 1).",
    ],
    [
      "an unknown migration",
      () =>
        variant(
          "future.gz",
          withHeader((h) => (h.migration = "20991231000000_masa_depan")),
        ),
      RestoreRefusedError,
      "Cadangan dibuat dengan skema basis data 20991231000000_masa_depan, yang tidak dikenal basis data tujuan.",
    ],
    [
      "a file cut off in the middle",
      () => {
        const bytes = readFileSync(file);
        return variant("cut.gz", bytes.subarray(0, Math.floor(bytes.length * 0.8)));
      },
      BackupFileError,
      "rusak atau terpotong: gzip-nya tidak dapat dibaca.",
    ],
    [
      "a damaged row after the Pemda's first rows",
      () => {
        const all = lines();
        const at = all.findIndex((line) => line.startsWith('["LkipRevision"'));
        all[at] = all[at]!.slice(0, 50);
        return variant("row.gz", all.join("\n"));
      },
      BackupFileError,
      "bukan JSON yang utuh.",
    ],
    [
      "a row of another region",
      () => {
        const all = lines();
        const at = all.findIndex((line) => line.startsWith('["LaterModel"'));
        all[at] = all[at]!.replace(pemdaId, "pemda-lain");
        return variant("foreign.gz", all.join("\n"));
      },
      BackupFileError,
      "bukan milik Pemda 3604.",
    ],
    ["not a backup", () => variant("other.gz", "halo\n"), BackupFileError, "Berkas ini bukan cadangan SAKIP"],
  ])("%s", async (_, make, kind, message) => {
    const target = await emptyDatabase();
    const refusal = restorePemda(target, make());
    await expect(refusal).rejects.toBeInstanceOf(kind);
    await expect(refusal).rejects.toThrow(message);
    expect(await pemdaCount(target)).toBe(0);
  });
});
