import { readFileSync } from "node:fs";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

const opdYear = "/opd/dinsos-serang/2023";
const pdf = Buffer.from("%PDF-1.4\n% Laporan kegiatan TW II, Bidang Rehabilitasi Sosial\n%%EOF\n");
const fileName = "Bukti TW II – Rehsos (final).pdf";

test("a planner attaches a PDF to an indicator's TW II realisasi, sees it listed and downloads it under its name", async ({
  page,
}) => {
  await signIn(page, demoAccounts.perencana);
  await page.goto(`${opdYear}/realisasi/2`);
  const link = page.getByTestId("indicator-bukti-link").first();
  const indicatorRow = link.locator("xpath=ancestor::tr");
  const indicatorName = (await indicatorRow.locator('[data-col="nama"]').innerText())
    .replace(/^↳\s*/, "")
    .split(" (")[0]!;
  await link.click();
  await expect(page).toHaveURL(/\/bukti\?indikator=.+&tw=2$/);
  await expect(page.getByTestId("bukti-focus")).toContainText(`Realisasi TW II: `);
  await expect(page.getByTestId("bukti-focus")).toContainText(indicatorName);

  await page
    .getByTestId("bukti-file")
    .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Unggah bukti" }).click();
  const item = page.getByTestId("bukti-item").filter({ hasText: fileName });
  await expect(item).toBeVisible();
  await expect(item).toContainText("Perencana");
  await expect(page.getByTestId("bukti-group")).toContainText(indicatorName);

  const download = page.waitForEvent("download");
  await item.getByRole("link", { name: fileName }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(fileName);
  expect(readFileSync((await file.path())!)).toEqual(pdf);

  // The whole OPD-year's list shows it too, and the inspectorate reads it.
  await signIn(page, demoAccounts.inspektorat);
  await page.goto(`${opdYear}/bukti`);
  await expect(page.getByTestId("bukti-item").filter({ hasText: fileName })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unggah bukti" })).toHaveCount(0);
});

test("a renamed program is refused with the file named and why, and nothing is listed", async ({ page }) => {
  await signIn(page, demoAccounts.perencana);
  await page.goto(`${opdYear}/bukti?lke=1.a.3`);
  await expect(page.getByTestId("bukti-focus")).toHaveText("Untuk: Kriteria LKE 1.a.3");
  const exe = Buffer.alloc(2048);
  exe.write("MZ", 0, "latin1");
  await page
    .getByTestId("bukti-file")
    .setInputFiles({ name: "setup.pdf", mimeType: "application/pdf", buffer: exe });
  await page.getByRole("button", { name: "Unggah bukti" }).click();
  await expect(
    page.getByText("Berkas setup.pdf ditolak: isinya program Windows (.exe), bukan dokumen."),
  ).toBeVisible();
  await expect(page.getByTestId("bukti-item")).toHaveCount(0);
  await expect(page.getByText("Belum ada bukti dukung.")).toBeVisible();
});

test("the page fits a phone and a desktop", async ({ page }) => {
  await signIn(page, demoAccounts.perencana);
  await page.goto(`${opdYear}/bukti?lke=2.b.1`);
  await page
    .getByTestId("bukti-file")
    .setInputFiles({ name: "Notulen evaluasi internal 2023.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Unggah bukti" }).click();
  await expect(page.getByTestId("bukti-item")).toHaveCount(1);
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${opdYear}/bukti`);
    await expect(page.getByTestId("bukti-item").first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`bukti-${width}.png`), fullPage: true });
  }
});
