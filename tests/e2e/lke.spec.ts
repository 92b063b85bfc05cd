import { type Locator, type Page } from "@playwright/test";
import { demoAccounts, signIn } from "./sign-in";
import { expect, test } from "./test";

const lkePage = "/opd/dinsos-serang/2022/lke";
const criterion = (page: Page, code: string) =>
  page.locator(`[data-testid="lke-criterion"][data-code="${code}"]`);

async function mark(card: Locator, open: string, label: string, value: string, note: string, save: string) {
  await card.getByText(open).click();
  await card.getByLabel(label, { exact: true }).selectOption(value);
  await card.getByRole("textbox").fill(note);
  await card.getByRole("button", { name: save }).click();
}

/** The width the page's content takes: wider than the window means sideways scrolling. */
const contentWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("the planner answers, the inspectorate scores, and the total and predikat show", async ({
  page,
}, info) => {
  await signIn(page, demoAccounts.perencana);
  await page.goto("/opd/dinsos-serang/2022");
  await page.getByRole("link", { name: "Evaluasi SAKIP (LKE) →" }).click();
  await expect(page.getByRole("heading", { name: "Evaluasi SAKIP (LKE) 2022" })).toBeVisible();
  await expect(page.getByTestId("lke-criterion")).toHaveCount(80);
  await expect(criterion(page, "1.a.1").getByRole("link", { name: "Bukti dukung" })).toHaveAttribute(
    "href",
    "/opd/dinsos-serang/2022/bukti?lke=1.a.1",
  );

  // The Renstra with its IKU proposes "Y" for 1.a.3, with the indicator page as its evidence.
  const renstra = criterion(page, "1.a.3");
  const proposal = renstra.getByTestId("lke-proposal");
  await expect(proposal).toContainText(
    "Usulan sistem: Ya (Y). Renstra yang mencakup tahun 2022 memuat 1 IKU.",
  );
  await expect(proposal.getByRole("link", { name: "Renstra dan indikator" })).toHaveAttribute(
    "href",
    "/opd/dinsos-serang/2022/indikator",
  );
  await proposal.getByRole("button", { name: "Terima usulan" }).click();
  await expect(renstra.getByTestId("lke-answer")).toHaveText("Ya (Y)");
  await expect(renstra.getByTestId("lke-proposal")).toHaveCount(0);

  await mark(
    criterion(page, "1.a.1"),
    "Isi jawaban",
    "Jawaban OPD",
    "Y",
    "Pedoman Renja 2022",
    "Simpan jawaban",
  );
  await expect(criterion(page, "1.a.1").getByTestId("lke-answer")).toHaveText("Ya (Y)");
  // Self-assessment: 30 × 20 % × 2/7 = 1,714… → 1,71.
  await expect(page.getByTestId("lke-self-total")).toHaveText("1,71");
  await expect(page.getByTestId("lke-total")).toHaveText("0,00");

  await page.setViewportSize({ width: 390, height: 844 });
  expect(await contentWidth(page)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: info.outputPath("lke-perencana-390.png"), fullPage: false });
  await page.setViewportSize({ width: 1366, height: 900 });

  await signIn(page, demoAccounts.inspektorat);
  await page.goto(lkePage);
  await expect(page.getByText("Isi jawaban")).toHaveCount(0);
  await mark(criterion(page, "1.a.1"), "Beri nilai", "Nilai evaluator", "Y", "Pedoman ada", "Simpan nilai");
  await expect(criterion(page, "1.a.1").getByTestId("lke-score")).toHaveText("Ya (Y)");
  await mark(criterion(page, "1.c.1"), "Beri nilai", "Nilai evaluator", "B", "Sebagian", "Simpan nilai");
  await expect(criterion(page, "1.c.1").getByTestId("lke-score")).toHaveText("B");
  await expect(criterion(page, "1.c.1")).toContainText("Sebagian");
  // Evaluator: 30 × 20 % × 1/7 + 30 × 50 % × 0,75/8 = 0,857… + 1,406… = 2,26.
  await expect(page.getByTestId("lke-total")).toHaveText("2,26");
  await expect(page.getByTestId("lke-predikat")).toHaveText("D");
  await page.screenshot({ path: info.outputPath("lke-inspektorat-1366.png"), fullPage: false });

  await page.goto("/wilayah/2022");
  await page.getByRole("link", { name: "Rekap Evaluasi SAKIP (LKE) →" }).click();
  const row = page.getByTestId("lke-region-row").first();
  await expect(row).toContainText("Dinas Sosial");
  await expect(row).toContainText("2,26");
  await expect(row).toContainText("1,71 (D)");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await contentWidth(page)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: info.outputPath("lke-wilayah-390.png"), fullPage: false });
  await page.setViewportSize({ width: 1366, height: 900 });

  // The head reads the same figures and marks nothing.
  await signIn(page, demoAccounts.kepala);
  await page.goto(lkePage);
  await expect(page.getByTestId("lke-total")).toHaveText("2,26");
  await expect(page.getByTestId("lke-self-total")).toHaveText("1,71");
  await page.screenshot({ path: info.outputPath("lke-kepala-1366.png"), fullPage: false });
  await expect(page.getByText("Beri nilai")).toHaveCount(0);
  await expect(page.getByText("Isi jawaban")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Terima usulan" })).toHaveCount(0);
  expect((await page.goto("/wilayah/2022/lke"))?.status()).toBe(404);
  expect((await page.goto("/admin/lke"))?.status()).toBe(404);

  // The region's administrator keeps the criteria.
  await signIn(page, demoAccounts.admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Kriteria LKE →" }).click();
  await expect(page.getByTestId("lke-kriteria-list").locator("li")).toHaveCount(80);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await contentWidth(page)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: info.outputPath("lke-admin-390.png"), fullPage: false });
});
