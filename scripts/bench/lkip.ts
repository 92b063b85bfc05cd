/**
 * LKIP PDF generation, warm, through the download route, against Chromium printing the same chapters
 * from the screen route (page.pdf()), for the Serang 2022 demo. Needs a build (`npm run build`); serves
 * it with a fresh demo database (like the e2e server) on E2E_PORT.
 *
 * npx tsx --conditions=react-server scripts/bench/lkip.ts
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { env } from "@/lib/env";
import { DEMO_PASSWORD } from "@/prisma/demo/demo-password";

export type BenchRow = { figure: string; value: string; goal: string; ok: boolean };

const base = `http://localhost:${env.E2E_PORT}`;
const lkip = "/opd/dinsos-serang/2022/lkip";
const RUNS = 3;

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${base}/masuk`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`Server ${base} tidak menjawab`);
}

/** Median milliseconds of RUNS timed runs after one warm-up run. */
async function median(run: () => Promise<void>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

export async function bench(): Promise<BenchRow[]> {
  const server = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/e2e-server.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
  const browser = await chromium.launch({
    executablePath: env.CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    await waitForServer();
    const page = await browser.newPage();
    await page.goto(`${base}/masuk`);
    await page.getByLabel("Email").fill("inspektorat.serang@sakip.demo");
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.getByTestId("current-user").waitFor();

    let bytes = 0;
    const route = await median(async () => {
      const response = await page.request.get(`${base}${lkip}.pdf`);
      if (!response.ok()) throw new Error(`lkip.pdf: ${response.status()}`);
      bytes = (await response.body()).length;
    });
    const printed = await median(async () => {
      await page.goto(`${base}${lkip}`, { waitUntil: "load" });
      await page.pdf({ format: "A4", printBackground: true });
    });
    const ratio = printed / route;
    return [
      {
        figure: "LKIP PDF, route, warm (median of 3)",
        value: `${Math.round(route)} ms (${Math.round(bytes / 1024)} KB)`,
        goal: "≤ 2000 ms",
        ok: route <= 2000,
      },
      {
        figure: "Chromium page.pdf() of /lkip (median of 3)",
        value: `${Math.round(printed)} ms`,
        goal: "reference",
        ok: true,
      },
      {
        figure: "Chromium / route",
        value: `${ratio.toFixed(1).replace(".", ",")}×`,
        goal: "≥ 3×",
        ok: ratio >= 3,
      },
    ];
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const row of await bench())
    console.log(`${row.ok ? "ok  " : "MISS"} ${row.figure}: ${row.value} (goal ${row.goal})`);
  process.exit(0);
}
