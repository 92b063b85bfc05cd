import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";
import { demoIds } from "./demo-ids";

// axe-core over the main pages of each role, at a desktop and a phone width: no serious or critical
// violation (missing labels and names, contrast, landmarks, scroll regions out of the keyboard's reach).
const opdYear = "/opd/dinsos-serang/2022";

/** "rule: selector" of every serious or critical violation on the page as it stands. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")} — ${node.failureSummary}`),
    );
}

async function checkPages(page: Page, urls: string[]): Promise<void> {
  const found: Record<string, string[]> = {};
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const url of urls) {
      await page.goto(url);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[`${url} @${width}px`] = violations;
    }
  }
  expect(found).toEqual({});
}

test("signed out: sign-in and verification", async ({ page }) => {
  await checkPages(page, ["/masuk", "/verifikasi", "/verifikasi/draf"]);
});

test("planner: the OPD-year and its budget pages", async ({ page }) => {
  const ids = await demoIds();
  await signIn(page, demoAccounts.perencana);
  await checkPages(page, [
    "/",
    opdYear,
    `${opdYear}/program/${ids.programId}`,
    `${opdYear}/sub-kegiatan/${ids.subKegiatanId}`,
    "/akun",
  ]);
});

test("planner: the editors and the import", async ({ page }) => {
  await signIn(page, demoAccounts.perencana);
  await checkPages(page, [
    `${opdYear}/indikator`,
    `${opdYear}/struktur`,
    `${opdYear}/profil`,
    `${opdYear}/narasi`,
    "/opd/dinsos-serang/2023/impor",
  ]);
});

test("head: dashboard, performance agreement, pohon kinerja and the LKIP", async ({ page }) => {
  await signIn(page, demoAccounts.kepala);
  await checkPages(page, [
    opdYear,
    `${opdYear}/dasbor`,
    `${opdYear}/perjanjian-kinerja`,
    `${opdYear}/pohon-kinerja`,
    `${opdYear}/lkip`,
  ]);
});

test("inspectorate: region dashboard, the OPD-year and its audit trail", async ({ page }) => {
  await signIn(page, demoAccounts.inspektorat);
  await checkPages(page, ["/", "/wilayah/2022", opdYear, `${opdYear}/audit`]);
});

test("administrator: accounts and the region's audit trail", async ({ page }) => {
  await signIn(page, demoAccounts.admin);
  await checkPages(page, ["/admin", "/admin/audit", "/wilayah/2023"]);
});
