-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('LOGO_PEMDA', 'STRUKTUR_ORGANISASI', 'DOKUMENTASI', 'LAMPIRAN');

-- CreateEnum
CREATE TYPE "DayaDukungKind" AS ENUM ('STATUS', 'GOLONGAN', 'PENDIDIKAN', 'MITRA_KERJA');

-- CreateEnum
CREATE TYPE "DraftFormat" AS ENUM ('PDF', 'DOCX');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NarrativeSection" ADD VALUE 'IKHTISAR_EKSEKUTIF';
ALTER TYPE "NarrativeSection" ADD VALUE 'LATAR_BELAKANG';
ALTER TYPE "NarrativeSection" ADD VALUE 'MAKSUD_TUJUAN';
ALTER TYPE "NarrativeSection" ADD VALUE 'DASAR_HUKUM';
ALTER TYPE "NarrativeSection" ADD VALUE 'DASAR_PEMBENTUKAN';
ALTER TYPE "NarrativeSection" ADD VALUE 'TUGAS_POKOK';
ALTER TYPE "NarrativeSection" ADD VALUE 'FUNGSI';
ALTER TYPE "NarrativeSection" ADD VALUE 'STRUKTUR_ORGANISASI';
ALTER TYPE "NarrativeSection" ADD VALUE 'DAYA_DUKUNG_APARATUR';
ALTER TYPE "NarrativeSection" ADD VALUE 'MITRA_KERJA';
ALTER TYPE "NarrativeSection" ADD VALUE 'SARANA_PRASARANA';
ALTER TYPE "NarrativeSection" ADD VALUE 'ANGGARAN';
ALTER TYPE "NarrativeSection" ADD VALUE 'SISTEMATIKA';
ALTER TYPE "NarrativeSection" ADD VALUE 'STRATEGI_ARAH_KEBIJAKAN';
ALTER TYPE "NarrativeSection" ADD VALUE 'ANALISIS_PENYEBAB';
ALTER TYPE "NarrativeSection" ADD VALUE 'ANALISIS_EFISIENSI';
ALTER TYPE "NarrativeSection" ADD VALUE 'ANALISIS_PROGRAM';
ALTER TYPE "NarrativeSection" ADD VALUE 'AKTIVITAS';
ALTER TYPE "NarrativeSection" ADD VALUE 'REALISASI_ANGGARAN';
ALTER TYPE "NarrativeSection" ADD VALUE 'PRESTASI';

-- DropIndex
DROP INDEX "Narrative_laporanId_section_sasaranId_key";

-- AlterTable
ALTER TABLE "Pemda" ADD COLUMN     "headName" TEXT,
ADD COLUMN     "headTitle" TEXT;

-- AlterTable
ALTER TABLE "Indikator" ADD COLUMN     "kondisiAwal" DECIMAL(20,4);

-- AlterTable
ALTER TABLE "TargetIndikator" ADD COLUMN     "standarNasional" DECIMAL(20,4),
ADD COLUMN     "standarNasionalSource" TEXT,
ADD COLUMN     "targetText" TEXT;

-- AlterTable
ALTER TABLE "RealisasiIndikator" ADD COLUMN     "text" TEXT;

-- AlterTable
ALTER TABLE "LaporanKinerja" ADD COLUMN     "signingDate" DATE,
ADD COLUMN     "signingPlace" TEXT;

-- AlterTable
ALTER TABLE "Narrative" ADD COLUMN     "kegiatanId" TEXT,
ADD COLUMN     "programId" TEXT;

-- CreateTable
CREATE TABLE "PaguIndikatif" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "periodeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PaguIndikatif_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DayaDukung" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "DayaDukungKind" NOT NULL,
    "label" TEXT NOT NULL,
    "jumlah" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DayaDukung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT,
    "year" INTEGER,
    "kind" "AttachmentKind" NOT NULL,
    "ownerCode" TEXT NOT NULL DEFAULT '',
    "caption" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KodeRekening" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "KodeRekening_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "OpdYearVersion" (
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "OpdYearVersion_pkey" PRIMARY KEY ("opdId","year")
);

-- CreateTable
CREATE TABLE "OpdYearResult" (
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "throughQuarter" INTEGER NOT NULL,
    "dataVersion" BIGINT NOT NULL,
    "figures" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpdYearResult_pkey" PRIMARY KEY ("opdId","year","throughQuarter")
);

-- CreateTable
CREATE TABLE "LkipDraft" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "laporanId" TEXT NOT NULL,
    "format" "DraftFormat" NOT NULL,
    "dataVersion" BIGINT NOT NULL,
    "renderer" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LkipDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PaguIndikatif_pemdaId_idx" ON "PaguIndikatif"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "PaguIndikatif_periodeId_year_key" ON "PaguIndikatif"("periodeId", "year");

-- CreateIndex
CREATE INDEX "DayaDukung_pemdaId_opdId_year_idx" ON "DayaDukung"("pemdaId", "opdId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "DayaDukung_opdId_year_kind_label_key" ON "DayaDukung"("opdId", "year", "kind", "label");

-- CreateIndex
CREATE INDEX "Attachment_pemdaId_opdId_year_kind_idx" ON "Attachment"("pemdaId", "opdId", "year", "kind");

-- CreateIndex
CREATE INDEX "OpdYearVersion_pemdaId_idx" ON "OpdYearVersion"("pemdaId");

-- CreateIndex
CREATE INDEX "OpdYearResult_pemdaId_idx" ON "OpdYearResult"("pemdaId");

-- CreateIndex
CREATE INDEX "LkipDraft_pemdaId_idx" ON "LkipDraft"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "LkipDraft_laporanId_format_key" ON "LkipDraft"("laporanId", "format");

-- CreateIndex
CREATE UNIQUE INDEX "Narrative_laporanId_section_sasaranId_programId_kegiatanId_key" ON "Narrative"("laporanId", "section", "sasaranId", "programId", "kegiatanId") NULLS NOT DISTINCT;

-- AddForeignKey
ALTER TABLE "Narrative" ADD CONSTRAINT "Narrative_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Narrative" ADD CONSTRAINT "Narrative_kegiatanId_fkey" FOREIGN KEY ("kegiatanId") REFERENCES "Kegiatan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaguIndikatif" ADD CONSTRAINT "PaguIndikatif_periodeId_fkey" FOREIGN KEY ("periodeId") REFERENCES "Periode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DayaDukung" ADD CONSTRAINT "DayaDukung_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_pemdaId_fkey" FOREIGN KEY ("pemdaId") REFERENCES "Pemda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpdYearVersion" ADD CONSTRAINT "OpdYearVersion_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpdYearResult" ADD CONSTRAINT "OpdYearResult_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LkipDraft" ADD CONSTRAINT "LkipDraft_laporanId_fkey" FOREIGN KEY ("laporanId") REFERENCES "LaporanKinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A narrative section has at most one owner: a sasaran, a program or a kegiatan.
ALTER TABLE "Narrative" ADD CONSTRAINT "Narrative_one_owner" CHECK (num_nonnulls("sasaranId", "programId", "kegiatanId") <= 1);
