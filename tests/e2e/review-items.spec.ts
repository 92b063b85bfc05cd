import { expect, test } from "./test";
import { demoIds } from "./demo-ids";
import { demoAccounts, signIn } from "./sign-in";

const base = "/opd/dinsos-serang/2022";
const indicatorNote = "Definisi operasional indikator program belum dicantumkan.";
const kegiatanNote = "Capaian kegiatan ini perlu dijelaskan dengan bukti dukung.";

test.describe.serial("review notes on an indicator, a program and a kegiatan", () => {
  test("the reviewer writes a note on an indicator row and on a kegiatan of the program page", async ({
    page,
  }) => {
    await signIn(page, demoAccounts.inspektorat);
    await page.goto(`${base}/indikator`);
    const card = page.locator('[data-testid="indicator-owner"][data-level="PROGRAM"]').first();
    const notes = card.getByTestId("indicator-notes");
    await notes.getByText("Catatan reviu (0)").click();
    const form = notes.getByTestId("review-note-form");
    const about = form.getByLabel("Tentang");
    const indicatorLabel = (await about.locator("option").first().textContent())!;
    expect(indicatorLabel).toMatch(/^Indikator /);
    await about.selectOption({ label: indicatorLabel });
    await form.getByLabel("Tulis catatan reviu").fill(indicatorNote);
    await form.getByRole("button", { name: "Simpan catatan" }).click();
    const written = notes.getByTestId("review-note").filter({ hasText: indicatorNote });
    await expect(written).toContainText(indicatorLabel);
    await expect(written.getByTestId("note-status")).toHaveText("Terbuka");
    await expect(notes.locator("summary")).toHaveText("Catatan reviu (1)");

    const { programId } = await demoIds();
    await page.goto(`${base}/program/${programId}`);
    const panel = page.getByTestId("program-notes");
    const programAbout = panel.getByLabel("Tentang");
    const kegiatanLabel = (await programAbout.locator("option").nth(1).textContent())!;
    await programAbout.selectOption({ label: kegiatanLabel });
    await panel.getByLabel("Tulis catatan reviu").fill(kegiatanNote);
    await panel.getByRole("button", { name: "Simpan catatan" }).click();
    await expect(panel.getByTestId("review-note").filter({ hasText: kegiatanNote })).toContainText(
      kegiatanLabel,
    );
    await page.screenshot({ path: "/tmp/review-items-program-1366.png", fullPage: true });
  });

  test("the planner finds both on the item's page and answers on the notes page", async ({ page }) => {
    await signIn(page, demoAccounts.perencana);
    await page.goto(`${base}/indikator`);
    const note = page
      .getByTestId("indicator-notes")
      .getByTestId("review-note")
      .filter({ hasText: indicatorNote });
    await expect(note).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await note.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/review-items-indikator-390.png" });
    await note.getByRole("link", { name: /Buka percakapan/ }).click();
    await expect(page).toHaveURL(/\/catatan#catatan-/);
    const open = page.getByTestId("open-notes-section").getByTestId("review-note");
    await expect(open.filter({ hasText: kegiatanNote })).toBeVisible();
    const onIndicator = open.filter({ hasText: indicatorNote });
    await onIndicator.getByLabel("Balas catatan").fill("Definisi operasional sudah kami tambahkan.");
    await onIndicator.getByRole("button", { name: "Kirim balasan" }).click();
    await expect(onIndicator.getByTestId("note-status")).toHaveText("Dijawab");

    const { programId } = await demoIds();
    await page.goto(`${base}/program/${programId}`);
    await expect(
      page.getByTestId("program-notes").getByTestId("review-note").filter({ hasText: kegiatanNote }),
    ).toBeVisible();
    // The planner answers; only the reviewer writes new notes.
    await expect(page.getByTestId("program-notes").getByTestId("review-note-form")).toHaveCount(0);
  });
});
