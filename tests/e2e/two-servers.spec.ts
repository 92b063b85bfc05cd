import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { type RunningServer, startAppServer } from "@/scripts/lib/serve";
import { e2eDatabase } from "@/scripts/lib/e2e-database";
import Decimal from "decimal.js";
import { env } from "@/lib/env";
import { formatNumber } from "@/lib/format";
import { extractPdfText } from "../integration/pdf-text";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

// A second production server over the same database: nothing a request leaves behind may live in one
// server's memory. Cookies belong to the host, not the port, so the browser carries its session to both.
let second: RunningServer;
const secondUrl = `http://localhost:${env.E2E_PORT + 1}`;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  second = await startAppServer(e2eDatabase, env.E2E_PORT + 1);
});

test.afterAll(async () => {
  await second.stop();
});

test("a session made on one server works on the other, and signing out on the other ends it on both", async ({
  page,
}) => {
  await signIn(page, demoAccounts.kepala);
  await page.goto(`${secondUrl}/opd/dinsos-serang/2022`);
  await expect(page.getByTestId("current-user")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dinas Sosial");

  await page.getByRole("button", { name: "Keluar" }).click();
  await page.waitForURL(/\/masuk/);
  await page.goto("/opd/dinsos-serang/2022");
  await expect(page).toHaveURL(/\/masuk/);
});

test("a realisasi saved through one server is on the other's dashboard and LKIP at once", async ({
  page,
}) => {
  const dashboard = `${secondUrl}/opd/dinsos-serang/2023/dasbor?tw=4`;
  const tw4 = page.getByTestId("cumulative-table").locator('tr[data-quarter="TW IV"] td').nth(1);
  await signIn(page, demoAccounts.perencana);
  await page.goto(dashboard);
  const before = new Decimal((await tw4.textContent())!.replace(/\D/g, ""));

  await page.goto("/opd/dinsos-serang/2023/realisasi/4");
  await page
    .getByTestId("realisasi-grid")
    .locator('tr[data-code="1.06.04.2.01.0001"] input')
    .fill("Rp 1.000.000");
  await page.getByRole("button", { name: /^Simpan semua/ }).click();
  await expect(page.getByTestId("grid-message")).toHaveText("1 isian tersimpan.");

  await page.goto(dashboard);
  const total = formatNumber(before.plus(1_000_000), 0);
  await expect(tw4).toHaveText(`Rp ${total}`);
  await page.goto(`${secondUrl}/opd/dinsos-serang/2023/lkip`);
  await expect(page.locator("#tabel-realisasi-anggaran")).toContainText(total);
});

test("an import and the narrative editor on one server reach the other's dashboards, region and LKIP PDF", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const opdYear = "/opd/dinsos-serang/2023";
  const sub = "1.06.04.2.01.0002";
  const rupiah = (text: string) => new Decimal(text.replace(/\D/g, ""));
  const leafPagu = page.getByTestId("budget-tree").locator(`tr[data-code="${sub}"] [data-col="pagu"]`);
  const regionPagu = async () => {
    await page.goto(`${secondUrl}/wilayah/2023?tw=4`);
    const cell = page.getByTestId("region-row").filter({ hasText: "Dinas Sosial" }).locator("td").last();
    return rupiah((await cell.innerText()).split("\n").pop()!);
  };
  const findings = page.getByTestId("dashboard-findings");

  // Every read on the second server first, so that its stored results are those of the data before.
  await signIn(page, demoAccounts.admin);
  const regionBefore = await regionPagu();
  await signIn(page, demoAccounts.perencana);
  await page.goto(`${secondUrl}${opdYear}`);
  const before = rupiah((await leafPagu.textContent())!);
  await page.goto(`${secondUrl}${opdYear}/dasbor?tw=4`);
  const findingsBefore = Number(await findings.textContent());

  // The import on the first server: the sub kegiatan's pagu raised by Rp 1.000.000.
  const exported = await page.request.get(`${opdYear}/export.xlsx`);
  expect(exported.ok()).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exported.body()) as never);
  const pagu = before.plus(1_000_000);
  workbook.getWorksheet("Anggaran")!.eachRow((row) => {
    if (row.getCell(1).value === sub) row.getCell(4).value = pagu.toNumber();
  });
  const file = join(tmpdir(), `${process.pid}-dua-server.xlsx`);
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  await page.goto(`${opdYear}/impor`);
  await page.getByTestId("import-file").setInputFiles(file);
  await expect(page.getByTestId("import-summary")).toBeVisible();
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-done")).toContainText("diimpor");

  // The narrative editor on the first server: a Kendala with a token that has no figure (a finding).
  await page.goto(`${opdYear}/narasi`);
  const kendala = page.locator('[data-testid="narrative-section"][data-section="KENDALA"]');
  await kendala.getByRole("button", { name: "Ubah" }).click();
  await kendala.getByLabel("Teks Kendala").fill("Kendala dua server: {pagu:9.99.99}.");
  await kendala.getByRole("button", { name: "Simpan" }).click();
  await expect(kendala.getByTestId("narrative-form")).toHaveCount(0);

  // The second server shows both at once: the OPD-year page, the dashboard, the LKIP PDF and the region.
  const shown = formatNumber(pagu, 0);
  await page.goto(`${secondUrl}${opdYear}`);
  await expect(leafPagu).toHaveText(`Rp ${shown}`);
  await page.goto(`${secondUrl}${opdYear}/dasbor?tw=4`);
  await expect(findings).toHaveText(String(findingsBefore + 1));
  await expect(page.getByText("Token angka dalam narasi tidak dikenal")).toBeVisible();
  const pdf = await page.request.get(`${secondUrl}${opdYear}/lkip.pdf`);
  expect(pdf.ok()).toBe(true);
  const text = (await extractPdfText(await pdf.body())).join("\n");
  expect(text).toContain("Kendala dua server");
  expect(text).toContain(shown);

  await signIn(page, demoAccounts.admin);
  expect((await regionPagu()).minus(regionBefore).toFixed(0)).toBe("1000000");
});
