import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import type { MutationResult } from "@/lib/errors";
import { IMAGE_MAX_BYTES } from "@/lib/inputs/image";
import { db } from "@/lib/server/db";
import { imageResponse } from "@/lib/server/http/download";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { loadLkipInput } from "@/lib/server/lkip/load-lkip-input";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { getOpdYearEvaluation } from "@/lib/server/opd-year/load-opd-year";
import { loadPerjanjianKinerja } from "@/lib/server/pk/load-perjanjian-kinerja";
import { loadOpdYearImage } from "@/lib/server/profile/load-image";
import { saveDayaDukung } from "@/lib/server/profile/save-daya-dukung";
import { savePaguIndikatif } from "@/lib/server/profile/save-pagu-indikatif";
import { uploadAttachment } from "@/lib/server/profile/upload-attachment";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";
import { diffSnapshots, noChanges, principalOf, snapshotDatabase } from "./fixtures";
import { TINY_PNG, TINY_PNG_BYTES } from "./permission-matrix/profile";

// The Serang demo (2022 from the report, 2023 illustrative) with the Renstra 2021–2026; a second region
// (Cilegon) whose reader must never see Serang's images.

let opd: OpdRef;
let planner: Principal;
let readerB: Principal;

const ref = async (year: number) => ({ opd, year, laporan: (await getLaporan({ opd, year }))! });
const generation = {
  status: "DRAF" as const,
  verification: { code: null, url: "", revision: null, generatedAt: new Date(), generatedBy: null },
  finalNote: null,
};

function refused<T>(result: MutationResult<T>, kind: string) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error("unreachable");
  expect(result.error.kind).toBe(kind);
  return result.error;
}
function ok<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok: ${JSON.stringify(result.error)}`);
  return result.value;
}
/** Runs `fn` and asserts that it changed no row of any table. */
async function unchanged<T>(fn: () => Promise<T>): Promise<T> {
  const before = await snapshotDatabase();
  const result = await fn();
  expect(diffSnapshots(before, await snapshotDatabase())).toEqual(noChanges);
  return result;
}
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

beforeAll(async () => {
  await loadDemo(db, serang2022);
  await loadDemoYearInProgress(db, serang2023);
  opd = (await getOpdBySlug("dinsos-serang"))!;
  planner = await principalOf("perencana.dinsos@sakip.demo");
  const pemdaB = await db.pemda.create({ data: { code: "3672", name: "Kota Cilegon", kind: "KOTA" } });
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: "admin.serang@sakip.demo" } });
  await db.user.create({
    data: {
      pemdaId: pemdaB.id,
      email: "inspektorat@cilegon.test",
      name: "Inspektorat Cilegon",
      role: "INSPEKTORAT",
      passwordHash,
    },
  });
  readerB = await principalOf("inspektorat@cilegon.test");
});

describe("daya dukung", () => {
  const rows = [
    { id: null, kind: "STATUS", label: "PNS", jumlah: "41" },
    { id: null, kind: "GOLONGAN", label: "Golongan IV", jumlah: "9" },
    { id: null, kind: "GOLONGAN", label: "Golongan III", jumlah: "dua puluh" },
    { id: null, kind: "MITRA_KERJA", label: "TKSK", jumlah: "29" },
  ];
  const input = (r: unknown[], loaded: { id: string; version: number }[] = []) => ({
    opdId: opd.id,
    year: 2022,
    rows: r,
    loaded,
  });

  it("refuses the whole save for one bad row, naming its table, row and field; nothing is stored", async () => {
    const error = refused(
      await unchanged(() => executeMutation(saveDayaDukung, planner, input(rows))),
      "INVALID",
    );
    expect(error.fields).toEqual({
      "rows.2.jumlah": "Aparatur menurut golongan, baris 2: Jumlah harus bilangan bulat 0 sampai 999999",
    });
  });

  it("refuses a label given twice in one table", async () => {
    const twice = [rows[0], { id: null, kind: "STATUS", label: "pns", jumlah: "3" }];
    const error = refused(
      await unchanged(() => executeMutation(saveDayaDukung, planner, input(twice))),
      "INVALID",
    );
    expect(error.fields).toEqual({
      "rows.1.label": 'Aparatur menurut status kepegawaian, baris 2: uraian "pns" sudah ada di baris 1',
    });
  });

  it("saves every row in order, then reorders and removes all at once", async () => {
    const good = rows.map((row) => (row.jumlah === "dua puluh" ? { ...row, jumlah: "20" } : row));
    ok(await executeMutation(saveDayaDukung, planner, input(good)));
    const stored = await db.dayaDukung.findMany({
      where: { opdId: opd.id, year: 2022 },
      orderBy: [{ kind: "asc" }, { position: "asc" }],
    });
    expect(stored.map((r) => [r.kind, r.label, r.jumlah, r.position])).toEqual([
      ["STATUS", "PNS", 41, 0],
      ["GOLONGAN", "Golongan IV", 9, 0],
      ["GOLONGAN", "Golongan III", 20, 1],
      ["MITRA_KERJA", "TKSK", 29, 0],
    ]);
    const byLabel = new Map(stored.map((r) => [r.label, r]));
    const loaded = stored.map(({ id, version }) => ({ id, version }));
    const keep = (label: string) => {
      const r = byLabel.get(label)!;
      return { id: r.id, kind: r.kind, label: r.label, jumlah: String(r.jumlah) };
    };
    // Golongan III moves above Golongan IV; TKSK is removed.
    ok(
      await executeMutation(
        saveDayaDukung,
        planner,
        input([keep("PNS"), keep("Golongan III"), keep("Golongan IV")], loaded),
      ),
    );
    const after = await db.dayaDukung.findMany({
      where: { opdId: opd.id, year: 2022 },
      orderBy: [{ kind: "asc" }, { position: "asc" }],
    });
    expect(after.map((r) => [r.label, r.position, r.version])).toEqual([
      ["PNS", 0, 1],
      ["Golongan III", 0, 2],
      ["Golongan IV", 1, 2],
    ]);
    const lkip = await loadLkipInput(await ref(2022), generation);
    expect(lkip.organisation.dayaDukung).toEqual([
      { kind: "STATUS", label: "PNS", jumlah: 41 },
      { kind: "GOLONGAN", label: "Golongan III", jumlah: 20 },
      { kind: "GOLONGAN", label: "Golongan IV", jumlah: 9 },
    ]);
  });

  it("refuses a save made from rows someone else has saved since (CONFLICT), and one of two at once", async () => {
    const current = await db.dayaDukung.findMany({ where: { opdId: opd.id, year: 2022 } });
    const loaded = current.map(({ id, version }) => ({ id, version }));
    const same = current.map((r) => ({ id: r.id, kind: r.kind, label: r.label, jumlah: String(r.jumlah) }));
    const withRow = (label: string) =>
      input([...same, { id: null, kind: "MITRA_KERJA", label, jumlah: "1" }], loaded);

    const [first, second] = await Promise.all([
      executeMutation(saveDayaDukung, planner, withRow("PSM")),
      executeMutation(saveDayaDukung, planner, withRow("Karang Taruna")),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const loser = first.ok ? second : first;
    expect(refused(loser, "CONFLICT").message).toContain("Daya dukung telah diubah oleh pengguna lain");

    // The stale form again, later: still refused, nothing changed.
    refused(await unchanged(() => executeMutation(saveDayaDukung, planner, withRow("LKS"))), "CONFLICT");
    expect(await db.dayaDukung.count({ where: { opdId: opd.id, year: 2022, kind: "MITRA_KERJA" } })).toBe(1);
  });
});

describe("image uploads", () => {
  const upload = (file: string, kind = "LAMPIRAN", ownerCode = "") =>
    executeMutation(uploadAttachment, planner, {
      opdId: opd.id,
      year: 2022,
      kind,
      ownerCode,
      caption: "Bagan uji",
      file,
    });

  it("refuses a file that is not PNG or JPEG by its bytes, whatever it claims; nothing is stored", async () => {
    const gif = base64(new TextEncoder().encode("GIF89a\u0001\u0000\u0001\u0000"));
    const error = refused(await unchanged(() => upload(gif)), "INVALID");
    expect(error.fields).toEqual({
      file: "Berkas bukan gambar PNG atau JPEG (isi berkas diperiksa, bukan namanya)",
    });
  });

  it("refuses an image over 2 MB and accepts one of exactly 2 MB", async () => {
    const big = new Uint8Array(IMAGE_MAX_BYTES + 1);
    // The PNG signature and header (with its size), then padding.
    big.set(TINY_PNG_BYTES.subarray(0, 33));
    const error = refused(await unchanged(() => upload(base64(big))), "INVALID");
    expect(error.fields?.file).toMatch(/^Gambar 2 MB terlalu besar; paling besar 2 MB$/);
    const exact = big.subarray(0, IMAGE_MAX_BYTES);
    ok(await upload(base64(exact)));
    const stored = await db.attachment.findFirstOrThrow({ where: { opdId: opd.id, size: IMAGE_MAX_BYTES } });
    expect(stored.mimeType).toBe("image/png");
    await db.attachment.delete({ where: { id: stored.id } });
  });

  it("refuses documentation of a kode that is no program or kegiatan of the year", async () => {
    const error = refused(await unchanged(() => upload(TINY_PNG, "DOKUMENTASI", "9.99.99")), "INVALID");
    expect(error.fields).toEqual({ ownerCode: "Kode 9.99.99 bukan program atau kegiatan tahun 2022" });
  });

  it("keeps one struktur organisasi: a second upload replaces the first", async () => {
    const first = ok(await upload(TINY_PNG, "STRUKTUR_ORGANISASI"));
    // A JPEG's start and frame header (SOF0, 1 × 1 pixel): what the upload reads of it.
    const jpeg = base64(
      new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0, 0x11, 8, 0, 1, 0, 1, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]),
    );
    const second = ok(await upload(jpeg, "STRUKTUR_ORGANISASI"));
    const stored = await db.attachment.findMany({ where: { opdId: opd.id, kind: "STRUKTUR_ORGANISASI" } });
    expect(stored.map((s) => [s.id, s.mimeType])).toEqual([[second.id, "image/jpeg"]]);
    expect(first.sha256).not.toBe(second.sha256);
    const lkip = await loadLkipInput(await ref(2022), generation);
    expect(lkip.organisation.strukturOrganisasi).toMatchObject({
      mimeType: "image/jpeg",
      sha256: second.sha256,
      caption: "Bagan uji",
    });
    // Another year's images are not this year's.
    expect((await loadLkipInput(await ref(2023), generation)).organisation.strukturOrganisasi).toBeNull();
  });
});

describe("the image route", () => {
  it("sends the bytes with their type and ETag to a reader of the LKIP, 304 when unchanged, 404 to another region", async () => {
    const { id, sha256 } = ok(
      await executeMutation(uploadAttachment, planner, {
        opdId: opd.id,
        year: 2022,
        kind: "DOKUMENTASI",
        ownerCode: "1.06.04",
        caption: "Penyaluran bantuan",
        file: TINY_PNG,
      }),
    );
    const params = { slug: "dinsos-serang", tahun: "2022" };
    const get = (principal: Principal, headers: Record<string, string> = {}) =>
      imageResponse(new Request("http://localhost/", { headers }), principal, (p) =>
        loadOpdYearImage(p, params, id),
      );

    const inspektoratA = await principalOf("inspektorat.serang@sakip.demo");
    const response = await get(inspektoratA);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect(response.headers.get("ETag")).toBe(`"${sha256}"`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(TINY_PNG_BYTES);
    expect((await get(inspektoratA, { "If-None-Match": `"${sha256}"` })).status).toBe(304);

    expect((await get(readerB)).status).toBe(404);
    // Another OPD-year's URL does not serve it either.
    expect(await loadOpdYearImage(planner, { slug: "dinsos-serang", tahun: "2023" }, id)).toBeNull();

    const lkip = await loadLkipInput(await ref(2022), generation);
    expect(lkip.documentation).toEqual([
      expect.objectContaining({ ownerCode: "1.06.04", caption: "Penyaluran bantuan", sha256 }),
    ]);
  });
});

describe("pagu per year of the Renstra in the LKIP", () => {
  beforeAll(async () => {
    const periode = await db.periode.findFirstOrThrow({ where: { opdId: opd.id, startYear: 2021 } });
    await db.paguIndikatif.createMany({
      data: [2021, 2022, 2023, 2024].map((year) => ({
        pemdaId: opd.pemdaId,
        periodeId: periode.id,
        year,
        amount: `${15 + year - 2021}000000000`,
      })),
    });
    // 2023 exercises the rollup's leaf rules: a pagu perubahan, and a sub kegiatan detailed by rekening.
    const [changed, detailed] = await db.subKegiatan.findMany({
      where: { opdId: opd.id, year: 2023 },
      orderBy: { code: "asc" },
      take: 2,
    });
    await db.subKegiatan.update({
      where: { id: changed!.id },
      data: { paguPerubahan: changed!.paguAwal!.plus(1_000_000) },
    });
    await db.rekeningBelanja.create({
      data: {
        pemdaId: opd.pemdaId,
        subKegiatanId: detailed!.id,
        code: "5.1.02.01.01.0001",
        name: "Belanja Alat Tulis Kantor",
        paguAwal: "5000000",
        paguPerubahan: "4500000",
      },
    });
  });

  it("prints the years from the Renstra's start up to the report's year, APBD where loaded, never a later year", async () => {
    const rows = (lkip: Awaited<ReturnType<typeof loadLkipInput>>) =>
      lkip.organisation.paguPerYear.map((p) => [p.year, p.amount.toFixed(2), p.source]);
    expect(rows(await loadLkipInput(await ref(2022), generation))).toEqual([
      [2021, "15000000000.00", "RENSTRA"],
      [2022, "17654457386.00", "APBD"],
    ]);
    const in2023 = await loadLkipInput(await ref(2023), generation);
    expect(rows(in2023).map(([year, , source]) => [year, source])).toEqual([
      [2021, "RENSTRA"],
      [2022, "APBD"],
      [2023, "APBD"],
    ]);
  });

  it("sums a loaded year exactly as the rollup's total pagu", async () => {
    for (const year of [2022, 2023]) {
      const { rollup } = await getOpdYearEvaluation(await ref(year), 4);
      const lkip = await loadLkipInput(await ref(2023), generation);
      const printed = lkip.organisation.paguPerYear.find((p) => p.year === year)!;
      expect(printed.amount.equals(rollup.pagu), `${year}: ${printed.amount} vs ${rollup.pagu}`).toBe(true);
    }
  });
});

describe("the kepala daerah and the chart of accounts", () => {
  it("names the kepala daerah as Pihak Kedua of a PK that names no one", async () => {
    const before = (await loadPerjanjianKinerja(await ref(2022)))!;
    expect(before.record).toMatchObject({ counterpartName: null, counterpartTitle: "Bupati Serang" });
    await db.pemda.update({
      where: { id: opd.pemdaId },
      data: { headName: "Nama Bupati Uji", headTitle: "Bupati Serang" },
    });
    const after = (await loadPerjanjianKinerja(await ref(2022)))!;
    expect(after.record).toMatchObject({
      counterpartName: "Nama Bupati Uji",
      counterpartTitle: "Bupati Serang",
    });
    expect((await loadLkipInput(await ref(2022), generation)).pemda.head).toEqual({
      name: "Nama Bupati Uji",
      title: "Bupati Serang",
    });
  });

  it("gives the names of the group codes that prefix the year's rekening codes", async () => {
    const sub = await db.subKegiatan.findFirstOrThrow({ where: { opdId: opd.id, year: 2022 } });
    await db.rekeningBelanja.create({
      data: {
        pemdaId: opd.pemdaId,
        subKegiatanId: sub.id,
        code: "5.1.02.01.01.0024",
        name: "Belanja Alat Tulis Kantor",
        paguAwal: "1000",
      },
    });
    await db.kodeRekening.createMany({
      data: [
        { code: "5", name: "BELANJA DAERAH" },
        { code: "5.1", name: "BELANJA OPERASI" },
        { code: "5.1.02", name: "Belanja Barang dan Jasa" },
        { code: "5.2", name: "BELANJA MODAL" },
        { code: "5.1.02.01.01.0024", name: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor" },
      ],
      skipDuplicates: true,
    });
    const { rekeningGroups } = await loadLkipInput(await ref(2022), generation);
    expect(rekeningGroups).toMatchObject({
      "5": expect.any(String),
      "5.1": expect.any(String),
      "5.1.02": expect.any(String),
    });
    expect(Object.keys(rekeningGroups)).not.toContain("5.2");
    expect(Object.keys(rekeningGroups)).not.toContain("5.1.02.01.01.0024");
  });
});

describe("the pagu indikatif of a year a FINAL LKIP prints", () => {
  it("is refused (LOCKED) from an open year while a later-or-same year's LKIP is FINAL, and nothing changes", async () => {
    const periode = await db.periode.findFirstOrThrow({ where: { opdId: opd.id, startYear: { lte: 2023 } } });
    const versionOf = async (year: number) =>
      (await db.paguIndikatif.findFirst({ where: { periodeId: periode.id, year } }))?.version ?? null;
    await db.laporanKinerja.updateMany({ where: { opdId: opd.id, year: 2022 }, data: { status: "FINAL" } });
    try {
      const input = {
        opdId: opd.id,
        year: 2023,
        periodeId: periode.id,
        amounts: [{ year: 2021, amount: "15.500.000.123", version: await versionOf(2021) }],
      };
      const error = await unchanged(async () =>
        refused(await executeMutation(savePaguIndikatif, planner, input), "LOCKED"),
      );
      expect(error.message).toContain("Laporan tahun 2022 berstatus Final");
      // The year only the open 2023 LKIP prints may still be set.
      ok(
        await executeMutation(savePaguIndikatif, planner, {
          ...input,
          amounts: [{ year: 2024, amount: "15.000.000.000", version: await versionOf(2024) }],
        }),
      );
    } finally {
      await db.laporanKinerja.updateMany({ where: { opdId: opd.id, year: 2022 }, data: { status: "DRAFT" } });
    }
  });
});
