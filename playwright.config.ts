import { defineConfig, devices } from "@playwright/test";
import { env } from "./lib/env";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  // Ceilings for a busy 2-core machine (CI shares it with PostgreSQL and two servers), not speed goals: a
  // workflow test signs in four times and generates a PDF.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${env.E2E_PORT}`,
    locale: "id-ID",
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: env.CHROMIUM_PATH,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `http://localhost:${env.E2E_PORT}/masuk`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The late-entry list counts from 11 January 2024, the day after TW IV 2023 was due (dashboard.spec.ts).
    env: { SAKIP_TEST_NOW: "2024-01-11T09:00:00+07:00" },
  },
});
