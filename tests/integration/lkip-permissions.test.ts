import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { opdYearDownload } from "@/lib/server/http/download";
import { reviewSheetDownload } from "@/lib/server/lkip/get-review-sheet";
import { getLkipPdf, getLkipScreenDocument } from "@/lib/server/lkip/get-lkip-pdf";
import { lkipDocxResponse } from "@/lib/server/lkip/get-lkip-docx";
import { getLkipRevisionPdf, listLkipRevisions } from "@/lib/server/lkip/lkip-revisions";
import { findOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { actorKeys, type ActorKey, type Regions, setUpRegions } from "./fixtures";

/**
 * The LKIP page and its PDF route start from findOpdYearContext (null → 404; signed out → /masuk, in
 * the e2e specs, which check that redirect for every route): every role that sees an OPD-year reads its
 * LKIP, no one else.
 */

let regions: Regions;
beforeAll(async () => {
  regions = await setUpRegions();
});

const actor = (key: ActorKey): Principal => regions.actors[key];
const targets = ["dinsos-serang", "dinkes-serang", "dinsos-cilegon"] as const;
const sees: Record<ActorKey, readonly string[]> = {
  adminA: ["dinsos-serang", "dinkes-serang"],
  kepalaA: ["dinsos-serang"],
  perencanaA: ["dinsos-serang"],
  perencanaRehsosA: ["dinsos-serang"],
  inspektoratA: ["dinsos-serang", "dinkes-serang"],
  adminB: ["dinsos-cilegon"],
  kepalaB: ["dinsos-cilegon"],
  perencanaB: ["dinsos-cilegon"],
  inspektoratB: ["dinsos-cilegon"],
};
const cases = actorKeys.flatMap((key) => targets.map((target) => ({ key, target })));

describe("reading the LKIP", () => {
  it.each(cases)("$key → $target", async ({ key, target }) => {
    const context = await findOpdYearContext(actor(key), target, "2022");
    if (!sees[key].includes(target)) {
      expect(context).toBeNull();
      return;
    }
    expect(context?.rights.exportReports).toBe(true);
    const document = await getLkipScreenDocument(context!, { generatedBy: actor(key).name, finalNote: null });
    expect(document.meta.author).toBe(context!.opd.name);
    // A bidang-limited planner reads the whole report: it speaks for the OPD.
    expect(document.chapters.map((c) => c.id)).toContain("bab-3");
  });

  it("streams a PDF to a reader of the OPD-year", async () => {
    const context = (await findOpdYearContext(actor("inspektoratA"), "dinkes-serang", "2022"))!;
    const pdf = (await getLkipPdf(context, { generatedBy: actor("inspektoratA").name }))!;
    expect(pdf.filename).toBe("LKIP-dinkes-serang-2022-draf.pdf");
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe("%PDF-");
  });

  // /lkip.docx as the route answers it: every reader of the Serang OPD-year, and the refusals (another
  // OPD's planner, another Pemda's roles) that must not even render.
  const docxCases: { key: ActorKey; target: (typeof targets)[number] }[] = [
    ...(["adminA", "kepalaA", "perencanaA", "perencanaRehsosA", "inspektoratA"] as const).map((key) => ({
      key,
      target: "dinsos-serang" as const,
    })),
    { key: "inspektoratA", target: "dinkes-serang" },
    { key: "perencanaA", target: "dinkes-serang" },
    ...(["adminB", "kepalaB", "perencanaB", "inspektoratB"] as const).map((key) => ({
      key,
      target: "dinsos-serang" as const,
    })),
  ];
  it.each(docxCases)("gives the Word LKIP: $key → $target", async ({ key, target }) => {
    const response = await lkipDocxResponse(actor(key), { slug: target, tahun: "2022" });
    if (!sees[key].includes(target)) {
      expect(response.status).toBe(404);
      return;
    }
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="LKIP-${target}-2022-draf.docx"; filename*=UTF-8''LKIP-${target}-2022-draf.docx`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe("PK");
  });

  it("keeps one region's FINAL revisions out of another's OPD-year", async () => {
    const cilegon = (await findOpdYearContext(actor("adminB"), "dinsos-cilegon", "2022"))!;
    const serang = (await findOpdYearContext(actor("adminA"), "dinsos-serang", "2022"))!;
    await db.lkipRevision.create({
      data: {
        pemdaId: serang.opd.pemdaId,
        laporanId: serang.laporan.id,
        revision: 1,
        code: "SERANGREVISI1AAAAAAAAAAA",
        sha256: "0".repeat(64),
        pdf: new Uint8Array([37, 80, 68, 70]),
        pageCount: 1,
      },
    });
    expect(await listLkipRevisions(cilegon)).toEqual([]);
    expect(await getLkipRevisionPdf(cilegon, 1)).toBeNull();
    expect(await getLkipRevisionPdf(serang, 1)).not.toBeNull();
    // The revision belongs to the Serang report; the other region's ids never reach it.
    expect(await getLkipRevisionPdf({ ...cilegon, laporan: serang.laporan }, 1)).toBeNull();
  });
});

describe("reading the review sheet (pemeriksaan.pdf): the same readers as the LKIP", () => {
  it.each(cases)("$key → $target", async ({ key, target }) => {
    const response = await opdYearDownload(
      actor(key),
      { slug: target, tahun: "2022" },
      "exportReports",
      reviewSheetDownload,
    );
    expect(response.status).toBe(sees[key].includes(target) ? 200 : 404);
    if (response.status === 200) expect(response.headers.get("Content-Type")).toBe("application/pdf");
  });
});
