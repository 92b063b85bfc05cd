import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

// The conflicting save stores the values as they were; the refused ones store nothing.

test("a stale edit shows the other user's values, and Muat ulang shows the stored item", async ({
  page,
  browser,
}) => {
  await signIn(page, demoAccounts.perencana);
  await page.goto("/opd/dinsos-serang/2022/struktur");
  const permakanan = 'tr[data-code="1.06.04.2.01.0001"]';
  await page.getByTestId("structure-tree").locator(permakanan).getByRole("button", { name: /^Ubah/ }).click();
  const form = page.getByTestId("sub-kegiatan-form");
  await form.getByLabel("Nama sub kegiatan").fill("Penyediaan Permakanan Lansia");

  // Another planner saves the same sub kegiatan first, as it is.
  const other = await browser.newPage();
  await signIn(other, demoAccounts.perencana);
  await other.goto("/opd/dinsos-serang/2022/struktur");
  await other
    .getByTestId("structure-tree")
    .locator(permakanan)
    .getByRole("button", { name: /^Ubah/ })
    .click();
  await other.getByTestId("sub-kegiatan-form").getByRole("button", { name: "Simpan" }).click();
  await expect(other.getByTestId("sub-kegiatan-form")).toHaveCount(0);
  await other.close();

  await form.getByRole("button", { name: "Simpan" }).click();
  const alert = form.getByRole("alert");
  await expect(alert).toHaveAttribute("data-error-kind", "CONFLICT");
  await expect(alert).toContainText("Sub kegiatan ini telah diubah oleh pengguna lain");
  const current = alert.getByTestId("conflict-current");
  await expect(current).toContainText("NamaPenyediaan Permakanan");
  await expect(current).toContainText("Pagu awalRp 82.380.000");

  await alert.getByRole("button", { name: "Muat ulang" }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId("structure-tree").locator(`${permakanan} [data-col="name"]`)).toHaveText(
    "Penyediaan Permakanan",
  );
});

test("the settings form reads Indonesian percentages and shows the server's refusal", async ({ page }) => {
  await signIn(page, demoAccounts.admin);
  await page.goto("/admin");
  const form = page.getByTestId("settings-form");
  await expect(form.getByLabel("Capaian wajar, batas bawah (%)")).toHaveValue("50");

  // An English decimal is refused under its field before anything is sent.
  await form.getByLabel("Capaian wajar, batas bawah (%)").fill("42.5");
  await form.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "Titik (.) adalah pemisah ribuan dan koma (,) pemisah desimal; maksudnya 42,5?",
  );

  // A band the server refuses: its message names the field the form does not have on its own.
  await form.getByLabel("Capaian wajar, batas bawah (%)").fill("150,5");
  await form.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(form.getByRole("alert")).toContainText(
    "Batas bawah capaian wajar harus lebih kecil dari batas atas",
  );
  await page.reload();
  await expect(page.getByTestId("settings-form").getByLabel("Capaian wajar, batas bawah (%)")).toHaveValue(
    "50",
  );
});
