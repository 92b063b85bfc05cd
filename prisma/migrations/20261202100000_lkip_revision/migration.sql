-- CreateTable
CREATE TABLE "LkipRevision" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "laporanId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "pdf" BYTEA NOT NULL,
    "pageCount" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LkipRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LkipRevision_code_key" ON "LkipRevision"("code");

-- CreateIndex
CREATE INDEX "LkipRevision_pemdaId_idx" ON "LkipRevision"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "LkipRevision_laporanId_revision_key" ON "LkipRevision"("laporanId", "revision");

-- AddForeignKey
ALTER TABLE "LkipRevision" ADD CONSTRAINT "LkipRevision_laporanId_fkey" FOREIGN KEY ("laporanId") REFERENCES "LaporanKinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LkipRevision" ADD CONSTRAINT "LkipRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
