/**
 * The LKIP PDF through its download route, against Chromium printing the same chapters from the screen
 * route (page.pdf()), both signed in with the same session cookie.
 */
import { chromium } from "@playwright/test";
import { env } from "@/lib/env";
import { medianMs } from "./region-rollup";

/** One download of the PDF, bounded by `timeoutMs`. */
export async function downloadPdf(
  url: string,
  cookie: string,
  timeoutMs = 120_000,
): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    headers: { cookie },
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (response.status !== 200 || response.headers.get("content-type") !== "application/pdf") {
    throw new Error(`${url} menjawab ${response.status}, bukan PDF`);
  }
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, bytes };
}

/** Median of 3 Chromium prints (A4, backgrounds) of the screen route after one warm-up. */
export async function timeChromiumPrint(url: string, cookie: string): Promise<number> {
  const browser = await chromium.launch({
    executablePath: env.CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const context = await browser.newContext();
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name: name!, value: value.join("="), url }]);
    const page = await context.newPage();
    const print = async () => {
      const response = await page.goto(url, { waitUntil: "load" });
      if (response?.status() !== 200) throw new Error(`${url} menjawab ${response?.status()}`);
      await page.pdf({ format: "A4", printBackground: true });
    };
    await print();
    return await medianMs(3, print);
  } finally {
    await browser.close();
  }
}
