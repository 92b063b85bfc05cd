import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { demoAccounts, signIn } from "./sign-in";
import { expect, test } from "./test";
import { moveLaporan } from "./workflow-move";

// Issue 21 part 5: a visitor without a session opens /publik/3604, downloads the FINAL 2022 LKIP of Dinas
// Sosial and follows its verification link; the draft year 2023 is not there.

const year2022 = "/opd/dinsos-serang/2022";

/** The width the page's content takes (wider than the viewport: it scrolls sideways) and a screenshot. */
async function look(page: Page, name: string): Promise<number> {
  await page.screenshot({ path: path.join(tmpdir(), `publik-${name}.png`), fullPage: true });
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test("a visitor without a session sees the FINAL LKIP of Kabupaten Serang, downloads it and verifies it", async ({
  page,
  browser,
}) => {
  await signIn(page, demoAccounts.kepala);
  await moveLaporan(page, year2022, "Ajukan untuk reviu");
  await signIn(page, demoAccounts.inspektorat);
  await moveLaporan(page, year2022, "Reviu selesai");
  await signIn(page, demoAccounts.kepala);
  await moveLaporan(page, year2022, "Tetapkan final", "Temuan data dijelaskan dalam Lampiran.");
  await expect(page.getByTestId("laporan-status")).toHaveText("Final", { timeout: 60_000 });

  const visitor = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await visitor.goto("/publik/3604");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Laporan Kinerja Kabupaten Serang");
  await expect(visitor.getByTestId("public-opd")).toHaveText(["Dinas Sosial Kabupaten Serang"]);
  const lkip = visitor.getByTestId("public-lkip");
  await expect(lkip).toHaveCount(1);
  await expect(lkip.getByRole("heading", { level: 3 })).toHaveText("LKIP 2022");
  await expect(visitor.getByText("LKIP 2023")).toHaveCount(0);
  await expect(lkip.getByTestId("public-iku-row")).toContainText([
    /Persentase PMKS yang Mendapatkan Program Pelayanan Sosial.*3 %.*3,05 %.*101,67 %.*Sangat Tinggi/,
  ]);
  await expect(visitor.getByText("Subur Prianto")).toHaveCount(0);
  expect(await look(visitor, "1366")).toBeLessThanOrEqual(1366);

  const downloading = visitor.waitForEvent("download");
  await lkip.getByTestId("public-download").click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe("LKIP-dinsos-serang-2022-final-r1.pdf");
  const bytes = readFileSync((await file.path())!);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await expect(lkip).toContainText(`SHA-256 ${sha256}`);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const again = await visitor.request.get("/publik/3604/lkip/LKIP-dinsos-serang-2022-final-r1.pdf", {
    headers: { "If-None-Match": `"${sha256}"` },
  });
  expect(again.status()).toBe(304);

  await visitor.setViewportSize({ width: 390, height: 844 });
  expect(await look(visitor, "390")).toBeLessThanOrEqual(390);

  await lkip.getByTestId("public-verification").click();
  await expect(visitor).toHaveURL(/\/verifikasi\/\w+$/);
  await expect(visitor.getByTestId("verification-result")).toContainText(
    "adalah LKIP final yang diterbitkan",
  );
  await expect(visitor.getByTestId("verification-sha256")).toHaveText(sha256);

  expect((await visitor.request.get("/publik/0000")).status()).toBe(404);
  await visitor.context().close();
});
