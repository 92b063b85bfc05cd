import { demoAccounts, signIn } from "./sign-in";
import { expect, test } from "./test";

const pkPage = "/opd/dinsos-serang/2022/perjanjian-kinerja";

test("everyone who sees the OPD-year reads the Perjanjian Kinerja; the head signs it", async ({ page }) => {
  await signIn(page, demoAccounts.inspektorat);
  await page.goto("/opd/dinsos-serang/2022");
  await page.getByRole("link", { name: "Perjanjian Kinerja →" }).click();
  const pk = page.getByTestId("perjanjian-kinerja");
  await expect(pk.getByTestId("pihak-pertama")).toContainText("Drs. SUBUR PRIANTO, M.Si");
  await expect(pk.getByTestId("pihak-pertama")).toContainText("19721023 199203 1 002");
  await expect(pk.getByTestId("pihak-kedua")).toContainText("Bupati Serang");
  await expect(pk.getByTestId("pk-sasaran")).toContainText(
    "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial",
  );
  await expect(pk.getByTestId("pk-sasaran")).toContainText("3 %");
  await expect(pk.getByTestId("pk-program").locator("tbody tr[data-code]")).not.toHaveCount(0);
  await expect(pk.getByTestId("pk-total-pagu")).toHaveText("Rp 17.654.457.386");
  await expect(page.getByRole("button", { name: "Tandatangani Perjanjian Kinerja" })).toHaveCount(0);

  await signIn(page, demoAccounts.kepala);
  await page.goto(pkPage);
  await expect(page.getByTestId("pk-sign-status")).toHaveText("Belum ditandatangani");
  await page.getByRole("button", { name: "Tandatangani Perjanjian Kinerja" }).click();
  await expect(page.getByTestId("pk-sign-status")).toContainText("Ditandatangani secara elektronik");
  await expect(page.getByRole("button", { name: "Tandatangani Perjanjian Kinerja" })).toHaveCount(0);

  await signIn(page, demoAccounts.perencanaRehsos);
  expect((await page.goto(pkPage))?.status()).toBe(200);
  expect((await page.goto("/opd/dinas-tidak-ada/2022/perjanjian-kinerja"))?.status()).toBe(404);
});
