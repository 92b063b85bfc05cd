-- The shape a stored result was written in (RESULT_FORMAT in lib/server/opd-year/opd-year-result.ts).
-- Every row stored so far is format 0: a live result is computed again at its next read, and a FINAL
-- revision frozen in format 0 reads the current result (its year's data is locked while it is FINAL).
-- AlterTable
ALTER TABLE "OpdYearResult" ADD COLUMN     "format" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "LkipRevisionResult" ADD COLUMN     "format" INTEGER NOT NULL DEFAULT 0;
