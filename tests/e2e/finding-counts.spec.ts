import type { Locator, Page, TestInfo } from "@playwright/test";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

/**
 * Issue 20, item 4: the year in progress showed "Peringatan (96)" on the OPD-year page, "Temuan 2" on the
 * head's dashboard and "2 (1 kesalahan)" on the region's. Every surface now counts the year's check alike:
 * one finding per rule (and per triwulan for an empty one), its places as items.
 */

const wide = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };

/** The errors, warnings and total as the page shows them (the text of its counted spans). */
async function countsIn(scope: Locator) {
  const read = async (name: string) => (await scope.locator(`[data-count="${name}"]`).innerText()).trim();
  return { errors: await read("errors"), warnings: await read("warnings"), total: await read("total") };
}

async function lookAtBothWidths(page: Page, testInfo: TestInfo, name: string) {
  for (const size of [wide, phone]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(wide);
}

test("2023: the OPD-year page, the head's dashboard and the region dashboard show the same finding counts", async ({
  page,
}, testInfo) => {
  await page.setViewportSize(wide);
  await signIn(page, demoAccounts.admin);

  await page.goto("/opd/dinsos-serang/2023");
  const findings = page.getByTestId("findings");
  const onPage = await countsIn(findings.getByTestId("finding-counts"));
  await expect(findings.locator('details[data-severity="WARNING"] > summary')).toHaveText(
    `Peringatan (${onPage.warnings})`,
  );
  await expect(findings.locator('details[data-severity="ERROR"] > summary')).toHaveText(
    `Kesalahan (${onPage.errors})`,
  );
  // The empty TW IV of every row is one warning with its rows inside, listed when opened.
  await findings.locator('details[data-severity="WARNING"] > summary').click();
  const tw4 = findings.locator("details[data-group]").filter({ hasText: "Realisasi TW IV belum diisi" });
  await expect(tw4.locator("summary")).toHaveText(/^Realisasi TW IV belum diisi: \d{2,} butir$/);
  await tw4.locator("summary").click();
  await expect(tw4.locator("li").first()).toBeVisible();
  await findings.scrollIntoViewIfNeeded();
  await lookAtBothWidths(page, testInfo, "opd-year");

  await page.goto("/opd/dinsos-serang/2023/dasbor");
  await expect(page.getByRole("link", { name: "s.d. TW III" })).toHaveAttribute("aria-current", "page");
  const onDashboard = await countsIn(page.getByTestId("finding-counts"));
  await expect(page.getByTestId("dashboard-findings")).toHaveText(onDashboard.total);
  await lookAtBothWidths(page, testInfo, "dasbor");

  await page.goto("/wilayah/2023");
  const row = page.getByTestId("region-row").filter({ hasText: "Dinas Sosial" });
  const onRegion = await countsIn(row.locator('[data-col="findings"]'));
  await lookAtBothWidths(page, testInfo, "wilayah");

  expect(onDashboard).toEqual(onPage);
  expect(onRegion).toEqual(onPage);
  expect(onPage).toEqual({ errors: "2", warnings: "2", total: "4" });
});
