-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "PemdaKind" AS ENUM ('PROVINSI', 'KABUPATEN', 'KOTA');

-- CreateEnum
CREATE TYPE "Polarity" AS ENUM ('POSITIF', 'NEGATIF', 'RENTANG');

-- CreateEnum
CREATE TYPE "Calculation" AS ENUM ('LANGSUNG', 'RASIO');

-- CreateEnum
CREATE TYPE "QuarterAggregation" AS ENUM ('JUMLAH', 'TERAKHIR', 'RATA_RATA');

-- CreateEnum
CREATE TYPE "IndicatorLevel" AS ENUM ('TUJUAN', 'SASARAN', 'PROGRAM', 'KEGIATAN', 'SUB_KEGIATAN');

-- CreateEnum
CREATE TYPE "ReportPeriod" AS ENUM ('TW1', 'TW2', 'TW3', 'TW4', 'TAHUNAN');

-- CreateEnum
CREATE TYPE "LaporanStatus" AS ENUM ('DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DIREVIU', 'FINAL');

-- CreateEnum
CREATE TYPE "NarrativeSection" AS ENUM ('KATA_PENGANTAR', 'ISU_STRATEGIS', 'ANALISIS_SASARAN', 'KENDALA', 'SOLUSI', 'KESIMPULAN', 'REKOMENDASI');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'PERENCANA', 'KEPALA', 'INSPEKTORAT');

-- CreateTable
CREATE TABLE "Pemda" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PemdaKind" NOT NULL,
    "settings" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pemda_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rpjmd" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "visi" TEXT NOT NULL,

    CONSTRAINT "Rpjmd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Misi" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "rpjmdId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Misi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerangkatDaerah" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "address" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PerangkatDaerah_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bidang" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Bidang_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Periode" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,

    CONSTRAINT "Periode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tujuan" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "periodeId" TEXT NOT NULL,
    "misiId" TEXT,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Tujuan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sasaran" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "tujuanId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Sasaran_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sasaranProgram" TEXT,
    "bidangId" TEXT,
    "sasaranId" TEXT,
    "reportedPagu" DECIMAL(18,2),
    "reportedRealisasi" DECIMAL(18,2),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kegiatan" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "programId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bidangId" TEXT,
    "reportedPagu" DECIMAL(18,2),
    "reportedRealisasi" DECIMAL(18,2),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Kegiatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubKegiatan" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kegiatanId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bidangId" TEXT,
    "paguAwal" DECIMAL(18,2),
    "paguPerubahan" DECIMAL(18,2),
    "reportedPagu" DECIMAL(18,2),
    "reportedRealisasi" DECIMAL(18,2),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubKegiatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RekeningBelanja" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "subKegiatanId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "paguAwal" DECIMAL(18,2) NOT NULL,
    "paguPerubahan" DECIMAL(18,2),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RekeningBelanja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RealisasiAnggaran" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "subKegiatanId" TEXT,
    "rekeningBelanjaId" TEXT,
    "period" "ReportPeriod" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RealisasiAnggaran_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indikator" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "level" "IndicatorLevel" NOT NULL,
    "tujuanId" TEXT,
    "sasaranId" TEXT,
    "programId" TEXT,
    "kegiatanId" TEXT,
    "subKegiatanId" TEXT,
    "isIku" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "satuan" TEXT NOT NULL,
    "polarity" "Polarity" NOT NULL DEFAULT 'POSITIF',
    "calculation" "Calculation" NOT NULL DEFAULT 'LANGSUNG',
    "numeratorLabel" TEXT,
    "denominatorLabel" TEXT,
    "aggregation" "QuarterAggregation" NOT NULL DEFAULT 'JUMLAH',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indikator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetIndikator" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "indikatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "target" DECIMAL(20,4),
    "targetUpper" DECIMAL(20,4),
    "targetPerubahan" DECIMAL(20,4),
    "targetUpperPerubahan" DECIMAL(20,4),
    "perubahanReason" TEXT,
    "targetRenstra" DECIMAL(20,4),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TargetIndikator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RealisasiIndikator" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "indikatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "period" "ReportPeriod" NOT NULL,
    "value" DECIMAL(20,4),
    "numerator" DECIMAL(20,4),
    "denominator" DECIMAL(20,4),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RealisasiIndikator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LaporanKinerja" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "LaporanStatus" NOT NULL DEFAULT 'DRAFT',
    "reportedPagu" DECIMAL(18,2),
    "reportedRealisasi" DECIMAL(18,2),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LaporanKinerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Narrative" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "laporanId" TEXT NOT NULL,
    "section" "NarrativeSection" NOT NULL,
    "sasaranId" TEXT,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Narrative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusTransition" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "laporanId" TEXT NOT NULL,
    "fromStatus" "LaporanStatus" NOT NULL,
    "toStatus" "LaporanStatus" NOT NULL,
    "userId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerjanjianKinerja" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerNip" TEXT,
    "signerTitle" TEXT NOT NULL,
    "counterpartName" TEXT,
    "counterpartTitle" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PerjanjianKinerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserBidang" (
    "userId" TEXT NOT NULL,
    "bidangId" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,

    CONSTRAINT "UserBidang_pkey" PRIMARY KEY ("userId","bidangId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT,
    "year" INTEGER,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "oldValues" JSONB,
    "newValues" JSONB,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Pemda_code_key" ON "Pemda"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Rpjmd_pemdaId_startYear_key" ON "Rpjmd"("pemdaId", "startYear");

-- CreateIndex
CREATE INDEX "Misi_pemdaId_idx" ON "Misi"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "Misi_rpjmdId_number_key" ON "Misi"("rpjmdId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PerangkatDaerah_slug_key" ON "PerangkatDaerah"("slug");

-- CreateIndex
CREATE INDEX "PerangkatDaerah_pemdaId_idx" ON "PerangkatDaerah"("pemdaId");

-- CreateIndex
CREATE INDEX "Bidang_pemdaId_idx" ON "Bidang"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "Bidang_opdId_name_key" ON "Bidang"("opdId", "name");

-- CreateIndex
CREATE INDEX "Periode_pemdaId_idx" ON "Periode"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "Periode_opdId_startYear_key" ON "Periode"("opdId", "startYear");

-- CreateIndex
CREATE INDEX "Tujuan_pemdaId_idx" ON "Tujuan"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "Tujuan_periodeId_code_key" ON "Tujuan"("periodeId", "code");

-- CreateIndex
CREATE INDEX "Sasaran_pemdaId_idx" ON "Sasaran"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "Sasaran_tujuanId_code_key" ON "Sasaran"("tujuanId", "code");

-- CreateIndex
CREATE INDEX "Program_pemdaId_opdId_year_idx" ON "Program"("pemdaId", "opdId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Program_opdId_year_code_key" ON "Program"("opdId", "year", "code");

-- CreateIndex
CREATE INDEX "Kegiatan_pemdaId_opdId_year_idx" ON "Kegiatan"("pemdaId", "opdId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Kegiatan_opdId_year_code_key" ON "Kegiatan"("opdId", "year", "code");

-- CreateIndex
CREATE INDEX "SubKegiatan_pemdaId_opdId_year_idx" ON "SubKegiatan"("pemdaId", "opdId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "SubKegiatan_opdId_year_code_key" ON "SubKegiatan"("opdId", "year", "code");

-- CreateIndex
CREATE INDEX "RekeningBelanja_pemdaId_idx" ON "RekeningBelanja"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "RekeningBelanja_subKegiatanId_code_key" ON "RekeningBelanja"("subKegiatanId", "code");

-- CreateIndex
CREATE INDEX "RealisasiAnggaran_pemdaId_idx" ON "RealisasiAnggaran"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "RealisasiAnggaran_subKegiatanId_period_key" ON "RealisasiAnggaran"("subKegiatanId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "RealisasiAnggaran_rekeningBelanjaId_period_key" ON "RealisasiAnggaran"("rekeningBelanjaId", "period");

-- CreateIndex
CREATE INDEX "Indikator_pemdaId_idx" ON "Indikator"("pemdaId");

-- CreateIndex
CREATE INDEX "Indikator_sasaranId_idx" ON "Indikator"("sasaranId");

-- CreateIndex
CREATE INDEX "Indikator_programId_idx" ON "Indikator"("programId");

-- CreateIndex
CREATE INDEX "Indikator_kegiatanId_idx" ON "Indikator"("kegiatanId");

-- CreateIndex
CREATE INDEX "Indikator_subKegiatanId_idx" ON "Indikator"("subKegiatanId");

-- CreateIndex
CREATE INDEX "TargetIndikator_pemdaId_idx" ON "TargetIndikator"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "TargetIndikator_indikatorId_year_key" ON "TargetIndikator"("indikatorId", "year");

-- CreateIndex
CREATE INDEX "RealisasiIndikator_pemdaId_idx" ON "RealisasiIndikator"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "RealisasiIndikator_indikatorId_year_period_key" ON "RealisasiIndikator"("indikatorId", "year", "period");

-- CreateIndex
CREATE INDEX "LaporanKinerja_pemdaId_idx" ON "LaporanKinerja"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "LaporanKinerja_opdId_year_key" ON "LaporanKinerja"("opdId", "year");

-- CreateIndex
CREATE INDEX "Narrative_pemdaId_idx" ON "Narrative"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "Narrative_laporanId_section_sasaranId_key" ON "Narrative"("laporanId", "section", "sasaranId") NULLS NOT DISTINCT;

-- CreateIndex
CREATE INDEX "StatusTransition_pemdaId_laporanId_idx" ON "StatusTransition"("pemdaId", "laporanId");

-- CreateIndex
CREATE INDEX "PerjanjianKinerja_pemdaId_idx" ON "PerjanjianKinerja"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "PerjanjianKinerja_opdId_year_key" ON "PerjanjianKinerja"("opdId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_pemdaId_idx" ON "User"("pemdaId");

-- CreateIndex
CREATE INDEX "UserBidang_pemdaId_idx" ON "UserBidang"("pemdaId");

-- CreateIndex
CREATE INDEX "AuditLog_pemdaId_opdId_year_createdAt_idx" ON "AuditLog"("pemdaId", "opdId", "year", "createdAt");

-- AddForeignKey
ALTER TABLE "Rpjmd" ADD CONSTRAINT "Rpjmd_pemdaId_fkey" FOREIGN KEY ("pemdaId") REFERENCES "Pemda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Misi" ADD CONSTRAINT "Misi_rpjmdId_fkey" FOREIGN KEY ("rpjmdId") REFERENCES "Rpjmd"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerangkatDaerah" ADD CONSTRAINT "PerangkatDaerah_pemdaId_fkey" FOREIGN KEY ("pemdaId") REFERENCES "Pemda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bidang" ADD CONSTRAINT "Bidang_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Periode" ADD CONSTRAINT "Periode_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tujuan" ADD CONSTRAINT "Tujuan_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "Periode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tujuan" ADD CONSTRAINT "Tujuan_misiId_fkey" FOREIGN KEY ("misiId") REFERENCES "Misi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sasaran" ADD CONSTRAINT "Sasaran_tujuanId_fkey" FOREIGN KEY ("tujuanId") REFERENCES "Tujuan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_bidangId_fkey" FOREIGN KEY ("bidangId") REFERENCES "Bidang"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_sasaranId_fkey" FOREIGN KEY ("sasaranId") REFERENCES "Sasaran"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kegiatan" ADD CONSTRAINT "Kegiatan_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kegiatan" ADD CONSTRAINT "Kegiatan_bidangId_fkey" FOREIGN KEY ("bidangId") REFERENCES "Bidang"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubKegiatan" ADD CONSTRAINT "SubKegiatan_kegiatanId_fkey" FOREIGN KEY ("kegiatanId") REFERENCES "Kegiatan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubKegiatan" ADD CONSTRAINT "SubKegiatan_bidangId_fkey" FOREIGN KEY ("bidangId") REFERENCES "Bidang"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RekeningBelanja" ADD CONSTRAINT "RekeningBelanja_subKegiatanId_fkey" FOREIGN KEY ("subKegiatanId") REFERENCES "SubKegiatan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RealisasiAnggaran" ADD CONSTRAINT "RealisasiAnggaran_subKegiatanId_fkey" FOREIGN KEY ("subKegiatanId") REFERENCES "SubKegiatan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RealisasiAnggaran" ADD CONSTRAINT "RealisasiAnggaran_rekeningBelanjaId_fkey" FOREIGN KEY ("rekeningBelanjaId") REFERENCES "RekeningBelanja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indikator" ADD CONSTRAINT "Indikator_tujuanId_fkey" FOREIGN KEY ("tujuanId") REFERENCES "Tujuan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indikator" ADD CONSTRAINT "Indikator_sasaranId_fkey" FOREIGN KEY ("sasaranId") REFERENCES "Sasaran"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indikator" ADD CONSTRAINT "Indikator_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indikator" ADD CONSTRAINT "Indikator_kegiatanId_fkey" FOREIGN KEY ("kegiatanId") REFERENCES "Kegiatan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indikator" ADD CONSTRAINT "Indikator_subKegiatanId_fkey" FOREIGN KEY ("subKegiatanId") REFERENCES "SubKegiatan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetIndikator" ADD CONSTRAINT "TargetIndikator_indikatorId_fkey" FOREIGN KEY ("indikatorId") REFERENCES "Indikator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RealisasiIndikator" ADD CONSTRAINT "RealisasiIndikator_indikatorId_fkey" FOREIGN KEY ("indikatorId") REFERENCES "Indikator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LaporanKinerja" ADD CONSTRAINT "LaporanKinerja_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Narrative" ADD CONSTRAINT "Narrative_laporanId_fkey" FOREIGN KEY ("laporanId") REFERENCES "LaporanKinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusTransition" ADD CONSTRAINT "StatusTransition_laporanId_fkey" FOREIGN KEY ("laporanId") REFERENCES "LaporanKinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusTransition" ADD CONSTRAINT "StatusTransition_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerjanjianKinerja" ADD CONSTRAINT "PerjanjianKinerja_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_pemdaId_fkey" FOREIGN KEY ("pemdaId") REFERENCES "Pemda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserBidang" ADD CONSTRAINT "UserBidang_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserBidang" ADD CONSTRAINT "UserBidang_bidangId_fkey" FOREIGN KEY ("bidangId") REFERENCES "Bidang"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_pemdaId_fkey" FOREIGN KEY ("pemdaId") REFERENCES "Pemda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Invariants the Prisma schema cannot express.
ALTER TABLE "Indikator" ADD CONSTRAINT "Indikator_one_owner_check" CHECK (
  ("level" = 'TUJUAN' AND "tujuanId" IS NOT NULL AND num_nonnulls("sasaranId", "programId", "kegiatanId", "subKegiatanId") = 0) OR
  ("level" = 'SASARAN' AND "sasaranId" IS NOT NULL AND num_nonnulls("tujuanId", "programId", "kegiatanId", "subKegiatanId") = 0) OR
  ("level" = 'PROGRAM' AND "programId" IS NOT NULL AND num_nonnulls("tujuanId", "sasaranId", "kegiatanId", "subKegiatanId") = 0) OR
  ("level" = 'KEGIATAN' AND "kegiatanId" IS NOT NULL AND num_nonnulls("tujuanId", "sasaranId", "programId", "subKegiatanId") = 0) OR
  ("level" = 'SUB_KEGIATAN' AND "subKegiatanId" IS NOT NULL AND num_nonnulls("tujuanId", "sasaranId", "programId", "kegiatanId") = 0)
);
ALTER TABLE "RealisasiAnggaran" ADD CONSTRAINT "RealisasiAnggaran_one_leaf_check" CHECK (num_nonnulls("subKegiatanId", "rekeningBelanjaId") = 1);
ALTER TABLE "RealisasiAnggaran" ADD CONSTRAINT "RealisasiAnggaran_amount_check" CHECK ("amount" >= 0);
ALTER TABLE "SubKegiatan" ADD CONSTRAINT "SubKegiatan_pagu_check" CHECK (coalesce("paguAwal", 0) >= 0 AND coalesce("paguPerubahan", 0) >= 0);
ALTER TABLE "RekeningBelanja" ADD CONSTRAINT "RekeningBelanja_pagu_check" CHECK ("paguAwal" >= 0 AND coalesce("paguPerubahan", 0) >= 0);
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_action_check" CHECK ("action" <> '');
-- The audit trail is append-only.
-- The migration runner splits the script on every semicolon, so the body spells them as \073.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''AuditLog is append-only''\073 END\073';
CREATE TRIGGER "AuditLog_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
