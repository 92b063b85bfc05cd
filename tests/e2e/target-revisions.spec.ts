import type { Page, TestInfo } from "@playwright/test";
import { demoAccounts, signIn } from "./sign-in";
import { expect, test } from "./test";

const pkPage = "/opd/dinsos-serang/2022/perjanjian-kinerja";
const IKU = "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial";

/** At 1366 and 390 px: a full-page screenshot each, and no sideways scrolling of the page on the phone. */
async function lookAtBothWidths(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(width);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("the head records a PK Perubahan; the PK page shows target awal and perubahan with the document", async ({
  page,
}, testInfo) => {
  await signIn(page, demoAccounts.kepala);
  await page.goto(pkPage);
  await expect(page.getByTestId("riwayat-revisi-pk")).toContainText("Belum ada PK Perubahan");
  const form = page.getByTestId("record-revision-pk");

  // A wrong date is refused under its field, in Indonesian, before anything is sent.
  await form.getByLabel("Nomor dokumen").fill("050/77/Dinsos/2022");
  await form.getByLabel("Tanggal dokumen").fill("31/06/2022");
  await form.getByLabel("Berlaku mulai").fill("01/07/2022");
  await form.getByLabel("Alasan perubahan").fill("Refocusing anggaran perubahan");
  await form.getByLabel("Target baru").first().fill("3,5");
  await form.getByRole("button", { name: "Simpan PK Perubahan" }).click();
  await expect(form.getByText("Tanggal dokumen 31/06/2022 tidak ada di kalender")).toBeVisible();

  await form.getByLabel("Tanggal dokumen").fill("30/06/2022");
  await form.getByRole("button", { name: "Simpan PK Perubahan" }).click();

  const history = page.getByTestId("riwayat-revisi-pk");
  await expect(history.getByTestId("revision-documents")).toContainText("050/77/Dinsos/2022");
  await expect(history.getByTestId("revision-documents")).toContainText("30 Juni 2022");
  await expect(history.getByTestId("revision-documents")).toContainText("1 Juli 2022");
  const targets = history.getByTestId("revision-targets").locator("tbody tr", { hasText: IKU });
  await expect(targets).toContainText("3 %");
  await expect(targets).toContainText(
    "3,5 % — PK Perubahan Nomor 050/77/Dinsos/2022 tanggal 30 Juni 2022, berlaku mulai 1 Juli 2022",
  );
  await expect(page.getByTestId("pk-sasaran").getByTestId("target-perubahan")).toHaveText(
    "Target perubahan: 3,5 % — PK Perubahan Nomor 050/77/Dinsos/2022 tanggal 30 Juni 2022, berlaku mulai 1 Juli 2022",
  );
  await expect(page.getByTestId("pk-revision-notes")).toContainText(
    "Target perubahan berdasarkan PK Perubahan Nomor 050/77/Dinsos/2022 tanggal 30 Juni 2022",
  );
  await lookAtBothWidths(page, testInfo, "pk-perubahan");

  // The same number twice is refused, saying so.
  await form.getByLabel("Nomor dokumen").fill("050/77/Dinsos/2022");
  await form.getByLabel("Tanggal dokumen").fill("30/06/2022");
  await form.getByLabel("Berlaku mulai").fill("01/08/2022");
  await form.getByLabel("Alasan perubahan").fill("Salah ketik");
  await form.getByLabel("Target baru").first().fill("3,4");
  await form.getByRole("button", { name: "Simpan PK Perubahan" }).click();
  await expect(form.getByText("Nomor dokumen ini sudah dicatat")).toBeVisible();

  // Under its own number, without reloading the page, the second PK Perubahan is saved on the targets as
  // the first one left them.
  await form.getByLabel("Nomor dokumen").fill("050/78/Dinsos/2022");
  await form.getByRole("button", { name: "Simpan PK Perubahan" }).click();
  await expect(history.getByTestId("revision-documents")).toContainText("050/78/Dinsos/2022");
  await expect(targets).toContainText("3,4 % — PK Perubahan Nomor 050/78/Dinsos/2022");

  // A planner reads the history but gets no form.
  await signIn(page, demoAccounts.perencana);
  await page.goto(pkPage);
  await expect(page.getByTestId("riwayat-revisi-pk")).toContainText("050/77/Dinsos/2022");
  await expect(page.getByTestId("record-revision-pk")).toHaveCount(0);
});

test("the head records a Renstra revision on the indicator page; its history shows awal and revisi", async ({
  page,
}, testInfo) => {
  await signIn(page, demoAccounts.kepala);
  await page.goto("/opd/dinsos-serang/2022/indikator");
  const history = page.getByTestId("riwayat-revisi-renstra");
  await expect(history).toContainText("Belum ada Revisi Renstra");
  const form = page.getByTestId("record-revision-renstra");
  await form.getByLabel("Nomor dokumen").fill("188/5/Renstra/2022");
  await form.getByLabel("Tanggal dokumen").fill("15/01/2022");
  await form.getByLabel("Berlaku mulai").fill("01/02/2022");
  await form.getByLabel("Alasan perubahan").fill("Penyesuaian RPJMD perubahan");
  await form.getByLabel("Target baru").first().fill("3,3");
  await form.getByRole("button", { name: "Simpan Revisi Renstra" }).click();
  await expect(history.getByTestId("revision-documents")).toContainText("188/5/Renstra/2022");
  await expect(history.getByTestId("revision-targets")).toContainText("3,3 %");
  await lookAtBothWidths(page, testInfo, "renstra-revisi");
});
