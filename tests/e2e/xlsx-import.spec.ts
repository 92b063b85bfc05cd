import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

// Its own year, opened here by copying 2022's structure without pagu; 2022's export is then imported.
const year = 2026;
const sub = "1.06.04.2.01.0001";

/** The 2022 template as downloaded by the planner, with the Pagu of `sub` set to `pagu`. */
async function exportWith(page: Page, pagu: string | number, name: string): Promise<string> {
  const response = await page.request.get("/opd/dinsos-serang/2022/export.xlsx");
  expect(response.ok()).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as never);
  workbook.getWorksheet("Anggaran")!.eachRow((row) => {
    if (row.getCell(1).value === sub) row.getCell(4).value = pagu;
  });
  const path = join(tmpdir(), `${process.pid}-${name}`);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

test.describe.serial("Excel import", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoAccounts.perencana);
  });

  test("a planner opens a new year to import into", async ({ page }) => {
    await page.goto("/opd/dinsos-serang/2022/struktur");
    const copy = page.getByTestId("copy-year-form");
    const target = copy.getByLabel("Tahun tujuan", { exact: true });
    await expect(async () => {
      await target.fill(String(year));
      await expect(target).toHaveValue(String(year), { timeout: 1000 });
    }).toPass();
    await copy.getByRole("button", { name: "Salin struktur" }).click();
    await expect(page.getByRole("heading", { name: `Struktur Anggaran ${year}` })).toBeVisible();
  });

  test("a file with an error shows the dry run and the error by row, and cannot be committed", async ({
    page,
  }) => {
    const file = await exportWith(page, "1.234.5x", "salah.xlsx");
    await page.goto(`/opd/dinsos-serang/${year}/impor`);
    await page.getByTestId("import-file").setInputFiles(file);
    const preview = page.getByTestId("import-preview");
    await expect(preview).toBeVisible();
    await expect(page.getByTestId("import-summary")).toContainText("diubah");
    const errors = page.getByTestId("import-errors");
    await expect(errors).toContainText("Kesalahan — tidak dapat diimpor (1)");
    const row = errors.locator("tbody tr");
    await expect(row.locator("td").nth(0)).toHaveText("Anggaran");
    await expect(row.locator("td").nth(2)).toHaveText("Pagu (D)");
    await expect(row.locator("td").nth(3)).toContainText("bukan angka yang sah");
    await expect(page.getByTestId("import-commit")).toBeDisabled();
  });

  test("the corrected file is committed and the tree shows the new figures", async ({ page }) => {
    const file = await exportWith(page, "123.456.789", "benar.xlsx");
    await page.goto(`/opd/dinsos-serang/${year}/impor`);
    await page.getByTestId("import-file").setInputFiles(file);
    await expect(page.getByTestId("import-summary")).toBeVisible();
    await expect(page.getByTestId("import-errors")).toHaveCount(0);
    const commit = page.getByTestId("import-commit");
    await expect(commit).toBeEnabled();
    await commit.click();
    await expect(page.getByTestId("import-done")).toContainText("benar.xlsx diimpor");
    await page.getByRole("link", { name: "Lihat pohon anggaran" }).click();
    await expect(page).toHaveURL(new RegExp(`/opd/dinsos-serang/${year}$`));
    const row = page.getByTestId("budget-tree").locator(`tr[data-code="${sub}"]`);
    await expect(row.locator('[data-col="pagu"]')).toHaveText("Rp 123.456.789");
  });
});
