import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";
import { demoIds } from "./demo-ids";

// Every page at the width of a phone (390 px, as users reported from the demo): the page itself never
// scrolls sideways; a wide table scrolls in its own frame, and the audit trail becomes cards.
const phone = { width: 390, height: 844 };
const opdYear = "/opd/dinsos-serang/2022";

type Visit = { name: string; url: string; as: keyof typeof demoAccounts | null };

function visits(ids: { programId: string; subKegiatanId: string }): Visit[] {
  return [
    { name: "masuk", url: "/masuk", as: null },
    { name: "verifikasi", url: "/verifikasi", as: null },
    { name: "verifikasi-kode", url: "/verifikasi/draf", as: null },
    { name: "beranda", url: "/", as: "admin" },
    { name: "akun", url: "/akun", as: "admin" },
    { name: "admin", url: "/admin", as: "admin" },
    { name: "admin-audit", url: "/admin/audit", as: "admin" },
    { name: "wilayah", url: "/wilayah/2022", as: "admin" },
    { name: "opd-tahun", url: opdYear, as: "admin" },
    { name: "audit", url: `${opdYear}/audit`, as: "admin" },
    { name: "dasbor", url: `${opdYear}/dasbor`, as: "kepala" },
    { name: "perjanjian-kinerja", url: `${opdYear}/perjanjian-kinerja`, as: "kepala" },
    { name: "pohon-kinerja", url: `${opdYear}/pohon-kinerja`, as: "kepala" },
    { name: "lkip", url: `${opdYear}/lkip`, as: "kepala" },
    { name: "program", url: `${opdYear}/program/${ids.programId}`, as: "perencana" },
    { name: "sub-kegiatan", url: `${opdYear}/sub-kegiatan/${ids.subKegiatanId}`, as: "perencana" },
    { name: "indikator", url: `${opdYear}/indikator`, as: "perencana" },
    { name: "struktur", url: `${opdYear}/struktur`, as: "perencana" },
    { name: "profil", url: `${opdYear}/profil`, as: "perencana" },
    { name: "narasi", url: `${opdYear}/narasi`, as: "perencana" },
    { name: "impor", url: "/opd/dinsos-serang/2023/impor", as: "perencana" },
  ];
}

/** The width the page's content takes, and a screenshot of its top 4.000 px at /tmp/phone-a11y-<name>.png. */
async function measure(page: Page, name: string): Promise<number> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: path.join(tmpdir(), `phone-a11y-${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width: phone.width, height: Math.min(height, 4000) },
  });
  return width;
}

/** 2023's template with bad figures in a few Pagu cells: the import's problems table gets rows to show. */
async function fileWithErrors(page: Page): Promise<string> {
  const response = await page.request.get("/opd/dinsos-serang/2023/export.xlsx");
  expect(response.ok()).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as never);
  let broken = 0;
  workbook.getWorksheet("Anggaran")!.eachRow((row, number) => {
    if (number > 1 && broken < 3 && String(row.getCell(1).value).split(".").length === 6) {
      row.getCell(4).value = `1.234.5x${broken++}`;
    }
  });
  const file = path.join(tmpdir(), `${process.pid}-phone-salah.xlsx`);
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

test("on a phone the audit trail is a list of cards, each change readable across the card", async ({
  page,
}) => {
  // A long narrative saved by the planner: its old → new once took a column one character wide.
  await signIn(page, demoAccounts.perencana);
  await page.goto(`${opdYear}/narasi`);
  const kendala = page.locator('[data-testid="narrative-section"][data-section="KENDALA"]');
  await kendala.getByRole("button", { name: "Ubah" }).click();
  await kendala
    .getByLabel("Teks Kendala")
    .fill("Keterbatasan data terpadu kesejahteraan sosial dan sarana pendukung pelayanan. ".repeat(4));
  await kendala.getByRole("button", { name: "Simpan" }).click();
  await expect(kendala.getByTestId("narrative-form")).toHaveCount(0);

  await page.setViewportSize(phone);
  await signIn(page, demoAccounts.admin);
  await page.goto(`${opdYear}/audit`);
  await expect(page.getByTestId("audit-table")).toBeHidden();
  const card = page.getByTestId("audit-card").filter({ hasText: "Keterbatasan data terpadu" });
  await expect(card).toBeVisible();
  const box = (await card.boundingBox())!;
  expect(box.width).toBeGreaterThan(340);
  expect(box.height).toBeLessThan(700);
  await measure(page, "audit-kartu");
  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit-table")).toBeHidden();
  await expect(page.getByTestId("audit-cards")).toBeVisible();

  // On a wide screen the trail stays a table.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`${opdYear}/audit`);
  await expect(page.getByTestId("audit-table").getByText("Keterbatasan data terpadu")).toBeVisible();
  await expect(page.getByTestId("audit-cards")).toBeHidden();
});

test("every page fits a 390 px phone without scrolling sideways", async ({ page }) => {
  await page.setViewportSize(phone);
  const widths: Record<string, number> = {};
  let signedInAs: Visit["as"] = null;
  for (const visit of visits(await demoIds())) {
    if (visit.as !== signedInAs) {
      if (visit.as) await signIn(page, demoAccounts[visit.as]);
      signedInAs = visit.as;
    }
    await page.goto(visit.url);
    widths[visit.name] = await measure(page, visit.name);
  }
  // The import's dry run of a file with errors: the problems by sheet, row and column.
  await page.getByTestId("import-file").setInputFiles(await fileWithErrors(page));
  await expect(page.getByTestId("import-errors")).toContainText("Kesalahan — tidak dapat diimpor (3)");
  widths["impor-kesalahan"] = await measure(page, "impor-kesalahan");

  console.log(JSON.stringify(widths));
  const tooWide = Object.entries(widths).filter(([, width]) => width > phone.width);
  expect(Object.fromEntries(tooWide), "pages wider than the phone").toEqual({});
});
