import { demoAccounts, signIn } from "./sign-in";
import { expect, test } from "./test";

const opdYear = "/opd/dinsos-serang/2022";
const kendalaOf = (page: import("@playwright/test").Page) =>
  page.locator('[data-testid="narrative-section"][data-section="KENDALA"]');

test("the preview prints a token's figure of the year and warns, before saving, about what would print wrong", async ({
  page,
}) => {
  await signIn(page, demoAccounts.perencana);
  await page.goto(`${opdYear}/narasi`);
  const kendala = kendalaOf(page);
  await kendala.getByRole("button", { name: "Ubah" }).click();
  const text = kendala.getByLabel("Teks Kendala");
  await text.fill("Serapan anggaran {serapan_opd}; {token_salah}; capaian 92,78 %.");

  const preview = kendala.getByTestId("narrative-preview");
  await expect(preview).toHaveText("Serapan anggaran 98,11 %; {token_salah}; capaian 92,78 %.");
  const warnings = kendala.getByTestId("narrative-warnings").getByRole("listitem");
  await expect(warnings).toHaveText([
    /^Token \{token_salah\} tidak dikenal/,
    /^Angka 92,78 % tidak cocok dengan angka hasil hitung mana pun; gunakan token/,
  ]);

  // An unknown token would print as typed: the save is refused, naming it, and the text stays open.
  await kendala.getByRole("button", { name: "Simpan" }).click();
  await expect(kendala.getByRole("alert").filter({ hasText: "{token_salah}" })).toBeVisible();
  await expect(kendala.getByTestId("narrative-form")).toBeVisible();

  // A typed figure that matches nothing is a warning only: the text is saved.
  await text.fill("Serapan anggaran {serapan_opd}; capaian 92,78 %.");
  await expect(warnings).toHaveText([/^Angka 92,78 % tidak cocok/]);
  await kendala.getByRole("button", { name: "Simpan" }).click();
  await expect(kendala.getByTestId("narrative-form")).toHaveCount(0);
  await expect(preview).toHaveText("Serapan anggaran 98,11 %; capaian 92,78 %.");

  // The head reads it as printed, and the LKIP prints the same.
  await signIn(page, demoAccounts.kepala);
  await page.goto(`${opdYear}/narasi`);
  await expect(kendalaOf(page).getByTestId("narrative-preview")).toHaveText(
    "Serapan anggaran 98,11 %; capaian 92,78 %.",
  );
  await page.goto(`${opdYear}/lkip`);
  await expect(page.getByText("Serapan anggaran 98,11 %; capaian 92,78 %.")).toBeVisible();
});
