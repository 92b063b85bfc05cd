import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { moveLaporan } from "./workflow-move";
import { demoAccounts, signIn } from "./sign-in";

const opdYear = "/opd/dinsos-serang/2022";
// Penyediaan Permakanan (Bidang Rehabilitasi Sosial) and Penyediaan Makanan (Bidang Linjamsos).
const rehsosRow = 'tr[data-code="1.06.04.2.01.0001"]';
const linjamsosRow = 'tr[data-code="1.06.06.2.01.0001"]';

async function subKegiatanUrl(page: Page, row: string): Promise<string> {
  await page.goto(opdYear);
  const href = await page.getByTestId("budget-tree").locator(row).getByRole("link").getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

const move = (page: Page, button: string, note?: string) => moveLaporan(page, opdYear, button, note);

test("a planner of one bidang cannot open another bidang's sub kegiatan", async ({ page, browser }) => {
  const kepala = await browser.newPage();
  await signIn(kepala, demoAccounts.kepala);
  const otherBidangUrl = await subKegiatanUrl(kepala, linjamsosRow);

  await signIn(page, demoAccounts.perencanaRehsos);
  await page.goto(opdYear);
  const tree = page.getByTestId("budget-tree");
  await expect(tree.locator(rehsosRow).getByRole("link")).toBeVisible();
  await expect(tree.locator(linjamsosRow).getByRole("link")).toHaveCount(0);

  const response = await page.goto(otherBidangUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});

test.describe.serial("review workflow", () => {
  test("the head submits and the inspectorate returns the LKIP with a note", async ({ page }) => {
    await signIn(page, demoAccounts.kepala);
    await move(page, "Ajukan untuk reviu");
    await expect(page.getByTestId("laporan-status")).toHaveText("Diajukan");

    await signIn(page, demoAccounts.inspektorat);
    await page.goto(await subKegiatanUrl(page, rehsosRow));
    await page
      .getByTestId("review-note-form")
      .getByRole("textbox")
      .fill("Realisasi permakanan belum sesuai SP2D.");
    await page.getByRole("button", { name: "Simpan catatan" }).click();
    await expect(page.getByTestId("review-notes")).toContainText("Realisasi permakanan belum sesuai SP2D.");

    await move(page, "Kembalikan dengan catatan", "Perbaiki realisasi permakanan.");
    await expect(page.getByTestId("laporan-status")).toHaveText("Dikembalikan");
  });

  test("the planner sees the notes and corrects the realisasi", async ({ page }) => {
    await signIn(page, demoAccounts.perencanaRehsos);
    await page.goto(opdYear);
    await expect(page.getByTestId("laporan-history")).toContainText("Perbaiki realisasi permakanan.");
    await expect(page.getByTestId("review-notes")).toContainText("Realisasi permakanan belum sesuai SP2D.");

    await page.goto(await subKegiatanUrl(page, rehsosRow));
    await expect(page.getByTestId("sub-serapan")).toHaveText("79,61 %");
    const form = page.getByTestId("realisasi-form-TAHUNAN");
    await form.getByRole("textbox").fill("12a");
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(form.getByRole("alert")).toContainText("bukan angka yang sah");
    await expect(page.getByTestId("sub-realisasi")).toHaveText("Rp 65.585.000");

    await form.getByRole("textbox").fill("Rp 70.000.000");
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByTestId("sub-realisasi")).toHaveText("Rp 70.000.000");
    await expect(page.getByTestId("sub-serapan")).toHaveText("84,97 %");
  });

  test("the head finalises after the review, and an edit after FINAL is refused", async ({
    page,
    browser,
  }) => {
    const planner = await browser.newPage();
    await signIn(planner, demoAccounts.perencanaRehsos);
    // Opened while the report is still open: the form is there, but FINAL will lock the year under it.
    await planner.goto(await subKegiatanUrl(planner, rehsosRow));
    await expect(planner.getByTestId("realisasi-form-TAHUNAN")).toBeVisible();

    await signIn(page, demoAccounts.kepala);
    await move(page, "Ajukan kembali");
    await expect(page.getByTestId("laporan-status")).toHaveText("Diajukan");
    await signIn(page, demoAccounts.inspektorat);
    await move(page, "Reviu selesai");
    await expect(page.getByTestId("laporan-status")).toHaveText("Direviu");
    await signIn(page, demoAccounts.kepala);
    // The demo year has open errors (the report's own four, and a fifth since the planner's correction
    // no longer matches the kegiatan total the report printed; three rules): the dialog lists them, and
    // finalising needs a written reason.
    await page.goto(opdYear);
    await page.getByRole("button", { name: "Tetapkan final" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByTestId("dialog-findings")).toContainText("Masih terbuka: 3 kesalahan (5 butir)");
    await expect(dialog.locator('li[data-severity="ERROR"]')).toHaveCount(3);
    await expect(dialog.getByRole("button", { name: "Ya, Tetapkan final" })).toBeDisabled();
    await dialog.getByRole("button", { name: "Batal" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("laporan-status")).toHaveText("Direviu");
    await move(page, "Tetapkan final", "Selisih Tabel 3.6 berasal dari dokumen sumber.");
    // FINAL generates and stores the LKIP PDF before it answers.
    await expect(page.getByTestId("laporan-status")).toHaveText("Final", { timeout: 60_000 });
    await expect(page.getByTestId("laporan-history")).toContainText(
      "Selisih Tabel 3.6 berasal dari dokumen sumber.",
    );

    const form = planner.getByTestId("realisasi-form-TAHUNAN");
    await form.getByRole("textbox").fill("1.000");
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(form.getByRole("alert")).toContainText("berstatus Final; data tidak dapat diubah");
    await planner.reload();
    await expect(planner.getByTestId("sub-realisasi")).toHaveText("Rp 70.000.000");
    await expect(planner.getByTestId("realisasi-form-TAHUNAN")).toHaveCount(0);

    await signIn(page, demoAccounts.inspektorat);
    await page.goto(`${opdYear}/audit`);
    const audit = page.getByTestId("audit-table");
    await expect(audit.locator('tr[data-action="realisasiAnggaran.save"]')).toHaveCount(1);
    await expect(audit.locator('tr[data-action="realisasiAnggaran.save"]')).toContainText(
      "Rp 65.585.000 → Rp 70.000.000",
    );
    // Newest first: this spec's five moves (earlier specs may have moved the year before).
    const transitions = audit.locator('tr[data-action="laporan.transition"]');
    await expect(transitions.first()).toContainText("Ubah status LKIP");
    const moves = [
      "Direviu → Final",
      "Diajukan → Direviu",
      "Dikembalikan → Diajukan",
      "Diajukan → Dikembalikan",
      "Draf → Diajukan",
    ];
    for (const [index, text] of moves.entries()) await expect(transitions.nth(index)).toContainText(text);
  });
});
