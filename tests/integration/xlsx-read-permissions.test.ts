import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { type DownloadFile, opdYearDownload } from "@/lib/server/http/download";
import type { OpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { exportTemplate } from "@/lib/server/xlsx/export-template";
import { lkipTablesFile } from "@/lib/server/xlsx/lkip-tables-file";
import { type ActorKey, actorKeys, type Regions, setUpRegions } from "./fixtures";

/**
 * The spreadsheet downloads (/export.xlsx and /lkip-tabel.xlsx) as every actor on the OPD-years of two
 * regions: 404 outside the scope, the workbook inside it (every role may export). The redirects of a
 * signed-out request and a temporary password are checked on the running app (tests/e2e/download-gate.spec.ts).
 */

let regions: Regions;
beforeAll(async () => {
  regions = await setUpRegions();
});

const targets = ["dinsos-serang", "dinkes-serang", "dinsos-cilegon"] as const;
const sees: Record<ActorKey, readonly string[]> = {
  adminA: ["dinsos-serang", "dinkes-serang"],
  kepalaA: ["dinsos-serang"],
  perencanaA: ["dinsos-serang"],
  perencanaRehsosA: ["dinsos-serang"],
  inspektoratA: ["dinsos-serang", "dinkes-serang"],
  adminB: ["dinsos-cilegon"],
  kepalaB: ["dinsos-cilegon"],
  perencanaB: ["dinsos-cilegon"],
  inspektoratB: ["dinsos-cilegon"],
};

const template = async ({ opd, year, bidangFilter }: OpdYearContext): Promise<DownloadFile> => ({
  filename: `${opd.slug}-${year}.xlsx`,
  body: await exportTemplate({ pemdaId: opd.pemdaId, opdId: opd.id, year }, bidangFilter),
});
const dinsos = { slug: "dinsos-serang", tahun: "2022" };

async function sheetOf(response: Response, name: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  return workbook.getWorksheet(name)!;
}

describe("spreadsheet downloads", () => {
  it.each(actorKeys.flatMap((key) => targets.map((target) => ({ key, target }))))(
    "$key on $target",
    async ({ key, target }) => {
      const principal = regions.actors[key];
      for (const build of [template, lkipTablesFile]) {
        const response = await opdYearDownload(
          principal,
          { slug: target, tahun: "2022" },
          "exportReports",
          build,
        );
        expect(response.status).toBe(sees[key].includes(target) ? 200 : 404);
      }
    },
  );

  it("answers 404 without the right the file needs, as outside the scope", async () => {
    const response = await opdYearDownload(regions.actors.perencanaA, dinsos, "readAudit", template);
    expect(response.status).toBe(404);
  });

  it("sends the file under its name, kept by no cache", async () => {
    const response = await opdYearDownload(regions.actors.kepalaA, dinsos, "exportReports", template);
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="dinsos-serang-2022.xlsx"; filename*=UTF-8''dinsos-serang-2022.xlsx`,
    );
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("Content-Type")).toContain("spreadsheetml");
  });

  it("gives a bidang-limited planner their bidang's rows only, and no Renstra", async () => {
    const response = await opdYearDownload(
      regions.actors.perencanaRehsosA,
      dinsos,
      "exportReports",
      template,
    );
    const sheet = await sheetOf(response, "Anggaran");
    const bidang = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(3).value) bidang.add(String(row.getCell(3).value));
    });
    expect([...bidang]).toEqual(["Bidang Rehabilitasi Sosial"]);
    expect(sheet.rowCount).toBeGreaterThan(5);
    const whole = await sheetOf(
      await opdYearDownload(regions.actors.perencanaA, dinsos, "exportReports", template),
      "Renstra",
    );
    expect(whole.rowCount).toBe(4);
  });

  it("writes the LKIP tables' figures as numbers with Indonesian formats (IKU 3 / 3,05 / 101,67 %)", async () => {
    const response = await opdYearDownload(regions.actors.kepalaA, dinsos, "exportReports", lkipTablesFile);
    expect(response.headers.get("Content-Type")).toContain("spreadsheetml");
    const budget = await sheetOf(response.clone(), "Realisasi Anggaran");
    expect(typeof budget.getRow(2).getCell(4).value).toBe("number");
    expect(budget.getRow(2).getCell(4).numFmt).toBe("#,##0");
    const iku = await sheetOf(response, "IKU");
    expect(iku.getRow(2).getCell(7).value).toBe(101.67);
    expect(iku.getRow(2).getCell(6).value).toBe(3.05);
  });
});
