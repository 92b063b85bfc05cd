import { demoAccounts, signIn } from "./sign-in";
import { expect, test } from "./test";

const opd = "Dinas Sosial Kabupaten Serang";

test("each page has a title of its own, naming the OPD and the year it is about", async ({ page }) => {
  await page.goto("/masuk");
  await expect(page).toHaveTitle("Masuk — SAKIP");
  await page.goto("/verifikasi");
  await expect(page).toHaveTitle("Verifikasi LKIP — SAKIP");

  await signIn(page, demoAccounts.kepala);
  const expected: [string, string][] = [
    ["/", "Perangkat Daerah — SAKIP"],
    ["/akun", "Akun — SAKIP"],
    ["/opd/dinsos-serang/2022", `Tahun Anggaran 2022 — ${opd} — SAKIP`],
    ["/opd/dinsos-serang/2022/dasbor", `Dasbor 2022 — ${opd} — SAKIP`],
    ["/opd/dinsos-serang/2023/dasbor", `Dasbor 2023 — ${opd} — SAKIP`],
    ["/opd/dinsos-serang/2022/lkip", `LKIP 2022 — ${opd} — SAKIP`],
    ["/opd/dinsos-serang/2022/realisasi/2", `Isian Realisasi TW II 2022 — ${opd} — SAKIP`],
    ["/opd/dinsos-serang/2022/audit", `Jejak Audit 2022 — ${opd} — SAKIP`],
    ["/opd/dinsos-serang/2022/pohon-kinerja", `Pohon Kinerja 2022 — ${opd} — SAKIP`],
  ];
  for (const [url, title] of expected) {
    await page.goto(url);
    await expect(page, url).toHaveTitle(title);
  }
  await signIn(page, demoAccounts.admin);
  await page.goto("/wilayah/2023");
  await expect(page).toHaveTitle("Dasbor Wilayah 2023 — SAKIP");
  await page.goto("/admin/audit");
  await expect(page).toHaveTitle("Jejak Audit Administrasi — SAKIP");
});

test("every verification answer has a field for a code and a way on", async ({ page }) => {
  // Signed out, as whoever holds a printed LKIP.
  await page.goto("/verifikasi/BUKANKODE");
  await expect(page.getByTestId("verification-result")).toContainText("Kode ini tidak dikenal");
  const field = page.getByLabel("Periksa kode yang tercetak di dokumen Anda");
  await expect(field).toBeVisible();
  await expect(page.getByRole("link", { name: "Masuk ke SAKIP →" })).toHaveAttribute("href", "/masuk");

  // A malformed code is named and explained, and stays in the field to be corrected.
  await field.fill("abc-123");
  await page.getByRole("button", { name: "Periksa" }).click();
  await expect(page).toHaveURL("/verifikasi?kode=abc-123");
  await expect(page.getByTestId("verification-code-form").getByRole("alert")).toHaveText(
    '"abc-123" bukan kode verifikasi: kode terdiri atas 24 huruf A–Z dan angka 2–7.',
  );
  await expect(page.getByLabel("Kode verifikasi")).toHaveValue("abc-123");

  // A well-formed one, as typed from paper (lower case, hyphens), opens its answer.
  await page.getByLabel("Kode verifikasi").fill("abcd-efgh-ijkl-mnop-qrst-uvwx");
  await page.getByRole("button", { name: "Periksa" }).click();
  await expect(page).toHaveURL("/verifikasi/ABCDEFGHIJKLMNOPQRSTUVWX");
  await expect(page.getByTestId("verification-result")).toContainText("Kode ini tidak dikenal");

  await page.goto("/verifikasi/draf");
  await expect(page.getByTestId("verification-result")).toContainText("belum final");
  await expect(page.getByLabel("Periksa kode sebuah LKIP final")).toBeVisible();
  await page.getByRole("link", { name: "Masuk ke SAKIP →" }).click();
  await expect(page).toHaveURL("/masuk");

  // Signed in, the way on is the home page.
  await signIn(page, demoAccounts.inspektorat);
  await page.goto("/verifikasi/draf");
  await page.getByRole("link", { name: "← Halaman utama" }).click();
  await expect(page.getByRole("heading", { name: "Perangkat Daerah" })).toBeVisible();

  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const url of ["/verifikasi", "/verifikasi/draf"]) {
      await page.goto(url);
      await page.screenshot({
        path: test.info().outputPath(`${url.replaceAll("/", "_")}-${width}.png`),
        fullPage: true,
      });
    }
  }
});
