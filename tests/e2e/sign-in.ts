import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo/demo-password";

export const demoAccounts = {
  admin: "admin.serang@sakip.demo",
  kepala: "kepala.dinsos@sakip.demo",
  perencana: "perencana.dinsos@sakip.demo",
  perencanaRehsos: "perencana.rehsos@sakip.demo",
  perencanaLinjamsos: "perencana.linjamsos@sakip.demo",
  inspektorat: "inspektorat.serang@sakip.demo",
} as const;

/** Signs in as `email`, replacing whoever was signed in on this page's browser context. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}
