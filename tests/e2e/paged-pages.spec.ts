import pg from "pg";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { loadSyntheticRegion, SYNTHETIC_YEAR, syntheticOpdSlug } from "@/prisma/demo/synthetic-region";
import { e2eDatabase } from "@/scripts/lib/e2e-database";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

// A synthetic OPD of 1.000 sub kegiatan (3.000 budget leaves) next to the demo: its pages send 100 sub
// kegiatan at a time; the demo's 54 fit on one page and show no page controls.
const base = `/opd/${syntheticOpdSlug(1)}/${SYNTHETIC_YEAR}`;
let subCodes: string[] = [];

test.beforeEach(async ({ page }) => {
  if (subCodes.length === 0) {
    const db = createPrismaClient(e2eDatabase);
    try {
      await loadSyntheticRegion(db, { opds: 1, leaves: 3000, seed: 1 });
    } finally {
      await db.$disconnect();
    }
    const client = new pg.Client(e2eDatabase);
    await client.connect();
    const { rows } = await client.query<{ code: string }>(
      `SELECT s.code FROM "SubKegiatan" s JOIN "PerangkatDaerah" o ON o.id = s."opdId" WHERE o.slug = $1 ORDER BY s.code`,
      [syntheticOpdSlug(1)],
    );
    await client.end();
    subCodes = rows.map((row) => row.code);
  }
  await signIn(page, `perencana.${syntheticOpdSlug(1)}@sintetis.go.id`);
});

test("the OPD-year page's budget tree pages through the sub kegiatan, 100 at a time", async ({ page }) => {
  await page.goto(`${base}?halaman=2`);
  const tree = page.getByTestId("budget-tree");
  const subs = tree.locator('tr[data-level="SUB_KEGIATAN"]');
  await expect(subs).toHaveCount(100);
  await expect(subs.first()).toHaveAttribute("data-code", subCodes[100]!);
  await expect(subs.last()).toHaveAttribute("data-code", subCodes[199]!);
  const range = page.getByTestId("pagination-range").first();
  await expect(range).toHaveText("Menampilkan 101–200 dari 1.000 sub kegiatan");

  await page.getByRole("link", { name: "Berikutnya →" }).first().click();
  await expect(page).toHaveURL(new RegExp(`${base}\\?halaman=3#realisasi-anggaran$`));
  await expect(subs.first()).toHaveAttribute("data-code", subCodes[200]!);
  await expect(range).toHaveText("Menampilkan 201–300 dari 1.000 sub kegiatan");

  await page.getByRole("searchbox", { name: "Cari kode atau nama sub kegiatan" }).fill(subCodes[777]!);
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(subs).toHaveCount(1);
  await expect(subs).toHaveAttribute("data-code", subCodes[777]!);
  await expect(page.getByTestId("pagination")).toHaveCount(0);
});

test("the quarterly grid's page 2 numbers its rows on from page 1", async ({ page }) => {
  await page.goto(`${base}/realisasi/4`);
  const grid = page.getByTestId("realisasi-grid");
  const lastOnFirst = Number(await grid.locator("tr[data-row]").last().getAttribute("data-row"));
  await page.getByRole("link", { name: "Berikutnya →" }).first().click();
  await expect(grid.locator("tr[data-row]").first()).toHaveAttribute("data-row", String(lastOnFirst + 1));
  // Sub kegiatan with an even number are budget leaves themselves (the odd ones hold rekening lines).
  await expect(grid.locator(`tr[data-code="${subCodes[101]}"]`)).toHaveCount(1);
  await expect(grid.locator(`tr[data-code="${subCodes[99]}"]`)).toHaveCount(0);
  await expect(page.getByTestId("pagination-range").first()).toHaveText(
    "Menampilkan 101–200 dari 1.000 sub kegiatan",
  );
});

test("the rencana aksi pages through its rows, 150 at a time, numbered as in the whole grid", async ({
  page,
}) => {
  await page.goto(`${base}/rencana-aksi?halaman=2`);
  const rows = page.getByTestId("rencana-aksi-grid").locator("tr[data-row]");
  await expect(rows).toHaveCount(150);
  await expect(rows.first()).toHaveAttribute("data-row", "151");
  await expect(rows.last()).toHaveAttribute("data-row", "300");
  await expect(page.getByTestId("pagination-range").first()).toContainText("Menampilkan 151–300 dari ");
});

test("the demo OPD fits on one page and shows no page controls", async ({ page }) => {
  await signIn(page, demoAccounts.perencana);
  for (const path of [
    "",
    "/realisasi/4",
    "/rencana-aksi",
    "/struktur",
    "/indikator",
    "/pohon-kinerja",
    "/lkip",
  ]) {
    await page.goto(`/opd/dinsos-serang/2022${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("pagination"), path).toHaveCount(0);
    await expect(page.getByRole("search"), path).toHaveCount(0);
  }
});
