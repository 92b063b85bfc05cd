import { beforeAll, describe, expect, it } from "vitest";
import { createBidang } from "@/lib/server/opd-admin/create-bidang";
import { saveRealisasiAnggaran } from "@/lib/server/realisasi/save-realisasi-anggaran";
import { createReviewNote } from "@/lib/server/review/create-review-note";
import { createUser } from "@/lib/server/users/create-user";
import { attempt, noChanges, type Regions, setUpRegions } from "./fixtures";

/** Bad input is refused with an Indonesian message on its field, and nothing at all is stored. */

let fx: Regions;

beforeAll(async () => {
  fx = await setUpRegions();
});

async function refused(
  mutation: Parameters<typeof attempt>[0],
  actor: keyof Regions["actors"],
  input: unknown,
  field: string,
  message: string,
) {
  const { result, changes } = await attempt(mutation, fx.actors[actor], input);
  expect(result).toMatchObject({ ok: false, error: { kind: "INVALID", fields: { [field]: message } } });
  expect(changes).toEqual(noChanges);
}

describe("input limits", () => {
  it("a 20.000-character user name", async () => {
    const input = {
      email: "panjang@sakip.demo",
      name: "x".repeat(20_000),
      role: "INSPEKTORAT",
      opdId: null,
      password: "kata-sandi-uji-2022",
    };
    await refused(createUser, "adminA", input, "name", "Nama paling panjang 200 karakter");
  });

  it("a NUL byte in a bidang name", async () => {
    const input = { opdId: fx.a.dinsos.opdId, name: "Bidang\u0000Baru" };
    await refused(createBidang, "adminA", input, "name", "Isian berisi karakter yang tidak diizinkan");
  });

  it("a NUL byte in a review note", async () => {
    const input = {
      laporanId: fx.a.dinsos.laporanId,
      entity: "LaporanKinerja",
      entityId: fx.a.dinsos.laporanId,
      body: "Periksa\u0000lagi",
    };
    await refused(
      createReviewNote,
      "inspektoratA",
      input,
      "body",
      "Isian berisi karakter yang tidak diizinkan",
    );
  });

  it("a control character in a review note", async () => {
    const input = {
      laporanId: fx.a.dinsos.laporanId,
      entity: "LaporanKinerja",
      entityId: fx.a.dinsos.laporanId,
      body: "Periksa\u0007lagi",
    };
    await refused(
      createReviewNote,
      "inspektoratA",
      input,
      "body",
      "Catatan reviu berisi karakter yang tidak diizinkan",
    );
  });

  it("an amount of 10^15 rupiah, whose year of four quarters would pass Decimal(18,2)", async () => {
    const input = {
      subKegiatanId: fx.a.dinsos.quarterlyRehsos.id,
      period: "TW1",
      amount: "1.000.000.000.000.000",
      version: null,
    };
    await refused(
      saveRealisasiAnggaran,
      "perencanaA",
      input,
      "amount",
      "Nilai terlalu besar: paling banyak 15 angka sebelum koma (Rp 999.999.999.999.999)",
    );
  });

  it("an id that no record of ours could have", async () => {
    const input = { opdId: '\'; DROP TABLE "User"; --', name: "Bidang Baru" };
    await refused(createBidang, "adminA", input, "opdId", "Pengenal data tidak valid");
  });
});
