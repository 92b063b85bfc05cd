import { type RunningServer, startAppServer } from "@/scripts/lib/serve";
import { e2eDatabase } from "@/scripts/lib/e2e-database";
import { env } from "@/lib/env";
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
