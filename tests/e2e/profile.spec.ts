import { deflateSync } from "node:zlib";
import { expect, test } from "./test";
import { demoAccounts, signIn } from "./sign-in";

const opdYear = "/opd/dinsos-serang/2022";

/** A solid-colour PNG of `width` × `height` (RGB), built here so the spec needs no image file. */
function solidPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x04, 0x78, 0x57]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

test("a planner fills the organisation profile: daya dukung all or nothing, an image checked by its bytes", async ({
  page,
}) => {
  await signIn(page, demoAccounts.perencana);
  await page.goto(opdYear);
  await page.getByRole("link", { name: "Profil organisasi →" }).click();
  await expect(page.getByRole("heading", { name: "Profil organisasi 2022" })).toBeVisible();

  // The Kata Pengantar's "Serang, Januari 2023", as the demo loads it.
  const signing = page.getByTestId("signing-form");
  await expect(signing.getByLabel("Tempat")).toHaveValue("Serang");
  await expect(signing.getByLabel("Tanggal")).toHaveValue("31/01/2023");

  // Daya dukung: one good row and one bad one; nothing is saved until both are right.
  const golongan = page.getByTestId("daya-dukung-GOLONGAN");
  await golongan.getByRole("button", { name: "+ Tambah baris" }).click();
  await golongan.getByRole("button", { name: "+ Tambah baris" }).click();
  await golongan.getByLabel("Uraian baris 1 Aparatur menurut golongan").fill("Golongan IV");
  await golongan.getByLabel("Jumlah baris 1 Aparatur menurut golongan").fill("9");
  await golongan.getByLabel("Uraian baris 2 Aparatur menurut golongan").fill("Golongan III");
  await golongan.getByLabel("Jumlah baris 2 Aparatur menurut golongan").fill("dua puluh");
  await page.getByRole("button", { name: "Simpan daya dukung" }).click();
  await expect(golongan.getByRole("alert")).toHaveText(
    "Aparatur menurut golongan, baris 2: Jumlah harus bilangan bulat 0 sampai 999999",
  );
  await page.reload();
  await expect(page.getByTestId("daya-dukung-GOLONGAN").getByTestId("daya-dukung-row")).toHaveCount(0);

  await golongan.getByRole("button", { name: "+ Tambah baris" }).click();
  await golongan.getByRole("button", { name: "+ Tambah baris" }).click();
  await golongan.getByLabel("Uraian baris 1 Aparatur menurut golongan").fill("Golongan IV");
  await golongan.getByLabel("Jumlah baris 1 Aparatur menurut golongan").fill("9");
  await golongan.getByLabel("Uraian baris 2 Aparatur menurut golongan").fill("Golongan III");
  await golongan.getByLabel("Jumlah baris 2 Aparatur menurut golongan").fill("20");
  await golongan.getByRole("button", { name: "Naikkan baris 2" }).click();
  await page.getByRole("button", { name: "Simpan daya dukung" }).click();
  await expect(page.getByText("Ada perubahan yang belum disimpan.")).toBeHidden();
  await page.reload();
  await expect(golongan.getByLabel("Uraian baris 1 Aparatur menurut golongan")).toHaveValue("Golongan III");
  await expect(golongan.getByLabel("Jumlah baris 2 Aparatur menurut golongan")).toHaveValue("9");

  // The struktur organisasi: the chooser speaks Indonesian; a text file named .png is refused by its bytes.
  const upload = page.getByTestId("upload-STRUKTUR_ORGANISASI");
  await expect(upload.getByText("Pilih berkas")).toBeVisible();
  await expect(upload.getByTestId("upload-STRUKTUR_ORGANISASI-file-name")).toHaveText(
    "Belum ada berkas dipilih",
  );
  await upload.getByLabel("Keterangan gambar").fill("Bagan struktur organisasi (contoh ilustrasi)");
  const chooser = upload.getByTestId("upload-STRUKTUR_ORGANISASI-file");
  await chooser.setInputFiles({
    name: "bagan.png",
    mimeType: "image/png",
    buffer: Buffer.from("bukan gambar"),
  });
  await expect(upload.getByTestId("upload-STRUKTUR_ORGANISASI-file-name")).toHaveText("bagan.png");
  await upload.getByRole("button", { name: "Unggah bagan" }).click();
  await expect(upload.getByRole("alert")).toHaveText(
    "Berkas bukan gambar PNG atau JPEG (isi berkas diperiksa, bukan namanya)",
  );

  await chooser.setInputFiles({ name: "bagan.png", mimeType: "image/png", buffer: solidPng(480, 240) });
  await upload.getByRole("button", { name: "Unggah bagan" }).click();
  const image = page.getByRole("img", { name: "Bagan struktur organisasi (contoh ilustrasi)" });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
  await expect(page.getByRole("button", { name: "Ganti bagan" })).toBeVisible();

  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`profil-${width}.png`), fullPage: true });
  }
});

test("the head reads the profile without editing it", async ({ page }) => {
  await signIn(page, demoAccounts.kepala);
  await page.goto(`${opdYear}/profil`);
  await expect(page.getByTestId("signing-text")).toHaveText("Serang, 31 Januari 2023");
  await expect(page.getByTestId("daya-dukung-form")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Unggah bagan" })).toHaveCount(0);
});
