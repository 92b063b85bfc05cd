import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

// The demo's 2023 carries a rencana aksi: the head's dashboard draws its plan line from it, and a planner
// changes a quarter's planned disbursement in the grid.

const wide = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };
const PERMAKANAN = "1.06.04.2.01.0001";

async function lookAtBothWidths(page: Page, testInfo: TestInfo, name: string) {
  await page.setViewportSize(wide);
  await page.screenshot({ path: testInfo.outputPath(`${name}-1366.png`), fullPage: true });
  await page.setViewportSize(phone);
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(phone.width);
  await page.screenshot({ path: testInfo.outputPath(`${name}-390.png`), fullPage: true });
  await page.setViewportSize(wide);
}

test.describe.serial("rencana aksi", () => {
  test("the head's dashboard draws the plan from the rencana aksi: TW IV reaches the pagu", async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(wide);
    await signIn(page, demoAccounts.kepala);
    await page.goto("/opd/dinsos-serang/2023/dasbor?tw=3");
    const table = page.getByTestId("cumulative-table");
    await expect(table.locator("th").nth(2)).toHaveText("Rencana (rencana aksi)");
    await expect(page.getByText("Rencana dari rencana penarikan dana dalam rencana aksi.")).toBeVisible();
    await expect(page.getByTestId("cumulative-chart")).toContainText("Rencana (rencana aksi)");
    // Every sub kegiatan plans its whole pagu, so the plan through TW IV is the OPD's pagu.
    const pagu = (await page.getByText(/^Pagu Rp [\d.]+;/).textContent())!.match(/Pagu (Rp [\d.]+);/)![1]!;
    await expect(table.locator('tr[data-quarter="TW IV"] td').nth(2)).toHaveText(pagu);
    // Not the straight line: TW I plans less than a quarter of the pagu (the offices spend late).
    const rupiah = (text: string) => Number(text.replace(/\D/g, ""));
    const tw1 = rupiah((await table.locator('tr[data-quarter="TW I"] td').nth(2).textContent())!);
    expect(tw1).toBeGreaterThan(0);
    expect(tw1).toBeLessThan(rupiah(pagu) / 4);
    await lookAtBothWidths(page, testInfo, "dasbor-2023-rencana");
  });

  test("a planner enters a quarter's plan and saves it; above the pagu nothing is sent", async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(wide);
    await signIn(page, demoAccounts.perencana);
    await page.goto("/opd/dinsos-serang/2023");
    await page.getByRole("link", { name: "Rencana Aksi →" }).click();
    await expect(page.getByRole("heading", { name: "Rencana Aksi 2023" })).toBeVisible();
    const row = page
      .getByTestId("rencana-aksi-grid")
      .locator(`tr[data-kind="ANGGARAN"][data-code="${PERMAKANAN}"]`);
    const tw1 = row.locator('td[data-col="tw1"] input');
    const tw4 = row.locator('td[data-col="tw4"] input');
    await expect(tw1).toHaveValue(/^\d{1,3}(\.\d{3})*$/);

    await tw1.fill("Rp 12.345.000");
    await page.getByRole("button", { name: "Simpan rencana aksi (1 isian berubah)" }).click();
    await expect(page.getByRole("status")).toHaveText("1 isian rencana aksi tersimpan.");
    // As on the realisasi grid: the refresh and the unsaved guard settle before the reload.
    await page.waitForLoadState("networkidle");
    await page.reload();
    await expect(tw1).toHaveValue("12.345.000");

    const pagu = (await row.locator('td[data-col="tahunan"]').textContent())!;
    await tw4.fill(pagu.replace(/^Rp /, ""));
    await expect(row).toContainText("melebihi pagu");
    await page.getByRole("button", { name: "Simpan rencana aksi (1 isian berubah)" }).click();
    await expect(page.getByTestId("grid-message")).toContainText(
      `Tidak ada yang disimpan. Perbaiki dulu:\nBaris`,
    );
    await expect(page.getByTestId("grid-message")).toContainText(
      `(${PERMAKANAN} Penyediaan Permakanan), Rencana TW I–IV`,
    );
    await lookAtBothWidths(page, testInfo, "rencana-aksi-2023");
  });
});
