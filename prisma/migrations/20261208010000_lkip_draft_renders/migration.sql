-- CreateTable
CREATE TABLE "LkipDraftRender" (
    "pemdaId" TEXT NOT NULL,
    "laporanId" TEXT NOT NULL,
    "format" "DraftFormat" NOT NULL,
    "dataVersion" BIGINT NOT NULL,
    "renderer" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LkipDraftRender_pkey" PRIMARY KEY ("laporanId","format")
);

-- CreateIndex
CREATE INDEX "LkipDraftRender_pemdaId_idx" ON "LkipDraftRender"("pemdaId");

-- AddForeignKey
ALTER TABLE "LkipDraftRender" ADD CONSTRAINT "LkipDraftRender_laporanId_fkey" FOREIGN KEY ("laporanId") REFERENCES "LaporanKinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

