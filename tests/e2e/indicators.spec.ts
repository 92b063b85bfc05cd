import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

const opdYear = "/opd/dinsos-serang/2022";

test.beforeEach(async ({ page }) => {
  await signIn(page, demoAccounts.perencana);
});

test("a planner sets a target perubahan, with its reason, and sees the capaian computed from it", async ({
  page,
}) => {
  await page.goto(opdYear);
  await page.getByRole("link", { name: "Indikator →" }).click();
  await expect(page.getByRole("heading", { name: "Indikator Kinerja 2022" })).toBeVisible();

  // Penyediaan Sandang: 300 anak terlantar received clothing; the report gives no target.
  const sandang = page.locator('[data-testid="indicator-owner"][data-owner="1.06.04.2.01.0002"]');
  const row = sandang.getByTestId("indicator-row");
  await expect(row.locator('[data-col="realisasi"]')).toHaveText("300 PMKS");
  await expect(row.locator('[data-col="capaian"]')).toHaveText("Target belum ditetapkan");

  await row.getByRole("button", { name: "Ubah" }).click();
  const form = row.getByTestId("indicator-target-form");
  await form.getByLabel("Target perubahan (PMKS)").fill("250");
  await form.getByRole("button", { name: "Simpan target" }).click();
  await expect(form.getByRole("alert")).toContainText("Alasan target perubahan wajib diisi");
  await expect(row.locator('[data-col="target-perubahan"]')).toHaveText("—");

  await form
    .getByLabel("Alasan perubahan")
    .fill("PK Perubahan Nomor 5 Tahun 2022: penambahan sasaran penerima");
  await form.getByRole("button", { name: "Simpan target" }).click();
  await expect(form.getByRole("status")).toHaveText("Target disimpan.");
  // 300 / 250 × 100
  await expect(row.locator('[data-col="capaian"]')).toHaveText("120,00 %");
  await expect(row.locator('[data-col="predikat"]')).toHaveText("Sangat Tinggi");
  await expect(row.locator('[data-col="target-perubahan"]')).toContainText("250 PMKS");
  await expect(row.locator('[data-col="perubahan-reason"]')).toContainText("PK Perubahan Nomor 5 Tahun 2022");

  await page.reload();
  await expect(
    page
      .locator('[data-testid="indicator-owner"][data-owner="1.06.04.2.01.0002"]')
      .getByTestId("indicator-row")
      .locator('[data-col="capaian"]'),
  ).toHaveText("120,00 %");
});

test("a planner writes the Kendala narrative and sees it formatted", async ({ page }) => {
  await page.goto(opdYear);
  await page.getByRole("link", { name: "Narasi LKIP →" }).click();
  await expect(page.getByRole("heading", { name: "Narasi LKIP 2022" })).toBeVisible();

  const kendala = page.locator('[data-testid="narrative-section"][data-section="KENDALA"]');
  await expect(kendala.getByTestId("narrative-preview")).toHaveText("Belum diisi.");
  await kendala.getByRole("button", { name: "Ubah" }).click();
  await kendala
    .getByLabel("Teks Kendala")
    .fill(
      "Kendala yang dihadapi:\n- Data PMKS belum **mutakhir**\n- Tenaga pekerja sosial terbatas\n\n<b>bukan HTML</b>",
    );
  // Live preview while typing.
  const preview = kendala.getByTestId("narrative-preview");
  await expect(preview.locator("li")).toHaveCount(2);
  await kendala.getByRole("button", { name: "Simpan" }).click();

  await expect(kendala.getByTestId("narrative-form")).toHaveCount(0);
  await expect(preview.locator("p").first()).toHaveText("Kendala yang dihadapi:");
  await expect(preview.locator("li")).toHaveText([
    "Data PMKS belum mutakhir",
    "Tenaga pekerja sosial terbatas",
  ]);
  await expect(preview.locator("li strong")).toHaveText("mutakhir");
  await expect(preview).toContainText("<b>bukan HTML</b>");

  await page.reload();
  await expect(
    page.locator('[data-testid="narrative-section"][data-section="KENDALA"]').locator("li strong"),
  ).toHaveText("mutakhir");
});

test("a save over someone else's newer text shows their text and lets the planner choose", async ({
  page,
  browser,
}) => {
  await page.goto(`${opdYear}/narasi`);
  const solusi = page.locator('[data-testid="narrative-section"][data-section="SOLUSI"]');
  await solusi.getByRole("button", { name: "Ubah" }).click();
  await solusi.getByLabel("Teks Solusi").fill("Solusi dari tab pertama.");

  const other = await browser.newPage();
  await signIn(other, demoAccounts.perencana);
  await other.goto(`${opdYear}/narasi`);
  const otherSolusi = other.locator('[data-testid="narrative-section"][data-section="SOLUSI"]');
  await otherSolusi.getByRole("button", { name: "Ubah" }).click();
  await otherSolusi.getByLabel("Teks Solusi").fill("Solusi dari tab kedua.");
  await otherSolusi.getByRole("button", { name: "Simpan" }).click();
  await expect(otherSolusi.getByTestId("narrative-preview")).toHaveText("Solusi dari tab kedua.");
  await other.close();

  await solusi.getByRole("button", { name: "Simpan" }).click();
  const conflict = solusi.getByTestId("narrative-conflict");
  await expect(conflict).toContainText("Bagian Solusi telah diubah oleh");
  await expect(conflict.getByTestId("narrative-preview")).toHaveText("Solusi dari tab kedua.");
  await conflict.getByRole("button", { name: "Timpa dengan teks saya" }).click();
  await expect(solusi.getByTestId("narrative-form")).toHaveCount(0);
  await expect(solusi.getByTestId("narrative-preview")).toHaveText("Solusi dari tab pertama.");
});
