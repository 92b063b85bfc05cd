import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo/demo-password";
import { demoAccounts, setAccount } from "./sign-in";
import { expect, test } from "./test";

const dashboard = "/opd/dinsos-serang/2022/dasbor";

/** Fills the sign-in form the page shows (wherever it was sent from) and submits it. */
async function submitSignIn(page: Page, email: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
}

test("a page opened signed out opens itself after signing in, with its query", async ({ page }) => {
  await page.goto(dashboard);
  await expect(page).toHaveURL(`/masuk?ke=${encodeURIComponent(dashboard)}`);
  await submitSignIn(page, demoAccounts.kepala);
  await expect(page).toHaveURL(dashboard);
  await expect(page.getByRole("heading", { name: "Dasbor Kinerja 2022" })).toBeVisible();

  await page.context().clearCookies();
  await page.goto(`${dashboard}?tw=2`);
  await submitSignIn(page, demoAccounts.kepala);
  await expect(page).toHaveURL(`${dashboard}?tw=2`);
  await expect(page.getByText("realisasi s.d. TW II").first()).toBeVisible();

  // Already signed in, /masuk goes straight on.
  await page.goto(`/masuk?ke=${encodeURIComponent("/opd/dinsos-serang/2022/lkip")}`);
  await expect(page).toHaveURL("/opd/dinsos-serang/2022/lkip");
});

test("a temporary password goes through /akun first, then on to the page asked for", async ({ page }) => {
  await setAccount(demoAccounts.kepala, { mustChangePassword: true });
  await page.goto(dashboard);
  await submitSignIn(page, demoAccounts.kepala);
  await expect(page).toHaveURL(`/akun?ke=${encodeURIComponent(dashboard)}`);
  await page.getByLabel(/Kata sandi baru/).fill("kata-sandi-kepala-2026");
  await page.getByLabel("Ulangi kata sandi baru").fill("kata-sandi-kepala-2026");
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page).toHaveURL(dashboard);
  await expect(page.getByRole("heading", { name: "Dasbor Kinerja 2022" })).toBeVisible();
});

test("a return path to another site, in any spelling, lands on the home page", async ({ page, baseURL }) => {
  // As the attacker's link would carry them: the query value is what the server reads after decoding.
  const attempts = [
    "//evil.example",
    "https://evil.example/",
    "/\\evil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "%2F%2Fevil.example",
    "/.//evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
  ];
  const raw = ["ke=%2F%2Fevil.example", "ke=/%09/evil.example", "ke=%2F%5Cevil.example", "ke=//evil.example"];
  const queries = [...attempts.map((value) => `ke=${encodeURIComponent(value)}`), ...raw];
  for (const query of queries) {
    await page.context().clearCookies();
    await page.goto(`/masuk?${query}`);
    await submitSignIn(page, demoAccounts.perencana);
    await expect(page.getByTestId("current-user"), query).toBeVisible();
    expect(page.url(), query).toBe(`${baseURL}/`);
    // Signed in, /masuk with the same query goes home too.
    await page.goto(`/masuk?${query}`);
    expect(page.url(), query).toBe(`${baseURL}/`);
  }
  // The gate carries the path the request asked for, never one that a client's header claims.
  await page.context().clearCookies();
  const signedOut = await page.request.get("/opd/dinsos-serang/2022/export.xlsx", {
    maxRedirects: 0,
    headers: { "x-sakip-requested-path": "//evil.example" },
  });
  expect(signedOut.headers()["location"]).toBe(
    `/masuk?ke=${encodeURIComponent("/opd/dinsos-serang/2022/export.xlsx")}`,
  );
});
