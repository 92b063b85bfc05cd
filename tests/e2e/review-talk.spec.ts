import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

const notesPage = "/opd/dinsos-serang/2022/catatan";
const noteText = "Analisis capaian IKU belum membandingkan dengan target Renstra.";
const replyText = "Sudah kami tambahkan perbandingan dengan target Renstra di BAB III.";

const badge = (page: Page) => page.getByTestId("unread-badge");

async function shoot(page: Page, name: string) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/review-talk-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

test.describe.serial("review as a conversation", () => {
  test("the reviewer writes a note on the whole OPD-year", async ({ page }) => {
    await signIn(page, demoAccounts.inspektorat);
    await page.goto("/opd/dinsos-serang/2022");
    await page.getByRole("link", { name: "Catatan reviu →" }).click();
    await expect(page).toHaveURL(notesPage);
    const form = page.getByTestId("review-note-form");
    await form.getByLabel("Tentang").selectOption({ label: "Seluruh OPD tahun 2022" });
    await form.getByLabel("Tulis catatan reviu").fill(noteText);
    await form.getByRole("button", { name: "Simpan catatan" }).click();
    const note = page
      .getByTestId("open-notes-section")
      .getByTestId("review-note")
      .filter({ hasText: noteText });
    await expect(note).toContainText("Seluruh OPD tahun 2022");
    await expect(note.getByTestId("note-status")).toHaveText("Terbuka");
    await expect(page.getByTestId("notes-summary")).toContainText("1 belum selesai, 0 selesai");
  });

  test("the planner is notified, replies, and the note is answered", async ({ page }) => {
    await signIn(page, demoAccounts.perencana);
    await expect(badge(page)).toHaveText("1");
    await page.getByTestId("notifications-link").click();
    const item = page.getByTestId("notification").first();
    await expect(item).toContainText(
      "Catatan reviu baru untuk Dinas Sosial Kabupaten Serang 2022: Seluruh OPD tahun 2022",
    );
    await expect(item).toHaveAttribute("data-read", "belum");
    await shoot(page, "notifikasi");
    await page.getByRole("button", { name: "Tandai semua dibaca" }).click();
    await expect(item).toHaveAttribute("data-read", "ya");
    await expect(badge(page)).toHaveCount(0);

    await item.getByRole("link").click();
    await expect(page).toHaveURL(/\/catatan#catatan-/);
    const note = page.getByTestId("review-note").filter({ hasText: noteText });
    await note.getByLabel("Balas catatan").fill(replyText);
    await note.getByRole("button", { name: "Kirim balasan" }).click();
    await expect(note.getByTestId("review-replies")).toContainText(replyText);
    await expect(note.getByTestId("review-replies")).toContainText("Perencana");
    await expect(note.getByTestId("note-status")).toHaveText("Dijawab");
    // Only the reviewer closes a note.
    await expect(note.getByRole("button", { name: "Tandai selesai" })).toHaveCount(0);

    // The head sees the open note in the confirmation of a workflow move.
    await signIn(page, demoAccounts.kepala);
    await page.goto("/opd/dinsos-serang/2022");
    await page.getByRole("button", { name: "Ajukan untuk reviu", exact: true }).click();
    await expect(page.getByTestId("dialog-open-notes")).toHaveText("1 catatan reviu belum selesai.");
    await page.getByRole("dialog").getByRole("button", { name: "Batal" }).click();
  });

  test("the reviewer sees the reply and closes the note", async ({ page }) => {
    await signIn(page, demoAccounts.inspektorat);
    await expect(badge(page)).toHaveText("1");
    await page.goto("/opd/dinsos-serang/2022");
    await expect(page.getByTestId("notes-link")).toContainText("1 belum selesai");
    await page.goto("/wilayah/2022");
    await expect(page.getByTestId("region-open-notes")).toContainText("Dinas Sosial Kabupaten Serang (1)");
    await page.goto(notesPage);
    const note = page.getByTestId("review-note").filter({ hasText: noteText });
    await expect(note.getByTestId("review-replies")).toContainText(replyText);
    await shoot(page, "catatan");
    await note.getByRole("button", { name: "Tandai selesai" }).click();
    const closed = page
      .getByTestId("closed-notes-section")
      .getByTestId("review-note")
      .filter({ hasText: noteText });
    await expect(closed.getByTestId("note-status")).toHaveText("Selesai");
    await expect(closed.getByTestId("review-reply-form")).toHaveCount(0);
    await expect(page.getByTestId("notes-summary")).toContainText("0 belum selesai, 1 selesai");
    await expect(closed.getByRole("button", { name: "Buka kembali" })).toBeVisible();
  });

  test("the planner is told the note was closed, and counts show no open note", async ({ page }) => {
    await signIn(page, demoAccounts.perencana);
    await expect(badge(page)).toHaveText("1");
    await page.goto("/notifikasi");
    await expect(page.getByTestId("notification").first()).toContainText("ditutup (selesai)");
    await page.goto("/opd/dinsos-serang/2022/dasbor");
    await expect(page.getByTestId("open-notes")).toHaveText("0 catatan belum selesai");
    await page.goto(notesPage);
    await expect(page.getByTestId("review-note").filter({ hasText: noteText })).toContainText(replyText);
  });
});
