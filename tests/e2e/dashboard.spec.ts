import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

// The e2e server pins the late-entry clock at 11 January 2024 (playwright.config.ts).

const wide = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };

/** A full-page screenshot kept with the test run's artefacts (test-results/). */
async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
}

/** At both widths: a screenshot, and at phone width no horizontal scrolling of the page. */
async function lookAtBothWidths(page: Page, testInfo: TestInfo, name: string) {
  await page.setViewportSize(wide);
  await screenshot(page, testInfo, `${name}-1366`);
  await page.setViewportSize(phone);
  // Charts re-measure their container after the resize: wait for the layout to settle, not for a fixed time.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(phone.width);
  await screenshot(page, testInfo, `${name}-390`);
  await page.setViewportSize(wide);
}

test.describe("the head's dashboard", () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize(wide);
    await signIn(page, demoAccounts.kepala);
  });

  test("2022: IKU 3,05 % against 3 %, seven programs, serapan 98,11 %, the findings; a program opens its detail", async ({
    page,
  }, testInfo) => {
    await page.goto("/opd/dinsos-serang/2022");
    await page.getByRole("link", { name: "Dasbor kinerja →" }).click();
    await expect(page).toHaveURL(/\/opd\/dinsos-serang\/2022\/dasbor$/);
    await expect(page.getByTestId("iku-realisasi")).toHaveText("3,05 %");
    await expect(page.getByTestId("iku-target")).toHaveText("3 %");
    await expect(page.getByTestId("iku-capaian")).toHaveText("Capaian 101,67 % Sangat Tinggi");
    await expect(page.getByTestId("dashboard-serapan")).toHaveText("98,11 %");
    // Three rules broken at four places, and the outputs without a target (one rule, 34 places).
    await expect(page.getByTestId("dashboard-findings")).toHaveText("4");
    const programs = page.getByTestId("dashboard-programs").locator("tbody tr");
    await expect(programs).toHaveCount(7);
    for (const row of await programs.all()) {
      await expect(row.locator('[data-col="capaian"]')).toHaveText(/^\d+,\d{2} % \S/);
      await expect(row.locator('[data-col="serapan"]')).toHaveText(/^\d+,\d{2} %$/);
    }
    await expect(page.getByTestId("illustrative-banner")).toHaveCount(0);
    await lookAtBothWidths(page, testInfo, "dasbor-2022");

    const rehabilitasi = page.getByTestId("dashboard-programs").locator('tr[data-code="1.06.04"]');
    const serapan = await rehabilitasi.locator('[data-col="serapan"]').textContent();
    await rehabilitasi.getByRole("link").click();
    await expect(page).toHaveURL(/\/opd\/dinsos-serang\/2022\/program\/[^/]+\?tw=4$/);
    await expect(page.getByTestId("program-title")).toContainText("Rehabilitasi Sosial");
    await expect(page.getByTestId("program-serapan")).toHaveText(serapan!);
    await expect(page.getByTestId("budget-tree").locator('tr[data-level="SUB_KEGIATAN"]')).toHaveCount(19);
  });

  test("2023 (data contoh) shows TW I–III on the cumulative line, TW IV empty", async ({
    page,
  }, testInfo) => {
    await page.goto("/opd/dinsos-serang/2023");
    await expect(page.getByTestId("illustrative-banner")).toContainText("DATA CONTOH");
    await page.getByRole("link", { name: "Dasbor kinerja →" }).click();
    await expect(page.getByTestId("illustrative-banner")).toContainText("DATA CONTOH");
    await expect(page.getByRole("link", { name: "s.d. TW III" })).toHaveAttribute("aria-current", "page");
    const table = page.getByTestId("cumulative-table");
    for (const quarter of ["TW I", "TW II", "TW III"]) {
      await expect(table.locator(`tr[data-quarter="${quarter}"] td`).nth(1)).toHaveText(/^Rp \d/);
    }
    await expect(table.locator('tr[data-quarter="TW IV"] td').nth(1)).toHaveText("—");
    // The line has its three points drawn.
    await expect(page.getByTestId("cumulative-chart").locator(".recharts-line-dot")).toHaveCount(3);
    await expect(page.getByTestId("iku-realisasi")).toHaveText("2,25 %");
    await expect(page.getByTestId("dashboard-programs").locator("tbody tr").first()).toHaveAttribute(
      "data-code",
      "1.06.03",
    );
    await lookAtBothWidths(page, testInfo, "dasbor-2023");
  });

  test("the pohon kinerja cascades tujuan → sasaran (IKU) → program → kegiatan → sub kegiatan", async ({
    page,
  }, testInfo) => {
    await page.goto("/opd/dinsos-serang/2022");
    await page.getByRole("link", { name: "Pohon kinerja →" }).click();
    const tree = page.getByTestId("pohon-kinerja");
    const sasaran = tree.locator('li[data-level="Sasaran strategis"]').first();
    await expect(sasaran).toContainText("Persentase PMKS yang Mendapatkan Program Pelayanan Sosial");
    await expect(sasaran.locator("> details > ul").first()).toContainText("101,67 % Sangat Tinggi");
    await expect(tree.locator('li[data-level="Program"]')).toHaveCount(7);
    await expect(tree.locator('li[data-level="Sub kegiatan"]')).toHaveCount(54);
    // Folding a program hides its kegiatan.
    const program = tree.locator('li[data-level="Program"]').first();
    // (On the level label: a summary holds no link; the program's page is linked below it.)
    const toggle = program.locator("> details > summary > span").first();
    await expect(tree.locator('li[data-level="Sub kegiatan"] > div').first()).toBeVisible(); // no outputs: nothing to fold
    await toggle.click();
    await expect(program.locator('li[data-level="Kegiatan"]').first()).toBeHidden();
    await toggle.click();
    await expect(program.locator('li[data-level="Kegiatan"]').first()).toBeVisible();
    await lookAtBothWidths(page, testInfo, "pohon-kinerja-2022");
  });
});

test.describe("the inspectorate's region dashboard", () => {
  test("2022 lists Dinas Sosial with 98,11 %; 2023 names TW IV as late once its deadline is past", async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(wide);
    await signIn(page, demoAccounts.inspektorat);
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Dasbor wilayah" })
      .getByRole("link", { name: "2022" })
      .click();
    await expect(page).toHaveURL(/\/wilayah\/2022$/);
    const row = page.getByTestId("region-row").filter({ hasText: "Dinas Sosial Kabupaten Serang" });
    await expect(row.locator('[data-col="serapan"]')).toHaveText("98,11 %");
    await expect(row).toContainText("101,67 % Sangat Tinggi");
    await page.getByRole("button", { name: "Serapan" }).click();
    await expect(page.getByRole("columnheader", { name: /Serapan/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await expect(page.getByTestId("late-entries")).toContainText("Tidak ada yang terlambat");
    await lookAtBothWidths(page, testInfo, "wilayah-2022");

    await page.goto("/wilayah/2023");
    const late = page.getByTestId("late-entries");
    await expect(late).toContainText("jam uji");
    const tw4 = page.getByTestId("late-entry").filter({ hasText: "TW IV" });
    await expect(tw4).toHaveCount(5);
    await expect(tw4.filter({ hasText: "Bidang Rehabilitasi Sosial" })).toContainText("10 Januari 2024");
    await expect(page.getByTestId("late-entry").first()).toContainText("TW III");
    await lookAtBothWidths(page, testInfo, "wilayah-2023");
  });

  test("the administrator's entry deadline decides when TW IV counts as late", async ({ page }) => {
    await signIn(page, demoAccounts.admin);
    const setDeadline = async (days: string) => {
      await page.goto("/admin");
      const form = page.getByTestId("settings-form");
      const field = form.getByLabel("Batas pengisian realisasi: hari setelah triwulan berakhir");
      await expect(field).toHaveValue(/^\d+$/);
      await expect(async () => {
        await field.fill(days);
        await expect(field).toHaveValue(days, { timeout: 1000 });
      }).toPass();
      await form.getByRole("button", { name: "Simpan pengaturan" }).click();
      await expect(form.getByRole("status")).toHaveText("Pengaturan disimpan.");
    };
    const lateTw4 = page.getByTestId("late-entry").filter({ hasText: "TW IV" });

    // Due on 20 January 2024: on the 11th nobody is late with TW IV yet; TW III still is.
    await setDeadline("20");
    await page.goto("/wilayah/2023");
    await expect(page.getByTestId("late-entries")).toContainText("20 hari setelah triwulan berakhir");
    await expect(page.getByTestId("late-entry").first()).toContainText("TW III");
    await expect(lateTw4).toHaveCount(0);

    await setDeadline("10");
    await page.goto("/wilayah/2023");
    await expect(lateTw4).toHaveCount(5);
  });

  test("a bidang planner gets 404", async ({ page }) => {
    await signIn(page, demoAccounts.perencanaRehsos);
    const response = await page.goto("/wilayah/2022");
    expect(response?.status()).toBe(404);
  });
});
