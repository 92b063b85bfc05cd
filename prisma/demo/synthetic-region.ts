import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/server/auth/password";
import { DEMO_PASSWORD } from "./demo-password";

export interface SyntheticRegionOptions {
  /** Number of OPDs. */
  opds: number;
  /** Budget leaves (sub kegiatan without rekening + rekening lines) per OPD, rounded to a multiple of 150. */
  leaves: number;
  seed: number;
}

export const SYNTHETIC_PEMDA_CODE = "SINTETIS";
export const SYNTHETIC_YEAR = 2024;
/** The largest OPD the benches measure (issue 22): 15.000 budget leaves. */
export const LARGEST_OPD_LEAVES = 15_000;
const PROGRAMS_PER_OPD = 5;
const KEGIATAN_PER_PROGRAM = 10;
/** Every second sub kegiatan carries this many rekening lines; the others are leaves themselves. */
const REKENING_PER_SUB = 5;

/** Sub kegiatan per kegiatan such that half leaves and half with rekening give about `leaves`. */
function subKegiatanPerKegiatan(leaves: number): number {
  const leavesPerPairOfSub = 1 + REKENING_PER_SUB;
  return Math.max(
    2,
    Math.round((2 * leaves) / (leavesPerPairOfSub * PROGRAMS_PER_OPD * KEGIATAN_PER_PROGRAM)),
  );
}

export function syntheticOpdSlug(index: number): string {
  return `sintetis-opd-${String(index).padStart(3, "0")}`;
}

/**
 * A separate Pemda ("Kabupaten Sintetis") for benchmarks and load tests: `opds` OPDs, each with 5 programs ×
 * 10 kegiatan × n sub kegiatan, half of them with 5 rekening lines, quarterly realisasi (TW IV filled for 4 of 5
 * leaves), an indicator with target and quarterly realisasi on every program, kegiatan and sub kegiatan, two IKU,
 * and accounts (admin, inspektorat, per OPD a kepala and a perencana). Figures are a pure function of the seed and
 * the row's position, so a second load gives the same rows. Rows are made by set-based INSERT … SELECT over
 * generate_series inside one transaction: a reload replaces the whole Pemda and never touches another one.
 */
export async function loadSyntheticRegion(db: PrismaClient, options: SyntheticRegionOptions): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const sub = subKegiatanPerKegiatan(options.leaves);
  const p = `syn${options.seed}`;
  const pemdaId = `${p}-pemda`;
  const year = SYNTHETIC_YEAR;
  // A deterministic pseudo-random integer in [0, m) from the seed and a row's key.
  const rnd = (m: number, key: string) => `(abs(hashtext('${options.seed}:' || ${key})) % ${m})`;

  const statements = [
    `DELETE FROM "Pemda" WHERE code = '${SYNTHETIC_PEMDA_CODE}'`,
    `INSERT INTO "Pemda" (id, code, name, kind, "updatedAt")
       VALUES ('${pemdaId}', '${SYNTHETIC_PEMDA_CODE}', 'Kabupaten Sintetis', 'KABUPATEN', now())`,
    `INSERT INTO "Rpjmd" (id, "pemdaId", "startYear", "endYear", visi)
       VALUES ('${p}-rpjmd', '${pemdaId}', 2021, 2026, 'Visi Kabupaten Sintetis (data uji kinerja)')`,
    `INSERT INTO "Misi" (id, "pemdaId", "rpjmdId", number, text)
       VALUES ('${p}-misi', '${pemdaId}', '${p}-rpjmd', 1, 'Misi sintetis')`,
    `INSERT INTO "PerangkatDaerah" (id, "pemdaId", slug, name, "shortName", "updatedAt")
       SELECT '${p}o' || o, '${pemdaId}', 'sintetis-opd-' || lpad(o::text, 3, '0'),
              'OPD Sintetis ' || lpad(o::text, 3, '0'), 'OPD ' || o, now()
       FROM generate_series(1, ${options.opds}) o`,
    `INSERT INTO "Bidang" (id, "pemdaId", "opdId", name)
       SELECT d.id || 'b' || b, '${pemdaId}', d.id, 'Bidang ' || b
       FROM "PerangkatDaerah" d, generate_series(1, 3) b WHERE d."pemdaId" = '${pemdaId}'`,
    `INSERT INTO "Periode" (id, "pemdaId", "opdId", "startYear", "endYear")
       SELECT d.id || 'per', '${pemdaId}', d.id, 2021, 2026 FROM "PerangkatDaerah" d WHERE d."pemdaId" = '${pemdaId}'`,
    `INSERT INTO "Tujuan" (id, "pemdaId", "periodeId", "misiId", code, text)
       SELECT d.id || 't', '${pemdaId}', d.id || 'per', '${p}-misi', 'T1', 'Tujuan sintetis ' || d.name
       FROM "PerangkatDaerah" d WHERE d."pemdaId" = '${pemdaId}'`,
    `INSERT INTO "Sasaran" (id, "pemdaId", "tujuanId", code, text)
       SELECT d.id || 'sa' || s, '${pemdaId}', d.id || 't', 'S1.' || s, 'Sasaran sintetis ' || s
       FROM "PerangkatDaerah" d, generate_series(1, 2) s WHERE d."pemdaId" = '${pemdaId}'`,
    `INSERT INTO "LaporanKinerja" (id, "pemdaId", "opdId", year, "updatedAt")
       SELECT d.id || 'lk', '${pemdaId}', d.id, ${year}, now() FROM "PerangkatDaerah" d WHERE d."pemdaId" = '${pemdaId}'`,
    `INSERT INTO "Program" (id, "pemdaId", "opdId", year, code, name, "sasaranProgram", "bidangId", "sasaranId", "updatedAt")
       SELECT d.id || 'p' || g, '${pemdaId}', d.id, ${year}, '1.06.0' || g, 'Program Sintetis ' || g,
              'Sasaran program ' || g, d.id || 'b' || (1 + g % 3), d.id || 'sa' || (1 + g % 2), now()
       FROM "PerangkatDaerah" d, generate_series(1, ${PROGRAMS_PER_OPD}) g WHERE d."pemdaId" = '${pemdaId}'`,
    `INSERT INTO "Kegiatan" (id, "pemdaId", "opdId", year, "programId", code, name, "bidangId", "updatedAt")
       SELECT pr.id || 'k' || k, '${pemdaId}', pr."opdId", ${year}, pr.id, pr.code || '.2.' || lpad(k::text, 2, '0'),
              'Kegiatan Sintetis ' || k, pr."bidangId", now()
       FROM "Program" pr, generate_series(1, ${KEGIATAN_PER_PROGRAM}) k WHERE pr."pemdaId" = '${pemdaId}'`,
    `INSERT INTO "SubKegiatan" (id, "pemdaId", "opdId", year, "kegiatanId", code, name, "bidangId", "paguAwal", "updatedAt")
       SELECT kg.id || 's' || s, '${pemdaId}', kg."opdId", ${year}, kg.id, kg.code || '.' || lpad(s::text, 4, '0'),
              'Sub Kegiatan Sintetis ' || s, kg."bidangId",
              CASE WHEN s % 2 = 0 THEN (10 + ${rnd(90, "kg.id || s")}) * 1000000 END, now()
       FROM "Kegiatan" kg, generate_series(1, ${sub}) s WHERE kg."pemdaId" = '${pemdaId}'`,
    `INSERT INTO "RekeningBelanja" (id, "pemdaId", "subKegiatanId", code, name, "paguAwal")
       SELECT sk.id || 'r' || r, '${pemdaId}', sk.id, '5.1.02.01.01.' || lpad(r::text, 4, '0'), 'Belanja sintetis ' || r,
              (1 + ${rnd(40, "sk.id || r")}) * 500000
       FROM "SubKegiatan" sk, generate_series(1, ${REKENING_PER_SUB}) r
       WHERE sk."pemdaId" = '${pemdaId}' AND sk."paguAwal" IS NULL`,
    // Quarterly realisasi: 15–24 % of the pagu per quarter; TW IV missing on every fifth leaf.
    `INSERT INTO "RealisasiAnggaran" (id, "pemdaId", "subKegiatanId", period, amount, "updatedAt")
       SELECT sk.id || 'q' || q, '${pemdaId}', sk.id, ('TW' || q)::"ReportPeriod",
              round(sk."paguAwal" * (15 + ${rnd(10, "sk.id || q")}) / 100), now()
       FROM "SubKegiatan" sk, generate_series(1, 4) q
       WHERE sk."pemdaId" = '${pemdaId}' AND sk."paguAwal" IS NOT NULL
         AND (q < 4 OR ${rnd(5, "sk.id")} <> 0)`,
    `INSERT INTO "RealisasiAnggaran" (id, "pemdaId", "rekeningBelanjaId", period, amount, "updatedAt")
       SELECT rk.id || 'q' || q, '${pemdaId}', rk.id, ('TW' || q)::"ReportPeriod",
              round(rk."paguAwal" * (15 + ${rnd(10, "rk.id || q")}) / 100), now()
       FROM "RekeningBelanja" rk, generate_series(1, 4) q
       WHERE rk."pemdaId" = '${pemdaId}' AND (q < 4 OR ${rnd(5, "rk.id")} <> 0)`,
    // One indicator per owner; IKU per sasaran. Targets 80–120, quarterly realisasi summed (JUMLAH).
    `INSERT INTO "Indikator" (id, "pemdaId", level, "sasaranId", "isIku", name, satuan, "updatedAt")
       SELECT sa.id || 'i', '${pemdaId}', 'SASARAN', sa.id, true, 'IKU ' || sa.code, '%', now()
       FROM "Sasaran" sa WHERE sa."pemdaId" = '${pemdaId}'`,
    ...(["Program", "Kegiatan", "SubKegiatan"] as const).map(
      (
        table,
      ) => `INSERT INTO "Indikator" (id, "pemdaId", level, "${ownerColumn[table]}", name, satuan, "updatedAt")
         SELECT x.id || 'i', '${pemdaId}', '${ownerLevel[table]}', x.id, 'Indikator ' || x.name, 'unit', now()
         FROM "${table}" x WHERE x."pemdaId" = '${pemdaId}'`,
    ),
    `INSERT INTO "TargetIndikator" (id, "pemdaId", "indikatorId", year, target, "targetRenstra")
       SELECT i.id || 'y' || y, '${pemdaId}', i.id, y, 80 + ${rnd(41, "i.id || y")},
              100
       FROM "Indikator" i, generate_series(2021, 2026) y
       WHERE i."pemdaId" = '${pemdaId}' AND (i."isIku" OR y = ${year})`,
    `INSERT INTO "RealisasiIndikator" (id, "pemdaId", "indikatorId", year, period, value, "updatedAt")
       SELECT i.id || 'q' || q, '${pemdaId}', i.id, ${year}, ('TW' || q)::"ReportPeriod",
              18 + ${rnd(10, "i.id || q")}, now()
       FROM "Indikator" i, generate_series(1, 4) q WHERE i."pemdaId" = '${pemdaId}'`,
    `INSERT INTO "User" (id, "pemdaId", "opdId", email, name, "passwordHash", role, "updatedAt")
       VALUES ('${p}-admin', '${pemdaId}', NULL, 'admin@sintetis.go.id', 'Admin Sintetis', $1, 'ADMIN', now()),
              ('${p}-inspektorat', '${pemdaId}', NULL, 'inspektorat@sintetis.go.id', 'Inspektorat Sintetis', $1,
               'INSPEKTORAT', now())`,
    `INSERT INTO "User" (id, "pemdaId", "opdId", email, name, "passwordHash", role, "updatedAt")
       SELECT d.id || '-' || lower(r::text), '${pemdaId}', d.id, lower(r::text) || '.' || d.slug || '@sintetis.go.id',
              initcap(lower(r::text)) || ' ' || d.name, $1, r, now()
       FROM "PerangkatDaerah" d, unnest(ARRAY['KEPALA', 'PERENCANA']::"Role"[]) r WHERE d."pemdaId" = '${pemdaId}'`,
  ];

  // The audit trail refuses deletes; the synthetic Pemda's own entries (from earlier benchmark runs) go
  // first, in a short transaction of their own that lifts the guard for this one statement.
  await db.$transaction([
    db.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_or_delete"`),
    db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE "pemdaId" = '${pemdaId}'`),
    db.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_update_or_delete"`),
  ]);
  await db.$transaction(
    async (tx) => {
      for (const sql of statements) {
        if (sql.includes("$1")) await tx.$executeRawUnsafe(sql, passwordHash);
        else await tx.$executeRawUnsafe(sql);
      }
    },
    { timeout: 300_000 },
  );
  await db.$executeRawUnsafe("ANALYZE");
}

const ownerColumn = { Program: "programId", Kegiatan: "kegiatanId", SubKegiatan: "subKegiatanId" };
const ownerLevel = { Program: "PROGRAM", Kegiatan: "KEGIATAN", SubKegiatan: "SUB_KEGIATAN" };
