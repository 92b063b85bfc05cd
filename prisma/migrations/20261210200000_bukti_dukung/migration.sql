-- AlterEnum
ALTER TYPE "AttachmentKind" ADD VALUE 'BUKTI_DUKUNG';

-- CreateEnum
CREATE TYPE "BuktiTarget" AS ENUM ('REALISASI_INDIKATOR', 'SUB_KEGIATAN', 'CATATAN_REVIU', 'KRITERIA_LKE');

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StoredFile_pemdaId_idx" ON "StoredFile"("pemdaId");

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_pemdaId_fkey" FOREIGN KEY ("pemdaId") REFERENCES "Pemda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Move the bytes of every existing attachment into the file store, under the attachment's id as key
INSERT INTO "StoredFile" ("id", "pemdaId", "bytes", "createdAt") SELECT "id", "pemdaId", "bytes", "createdAt" FROM "Attachment";

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "bidangId" TEXT,
ADD COLUMN     "fileName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "lkeCode" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "storageKey" TEXT,
ADD COLUMN     "target" "BuktiTarget",
ADD COLUMN     "targetId" TEXT,
ADD COLUMN     "triwulan" INTEGER;

UPDATE "Attachment" SET "storageKey" = "id";

ALTER TABLE "Attachment" ALTER COLUMN "storageKey" SET NOT NULL;

ALTER TABLE "Attachment" DROP COLUMN "bytes";

-- CreateIndex
CREATE INDEX "Attachment_pemdaId_opdId_year_target_targetId_idx" ON "Attachment"("pemdaId", "opdId", "year", "target", "targetId");
