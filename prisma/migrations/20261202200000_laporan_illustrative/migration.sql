-- AlterTable
ALTER TABLE "LaporanKinerja" ADD COLUMN "illustrative" BOOLEAN NOT NULL DEFAULT false;
