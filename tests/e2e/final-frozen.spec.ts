import { expect, test } from "./test";
import { moveLaporan } from "./workflow-move";
import { demoAccounts, signIn } from "./sign-in";

// Issue 22: with 2022 FINAL, the IKU of the Renstra 2021–2026 is renamed and its polarity flipped through 2023;
// 2022's dashboard, region row and LKIP screen still show what was signed. (The spec file starts from a
// freshly loaded demo, test.ts, so no other file sees the edit.)

const year2022 = "/opd/dinsos-serang/2022";
const year2023 = "/opd/dinsos-serang/2023";
const IKU = "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial";
const RENAMED = "Persentase PMKS yang Masih Menunggu Pelayanan Sosial";

test("a FINAL 2022 shows its signed IKU capaian, 101,67 %, after the IKU is edited through 2023", async ({
  page,
}) => {
  await signIn(page, demoAccounts.kepala);
  await moveLaporan(page, year2022, "Ajukan untuk reviu");
  await signIn(page, demoAccounts.inspektorat);
  await moveLaporan(page, year2022, "Reviu selesai");
  await signIn(page, demoAccounts.kepala);
  await moveLaporan(page, year2022, "Tetapkan final", "Temuan data dijelaskan dalam Lampiran.");
  await expect(page.getByTestId("laporan-status")).toHaveText("Final", { timeout: 60_000 });

  await signIn(page, demoAccounts.perencana);
  await page.goto(`${year2023}/indikator`);
  const row = page.getByTestId("indicator-row").filter({ hasText: IKU });
  await row.getByRole("button", { name: "Ubah" }).click();
  const form = row.getByTestId("indicator-definition-form");
  await form.getByLabel("Nama indikator").fill(RENAMED);
  await form.getByLabel("Polaritas").selectOption("NEGATIF");
  await form.getByRole("button", { name: "Simpan definisi" }).click();
  // Once saved, the row shows the new name: it is found by that name from here on.
  const renamedRow = page.getByTestId("indicator-row").filter({ hasText: RENAMED });
  await expect(renamedRow.getByTestId("indicator-definition-form").getByRole("status")).toHaveText(
    "Definisi disimpan.",
  );

  await page.goto(`${year2023}/dasbor`);
  await expect(page.getByTestId("iku-card")).toContainText(RENAMED);

  await page.goto(`${year2022}/dasbor`);
  const card = page.getByTestId("iku-card");
  await expect(card).toContainText(IKU);
  await expect(card.getByTestId("iku-capaian")).toContainText("101,67 %");
  await expect(page.getByTestId("renstra-table")).toContainText("101,67 %");

  await page.goto(`${year2022}/lkip`);
  const lkip = page.getByRole("article");
  await expect(lkip).toContainText(IKU);
  await expect(lkip).not.toContainText(RENAMED);

  await signIn(page, demoAccounts.inspektorat);
  await page.goto("/wilayah/2022");
  const region = page.getByTestId("region-row").filter({ hasText: "Dinas Sosial Kabupaten Serang" });
  await expect(region).toContainText("101,67 % Sangat Tinggi");
});
