import { type Locator, type Page, type Route } from "@playwright/test";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

// 2023 is the demo's year in progress: TW I–III entered, TW IV empty, 51 sub kegiatan on one page.
const base = "/opd/dinsos-serang/2023";
const grid = `${base}/realisasi/4`;
const permakanan = "1.06.04.2.01.0001";
const wide = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };

const rowOf = (page: Page, code: string): Locator =>
  page.getByTestId("realisasi-grid").locator(`tr[data-code="${code}"]`);
const cellOf = (page: Page, code: string): Locator => rowOf(page, code).locator("input");
const saveButton = (page: Page) => page.getByRole("button", { name: /^Simpan semua/ });

async function paste(input: Locator, text: string): Promise<void> {
  await input.evaluate((element, clipboard) => {
    const data = new DataTransfer();
    data.setData("text/plain", clipboard);
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** The box of `locator` lies wholly inside the viewport. */
async function expectInViewport(page: Page, locator: Locator): Promise<void> {
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

test.describe("a planner's working day on the quarterly grid", () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize(wide);
    await signIn(page, demoAccounts.perencana);
  });

  test("unsaved cells are kept until the planner agrees to leave: quarter tab, back, reload", async ({
    page,
  }) => {
    await page.goto(base);
    await page.goto(grid);
    const first = cellOf(page, permakanan);
    await first.click();
    await paste(first, "1.000\n2.000\n3.000");
    await expect(saveButton(page)).toHaveText("Simpan semua (3 isian berubah)");

    const dialog = page.getByRole("dialog", { name: "Tinggalkan halaman tanpa menyimpan?" });
    await page.getByRole("link", { name: "TW3" }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("3 isian belum disimpan");
    await dialog.getByRole("button", { name: "Batal" }).click();
    await expect(page).toHaveURL(new RegExp(`${grid}$`));
    await expect(first).toHaveValue("1.000");

    await page.goBack();
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Batal" }).click();
    await expect(page).toHaveURL(new RegExp(`${grid}$`));
    await expect(first).toHaveValue("1.000");

    // Reload and closing the tab: the browser's own question, answered "stay".
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", async (question) => {
        resolve(question.type());
        await question.dismiss();
      }),
    );
    await page.evaluate(() => window.location.reload());
    expect(await asked).toBe("beforeunload");
    await expect(first).toHaveValue("1.000");
    await expect(saveButton(page)).toHaveText("Simpan semua (3 isian berubah)");

    await page.getByRole("link", { name: "TW3" }).click();
    await dialog.getByRole("button", { name: "Ya, tinggalkan" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/realisasi/3$`));
    await expect(page.getByRole("heading", { name: "Isian Realisasi Triwulan 3" })).toBeVisible();
  });

  test("at 390 px a planner enters, corrects and undoes TW IV; the dashboard goes back to s.d. TW III", async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    await page.goto(grid);
    const cell = cellOf(page, permakanan);
    await cell.fill("Rp 5.000.000");
    await cell.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: "/tmp/grid-day-1-entering-390.png" });
    await saveButton(page).click();
    await expect(page.getByTestId("grid-message")).toHaveText("1 isian tersimpan.");
    // The refreshed page carries the entry's version: it can now be corrected or removed.
    await expect(rowOf(page, permakanan).getByRole("button", { name: "Hapus isian" })).toBeVisible();

    await cell.fill("0");
    await saveButton(page).click();
    await expect(page.getByTestId("grid-message")).toHaveText("1 isian tersimpan.");
    await expect(cell).toHaveValue("0");
    await cell.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: "/tmp/grid-day-2-corrected-390.png" });
    // Typing 0 is an entry: TW IV counts as filled.
    await page.goto(`${base}/dasbor`);
    await expect(page.getByRole("link", { name: "s.d. TW IV" })).toHaveAttribute("aria-current", "page");

    await page.goto(grid);
    await rowOf(page, permakanan).getByRole("button", { name: "Hapus isian" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(`${permakanan}`);
    await page.screenshot({ path: "/tmp/grid-day-3-confirm-undo-390.png" });
    await dialog.getByRole("button", { name: "Ya, hapus isian" }).click();
    await expect(page.getByTestId("grid-message")).toHaveText(/Isian TW4 baris \d+ dihapus\./);
    await expect(cell).toHaveValue("");
    await expect(rowOf(page, permakanan).getByRole("button", { name: "Hapus isian" })).toHaveCount(0);
    await cell.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: "/tmp/grid-day-4-undone-390.png" });

    await page.goto(`${base}/dasbor`);
    await expect(page.getByRole("link", { name: "s.d. TW III" })).toHaveAttribute("aria-current", "page");
  });

  test("earlier quarters beside the input, a save bar in view, a sticky name column, cards on a phone", async ({
    page,
  }) => {
    await page.goto(grid);
    // TW I–III of the leaf and of its indicator, read-only beside the TW IV input.
    const row = rowOf(page, permakanan);
    for (const quarter of [1, 2, 3]) {
      await expect(row.locator(`[data-col="tw${quarter}"]`)).toHaveText(/^Rp \d{1,3}(\.\d{3})+$/);
    }
    const indicator = page.locator(`tr[data-indicator-of="${permakanan}"]`).first();
    for (const quarter of [1, 2, 3]) {
      await expect(indicator.locator(`[data-col="tw${quarter}"]`)).toHaveText(/^\d/);
    }

    // After 88 rows the save bar is still on screen, wherever the planner is.
    await cellOf(page, permakanan).fill("1.000");
    await expectInViewport(page, saveButton(page));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await expectInViewport(page, saveButton(page));

    // The count clears with the success message, not when the page's data comes back.
    const countWhenSaved = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const observer = new MutationObserver(() => {
            const message = document.querySelector('[data-testid="grid-message"]');
            if (!message?.textContent?.includes("tersimpan")) return;
            observer.disconnect();
            const button = [...document.querySelectorAll("button")].find((b) =>
              b.textContent?.startsWith("Simpan semua"),
            );
            resolve(button?.textContent ?? "");
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        }),
    );
    await saveButton(page).click();
    expect(await countWhenSaved).toBe("Simpan semua (0 isian berubah)");
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/grid-day-6-grid-1366.png" });

    // Between phone and desktop the table scrolls sideways under a kode/name column that stays.
    await page.setViewportSize({ width: 900, height: 900 });
    const table = page.getByTestId("realisasi-grid");
    const name = row.locator('[data-col="nama"]');
    const before = (await name.boundingBox())!.x;
    await table.evaluate((element) => (element.scrollLeft = 400));
    await expect.poll(() => table.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect((await name.boundingBox())!.x).toBe(before);
    await page.screenshot({ path: "/tmp/grid-day-7-sticky-900.png" });

    // On a phone: one card per row, no sideways scroll, the save bar one line at the bottom.
    await page.setViewportSize(phone);
    await page.evaluate(() => window.scrollTo(0, 0));
    await cellOf(page, permakanan).fill("2.000");
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(phone.width);
    await row.scrollIntoViewIfNeeded();
    // Each row is a card: a framed box of its own, its cells stacked inside it.
    expect(
      await row.evaluate((element) => {
        const style = getComputedStyle(element);
        return { display: style.display, border: style.borderTopWidth, radius: style.borderTopLeftRadius };
      }),
    ).toEqual({ display: "block", border: "1px", radius: "8px" });
    await expectInViewport(page, row.locator('[data-col="nama"]'));
    await expectInViewport(page, row.locator('[data-col="tw3"]'));
    await expectInViewport(page, cellOf(page, permakanan));
    await expectInViewport(page, saveButton(page));
    expect((await saveButton(page).boundingBox())!.height).toBeLessThanOrEqual(44);
    await page.screenshot({ path: "/tmp/grid-day-5-cards-390.png" });
  });

  test("a cell corrected again before the page refreshes saves; another session's edit still conflicts", async ({
    page,
    browser,
  }) => {
    await page.goto(grid);
    // Hold back every refresh of the page's data: the grid knows the new version only from the save's answer.
    const held: Route[] = [];
    const hold = (route: Route) =>
      route.request().method() === "GET" && route.request().headers()["rsc"] === "1"
        ? void held.push(route)
        : route.continue();
    await page.route("**/*", hold);
    const cell = cellOf(page, permakanan);
    const message = page.getByTestId("grid-message");
    await cell.fill("5.000.000");
    await saveButton(page).click();
    await expect(message).toHaveText("1 isian tersimpan.");
    await cell.fill("5.500.000");
    await saveButton(page).click();
    await expect(message).toHaveText("1 isian tersimpan.");
    await expect(page.getByTestId("action-error")).toHaveCount(0);
    await expect(saveButton(page)).toHaveText("Simpan semua (0 isian berubah)");
    await page.unroute("**/*", hold);
    await Promise.all(held.map((route) => route.continue().catch(() => {})));

    // Another session stores 9.000.000 in the same cell; this one's next correction is refused.
    const other = await browser.newContext({ locale: "id-ID", viewport: wide });
    const otherPage = await other.newPage();
    await signIn(otherPage, demoAccounts.perencanaRehsos);
    await otherPage.goto(grid);
    await expect(cellOf(otherPage, permakanan)).toHaveValue("5.500.000");
    await cellOf(otherPage, permakanan).fill("9.000.000");
    await saveButton(otherPage).click();
    await expect(otherPage.getByTestId("grid-message")).toHaveText("1 isian tersimpan.");

    await cell.fill("6.000.000");
    await saveButton(page).click();
    await expect(page.getByTestId("action-error")).toContainText(
      "telah diubah oleh pengguna lain menjadi Rp 9.000.000",
    );
    await otherPage.reload();
    await expect(cellOf(otherPage, permakanan)).toHaveValue("9.000.000");
    await other.close();
  });

  test("after a save Back leaves the grid in one press; a search with unsaved cells asks first", async ({
    page,
  }) => {
    await page.goto(base);
    await page.goto(grid);
    await cellOf(page, permakanan).fill("1.000");
    await saveButton(page).click();
    await expect(page.getByTestId("grid-message")).toHaveText("1 isian tersimpan.");
    // The save's page refresh settles first, as it has long before a person reaches for Back: pressed within
    // milliseconds of the message, Back once stayed on the grid in a full run.
    await page.waitForLoadState("networkidle");
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${base}$`));

    await page.goto(`${grid}?cari=1.06.04`);
    const cell = cellOf(page, permakanan);
    await cell.fill("2.000");
    const search = page.getByRole("searchbox", { name: "Cari kode atau nama sub kegiatan" });
    await search.fill("1.06.06");
    await search.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Tinggalkan halaman tanpa menyimpan?" });
    await expect(dialog).toContainText("1 isian belum disimpan");
    await dialog.getByRole("button", { name: "Batal" }).click();
    await expect(page).toHaveURL(new RegExp(`${grid}\\?cari=1\\.06\\.04$`));
    await expect(cell).toHaveValue("2.000");

    await search.press("Enter");
    await dialog.getByRole("button", { name: "Ya, tinggalkan" }).click();
    await expect(page).toHaveURL(new RegExp(`${grid}\\?cari=1\\.06\\.06$`));
    await expect(rowOf(page, "1.06.06.2.01.0001")).toBeVisible();
    await expect(rowOf(page, permakanan)).toHaveCount(0);
  });
});
