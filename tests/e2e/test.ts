import { expect, test as base } from "@playwright/test";
import { resetDemoDatabase } from "./reset-database";

// The spec file whose data the database holds; files run one after another on the one worker.
let databaseHoldsFile: string | null = null;

/**
 * Every spec imports `test` from here. Each spec file starts from the freshly loaded demo (the tests inside
 * one file may build on each other, in order), so no file depends on what another left behind. Each page
 * reports Content-Security-Policy violations (the CSP is on in the suite, as in production), and a test with
 * any violation fails.
 */
export const test = base.extend<{ freshDemoPerFile: void }>({
  freshDemoPerFile: [
    async ({}, provide, testInfo) => {
      if (databaseHoldsFile !== testInfo.file) {
        await resetDemoDatabase();
        databaseHoldsFile = testInfo.file;
      }
      await provide();
    },
    { auto: true, timeout: 120_000 },
  ],
  page: async ({ page }, provide) => {
    const violations: string[] = [];
    await page.exposeBinding("reportCspViolation", (_, text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void })
          .reportCspViolation;
        report(`${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    page.on("console", (message) => {
      if (message.type() === "error" && message.text().includes("Content Security Policy")) {
        violations.push(message.text());
      }
    });
    await provide(page);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
});

export { expect };
