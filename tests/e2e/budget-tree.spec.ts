import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

test.beforeEach(async ({ page }) => {
  await signIn(page, demoAccounts.kepala);
});

test("the OPD list leads to the Serang 2022 tree with the report's pagu", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Perangkat Daerah" })).toBeVisible();
  await page.getByRole("link", { name: /2022/ }).click();

  await expect(page).toHaveURL(/\/opd\/dinsos-serang\/2022$/);
  await expect(page.getByRole("heading", { name: "Dinas Sosial Kabupaten Serang" })).toBeVisible();
  await expect(page.getByTestId("total-pagu")).toHaveText("Rp 17.654.457.386");
  await expect(page.getByTestId("total-realisasi")).toHaveText("Rp 17.320.802.867");
  await expect(page.getByTestId("total-serapan")).toHaveText("98,11 %");

  const tree = page.getByTestId("budget-tree");
  await expect(tree.locator('tr[data-level="PROGRAM"]')).toHaveCount(7);
  const rehab = tree.locator('tr[data-code="1.06.04"]');
  await expect(rehab.locator('[data-col="pagu"]')).toHaveText("Rp 626.197.152");
  await expect(rehab.locator('[data-col="realisasi"]')).toHaveText("Rp 574.602.182");
  await expect(rehab.locator('[data-col="serapan"]')).toHaveText("91,76 %");
  const tamu = tree.locator('tr[data-code="1.06.01.2.06.0008"]');
  await expect(tamu.locator('[data-col="serapan"]')).toHaveText("924,69 %");
});

test("a program folds away its kegiatan and sub kegiatan", async ({ page }) => {
  await page.goto("/opd/dinsos-serang/2022");
  const tree = page.getByTestId("budget-tree");
  await expect(tree.locator('tr[data-code^="1.06.04."]')).toHaveCount(21);
  await tree.locator('tr[data-code="1.06.04"]').getByRole("button").click();
  await expect(tree.locator('tr[data-code^="1.06.04."]')).toHaveCount(0);
  await expect(tree.locator('tr[data-level="PROGRAM"]')).toHaveCount(7);
});

test("an unknown OPD or year is a 404", async ({ page }) => {
  const response = await page.goto("/opd/dinsos-tidak-ada/2022");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  expect((await page.goto("/opd/dinsos-serang/1999"))?.status()).toBe(404);
});

test("the OPD-year page shows the report's contradictions and the capaian with predikat", async ({
  page,
}) => {
  await page.goto("/opd/dinsos-serang/2022");
  const errors = page.getByTestId("findings").locator('details[data-severity="ERROR"]');
  await expect(errors.locator(":scope > summary")).toHaveText("Kesalahan (3)"); // four places, three rules
  await expect(errors.locator('li[data-location="1.06.01.2.06"]')).toContainText("selisih Rp 170.080.714");
  await expect(errors.locator('li[data-location="1.06.01.2.06.0008"]')).toContainText("924,69 %");
  await expect(errors).toContainText("selisih Rp 87.900.000");

  const indicators = page.getByTestId("indicator-table");
  const iku = indicators.locator('tr[data-owner="S1.1"]');
  await expect(iku.locator('[data-col="capaian"]')).toHaveText("101,67 %");
  await expect(iku.locator('[data-col="predikat"]')).toHaveText("Sangat Tinggi");
  const linjamsos = indicators.locator('tr[data-owner="1.06.05"]');
  await expect(linjamsos.locator('[data-col="capaian"]')).toHaveText("75,00 %");
  await expect(linjamsos.locator('[data-col="predikat"]')).toHaveText("Sedang");
});
