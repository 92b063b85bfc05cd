import { type RunningServer, startAppServer } from "@/scripts/lib/serve";
import { e2eDatabase } from "@/scripts/lib/e2e-database";
import Decimal from "decimal.js";
import { env } from "@/lib/env";
import { formatNumber } from "@/lib/format";
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
