-- The data version of an OPD-year (docs/scaling.md §6): every statement that changes a row an OPD-year's
-- figures, dashboards or LKIP are built from bumps "OpdYearVersion" of the OPD-years it affects, in the same
-- transaction, whatever path wrote it (the app, the import, a command or a hand-written script).
--
-- Statement-level AFTER triggers with transition tables: one bump per statement, however many rows it
-- changed. The bump is an upsert of a counter row (a row lock held until COMMIT), so two writers of one
-- OPD-year serialise on it and the version only ever grows, and rows are locked in (opdId, year) order.
-- Every lookup here joins on "pemdaId" as well as the id: a trigger only ever touches rows of the Pemda of
-- the row that fired it (on Citus: the same shard, see docs/scaling.md §3).

-- Every OPD-year of an OPD (opd given) or of a whole Pemda (opd NULL) that exists: it has its LKIP record
-- or already a version row.
CREATE FUNCTION opd_years_of(pemda text, opd text)
RETURNS TABLE ("pemdaId" text, "opdId" text, year integer)
LANGUAGE sql STABLE AS $$
  SELECT l."pemdaId", l."opdId", l.year FROM "LaporanKinerja" l
  WHERE l."pemdaId" = pemda AND (opd IS NULL OR l."opdId" = opd)
  UNION
  SELECT v."pemdaId", v."opdId", v.year FROM "OpdYearVersion" v
  WHERE v."pemdaId" = pemda AND (opd IS NULL OR v."opdId" = opd)
$$;

-- The trigger (plpgsql bodies are E-strings with \x3B for each semicolon: `prisma migrate deploy` through the
-- pg driver adapter splits a migration at every semicolon, even inside a dollar-quoted body).
-- TG_ARGV[0] is a query over the transition table named by %1$s that lists the affected
-- (pemdaId, opdId, year). An UPDATE bumps the OPD-years of the rows before and after (a row moved to another
-- year or owner changes both). OPD-years whose OPD is gone (deleted in this statement's cascade) are skipped.
CREATE FUNCTION bump_opd_year_versions() RETURNS trigger
LANGUAGE plpgsql AS E'
DECLARE
  affected text\x3B
BEGIN
  affected := CASE TG_OP
    WHEN ''INSERT'' THEN format(TG_ARGV[0], ''new_rows'')
    WHEN ''DELETE'' THEN format(TG_ARGV[0], ''old_rows'')
    ELSE ''('' || format(TG_ARGV[0], ''new_rows'') || '') UNION ('' || format(TG_ARGV[0], ''old_rows'') || '')''
  END\x3B
  EXECUTE ''INSERT INTO "OpdYearVersion" AS v ("pemdaId", "opdId", year)
    SELECT DISTINCT k."pemdaId", k."opdId", k.year
    FROM ('' || affected || '') AS k ("pemdaId", "opdId", year)
    JOIN "PerangkatDaerah" o ON o."pemdaId" = k."pemdaId" AND o.id = k."opdId"
    ORDER BY k."opdId", k.year
    ON CONFLICT ("opdId", year) DO UPDATE SET version = v.version + 1''\x3B
  RETURN NULL\x3B
END
';

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

-- Rows of one OPD-year.
SELECT install_opd_year_version_triggers(tbl, 'SELECT "pemdaId", "opdId", year FROM %1$s')
FROM unnest(ARRAY['Program', 'Kegiatan', 'SubKegiatan', 'LaporanKinerja', 'PerjanjianKinerja', 'DayaDukung']) AS tbl;

SELECT install_opd_year_version_triggers('RekeningBelanja', '
  SELECT s."pemdaId", s."opdId", s.year FROM %1$s x
  JOIN "SubKegiatan" s ON s."pemdaId" = x."pemdaId" AND s.id = x."subKegiatanId"
');

-- (Each join on a plain column, never on a COALESCE: an index lookup per touched row, not a scan.)
SELECT install_opd_year_version_triggers('RealisasiAnggaran', '
  SELECT s."pemdaId", s."opdId", s.year
  FROM (SELECT DISTINCT "pemdaId", "subKegiatanId" FROM %1$s) x
  JOIN "SubKegiatan" s ON s."pemdaId" = x."pemdaId" AND s.id = x."subKegiatanId"
  UNION ALL
  SELECT s."pemdaId", s."opdId", s.year
  FROM (SELECT DISTINCT "pemdaId", "rekeningBelanjaId" FROM %1$s) x
  JOIN "RekeningBelanja" r ON r."pemdaId" = x."pemdaId" AND r.id = x."rekeningBelanjaId"
  JOIN "SubKegiatan" s ON s."pemdaId" = r."pemdaId" AND s.id = r."subKegiatanId"
');

SELECT install_opd_year_version_triggers(tbl, '
  SELECT l."pemdaId", l."opdId", l.year FROM %1$s x
  JOIN "LaporanKinerja" l ON l."pemdaId" = x."pemdaId" AND l.id = x."laporanId"
')
FROM unnest(ARRAY['Narrative', 'ReviewNote']) AS tbl;

-- Indicators, their targets and realisasi: an indicator of a tujuan or sasaran (the IKU) is printed in every
-- year of its Renstra period (the LKIP IKU history, the dashboard Renstra series), an indicator of a program,
-- kegiatan or sub kegiatan in that item year. Set-based over the indicators the statement touched ("i").
SELECT install_opd_year_version_triggers(tbl, prefix || '
  SELECT p."pemdaId", p."opdId", generate_series(p."startYear", p."endYear") FROM i
  JOIN "Tujuan" t ON t."pemdaId" = i."pemdaId" AND t.id = i."tujuanId"
  JOIN "Periode" p ON p."pemdaId" = t."pemdaId" AND p.id = t."periodeId"
  UNION ALL
  SELECT p."pemdaId", p."opdId", generate_series(p."startYear", p."endYear") FROM i
  JOIN "Sasaran" s ON s."pemdaId" = i."pemdaId" AND s.id = i."sasaranId"
  JOIN "Tujuan" t ON t."pemdaId" = s."pemdaId" AND t.id = s."tujuanId"
  JOIN "Periode" p ON p."pemdaId" = t."pemdaId" AND p.id = t."periodeId"
  UNION ALL
  SELECT o."pemdaId", o."opdId", o.year FROM i JOIN "Program" o ON o."pemdaId" = i."pemdaId" AND o.id = i."programId"
  UNION ALL
  SELECT o."pemdaId", o."opdId", o.year FROM i JOIN "Kegiatan" o ON o."pemdaId" = i."pemdaId" AND o.id = i."kegiatanId"
  UNION ALL
  SELECT o."pemdaId", o."opdId", o.year FROM i
  JOIN "SubKegiatan" o ON o."pemdaId" = i."pemdaId" AND o.id = i."subKegiatanId"
')
FROM (VALUES
  ('Indikator', 'WITH i AS (SELECT * FROM %1$s)'),
  ('TargetIndikator', 'WITH i AS (SELECT * FROM "Indikator" WHERE ("pemdaId", id) IN (SELECT "pemdaId", "indikatorId" FROM %1$s))'),
  ('RealisasiIndikator', 'WITH i AS (SELECT * FROM "Indikator" WHERE ("pemdaId", id) IN (SELECT "pemdaId", "indikatorId" FROM %1$s))')
) AS t (tbl, prefix);

-- The Renstra: a periode, its tujuan and sasaran and its pagu indikatif are printed in every year of it.
SELECT install_opd_year_version_triggers('Periode', '
  SELECT "pemdaId", "opdId", generate_series("startYear", "endYear") FROM %1$s
');

SELECT install_opd_year_version_triggers(tbl, '
  SELECT p."pemdaId", p."opdId", generate_series(p."startYear", p."endYear") FROM %1$s x
  JOIN "Periode" p ON p."pemdaId" = x."pemdaId" AND p.id = x."periodeId"
')
FROM unnest(ARRAY['Tujuan', 'PaguIndikatif']) AS tbl;

SELECT install_opd_year_version_triggers('Sasaran', '
  SELECT p."pemdaId", p."opdId", generate_series(p."startYear", p."endYear") FROM %1$s x
  JOIN "Tujuan" t ON t."pemdaId" = x."pemdaId" AND t.id = x."tujuanId"
  JOIN "Periode" p ON p."pemdaId" = t."pemdaId" AND p.id = t."periodeId"
');

-- The OPD itself (name, address) and its bidang: every year of the OPD.
SELECT install_opd_year_version_triggers('PerangkatDaerah', '
  SELECT k.* FROM %1$s x CROSS JOIN LATERAL opd_years_of(x."pemdaId", x.id) k
');

SELECT install_opd_year_version_triggers('Bidang', '
  SELECT k.* FROM %1$s x CROSS JOIN LATERAL opd_years_of(x."pemdaId", x."opdId") k
');

-- The Pemda (calculation settings, kepala daerah): every OPD-year of the Pemda.
SELECT install_opd_year_version_triggers('Pemda', '
  SELECT k.* FROM %1$s x CROSS JOIN LATERAL opd_years_of(x.id, NULL) k
');

-- The RPJMD's visi and misi: every OPD-year of the Pemda within the RPJMD's years.
SELECT install_opd_year_version_triggers('Rpjmd', '
  SELECT k.* FROM %1$s x CROSS JOIN LATERAL opd_years_of(x."pemdaId", NULL) k
  WHERE k.year BETWEEN x."startYear" AND x."endYear"
');

SELECT install_opd_year_version_triggers('Misi', '
  SELECT k.* FROM %1$s x
  JOIN "Rpjmd" r ON r."pemdaId" = x."pemdaId" AND r.id = x."rpjmdId"
  CROSS JOIN LATERAL opd_years_of(x."pemdaId", NULL) k
  WHERE k.year BETWEEN r."startYear" AND r."endYear"
');

-- Images: the Pemda's logo (no OPD) in every OPD-year of the Pemda, an OPD's image without a year in
-- every year of the OPD, the others in their OPD-year.
SELECT install_opd_year_version_triggers('Attachment', '
  SELECT x."pemdaId", x."opdId", x.year FROM %1$s x WHERE x."opdId" IS NOT NULL AND x.year IS NOT NULL
  UNION ALL
  SELECT k.* FROM %1$s x CROSS JOIN LATERAL opd_years_of(x."pemdaId", x."opdId") k
  WHERE x.year IS NULL OR x."opdId" IS NULL
');

DROP FUNCTION install_opd_year_version_triggers(text, text);
