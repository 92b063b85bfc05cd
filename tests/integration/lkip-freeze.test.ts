import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import type { LaporanStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getLkipPdf } from "@/lib/server/lkip/get-lkip-pdf";
import { compareLkipFile, findLkipVerification } from "@/lib/server/lkip/verify-lkip";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { saveNarrative } from "@/lib/server/narrative/save-narrative";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { moveLaporan } from "./move-laporan";
import { principalOf } from "./fixtures";
import { extractPdfText } from "./pdf-text";

let opd: OpdRef;
let actors: Record<"kepala" | "inspektorat" | "admin" | "perencana", Principal>;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const ref = async () => ({ opd, year: 2022, laporan: (await getLaporan({ opd, year: 2022 }))! });

const move = (actor: Principal, to: LaporanStatus, note?: string) =>
  moveLaporan(actor, { opd, year: 2022 }, to, note);

async function finalise(note: string) {
  await move(actors.kepala, "DIAJUKAN");
  await move(actors.inspektorat, "DIREVIU");
  await move(actors.kepala, "FINAL", note);
}

const revisions = async () =>
  db.lkipRevision.findMany({
    where: { laporan: { opdId: opd.id, year: 2022 } },
    orderBy: { revision: "asc" },
  });

beforeAll(async () => {
  await loadDemo(db, serang2022);
  opd = (await getOpdBySlug("dinsos-serang"))!;
  actors = {
    kepala: await principalOf("kepala.dinsos@sakip.demo"),
    inspektorat: await principalOf("inspektorat.serang@sakip.demo"),
    admin: await principalOf("admin.serang@sakip.demo"),
    perencana: await principalOf("perencana.dinsos@sakip.demo"),
  };
  await finalise("Temuan data tahun 2022 dijelaskan dalam Lampiran II.");
});

describe("a FINAL LKIP is frozen", () => {
  it("stores the PDF once with its SHA-256, time, user and revision 1", async () => {
    const [first, ...rest] = await revisions();
    expect(rest).toHaveLength(0);
    expect(first).toMatchObject({ revision: 1, createdById: actors.kepala.userId, pemdaId: opd.pemdaId });
    expect(first!.sha256).toBe(sha256(first!.pdf));
    expect(first!.code).toMatch(/^[A-Z2-7]{24}$/);
    const audit = await db.auditLog.findFirst({
      where: { action: "laporan.transition" },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ userId: actors.kepala.userId, newValues: { status: "FINAL" } });
  });

  it("prints the code, the final status and the reason, without the DRAF mark", async () => {
    const [first] = await revisions();
    const pages = await extractPdfText(first!.pdf);
    expect(first!.pageCount).toBe(pages.length);
    for (const page of pages) {
      expect(page).toContain(`Kode verifikasi: ${first!.code}`);
      expect(page).toContain("Final, revisi 1");
      expect(page).not.toContain("DRAFT");
    }
    const last = pages[pages.length - 1]!;
    expect(last).toContain("Status dokumen: FINAL, revisi 1");
    expect(last).toContain(`/verifikasi/${first!.code}`);
    expect(pages.join("\n")).toContain(
      "Alasan penetapan final\nTemuan data tahun 2022 dijelaskan dalam Lampiran II.",
    );
  });

  it("downloads byte for byte what was stored", async () => {
    const [first] = await revisions();
    const pdf = (await getLkipPdf(await ref(), { generatedBy: actors.inspektorat.name }))!;
    expect(pdf.filename).toBe("LKIP-dinsos-serang-2022-final-r1.pdf");
    expect(Buffer.from(pdf.bytes).equals(Buffer.from(first!.pdf))).toBe(true);
  });

  it("answers /verifikasi for a real code and refuses forged ones", async () => {
    const [first] = await revisions();
    const grouped = first!.code.match(/.{4}/g)!.join("-").toLowerCase();
    expect(await findLkipVerification(grouped)).toEqual({
      code: first!.code,
      opdName: "Dinas Sosial Kabupaten Serang",
      pemdaName: "Kabupaten Serang",
      year: 2022,
      revision: 1,
      createdAt: first!.createdAt,
      sha256: first!.sha256,
    });
    const forged = `${first!.code.slice(0, 23)}${first!.code.endsWith("A") ? "B" : "A"}`;
    expect(await findLkipVerification(forged)).toBeNull();
    expect(await findLkipVerification("draf")).toBeNull();
    expect(await findLkipVerification("' OR 1=1 --")).toBeNull();
  });

  it("matches an uploaded copy and tells a changed one apart", async () => {
    const [first] = await revisions();
    expect(await compareLkipFile(first!.code, first!.pdf)).toBe("COCOK");
    const tampered = Buffer.from(first!.pdf);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 10) ^ 1, tampered.length - 10);
    expect(await compareLkipFile(first!.code, tampered)).toBe("BEDA");
    expect(await compareLkipFile("AAAAAAAAAAAAAAAAAAAAAAAA", first!.pdf)).toBeNull();
  });
});

describe("reopening starts a new revision", () => {
  let firstBytes: Buffer;

  beforeAll(async () => {
    firstBytes = Buffer.from((await revisions())[0]!.pdf);
    await move(actors.admin, "DRAFT", "Realisasi kegiatan administrasi umum dikoreksi.");
    const laporan = (await getLaporan({ opd, year: 2022 }))!;
    const current = await db.narrative.findFirstOrThrow({
      where: { laporanId: laporan.id, section: "KESIMPULAN" },
    });
    const saved = await executeMutation(saveNarrative, actors.perencana, {
      laporanId: laporan.id,
      section: "KESIMPULAN",
      sasaranId: null,
      body: "Serapan anggaran tahun {tahun} mencapai {serapan_opd} dari pagu {pagu_opd}.",
      version: current.version,
    });
    expect(saved).toMatchObject({ ok: true });
  });

  it("leaves revision 1 untouched by the edit, and the draft shows the edit", async () => {
    expect(Buffer.from((await revisions())[0]!.pdf).equals(firstBytes)).toBe(true);
    const draft = (await getLkipPdf(await ref(), { generatedBy: null }))!;
    expect(draft.filename).toBe("LKIP-dinsos-serang-2022-draf.pdf");
    expect((await extractPdfText(draft.bytes)).join("\n")).toContain(
      "Serapan anggaran tahun 2022 mencapai 98,11 % dari pagu Rp 17.654.457.386.",
    );
  });

  it("makes revision 2 at the next FINAL; revision 1 stays downloadable", async () => {
    await finalise("Koreksi narasi kesimpulan.");
    const [first, second] = await revisions();
    expect(second).toMatchObject({ revision: 2 });
    expect(second!.code).not.toBe(first!.code);
    expect(second!.sha256).not.toBe(first!.sha256);
    const latest = (await getLkipPdf(await ref(), { generatedBy: null }))!;
    expect(latest.filename).toBe("LKIP-dinsos-serang-2022-final-r2.pdf");
    expect(Buffer.from(latest.bytes).equals(Buffer.from(second!.pdf))).toBe(true);
    const earlier = (await getLkipPdf(await ref(), { revision: 1, generatedBy: null }))!;
    expect(earlier.filename).toBe("LKIP-dinsos-serang-2022-final-r1.pdf");
    expect(Buffer.from(earlier.bytes).equals(firstBytes)).toBe(true);
    expect(await getLkipPdf(await ref(), { revision: 3, generatedBy: null })).toBeNull();
    expect((await findLkipVerification(first!.code))?.revision).toBe(1);
  });
});
