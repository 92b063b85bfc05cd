import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { loadPublicPortal } from "@/lib/server/public/load-public-portal";
import { publicLkipPath } from "@/lib/views/public-portal";
import { loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2023 } from "@/prisma/demo/serang-2023";
import { GET } from "@/app/publik/[kode]/lkip/[berkas]/route";
import { principalOf, setLaporanStatus, setUpRegions, type Regions } from "./fixtures";
import { moveLaporan } from "./move-laporan";
import { extractPdfText } from "./pdf-text";

// Issue 21 part 5: /publik/<kode> lists the FINAL LKIP of the Pemda's OPDs (never a draft year, a draft OPD or
// another region's), with the IKU capaian frozen with them, and hands out the frozen PDF cached by its SHA-256.

let regions: Regions;
let dinsos: OpdRef;

const download = (url: string, headers: Record<string, string> = {}) => {
  const [, , kode, , berkas] = url.split("/");
  return GET(new Request(`http://localhost${url}`, { headers }), {
    params: Promise.resolve({ kode: decodeURIComponent(kode!), berkas: berkas! }),
  });
};

beforeAll(async () => {
  regions = await setUpRegions();
  expect(await loadDemoYearInProgress(db, serang2023)).toBe("loaded");
  dinsos = (await getOpdBySlug("dinsos-serang"))!;
  const kepala = await principalOf("kepala.dinsos@sakip.demo");
  await moveLaporan(kepala, { opd: dinsos, year: 2022 }, "DIAJUKAN");
  await moveLaporan(
    await principalOf("inspektorat.serang@sakip.demo"),
    { opd: dinsos, year: 2022 },
    "DIREVIU",
  );
  await moveLaporan(kepala, { opd: dinsos, year: 2022 }, "FINAL", "Temuan data dijelaskan dalam Lampiran.");
  // Another region's FINAL LKIP: it belongs on that region's portal only.
  await setLaporanStatus(regions.b.dinsos.laporanId, "FINAL");
  await db.lkipRevision.create({
    data: {
      pemdaId: regions.b.pemdaId,
      laporanId: regions.b.dinsos.laporanId,
      revision: 1,
      code: "CILEGONCILEGONCILEGON234",
      sha256: "0".repeat(64),
      pdf: new Uint8Array([37, 80, 68, 70]),
      pageCount: 1,
    },
  });
  // A review note: nothing of it is public.
  await db.reviewNote.create({
    data: {
      pemdaId: dinsos.pemdaId,
      laporanId: regions.a.dinsos.laporanId,
      entity: "LAPORAN",
      entityId: regions.a.dinsos.laporanId,
      entityLabel: "LKIP",
      body: "Catatan rahasia inspektorat",
    },
  });
}, 300_000);

describe("the public portal of Kabupaten Serang", () => {
  it("lists the FINAL 2022 LKIP of Dinas Sosial only: no draft year, no draft OPD, no other region", async () => {
    const portal = (await loadPublicPortal("3604"))!;
    expect(portal.pemda).toEqual({ code: "3604", name: "Kabupaten Serang" });
    expect(portal.opds.map((opd) => opd.name)).toEqual(["Dinas Sosial Kabupaten Serang"]);
    const [lkip] = portal.opds[0]!.lkip;
    expect(portal.opds[0]!.lkip.map((l) => l.year)).toEqual([2022]);
    const stored = await db.lkipRevision.findFirstOrThrow({
      where: { laporanId: regions.a.dinsos.laporanId },
    });
    expect(lkip).toMatchObject({
      revision: 1,
      code: stored.code,
      sha256: stored.sha256,
      pageCount: stored.pageCount,
    });
    expect(lkip!.iku).toEqual([
      expect.objectContaining({
        name: "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial",
        target: "3 %",
        realisasi: "3,05 %",
        capaian: expect.objectContaining({ text: "101,67 %" }),
      }),
    ]);
    expect((await loadPublicPortal("3672"))!.opds.map((opd) => opd.lkip.map((l) => l.code))).toEqual([
      ["CILEGONCILEGONCILEGON234"],
    ]);
    expect(await loadPublicPortal("0000")).toBeNull();
  });

  it("shows the IKU capaian the signed PDF prints, and nothing about people", async () => {
    const portal = (await loadPublicPortal("3604"))!;
    const [lkip] = portal.opds[0]!.lkip;
    const pdf = (await db.lkipRevision.findFirstOrThrow({ where: { code: lkip!.code } })).pdf;
    const text = (await extractPdfText(pdf)).join("\n");
    const [iku] = lkip!.iku!;
    expect(text).toContain(iku!.name);
    expect(text).toContain(iku!.capaian.text.replace(" %", ""));
    const published = JSON.stringify(portal);
    for (const secret of ["Subur Prianto", "@sakip.demo", "Catatan rahasia", "Temuan data dijelaskan"]) {
      expect(published).not.toContain(secret);
    }
  });

  it("hands out the frozen PDF with its SHA-256 as ETag, immutable, and 304 for a browser that has it", async () => {
    const [lkip] = (await loadPublicPortal("3604"))!.opds[0]!.lkip;
    const url = publicLkipPath("3604", "dinsos-serang", 2022, 1);
    expect(url).toBe("/publik/3604/lkip/LKIP-dinsos-serang-2022-final-r1.pdf");
    const response = await download(url);
    expect(response.status).toBe(200);
    const body = new Uint8Array(await response.arrayBuffer());
    expect(createHash("sha256").update(body).digest("hex")).toBe(lkip!.sha256);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      etag: `"${lkip!.sha256}"`,
      "cache-control": "public, max-age=31536000, immutable",
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="LKIP-dinsos-serang-2022-final-r1.pdf"',
    });
    const again = await download(url, { "If-None-Match": `"${lkip!.sha256}"` });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expect(again.headers.get("etag")).toBe(`"${lkip!.sha256}"`);
    expect((await download(url, { "If-None-Match": '"lain"' })).status).toBe(200);
  });

  it("answers 404 for a draft year, a draft OPD, another region's file, another revision or a made-up name", async () => {
    for (const url of [
      "/publik/3604/lkip/LKIP-dinsos-serang-2023-final-r1.pdf",
      "/publik/3604/lkip/LKIP-dinkes-serang-2022-final-r1.pdf",
      "/publik/3604/lkip/LKIP-dinsos-serang-2022-final-r2.pdf",
      `/publik/3604/lkip/LKIP-${await db.perangkatDaerah
        .findUniqueOrThrow({ where: { id: regions.b.dinsos.opdId } })
        .then((o) => o.slug)}-2022-final-r1.pdf`,
      "/publik/0000/lkip/LKIP-dinsos-serang-2022-final-r1.pdf",
      "/publik/3604/lkip/..%2F..%2Fetc%2Fpasswd",
    ]) {
      expect({ url, status: (await download(url)).status }).toEqual({ url, status: 404 });
    }
  });

  it("drops a year reopened by the administrator, page and download", async () => {
    await moveLaporan(regions.actors.adminA, { opd: dinsos, year: 2022 }, "DRAFT", "Koreksi data.");
    expect((await loadPublicPortal("3604"))!.opds).toEqual([]);
    expect((await download("/publik/3604/lkip/LKIP-dinsos-serang-2022-final-r1.pdf")).status).toBe(404);
  });
});
