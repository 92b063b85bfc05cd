import type { Page } from "@playwright/test";
import { expect } from "./test";

/**
 * A workflow move from the OPD-year page: the button opens the confirmation dialog; a note (a review
 * note, a reopening's reason, the reason for finalising over open errors) is typed there. "Tetapkan
 * final" generates and stores the LKIP PDF before it answers.
 */
export async function moveLaporan(page: Page, opdYear: string, button: string, note?: string): Promise<void> {
  await page.goto(opdYear);
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  if (note) await dialog.getByRole("textbox").fill(note);
  await dialog.getByRole("button", { name: `Ya, ${button}` }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
}
