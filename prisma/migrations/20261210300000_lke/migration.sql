-- CreateEnum
CREATE TYPE "LkeScale" AS ENUM ('YA_TIDAK', 'A_E');

-- CreateTable
CREATE TABLE "LkeKomponen" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "weight" DECIMAL(5,2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LkeKomponen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LkeKriteria" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "scale" "LkeScale" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LkeKriteria_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LkeJawaban" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "opdId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kriteriaId" TEXT NOT NULL,
    "answer" TEXT,
    "explanation" TEXT NOT NULL DEFAULT '',
    "score" TEXT,
    "scoreNote" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LkeJawaban_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LkeKomponen_pemdaId_number_key" ON "LkeKomponen"("pemdaId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "LkeKriteria_pemdaId_code_key" ON "LkeKriteria"("pemdaId", "code");

-- CreateIndex
CREATE INDEX "LkeJawaban_pemdaId_year_idx" ON "LkeJawaban"("pemdaId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "LkeJawaban_opdId_year_kriteriaId_key" ON "LkeJawaban"("opdId", "year", "kriteriaId");

-- AddForeignKey
ALTER TABLE "LkeKomponen" ADD CONSTRAINT "LkeKomponen_pemdaId_fkey" FOREIGN KEY ("pemdaId") REFERENCES "Pemda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LkeKriteria" ADD CONSTRAINT "LkeKriteria_pemdaId_fkey" FOREIGN KEY ("pemdaId") REFERENCES "Pemda"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LkeJawaban" ADD CONSTRAINT "LkeJawaban_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "PerangkatDaerah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LkeJawaban" ADD CONSTRAINT "LkeJawaban_kriteriaId_fkey" FOREIGN KEY ("kriteriaId") REFERENCES "LkeKriteria"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- An answer or a score is one of the marks of the two scales (lib/lke/score.ts), a weight is positive.
ALTER TABLE "LkeJawaban" ADD CONSTRAINT "LkeJawaban_answer_check" CHECK ("answer" IN ('Y', 'T', 'A', 'B', 'C', 'D', 'E'));
ALTER TABLE "LkeJawaban" ADD CONSTRAINT "LkeJawaban_score_check" CHECK ("score" IN ('Y', 'T', 'A', 'B', 'C', 'D', 'E'));
ALTER TABLE "LkeKomponen" ADD CONSTRAINT "LkeKomponen_weight_check" CHECK ("weight" > 0);
