import type { Page } from "@playwright/test";
import { demoAccounts, signIn } from "./sign-in";
import { expect, test } from "./test";

const opdYear = "/opd/dinsos-serang/2022";

test.describe.configure({ mode: "serial" });

/** Every native file input of the page is hidden behind its Indonesian label (nothing of it is drawn). */
async function expectNoNativeFileChooser(page: Page) {
  const inputs = page.locator('input[type="file"]');
  expect(await inputs.count()).toBeGreaterThan(0);
  for (const input of await inputs.all()) {
    const box = await input.boundingBox();
    expect(box && box.width * box.height).toBeLessThanOrEqual(1);
  }
}

/** Holds the requests to `url` until the returned function is called, so that what the page shows meanwhile
 * can be read. */
async function hold(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test("the Excel import chooses its file in Indonesian, and the exports say they are being made", async ({
  page,
}) => {
  await signIn(page, demoAccounts.perencana);
  await page.goto(`${opdYear}/impor`);
  const chooser = page.getByLabel("Berkas Excel (.xlsx)");
  await expect(page.getByText("Pilih berkas", { exact: true })).toBeVisible();
  await expect(page.getByTestId("import-file-name")).toHaveText("Belum ada berkas dipilih");
  await expectNoNativeFileChooser(page);
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: test.info().outputPath(`impor-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 800 });

  // While the server makes the workbook, the link says so; then the file arrives under the server's name.
  for (const [testId, file, name, saved] of [
    ["export-link", "export.xlsx", "Unduh templat berisi data tahun 2022 (.xlsx)", "dinsos-serang-2022.xlsx"],
    ["lkip-tables-link", "lkip-tabel.xlsx", "Unduh tabel LKIP (.xlsx)", "lkip-tabel-dinsos-serang-2022.xlsx"],
  ] as const) {
    const release = await hold(page, `**${opdYear}/${file}`);
    const link = page.getByTestId(testId);
    const download = page.waitForEvent("download");
    await link.click();
    await expect(link).toHaveText("Menyiapkan berkas…");
    await expect(page.getByText("Menyusun berkas di server…")).toBeVisible();
    release();
    expect((await download).suggestedFilename()).toBe(saved);
    await expect(link).toHaveText(name);
  }

  const workbook = await (await page.request.get(`${opdYear}/export.xlsx`)).body();
  await chooser.setInputFiles({
    name: "templat-dinsos.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: workbook,
  });
  await expect(page.getByTestId("import-file-name")).toHaveText("templat-dinsos.xlsx");
  await expect(page.getByTestId("import-preview")).toBeVisible();
});

test("the signing date is typed day/month/year and a wrong one is named", async ({ page }) => {
  await signIn(page, demoAccounts.perencana);
  await page.goto(`${opdYear}/profil`);
  const signing = page.getByTestId("signing-form");
  const date = signing.getByLabel("Tanggal");
  await expect(date).toHaveAttribute("type", "text");
  await expect(date).toHaveAttribute("placeholder", "hh/bb/tttt");
  await expect(date).toHaveValue("31/01/2023");

  await date.fill("31/02/2023");
  await signing.getByRole("button", { name: "Simpan" }).click();
  await expect(signing.getByRole("alert").first()).toHaveText("Tanggal 31/02/2023 tidak ada di kalender");

  await date.fill("2/2/2023");
  const saved = page.waitForResponse((response) => response.request().method() === "POST");
  await signing.getByRole("button", { name: "Simpan" }).click();
  expect((await saved).ok()).toBe(true);
  await page.reload();
  await expect(page.getByTestId("signing-form").getByLabel("Tanggal")).toHaveValue("02/02/2023");
  await expectNoNativeFileChooser(page);
});

test("the audit trail filters by days typed day/month/year, and exports with feedback", async ({ page }) => {
  // The signing date saved above is one entry of today's trail.
  await signIn(page, demoAccounts.kepala);
  await page.goto(`${opdYear}/audit`);
  const filter = page.getByTestId("audit-filter");
  const from = filter.getByLabel("Dari tanggal");
  const to = filter.getByLabel("Sampai tanggal");
  await expect(from).toHaveAttribute("type", "text");
  await expect(from).toHaveAttribute("placeholder", "hh/bb/tttt");
  const count = page.getByTestId("audit-count");
  await expect(count).toHaveText("1 entri");

  const today = new Date().toLocaleDateString("en-GB", { timeZone: "Asia/Jakarta" });
  await from.fill(today);
  await to.fill(today);
  await filter.getByRole("button", { name: "Saring" }).click();
  await expect(page).toHaveURL(new RegExp(`dari=${encodeURIComponent(today)}`));
  await expect(count).toHaveText("1 entri");
  await expect(from).toHaveValue(today);

  await from.fill("01/01/2099");
  await to.fill("");
  await filter.getByRole("button", { name: "Saring" }).click();
  await expect(count).toHaveText("0 entri");

  await from.fill("2023-01-31");
  await filter.getByRole("button", { name: "Saring" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Dari tanggal" })).toHaveText(
    'Dari tanggal "2023-01-31" tidak dikenali: tulis hari/bulan/tahun, misalnya 31/01/2023; saringan ini tidak dipakai',
  );
  await expect(count).toHaveText("1 entri");
  await expect(from).toHaveValue("2023-01-31");

  const release = await hold(page, `**${opdYear}/audit.xlsx*`);
  const exportLink = page.getByTestId("audit-export");
  const download = page.waitForEvent("download");
  await exportLink.click();
  await expect(exportLink).toHaveText("Menyiapkan berkas…");
  release();
  expect((await download).suggestedFilename()).toBe("jejak-audit-dinsos-serang-2022.xlsx");
  await expect(exportLink).toHaveText("Unduh .xlsx");

  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: test.info().outputPath(`audit-${width}.png`), fullPage: true });
  }
});
