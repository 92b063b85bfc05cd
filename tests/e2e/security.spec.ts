import { demoAccounts, signIn } from "./sign-in";
import { expect, test } from "./test";

const required = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
};

test("pages, redirects, errors and static files carry the security headers, and no X-Powered-By", async ({
  request,
}) => {
  for (const path of ["/masuk", "/", "/halaman-yang-tidak-ada", "/opd/tidak-ada/2022", "/favicon.svg"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers, path).toMatchObject(required);
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
    if (path !== "/favicon.svg") {
      const csp = headers["content-security-policy"] ?? "";
      expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain("unsafe-inline' 'nonce");
    }
  }
});

test("every page gets a fresh nonce, and Next.js's own scripts carry it", async ({ page, request }) => {
  const nonces = await Promise.all(
    [1, 2].map(
      async () =>
        /'nonce-([^']+)'/.exec((await request.get("/masuk")).headers()["content-security-policy"]!)![1],
    ),
  );
  expect(nonces[0]).not.toBe(nonces[1]);
  await page.goto("/masuk");
  const scripts = await page
    .locator("script")
    .evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const nonce of scripts) expect(nonce).not.toBe("");
});

test("signing out ends the session on the server: the old cookie opens nothing", async ({ page }) => {
  await signIn(page, demoAccounts.kepala);
  const before = await page.context().cookies();
  await page.goto("/opd/dinsos-serang/2022");
  await expect(page.getByRole("heading", { name: "Dinas Sosial Kabupaten Serang" })).toBeVisible();

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/masuk$/);

  // Put the cookie back, as a thief who copied it would.
  await page.context().addCookies(before);
  await page.goto("/opd/dinsos-serang/2022");
  await expect(page).toHaveURL(/\/masuk\?ke=%2Fopd%2Fdinsos-serang%2F2022$/);
});

test("a NUL byte in the audit filter is no server error", async ({ page }) => {
  await signIn(page, demoAccounts.kepala);
  const response = await page.goto("/opd/dinsos-serang/2022/audit?pengguna=%00&entitas=%00");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Jejak Audit 2022" })).toBeVisible();
});
