import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import type { MutationResult } from "@/lib/errors";
import { uploadBukti } from "@/lib/server/bukti/upload-bukti";
import { deleteBukti } from "@/lib/server/bukti/delete-bukti";
import { loadBuktiFile, loadBuktiPage } from "@/lib/server/bukti/load-bukti";
import { assembleLkip } from "@/lib/lkip/assemble-lkip";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { loadLkipInput } from "@/lib/server/lkip/load-lkip-input";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { opdYearDownload } from "@/lib/server/http/download";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { findOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { sha256Hex } from "@/lib/server/sha256";
import {
  addedAuditRow,
  attempt,
  diffSnapshots,
  noChanges,
  type Regions,
  setUpRegions,
  snapshotDatabase,
} from "./fixtures";
import { TINY_PNG_BYTES } from "./permission-matrix/profile";

// Bukti dukung against the real database: hostile files refused with nothing stored, the quota, the
// bidang scope of downloads and the page, bytes and SHA-256 kept exactly, every upload and deletion audited.

let fx: Regions;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const pdfBytes = (text: string) => strToU8(`%PDF-1.7\n% ${text}\n%%EOF\n`);

const input = (
  file: { name: string; bytes: Uint8Array },
  target: { subKegiatanId?: string; lkeCode?: string } = {},
) => ({
  opdId: fx.a.dinsos.opdId,
  year: 2022,
  target: target.lkeCode ? ("KRITERIA_LKE" as const) : ("SUB_KEGIATAN" as const),
  targetId: target.lkeCode ? "" : (target.subKegiatanId ?? fx.a.dinsos.subRehsos.id),
  triwulan: null,
  lkeCode: target.lkeCode ?? "",
  file: { name: file.name, base64: base64(file.bytes) },
});

function ok<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Uploads as `actor` and expects a refusal naming the file, with no row of any table changed. */
async function refusedUnchanged(actor: Principal, raw: ReturnType<typeof input>): Promise<string> {
  const before = await snapshotDatabase();
  const result = await executeMutation(uploadBukti, actor, raw);
  expect(diffSnapshots(before, await snapshotDatabase())).toEqual(noChanges);
  if (result.ok) throw new Error("expected a refusal");
  expect(result.error.kind).toBe("INVALID");
  return Object.values(result.error.fields ?? {}).join(" | ");
}

/** A DOCX whose central directory declares `size` bytes for each part (a bomb states its real size). */
function docxDeclaring(size: number): Uint8Array {
  const zip = zipSync({
    "[Content_Types].xml": strToU8(
      '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "word/document.xml": strToU8("<w:document/>"),
    "word/media/zeros.bin": new Uint8Array(2 * 1024 * 1024),
  });
  const view = new DataView(zip.buffer);
  for (let i = 0; i + 4 <= zip.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return zip;
}

const download = (actor: Principal, slug: string, id: string) =>
  opdYearDownload(actor, { slug, tahun: "2022" }, "exportReports", (context) => loadBuktiFile(context, id));

beforeAll(async () => {
  fx = await setUpRegions();
});

describe("a hostile or unfit file", () => {
  it("is refused with the file named and why, and nothing is stored", async () => {
    const planner = fx.actors.perencanaA;
    const mz = new Uint8Array(4096);
    mz.set([0x4d, 0x5a, 0x90, 0x00]);
    expect(await refusedUnchanged(planner, input({ name: "laporan.pdf", bytes: mz }))).toBe(
      "Berkas laporan.pdf ditolak: isinya program Windows (.exe), bukan dokumen. Yang diterima: PDF, JPEG, PNG, Excel (.xlsx) dan Word (.docx).",
    );
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
    expect(await refusedUnchanged(planner, input({ name: "rekap.pdf", bytes: elf }))).toContain(
      "Berkas rekap.pdf ditolak: isinya program Linux (ELF)",
    );
    expect(
      await refusedUnchanged(planner, input({ name: "notulen.docx", bytes: docxDeclaring(0xfffffff0) })),
    ).toBe("Berkas notulen.docx ditolak: isinya mengembang berlipat-lipat saat dibuka (bom ZIP)");
    expect(await refusedUnchanged(planner, input({ name: "kecil.docx", bytes: docxDeclaring(1000) }))).toBe(
      "Berkas kecil.docx ditolak: isinya lebih besar daripada yang tercantum di dalamnya (bom ZIP)",
    );
    const big = new Uint8Array(26 * 1024 * 1024);
    big.set(pdfBytes("besar"));
    expect(await refusedUnchanged(planner, input({ name: "scan.pdf", bytes: big }))).toBe(
      "Berkas scan.pdf ditolak: ukurannya 26 MB, paling besar 25 MB",
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(await refusedUnchanged(planner, input({ name: "foto.pdf", bytes: png }))).toContain(
      "Berkas foto.pdf ditolak: isinya PNG, tidak sesuai dengan akhiran namanya",
    );
  });

  it("named with a path is stored under its base name", async () => {
    const bytes = pdfBytes("jalur");
    const { id } = ok(
      await executeMutation(
        uploadBukti,
        fx.actors.perencanaA,
        input({ name: "../../etc/passwd.pdf", bytes }),
      ),
    );
    const stored = await db.attachment.findUniqueOrThrow({ where: { id } });
    expect(stored.fileName).toBe("passwd.pdf");
  });

  it("over the OPD-year's quota is refused, and nothing is stored", async () => {
    const quota = env.BUKTI_QUOTA_MB * 1024 * 1024;
    const used = await db.attachment.aggregate({
      where: { opdId: fx.a.dinsos.opdId, year: 2022, kind: "BUKTI_DUKUNG" },
      _sum: { size: true },
    });
    // Metadata of earlier uploads counts, whatever the store holds: fill the quota up to 10 bytes.
    const filler = await db.storedFile.create({ data: { pemdaId: fx.a.pemdaId, bytes: pdfBytes("isi") } });
    await db.attachment.create({
      data: {
        pemdaId: fx.a.pemdaId,
        opdId: fx.a.dinsos.opdId,
        year: 2022,
        kind: "BUKTI_DUKUNG",
        caption: "Pengisi kuota",
        fileName: "pengisi.pdf",
        mimeType: "application/pdf",
        sha256: "0".repeat(64),
        size: quota - (used._sum.size ?? 0) - 10,
        storageKey: filler.id,
        target: "KRITERIA_LKE",
        lkeCode: "9.z",
      },
    });
    const message = await refusedUnchanged(
      fx.actors.perencanaA,
      input({ name: "tambahan.pdf", bytes: pdfBytes("melebihi kuota") }),
    );
    expect(message).toMatch(
      /^Berkas tambahan\.pdf ditolak: kuota bukti dukung tahun 2022 \(500 MB\) terlampaui/,
    );
    await db.attachment.deleteMany({ where: { fileName: "pengisi.pdf" } });
  });
});

describe("a stored bukti dukung", () => {
  it("downloads byte for byte under its original name, with its SHA-256 stored and the upload audited", async () => {
    const bytes = pdfBytes("Laporan kegiatan TW II – rehabilitasi");
    const name = "Laporan TW II – Rehsos (final).pdf";
    const { result, changes } = await attempt(uploadBukti, fx.actors.perencanaA, input({ name, bytes }));
    const { id, sha256 } = ok(result as MutationResult<{ id: string; sha256: string }>);
    expect(sha256).toBe(sha256Hex(bytes));
    const audit = await addedAuditRow(changes);
    expect(audit).toMatchObject({
      userId: fx.actors.perencanaA.userId,
      action: "bukti.upload",
      entity: "BuktiDukung",
      entityId: id,
      newValues: {
        fileName: name,
        size: bytes.length,
        sha256: sha256Hex(bytes),
        mimeType: "application/pdf",
      },
    });
    const response = await download(fx.actors.inspektoratA, "dinsos-serang", id);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Laporan TW II _ Rehsos (final).pdf"; filename*=UTF-8''Laporan%20TW%20II%20%E2%80%93%20Rehsos%20%28final%29.pdf`,
    );
  });

  it("is seen by a bidang-limited planner only on their bidang's targets, and by nobody outside the OPD", async () => {
    const upload = async (name: string, target: { subKegiatanId?: string; lkeCode?: string }) =>
      ok(
        await executeMutation(
          uploadBukti,
          fx.actors.perencanaA,
          input({ name, bytes: pdfBytes(name) }, target),
        ),
      ).id;
    const rehsos = await upload("rehsos.pdf", { subKegiatanId: fx.a.dinsos.subRehsos.id });
    const sekretariat = await upload("sekretariat.pdf", { subKegiatanId: fx.a.dinsos.subSekretariat.id });
    const lke = await upload("lke.pdf", { lkeCode: "1.a.3" });
    const status = async (actor: Principal, id: string) =>
      (await download(actor, "dinsos-serang", id)).status;

    expect(await status(fx.actors.perencanaRehsosA, rehsos)).toBe(200);
    expect(await status(fx.actors.perencanaRehsosA, sekretariat)).toBe(404);
    expect(await status(fx.actors.perencanaRehsosA, lke)).toBe(404);
    for (const id of [rehsos, sekretariat, lke]) {
      expect(await status(fx.actors.kepalaA, id)).toBe(200);
      expect(await status(fx.actors.inspektoratA, id)).toBe(200);
      expect(await status(fx.actors.inspektoratB, id)).toBe(404);
      expect(await status(fx.actors.perencanaB, id)).toBe(404);
    }
    // Through another OPD's address the file does not exist.
    expect((await download(fx.actors.inspektoratA, "dinkes-serang", rehsos)).status).toBe(404);

    const listed = async (actor: Principal, query = {}) => {
      const context = (await findOpdYearContext(actor, "dinsos-serang", "2022"))!;
      const page = await loadBuktiPage(context, query);
      return page.groups.flatMap((group) => group.items.map((item) => item.fileName));
    };
    const limited = await listed(fx.actors.perencanaRehsosA);
    expect(limited).toContain("rehsos.pdf");
    expect(limited).not.toContain("sekretariat.pdf");
    expect(limited).not.toContain("lke.pdf");
    expect(await listed(fx.actors.inspektoratA)).toEqual(
      expect.arrayContaining(["rehsos.pdf", "sekretariat.pdf", "lke.pdf"]),
    );
    expect(await listed(fx.actors.kepalaA, { lke: "1.a.3" })).toEqual(["lke.pdf"]);
  });

  it("is deleted with its bytes, audited with name, size and SHA-256", async () => {
    const bytes = pdfBytes("akan dihapus");
    const { id } = ok(
      await executeMutation(uploadBukti, fx.actors.perencanaA, input({ name: "hapus.pdf", bytes })),
    );
    const { storageKey } = await db.attachment.findUniqueOrThrow({ where: { id } });
    const { result, changes } = await attempt(deleteBukti, fx.actors.perencanaA, { attachmentId: id });
    ok(result);
    expect(changes.removed).toEqual(expect.arrayContaining([`Attachment:${id}`, `StoredFile:${storageKey}`]));
    expect(await addedAuditRow(changes)).toMatchObject({
      userId: fx.actors.perencanaA.userId,
      action: "bukti.delete",
      entityId: id,
      oldValues: { fileName: "hapus.pdf", size: bytes.length, sha256: sha256Hex(bytes) },
    });
    expect((await download(fx.actors.perencanaA, "dinsos-serang", id)).status).toBe(404);
  });
});

describe("a photo of a sub kegiatan", () => {
  it("is its documentation: the LKIP prints it in the activity text under its kegiatan", async () => {
    const name = "Penyaluran bantuan Desa Cikande.png";
    const { sha256 } = ok(
      await executeMutation(
        uploadBukti,
        fx.actors.perencanaRehsosA,
        input({ name, bytes: TINY_PNG_BYTES }, { subKegiatanId: fx.a.dinsos.subRehsos.id }),
      ),
    );
    const sub = await db.subKegiatan.findUniqueOrThrow({ where: { id: fx.a.dinsos.subRehsos.id } });
    const opd = (await getOpdBySlug("dinsos-serang"))!;
    const lkip = await loadLkipInput(
      { opd, year: 2022, laporan: (await getLaporan({ opd, year: 2022 }))! },
      {
        status: "DRAF",
        verification: { code: null, url: "", revision: null, generatedAt: new Date(), generatedBy: null },
        finalNote: null,
      },
    );
    expect(lkip.documentation).toContainEqual(
      expect.objectContaining({ ownerCode: sub.code, caption: "Penyaluran bantuan Desa Cikande", sha256 }),
    );
    const printed = JSON.stringify(assembleLkip(lkip));
    expect(printed).toContain(`"dokumentasi-${sub.code}-1"`);
    // A PDF of a sub kegiatan stays evidence: it is not printed.
    ok(
      await executeMutation(
        uploadBukti,
        fx.actors.perencanaRehsosA,
        input({ name: "Daftar hadir.pdf", bytes: pdfBytes("hadir") }, { subKegiatanId: sub.id }),
      ),
    );
    const again = await loadLkipInput(
      { opd, year: 2022, laporan: (await getLaporan({ opd, year: 2022 }))! },
      {
        status: "DRAF",
        verification: { code: null, url: "", revision: null, generatedAt: new Date(), generatedBy: null },
        finalNote: null,
      },
    );
    expect(again.documentation.filter((photo) => photo.ownerCode === sub.code)).toHaveLength(1);
  });
});
