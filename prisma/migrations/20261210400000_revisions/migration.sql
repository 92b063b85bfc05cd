-- Renstra revisions and PK perubahan: documents that change targets from a date on, and the target each sets.
-- CreateEnum
CREATE TYPE "TargetRevisionKind" AS ENUM ('RENSTRA', 'PK');

-- CreateTable
CREATE TABLE "TargetRevision" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "kind" "TargetRevisionKind" NOT NULL,
    "nomor" TEXT NOT NULL,
    "tanggal" DATE NOT NULL,
    "alasan" TEXT NOT NULL,
    "berlakuMulai" DATE NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TargetRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetRevisionValue" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "indikatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "target" DECIMAL(20,4) NOT NULL,
    "targetUpper" DECIMAL(20,4),
    "previousTarget" DECIMAL(20,4),
    "previousTargetUpper" DECIMAL(20,4),

    CONSTRAINT "TargetRevisionValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TargetRevision_pemdaId_idx" ON "TargetRevision"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "TargetRevision_opdId_kind_nomor_key" ON "TargetRevision"("opdId", "kind", "nomor");

-- CreateIndex
CREATE INDEX "TargetRevisionValue_pemdaId_idx" ON "TargetRevisionValue"("pemdaId");

-- CreateIndex
CREATE INDEX "TargetRevisionValue_indikatorId_year_idx" ON "TargetRevisionValue"("indikatorId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "TargetRevisionValue_revisionId_indikatorId_year_key" ON "TargetRevisionValue"("revisionId", "indikatorId", "year");

-- AddForeignKey
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRevision" ADD CONSTRAINT "TargetRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRevisionValue" ADD CONSTRAINT "TargetRevisionValue_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "TargetRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRevisionValue" ADD CONSTRAINT "TargetRevisionValue_indikatorId_fkey" FOREIGN KEY ("indikatorId") REFERENCES "Indikator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

