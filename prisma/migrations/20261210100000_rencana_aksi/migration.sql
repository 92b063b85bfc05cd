-- CreateTable
CREATE TABLE "RencanaAksiIndikator" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "indikatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "period" "ReportPeriod" NOT NULL,
    "target" DECIMAL(20,4) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RencanaAksiIndikator_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "RencanaAksiIndikator_period_check" CHECK ("period" <> 'TAHUNAN')
);

-- CreateTable
CREATE TABLE "RencanaAksiAnggaran" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "subKegiatanId" TEXT NOT NULL,
    "period" "ReportPeriod" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RencanaAksiAnggaran_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "RencanaAksiAnggaran_period_check" CHECK ("period" <> 'TAHUNAN'),
    CONSTRAINT "RencanaAksiAnggaran_amount_check" CHECK ("amount" >= 0)
);

-- CreateIndex
CREATE INDEX "RencanaAksiIndikator_pemdaId_idx" ON "RencanaAksiIndikator"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "RencanaAksiIndikator_indikatorId_year_period_key" ON "RencanaAksiIndikator"("indikatorId", "year", "period");

-- CreateIndex
CREATE INDEX "RencanaAksiAnggaran_pemdaId_idx" ON "RencanaAksiAnggaran"("pemdaId");

-- CreateIndex
CREATE UNIQUE INDEX "RencanaAksiAnggaran_subKegiatanId_period_key" ON "RencanaAksiAnggaran"("subKegiatanId", "period");

-- AddForeignKey
ALTER TABLE "RencanaAksiIndikator" ADD CONSTRAINT "RencanaAksiIndikator_indikatorId_fkey" FOREIGN KEY ("indikatorId") REFERENCES "Indikator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RencanaAksiAnggaran" ADD CONSTRAINT "RencanaAksiAnggaran_subKegiatanId_fkey" FOREIGN KEY ("subKegiatanId") REFERENCES "SubKegiatan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The dashboards' plan line and the rencana aksi check are part of an OPD-year's result: a change of the
-- plan bumps its data version (20261207110000_opd_year_version_triggers).
-- Installs the three statement triggers (insert, update, delete) of one table.
CREATE FUNCTION install_opd_year_version_triggers(tbl text, affected text) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  EXECUTE format(
    ''CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows ''
    ''FOR EACH STATEMENT EXECUTE FUNCTION bump_opd_year_versions(%L)'',
    tbl || ''_bump_version_insert'', tbl, affected)\x3B
  EXECUTE format(
    ''CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows ''
    ''FOR EACH STATEMENT EXECUTE FUNCTION bump_opd_year_versions(%L)'',
    tbl || ''_bump_version_update'', tbl, affected)\x3B
  EXECUTE format(
    ''CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows ''
    ''FOR EACH STATEMENT EXECUTE FUNCTION bump_opd_year_versions(%L)'',
    tbl || ''_bump_version_delete'', tbl, affected)\x3B
END
';

SELECT install_opd_year_version_triggers('RencanaAksiAnggaran', '
  SELECT s."pemdaId", s."opdId", s.year FROM %1$s x
  JOIN "SubKegiatan" s ON s."pemdaId" = x."pemdaId" AND s.id = x."subKegiatanId"
');

SELECT install_opd_year_version_triggers('RencanaAksiIndikator', '
  WITH i AS (SELECT * FROM "Indikator" WHERE ("pemdaId", id) IN (SELECT "pemdaId", "indikatorId" FROM %1$s))
  SELECT p."pemdaId", p."opdId", x.year FROM i
  JOIN "Sasaran" s ON s."pemdaId" = i."pemdaId" AND s.id = i."sasaranId"
  JOIN "Tujuan" t ON t."pemdaId" = s."pemdaId" AND t.id = s."tujuanId"
  JOIN "Periode" p ON p."pemdaId" = t."pemdaId" AND p.id = t."periodeId"
  JOIN %1$s x ON x."indikatorId" = i.id
  UNION ALL
  SELECT o."pemdaId", o."opdId", o.year FROM i JOIN "Program" o ON o."pemdaId" = i."pemdaId" AND o.id = i."programId"
  UNION ALL
  SELECT o."pemdaId", o."opdId", o.year FROM i JOIN "Kegiatan" o ON o."pemdaId" = i."pemdaId" AND o.id = i."kegiatanId"
');

DROP FUNCTION install_opd_year_version_triggers(text, text);
