-- A FINAL revision keeps what every surface of its year reads: the LKIP document the PDF was rendered
-- from, and the OPD-year's stored result through each quarter (lib/server/opd-year/opd-year-result.ts).
-- AlterTable
ALTER TABLE "LkipRevision" ADD COLUMN     "document" JSONB;

-- CreateTable
CREATE TABLE "LkipRevisionResult" (
    "pemdaId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "throughQuarter" INTEGER NOT NULL,
    "figures" JSONB NOT NULL,
    "summary" JSONB NOT NULL,

    CONSTRAINT "LkipRevisionResult_pkey" PRIMARY KEY ("revisionId","throughQuarter")
);

-- CreateIndex
CREATE INDEX "LkipRevisionResult_pemdaId_idx" ON "LkipRevisionResult"("pemdaId");

-- AddForeignKey
ALTER TABLE "LkipRevisionResult" ADD CONSTRAINT "LkipRevisionResult_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "LkipRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The stored summaries gain the IKU history (OPD dashboard) and the IKU capaian (region): results stored
-- in the old shape are dropped and computed again at their next read.
DELETE FROM "OpdYearResult";
