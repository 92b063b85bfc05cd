import { expect, test as base } from "@playwright/test";

/**
 * Every spec imports `test` from here: each page reports Content-Security-Policy violations (the CSP is
 * on in the suite, as in production), and a test with any violation fails.
 */
export const test = base.extend({
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
