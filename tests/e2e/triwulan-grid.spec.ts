import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

// Its own year: 2022 holds annual totals from the report, so the quarterly grid is tried on a copy.
const year = 2024;
const grid = `/opd/dinsos-serang/${year}/realisasi/4`;

const cellOf = (page: Page, code: string): Locator =>
  page.getByTestId("realisasi-grid").locator(`tr[data-code="${code}"] input`);

async function paste(input: Locator, text: string): Promise<void> {
  await input.evaluate((element, clipboard) => {
    const data = new DataTransfer();
    data.setData("text/plain", clipboard);
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test.describe.serial("quarterly entry grid", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoAccounts.perencana);
  });

  test("a planner copies 2022's structure with its pagu into a new year", async ({ page }) => {
    await page.goto("/opd/dinsos-serang/2022/struktur");
    const copy = page.getByTestId("copy-year-form");
    const target = copy.getByLabel("Tahun tujuan", { exact: true });
    // Typed before hydration the value can be doubled; type until the field holds exactly the year.
    await expect(async () => {
      await target.fill(String(year));
      await expect(target).toHaveValue(String(year), { timeout: 1000 });
    }).toPass();
    await copy.getByLabel("Salin pagu awal sebagai pagu awal tahun tujuan").check();
    await copy.getByRole("button", { name: "Salin struktur" }).click();
    await expect(page.getByRole("heading", { name: `Struktur Anggaran ${year}` })).toBeVisible();
  });

  test("TW IV realisasi typed in the grid moves the serapan of the row, its program and the OPD", async ({
    page,
  }) => {
    await page.goto(grid);
    const summary = page.getByTestId("grid-summary");
    await expect(page.getByTestId("opd-serapan")).toHaveText("0,00 %");

    const permakanan = page.getByTestId("realisasi-grid").locator('tr[data-code="1.06.04.2.01.0001"]');
    await cellOf(page, "1.06.04.2.01.0001").fill("Rp 65.585.000");
    await expect(permakanan.locator('[data-col="serapan"]')).toHaveText("79,61 %");
    await expect(permakanan.locator('[data-col="peringatan"]')).toContainText(
      "Realisasi TW1, TW2, TW3 belum diisi",
    );
    await expect(summary.locator('[data-program="1.06.04"] [data-col="serapan"]')).toHaveText("10,47 %");
    await expect(page.getByTestId("opd-serapan")).toHaveText("0,37 %");

    await page.getByRole("button", { name: /^Simpan semua/ }).click();
    await expect(page.getByTestId("grid-message")).toHaveText("1 isian tersimpan.");
    // The save's refresh and the unsaved guard stepping off its history copy settle first: a reload within
    // milliseconds of the message was once cancelled by the guard's beforeunload, still attached.
    await page.waitForLoadState("networkidle");
    await page.reload();
    await expect(cellOf(page, "1.06.04.2.01.0001")).toHaveValue("65.585.000");

    await page.goto(`/opd/dinsos-serang/${year}`);
    const tree = page.getByTestId("budget-tree");
    await expect(tree.locator('tr[data-code="1.06.04"] [data-col="serapan"]')).toHaveText("10,47 %");
    await expect(tree.locator('tr[data-code="1.06.04.2.01.0001"] [data-col="realisasi"]')).toHaveText(
      "Rp 65.585.000",
    );
    await expect(page.getByTestId("total-serapan")).toHaveText("0,37 %");
  });

  test("a pasted column fills ten rows; a malformed number is refused by row and nothing is saved", async ({
    page,
  }) => {
    await page.goto(grid);
    const column = [
      "1.000",
      "2.000",
      "3.000",
      "4.000",
      "5.000",
      "6.000",
      "7.000",
      "8.000",
      "9.000",
      "10.000",
    ];
    await paste(cellOf(page, "1.06.04.2.01.0002"), `${column.join("\r\n")}\r\n`);
    // Nine rows of the kegiatan, then the first of the next one; indicator rows have no money cell.
    await expect(cellOf(page, "1.06.04.2.01.0002")).toHaveValue("1.000");
    await expect(cellOf(page, "1.06.04.2.01.0010")).toHaveValue("9.000");
    await expect(cellOf(page, "1.06.04.2.02.0001")).toHaveValue("10.000");
    await expect(page.getByRole("button", { name: "Simpan semua (10 isian berubah)" })).toBeVisible();

    await cellOf(page, "1.06.04.2.01.0005").fill("1,234.56");
    await page.getByRole("button", { name: /^Simpan semua/ }).click();
    const message = page.getByTestId("grid-message");
    await expect(message).toContainText("Tidak ada yang disimpan");
    await expect(message).toContainText(
      "(1.06.04.2.01.0005 Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial), Realisasi TW4 (Rp):",
    );
    await expect(message).toContainText(/^Baris \d+/m);

    await page.reload();
    await expect(cellOf(page, "1.06.04.2.01.0002")).toHaveValue("");
    await expect(cellOf(page, "1.06.04.2.02.0001")).toHaveValue("");
    await expect(cellOf(page, "1.06.04.2.01.0001")).toHaveValue("65.585.000");
  });

  test("arrow keys and Enter move along the column", async ({ page }) => {
    await page.goto(grid);
    await cellOf(page, "1.06.04.2.01.0002").focus();
    await page.keyboard.press("Enter");
    await expect(cellOf(page, "1.06.04.2.01.0003")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(cellOf(page, "1.06.04.2.01.0004")).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(cellOf(page, "1.06.04.2.01.0003")).toBeFocused();
  });
});
