import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

// A year the demo does not have (2023 is its year in progress), opened here from 2022's structure.
const from = "/opd/dinsos-serang/2022";
const target = 2025;
const to = `/opd/dinsos-serang/${target}`;

test("a planner copies 2022's structure to a new year and edits it there", async ({ page }) => {
  await signIn(page, demoAccounts.perencana);
  await page.goto(from);
  await page.getByRole("link", { name: "Struktur anggaran" }).click();
  await expect(page).toHaveURL(/\/opd\/dinsos-serang\/2022\/struktur$/);
  await expect(page.getByRole("heading", { name: "Struktur Anggaran 2022" })).toBeVisible();
  const tree = page.getByTestId("structure-tree");
  await expect(tree.locator('tr[data-level="PROGRAM"]')).toHaveCount(7);

  // Copy with pagu, and land on the new year.
  const copy = page.getByTestId("copy-year-form");
  const targetYear = copy.getByLabel("Tahun tujuan", { exact: true });
  // The years already opened (2022, the demo's 2023) are skipped.
  await expect(targetYear).toHaveValue("2024");
  // Typed before hydration the value can be doubled; type until the field holds exactly the year.
  await expect(async () => {
    await targetYear.fill(String(target));
    await expect(targetYear).toHaveValue(String(target), { timeout: 1000 });
  }).toPass();
  await copy.getByLabel("Salin pagu awal sebagai pagu awal tahun tujuan").check();
  await copy.getByRole("button", { name: "Salin struktur" }).click();
  await expect(page).toHaveURL(new RegExp(`/opd/dinsos-serang/${target}/struktur\\?disalin=2022$`));
  await expect(page.getByRole("heading", { name: `Struktur Anggaran ${target}` })).toBeVisible();
  await expect(page.getByTestId("structure-counts")).toContainText(
    "7 program, 14 kegiatan, 54 sub kegiatan, 0 rekening · LKIP berstatus Draf",
  );
  const permakanan = tree.locator('tr[data-code="1.06.04.2.01.0001"]');
  await expect(permakanan.locator('[data-col="pagu-awal"]')).toHaveText("Rp 82.380.000");

  // A malformed kode is refused in the form, in Indonesian, and nothing is saved.
  await tree
    .locator('tr[data-code="1.06.04.2.01"]')
    .getByRole("button", { name: /^Tambah sub kegiatan/ })
    .click();
  const form = page.getByTestId("sub-kegiatan-form");
  await expect(form.getByLabel("Kode sub kegiatan")).toHaveValue("1.06.04.2.01.");
  await form.getByLabel("Kode sub kegiatan").fill("1.06.04.2.01.12");
  await form.getByLabel("Nama sub kegiatan").fill("Layanan Dukungan Keluarga Penyandang Disabilitas");
  await form.getByLabel("Pagu awal (Rp)").fill("Rp 12.500.000");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    'Kode sub kegiatan harus berformat X.XX.XX.X.XX.XXXX, misalnya 1.06.04.2.01.0001; "1.06.04.2.01.12" tidak sesuai',
  );
  await expect(tree.locator('tr[data-code="1.06.04.2.01.12"]')).toHaveCount(0);

  // A kode already used is refused by the server, with its message.
  await form.getByLabel("Kode sub kegiatan").fill("1.06.04.2.01.0001");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form.getByRole("alert")).toContainText(
    `Kode sub kegiatan 1.06.04.2.01.0001 sudah dipakai oleh sub kegiatan "Penyediaan Permakanan" pada tahun ${target}`,
  );

  // A valid kode is saved.
  await form.getByLabel("Kode sub kegiatan").fill("1.06.04.2.01.0012");
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(form).toHaveCount(0);
  const added = tree.locator('tr[data-code="1.06.04.2.01.0012"]');
  await expect(added.locator('[data-col="name"]')).toHaveText(
    "Layanan Dukungan Keluarga Penyandang Disabilitas",
  );
  await expect(added.locator('[data-col="pagu-awal"]')).toHaveText("Rp 12.500.000");
  await expect(page.getByTestId("structure-counts")).toContainText("55 sub kegiatan");

  // Rename a copied sub kegiatan.
  const sandang = tree.locator('tr[data-code="1.06.04.2.01.0002"]');
  await sandang.getByRole("button", { name: /^Ubah/ }).click();
  await page.getByTestId("sub-kegiatan-form").getByLabel("Nama sub kegiatan").fill("Penyediaan Sandang Anak");
  await page.getByTestId("sub-kegiatan-form").getByRole("button", { name: "Simpan" }).click();
  await expect(sandang.locator('[data-col="name"]')).toHaveText("Penyediaan Sandang Anak");

  // The new year's tree shows both, with the copied pagu; the LKIP stays DRAFT; 2022 is untouched.
  await page.goto(to);
  await expect(page.getByTestId("laporan-status")).toHaveText("Draf");
  const budget = page.getByTestId("budget-tree");
  await expect(budget.locator('tr[data-code="1.06.04.2.01.0012"]')).toContainText(
    "Layanan Dukungan Keluarga Penyandang Disabilitas",
  );
  await expect(budget.locator('tr[data-code="1.06.04.2.01.0002"]')).toContainText("Penyediaan Sandang Anak");
  await expect(page.getByTestId("total-pagu")).toHaveText("Rp 17.666.957.386");

  await page.goto(from);
  await expect(page.getByTestId("budget-tree").locator('tr[data-code="1.06.04.2.01.0002"]')).toContainText(
    "Penyediaan Sandang",
  );
  await expect(
    page.getByTestId("budget-tree").locator('tr[data-code="1.06.04.2.01.0002"]'),
  ).not.toContainText("Anak");
  await expect(page.getByTestId("total-pagu")).toHaveText("Rp 17.654.457.386");
});

test("the head reads the structure without editing it", async ({ page }) => {
  await signIn(page, demoAccounts.kepala);
  await page.goto(from);
  await expect(page.getByRole("link", { name: "Struktur anggaran" })).toHaveCount(0);
  await page.goto(`${from}/struktur`);
  await expect(page.getByTestId("structure-tree").locator('tr[data-level="PROGRAM"]')).toHaveCount(7);
  await expect(page.getByRole("button", { name: "Tambah program" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Ubah/ })).toHaveCount(0);
  await expect(page.getByTestId("copy-year-form")).toHaveCount(0);
});
