import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { evaluateOpdYear } from "@/lib/calc/checks";
import type { Quarter } from "@/lib/calc/period";
import { buildOpdYearResult } from "@/lib/views/opd-year-result";
import { loadOperatorPrincipal } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { saveTargetIndikator } from "@/lib/server/indicators/save-target-indikator";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { saveNarrative } from "@/lib/server/narrative/save-narrative";
import { findOpdYearContext, type OpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadOpdYear } from "@/lib/server/opd-year/load-opd-year";
import { readDataVersion } from "@/lib/server/opd-year/data-version";
import { readOpdYearResult, RESULT_FORMAT } from "@/lib/server/opd-year/opd-year-result";
import { saveRealisasiGrid } from "@/lib/server/realisasi/save-realisasi-grid";
import { updateCalcSettings } from "@/lib/server/settings/update-calc-settings";
import { saveSubKegiatan } from "@/lib/server/structure/save-sub-kegiatan";
import { exportTemplate } from "@/lib/server/xlsx/export-template";
import { commitImport } from "@/lib/server/xlsx/import-workbook";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";

// The stored result of an OPD-year is the engine's output for the data as committed: after a change through
// each path that writes reported data (a mutation of the app, the import, a hand-written SQL statement), the
// stored figures and summary equal a fresh evaluateOpdYear. Each case first stores the result of the data
// before the change, so a change whose version bump is missing is served stale and fails here.

let planner: Principal;
let admin: Principal;
let context2022: OpdYearContext;
let context2023: OpdYearContext;

beforeAll(async () => {
  await loadDemo(db, serang2022);
  await loadDemoYearInProgress(db, serang2023);
  const opd = await db.perangkatDaerah.findUniqueOrThrow({ where: { slug: "dinsos-serang" } });
  planner = (await loadOperatorPrincipal(opd.pemdaId, "perencana.dinsos@sakip.demo"))!;
  admin = (await loadOperatorPrincipal(opd.pemdaId, "admin.serang@sakip.demo"))!;
  context2022 = (await findOpdYearContext(planner, "dinsos-serang", "2022"))!;
  context2023 = (await findOpdYearContext(planner, "dinsos-serang", "2023"))!;
});

const fresh = async (context: OpdYearContext, quarter: Quarter) => {
  const data = await loadOpdYear(context);
  return buildOpdYearResult({
    year: context.year,
    throughQuarter: quarter,
    budget: data.budget,
    settings: data.settings,
    evaluation: evaluateOpdYear({ ...data, throughQuarter: quarter }),
    ikuHistory: data.ikuHistory,
    tujuan: data.tujuan,
    rencanaAksi: data.rencanaAksi,
  });
};

const stored = async (context: OpdYearContext, quarter: Quarter) => ({
  figures: await readOpdYearResult(context, quarter, "figures"),
  summary: {
    dashboard: await readOpdYearResult(context, quarter, "dashboard"),
    region: await readOpdYearResult(context, quarter, "region"),
  },
});

/**
 * Stores the result of every quarter, makes the change, and expects the stored results to equal the
 * engine's for the new data, which differ from the old ones (the change reached the figures).
 */
async function expectCurrentAfter(context: OpdYearContext, change: () => Promise<unknown>) {
  const quarters = [1, 4] as const;
  const before = await Promise.all(quarters.map((q) => stored(context, q)));
  await change();
  for (const [index, quarter] of quarters.entries()) {
    const engine = await fresh(context, quarter);
    expect(await stored(context, quarter)).toEqual(engine);
    if (quarter === 4) expect(engine).not.toEqual(before[index]);
  }
}

const ok = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

describe("the stored result after a change", () => {
  it("through the quarterly grid", async () => {
    const leaf = await db.subKegiatan.findFirstOrThrow({
      where: { year: 2023, code: "1.06.07.2.01.0002" },
    });
    await expectCurrentAfter(context2023, async () =>
      ok(
        await executeMutation(saveRealisasiGrid, planner, {
          opdId: context2023.opd.id,
          year: 2023,
          quarter: 4,
          cells: [{ key: `anggaran:${leaf.id}`, text: "Rp 12.345.678", version: null, row: 1 }],
        }),
      ),
    );
  });

  it("through the target editor", async () => {
    const target = await db.targetIndikator.findFirstOrThrow({
      where: { year: 2023, indikator: { isIku: true } },
    });
    await expectCurrentAfter(context2023, async () =>
      ok(
        await executeMutation(saveTargetIndikator, planner, {
          indikatorId: target.indikatorId,
          year: 2023,
          target: "1,5",
          targetUpper: "",
          targetRenstra: "",
          targetPerubahan: "",
          targetUpperPerubahan: "",
          perubahanReason: "",
          version: target.version,
        }),
      ),
    );
  });

  it("through the narrative editor (the narrative checks)", async () => {
    await expectCurrentAfter(context2022, async () =>
      ok(
        await executeMutation(saveNarrative, planner, {
          laporanId: context2022.laporan.id,
          section: "KENDALA",
          sasaranId: null,
          body: "Serapan anggaran 12,34 % karena data PMKS belum mutakhir.",
          version: null,
        }),
      ),
    );
  });

  it("through the Pemda's settings (every OPD-year of the Pemda)", async () => {
    await expectCurrentAfter(context2022, async () =>
      ok(await executeMutation(updateCalcSettings, admin, { settings: { capaianCap: "100" } })),
    );
  });

  it("through the structure editor", async () => {
    const sub = await db.subKegiatan.findFirstOrThrow({
      where: { year: 2022, code: "1.06.04.2.01.0002" },
    });
    await expectCurrentAfter(context2022, async () =>
      ok(
        await executeMutation(saveSubKegiatan, planner, {
          id: sub.id,
          version: sub.version,
          kegiatanId: sub.kegiatanId,
          code: sub.code,
          name: sub.name,
          bidangId: sub.bidangId,
          paguAwal: "Rp 999.000.000",
          paguPerubahan: "",
        }),
      ),
    );
  });

  it("through the Excel import", async () => {
    const template = await exportTemplate({
      pemdaId: context2022.opd.pemdaId,
      opdId: context2022.opd.id,
      year: 2022,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as never);
    workbook.getWorksheet("Anggaran")!.getRow(5).getCell(4).value = 123_456_789;
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    await expectCurrentAfter(context2022, async () => {
      const result = await commitImport(planner, {
        opdId: context2022.opd.id,
        year: 2022,
        fileName: "dinsos-serang-2022.xlsx",
        file: file.toString("base64"),
        confirmRemovals: false,
        planDigest: null,
      });
      expect(result).toMatchObject({ ok: true, committed: true });
    });
  });

  it("through a hand-written SQL statement", async () => {
    await expectCurrentAfter(
      context2022,
      () =>
        db.$executeRaw`
        UPDATE "RealisasiAnggaran" SET amount = amount + 1000
        WHERE id = (SELECT r.id FROM "RealisasiAnggaran" r
                    JOIN "SubKegiatan" s ON s.id = r."subKegiatanId"
                    WHERE s.year = 2022 ORDER BY r.id LIMIT 1)`,
    );
  });
});

describe("a result stored in an older format", () => {
  it("is computed again, not served: the region's finding counts of format 0 counted every place", async () => {
    await stored(context2023, 4);
    // As format 0 wrote it: the current data version, the findings counted one per place.
    await db.$executeRaw`
      UPDATE "OpdYearResult"
      SET format = 0, summary = jsonb_set(summary, '{region,findings}', '{"total": 109, "errors": 12, "warnings": 96}')
      WHERE "opdId" = ${context2023.opd.id} AND year = 2023 AND "throughQuarter" = 4`;
    const region = await readOpdYearResult(context2023, 4, "region");
    expect(region.findings).toEqual((await fresh(context2023, 4)).summary.region.findings);
    expect(region.findings.total).not.toBe(109);
    const [row] = await db.$queryRaw<{ format: number }[]>`
      SELECT format FROM "OpdYearResult"
      WHERE "opdId" = ${context2023.opd.id} AND year = 2023 AND "throughQuarter" = 4`;
    expect(row!.format).toBe(RESULT_FORMAT);
  });
});

describe("the version of a later year", () => {
  // BAB I of the 2023 LKIP prints the pagu of 2022 (the pagu per year of the Renstra period): a change of
  // a 2022 leaf's pagu must make 2023's stored draft and result stale too.
  const version2023 = () =>
    readDataVersion({ pemdaId: context2023.opd.pemdaId, opdId: context2023.opd.id, year: 2023 });

  it("moves when a 2022 sub kegiatan's pagu or a 2022 rekening line changes", async () => {
    const sub = await db.subKegiatan.findFirstOrThrow({ where: { year: 2022 }, orderBy: { code: "asc" } });
    const before = await version2023();
    await db.$executeRaw`UPDATE "SubKegiatan" SET "paguPerubahan" = "paguAwal" + 1 WHERE id = ${sub.id}`;
    const afterSub = await version2023();
    expect(afterSub).toBeGreaterThan(before);
    await db.rekeningBelanja.create({
      data: {
        pemdaId: sub.pemdaId,
        subKegiatanId: sub.id,
        code: "5.1.02.01.01.0099",
        name: "Uji",
        paguAwal: "1",
      },
    });
    expect(await version2023()).toBeGreaterThan(afterSub);
  });
});
