import type { Browser, Page } from "@playwright/test";
import { demoAccounts, signIn } from "./sign-in";
import { expect, test } from "./test";

const email = "perencana.baru@sakip.demo";
const firstPassword = "kata-sandi-awal-2026";

async function signInWith(page: Page, address: string, password: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(address);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

async function newSignedInPage(browser: Browser, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWith(page, email, password);
  await expect(page.getByTestId("current-user")).toBeVisible();
  return page;
}

const userRow = (page: Page) => page.getByTestId("users-table").locator(`tr[data-email="${email}"]`);

/** Clicks an account action of the new user's row and answers its confirmation dialog. */
async function confirmAction(page: Page, button: string): Promise<void> {
  await userRow(page).getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(email);
  await dialog.getByRole("button", { name: `Ya, ${button.toLowerCase()}` }).click();
  await expect(dialog).toBeHidden();
}

test.describe.serial("administration", () => {
  test("resetting, deactivating and ending sessions ask first, naming the account; Batal changes nothing", async ({
    page,
    browser,
  }) => {
    const planner = await (await browser.newContext()).newPage();
    await signIn(planner, demoAccounts.perencana);
    await signIn(page, demoAccounts.admin);
    await page.goto("/admin");
    const row = page.getByTestId("users-table").locator(`tr[data-email="${demoAccounts.perencana}"]`);
    const dialog = page.getByRole("dialog");
    for (const action of ["Atur ulang kata sandi", "Nonaktifkan", "Akhiri semua sesi"]) {
      await row.getByRole("button", { name: action, exact: true }).click();
      await expect(dialog.getByRole("heading")).toHaveText(
        `${action} Perencana Sekretariat (${demoAccounts.perencana})?`,
      );
      await dialog.getByRole("button", { name: "Batal" }).click();
      await expect(dialog).toBeHidden();
    }
    await expect(row.getByTestId("temporary-password")).toHaveCount(0);
    await expect(row.getByTestId("user-status")).toHaveText("Aktif");
    await planner.reload();
    await expect(planner.getByTestId("current-user"), "the account's session goes on").toBeVisible();
  });

  test("the administrator adds, edits and scopes an account", async ({ page }) => {
    await signIn(page, demoAccounts.admin);
    await page.goto("/admin");
    const create = page.getByTestId("create-user");
    await create.getByLabel("Nama").fill("Perencana Baru");
    await create.getByLabel("Email").fill(email);
    await create.getByLabel(/Kata sandi awal/).fill(firstPassword);
    await create.getByRole("button", { name: "Tambah pengguna" }).click();
    await expect(userRow(page)).toContainText("Perencana Baru");

    await userRow(page).getByRole("button", { name: "Ubah" }).click();
    const edit = userRow(page).getByTestId("edit-user");
    await edit.getByLabel("Nama").fill("Perencana Rehabilitasi Baru");
    await edit.getByLabel("Bidang Rehabilitasi Sosial").check();
    await edit.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(userRow(page)).toContainText("Perencana Rehabilitasi Baru");
    await expect(userRow(page)).toContainText("Bidang Rehabilitasi Sosial");
  });

  test("the user sees their sessions on /akun and ends another one", async ({ page, browser }) => {
    const other = await newSignedInPage(browser, firstPassword);
    await signInWith(page, email, firstPassword);
    await expect(page.getByTestId("current-user")).toBeVisible();
    await page.goto("/akun");
    const sessions = page.getByTestId("sessions").locator("li");
    await expect(sessions).toHaveCount(2);
    await expect(sessions.filter({ hasText: "sesi ini" })).toHaveCount(1);
    await sessions.getByRole("button", { name: "Akhiri sesi" }).click();
    await expect(sessions).toHaveCount(1);
    await other.reload();
    await expect(other).toHaveURL(/\/masuk$/);
  });

  test("a reset stops the old password; the temporary one works once and forces a change", async ({
    page,
    browser,
  }) => {
    const before = await newSignedInPage(browser, firstPassword);
    await signIn(page, demoAccounts.admin);
    await page.goto("/admin");
    await confirmAction(page, "Atur ulang kata sandi");
    const temporary = (await userRow(page).getByTestId("temporary-password").textContent())!.trim();
    expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    await before.reload();
    await expect(before, "the session from before the reset has ended").toHaveURL(/\/masuk$/);
    await signInWith(before, email, firstPassword);
    await expect(before.getByTestId("action-error")).toContainText("Email atau kata sandi salah");

    const user = await (await browser.newContext()).newPage();
    await signInWith(user, email, temporary);
    await expect(user).toHaveURL(/\/akun$/);
    await user.goto("/opd/dinsos-serang/2022");
    await expect(user, "nothing else opens before the change").toHaveURL(
      /\/akun\?ke=%2Fopd%2Fdinsos-serang%2F2022$/,
    );
    await expect(user.getByLabel("Kata sandi saat ini")).toHaveCount(0);
    await user.getByLabel(/Kata sandi baru/).fill("kata-sandi-pilihan-2026");
    await user.getByLabel("Ulangi kata sandi baru").fill("kata-sandi-pilihan-2026");
    await user.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect(user, "then the page asked for opens").toHaveURL(/\/opd\/dinsos-serang\/2022$/);

    await signInWith(before, email, temporary);
    await expect(before.getByTestId("action-error"), "the temporary password worked once").toContainText(
      "Email atau kata sandi salah",
    );
    await signInWith(before, email, "kata-sandi-pilihan-2026");
    await expect(before.getByTestId("current-user")).toBeVisible();
  });

  test("deactivating ends the account's sessions at once; reactivating lets it sign in again", async ({
    page,
    browser,
  }) => {
    const user = await newSignedInPage(browser, "kata-sandi-pilihan-2026");
    await signIn(page, demoAccounts.admin);
    await page.goto("/admin");
    await confirmAction(page, "Nonaktifkan");
    await expect(userRow(page).getByTestId("user-status")).toHaveText("Nonaktif");
    await user.reload();
    await expect(user).toHaveURL(/\/masuk$/);
    await signInWith(user, email, "kata-sandi-pilihan-2026");
    await expect(user.getByTestId("action-error")).toContainText("Email atau kata sandi salah");

    await confirmAction(page, "Aktifkan kembali");
    await expect(userRow(page).getByTestId("user-status")).toHaveText("Aktif");
    await signInWith(user, email, "kata-sandi-pilihan-2026");
    await expect(user.getByTestId("current-user")).toBeVisible();
  });

  test("a new OPD's page address comes from its name and may be changed; it shows how to begin", async ({
    page,
  }) => {
    await signIn(page, demoAccounts.admin);
    await page.goto("/admin");
    const create = page.getByTestId("create-opd");
    await create.getByLabel("Nama perangkat daerah").fill("Dinas Uji Coba Kabupaten Serang");
    const address = create.getByLabel("Alamat halaman");
    await expect(address).toHaveValue("dinas-uji-coba-kabupaten-serang");
    await expect(create).toContainText("/opd/dinas-uji-coba-kabupaten-serang");
    await address.fill("dinas-uji-coba");
    await create.getByLabel("Nama perangkat daerah").fill("Dinas Uji Coba Kab. Serang");
    await expect(address, "an address the user typed stays").toHaveValue("dinas-uji-coba");
    await create.getByLabel("Nama perangkat daerah").fill("Dinas Uji Coba Kabupaten Serang");
    await create.getByRole("button", { name: "Tambah perangkat daerah" }).click();
    const opdRow = page.getByTestId("opds-table").locator('li[data-slug="dinas-uji-coba"]');
    await expect(opdRow).toContainText("Belum ada tahun");
    await expect(address, "the form starts afresh").toHaveValue("");

    const bidang = page.getByTestId("create-bidang");
    await bidang.getByLabel("Perangkat daerah").selectOption({ label: "Dinas Uji Coba Kabupaten Serang" });
    await bidang.getByLabel("Nama bidang").fill("Sekretariat");
    await bidang.getByRole("button", { name: "Tambah bidang" }).click();
    await expect(opdRow).toContainText("Sekretariat");

    await page.goto("/");
    const opd = page.locator('li[data-slug="dinas-uji-coba"]');
    await expect(opd.getByTestId("how-to-begin")).toContainText("belum memiliki tahun anggaran");
    const form = opd.getByTestId("start-year-form");
    await form.getByLabel("Tahun").fill("2026");
    await form.getByRole("button", { name: "Mulai tahun" }).click();
    await expect(page).toHaveURL(/\/opd\/dinas-uji-coba\/2026$/);
    await expect(page.getByRole("heading", { name: "Dinas Uji Coba Kabupaten Serang" })).toBeVisible();
    await expect(page.getByTestId("laporan-status")).toHaveText("Draf");
  });

  test("the audit trail exports as .xlsx for its readers only", async ({ page }) => {
    await signIn(page, demoAccounts.inspektorat);
    await page.goto("/opd/dinsos-serang/2022/audit");
    const download = page.waitForEvent("download");
    await page.getByTestId("audit-export").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("jejak-audit-dinsos-serang-2022.xlsx");
    const ok = await page.request.get("/opd/dinsos-serang/2022/audit.xlsx?entitas=SubKegiatan");
    expect(ok.status()).toBe(200);
    expect(ok.headers()["content-type"]).toContain("spreadsheetml");
    expect((await ok.body()).subarray(0, 2).toString()).toBe("PK");

    await signIn(page, demoAccounts.perencana);
    expect((await page.request.get("/opd/dinsos-serang/2022/audit.xlsx")).status()).toBe(404);
    await signIn(page, demoAccounts.kepala);
    expect((await page.request.get("/opd/dinas-uji-coba/2026/audit.xlsx")).status()).toBe(404);
    await page.context().clearCookies();
    const signedOut = await page.request.get("/opd/dinsos-serang/2022/audit.xlsx", { maxRedirects: 0 });
    expect(signedOut.status()).toBe(307);
    expect(signedOut.headers()["location"]).toContain("/masuk");
  });
});
