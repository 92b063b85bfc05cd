import { readFileSync } from "node:fs";
import { type Page } from "@playwright/test";
import { extractPdfText } from "../integration/pdf-text";
import { demoAccounts, signIn } from "./sign-in";
import { expect, test } from "./test";
import { moveLaporan } from "./workflow-move";

const opdYear = "/opd/dinsos-serang/2022";

const move = (page: Page, button: string, note?: string) => moveLaporan(page, opdYear, button, note);

async function downloadPdf(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent("download", { timeout: 60_000 });
  // No check of the "Menyiapkan PDF…" label: a stored PDF arrives before the label could be read.
  await page.getByTestId("download-lkip").click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test.describe.configure({ mode: "serial" });

test("signed out, the PDF route sends to sign-in and never a PDF", async ({ page }) => {
  const response = await page.request.get(`${opdYear}/lkip.pdf`, { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers()["location"]).toContain("/masuk");
  expect(response.headers()["content-type"] ?? "").not.toContain("pdf");
});

test("the inspectorate reads the chapters and downloads the draft", async ({ page }) => {
  await signIn(page, demoAccounts.inspektorat);
  await page.goto(opdYear);
  await page.getByRole("link", { name: "LKIP (bab dan PDF) →" }).click();
  await expect(page).toHaveURL(`${opdYear}/lkip`);
  const chapters = page.getByTestId("lkip-chapters");
  for (const chapter of [
    "BAB I PENDAHULUAN",
    "BAB II PERENCANAAN KINERJA",
    "BAB III AKUNTABILITAS KINERJA",
    "BAB IV PENUTUP",
    "LAMPIRAN",
  ]) {
    await expect(chapters.getByRole("link", { name: chapter })).toBeVisible();
  }
  await chapters.getByRole("link", { name: "BAB III AKUNTABILITAS KINERJA" }).click();
  await expect(page.getByRole("heading", { name: "B. Realisasi Anggaran" })).toBeVisible();
  const budget = page.locator("#tabel-realisasi-anggaran tfoot");
  await expect(budget).toContainText("17.654.457.386");
  await expect(budget).toContainText("17.320.802.867");
  await expect(budget).toContainText("98,11 %");
  // The checks' findings are not part of the document: they are on the review sheet (pemeriksaan.pdf).
  await expect(page.getByText("Catatan pemeriksaan")).toHaveCount(0);

  const { name, bytes } = await downloadPdf(page);
  expect(name).toBe("LKIP-dinsos-serang-2022-draf.pdf");
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const pages = await extractPdfText(bytes);
  expect(pages[pages.length - 1]).toContain("Kode verifikasi: draf");
  await page.goto("/verifikasi/draf");
  await expect(page.getByTestId("verification-result")).toContainText("belum final");
});

test("a FINAL LKIP is verified from the code printed in it, and a copy by upload", async ({ page }) => {
  await signIn(page, demoAccounts.kepala);
  await move(page, "Ajukan untuk reviu");
  await signIn(page, demoAccounts.inspektorat);
  await move(page, "Reviu selesai");
  await signIn(page, demoAccounts.kepala);
  await move(page, "Tetapkan final", "Temuan data dijelaskan dalam Lampiran II.");

  await signIn(page, demoAccounts.inspektorat);
  await page.goto(`${opdYear}/lkip`);
  await expect(page.getByTestId("lkip-revisions")).toContainText("Revisi 1");
  const { name, bytes } = await downloadPdf(page);
  expect(name).toBe("LKIP-dinsos-serang-2022-final-r1.pdf");
  const last = (await extractPdfText(bytes)).at(-1)!;
  const code = /Kode verifikasi: ([A-Z2-7]{24})/.exec(last)?.[1];
  expect(code).toBeTruthy();

  await page.context().clearCookies();
  await page.goto(`/verifikasi/${code}`);
  await expect(page.getByTestId("verification-result")).toContainText("adalah LKIP final");
  await expect(page.getByTestId("verification-result")).toContainText("Dinas Sosial Kabupaten Serang");
  await page.getByLabel("Cocokkan berkas PDF yang Anda terima").setInputFiles({
    name: name,
    mimeType: "application/pdf",
    buffer: bytes,
  });
  await page.getByRole("button", { name: "Cocokkan", exact: true }).click();
  await expect(page.getByTestId("upload-result")).toContainText("sama persis");
  await page.getByLabel("Cocokkan berkas PDF yang Anda terima").setInputFiles({
    name: "ubah.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([bytes, Buffer.from("\n")]),
  });
  await page.getByRole("button", { name: "Cocokkan", exact: true }).click();
  await expect(page.getByTestId("upload-result")).toContainText("BERBEDA");
  await page.goto(`/verifikasi/${code!.slice(0, 23)}${code!.endsWith("A") ? "B" : "A"}`);
  await expect(page.getByTestId("verification-result")).toContainText("tidak dikenal");

  // The specs after this one work on an open year.
  await signIn(page, demoAccounts.admin);
  await move(page, "Buka kembali", "Dibuka kembali setelah uji verifikasi LKIP.");
});
