-- BAB I of an LKIP prints the pagu of every earlier year of its Renstra period (the pagu per year), so a
-- change of a sub kegiatan or a rekening line also bumps the later OPD-years of that period that have an
-- LKIP record, besides its own year.
DROP TRIGGER "SubKegiatan_bump_version_insert" ON "SubKegiatan";
DROP TRIGGER "SubKegiatan_bump_version_update" ON "SubKegiatan";
DROP TRIGGER "SubKegiatan_bump_version_delete" ON "SubKegiatan";
DROP TRIGGER "RekeningBelanja_bump_version_insert" ON "RekeningBelanja";
DROP TRIGGER "RekeningBelanja_bump_version_update" ON "RekeningBelanja";
DROP TRIGGER "RekeningBelanja_bump_version_delete" ON "RekeningBelanja";

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

SELECT install_opd_year_version_triggers('SubKegiatan', '
  SELECT x."pemdaId", x."opdId", x.year FROM %1$s x
  UNION ALL
  SELECT l."pemdaId", l."opdId", l.year
  FROM (SELECT DISTINCT "pemdaId", "opdId", year FROM %1$s) x
  JOIN "Periode" p ON p."pemdaId" = x."pemdaId" AND p."opdId" = x."opdId"
    AND x.year BETWEEN p."startYear" AND p."endYear"
  JOIN "LaporanKinerja" l ON l."pemdaId" = x."pemdaId" AND l."opdId" = x."opdId"
    AND l.year > x.year AND l.year <= p."endYear"
');

SELECT install_opd_year_version_triggers('RekeningBelanja', '
  SELECT s."pemdaId", s."opdId", y.year
  FROM (SELECT DISTINCT "pemdaId", "subKegiatanId" FROM %1$s) x
  JOIN "SubKegiatan" s ON s."pemdaId" = x."pemdaId" AND s.id = x."subKegiatanId"
  LEFT JOIN "Periode" p ON p."pemdaId" = s."pemdaId" AND p."opdId" = s."opdId"
    AND s.year BETWEEN p."startYear" AND p."endYear"
  JOIN LATERAL (
    SELECT s.year
    UNION
    SELECT l.year FROM "LaporanKinerja" l
    WHERE l."pemdaId" = s."pemdaId" AND l."opdId" = s."opdId" AND l.year > s.year AND l.year <= p."endYear"
  ) y ON true
');

DROP FUNCTION install_opd_year_version_triggers(text, text);
