import { expect, test } from "@playwright/test";

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
