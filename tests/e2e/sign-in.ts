import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD } from "@/prisma/demo/demo-password";
import { e2eDatabase } from "@/scripts/lib/e2e-database";

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

/** Marks an account as holding a temporary password, or (de)activates it, straight in the database. */
export async function setAccount(email: string, change: { mustChangePassword?: boolean; active?: boolean }) {
  const client = new pg.Client(e2eDatabase);
  await client.connect();
  try {
    await client.query(
      `UPDATE "User" SET "mustChangePassword" = coalesce($2, "mustChangePassword"), active = coalesce($3, active) WHERE email = $1`,
      [email, change.mustChangePassword ?? null, change.active ?? null],
    );
  } finally {
    await client.end();
  }
}
