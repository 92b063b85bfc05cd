import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { auditFilterInput } from "@/lib/inputs/audit";
import { exportAuditTrail } from "@/lib/server/audit/export-audit-trail";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { db } from "@/lib/server/db";
import { mutations } from "@/lib/server/mutations/registry";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { createReviewNote } from "@/lib/server/review/create-review-note";
import { saveProgram } from "@/lib/server/structure/save-program";
import { saveRealisasiAnggaran } from "@/lib/server/realisasi/save-realisasi-anggaran";
import { findOpdYearContext, type OpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { auditActionLabel } from "@/lib/audit/describe-audit";
import { type ActorKey, type Regions, setUpRegions } from "./fixtures";

/** The audit trail as the inspectorate reads it and exports it. */

let fx: Regions;
let subCode: string;
let subName: string;
const filter = (query: Record<string, string> = {}) => auditFilterInput.parse(query);
const contextOf = async (actor: ActorKey, slug = "dinsos-serang"): Promise<OpdYearContext> =>
  (await findOpdYearContext(fx.actors[actor], slug, "2022"))!;
const ok = (result: { ok: boolean; error?: { message: string } }) => {
  if (!result.ok) throw new Error(result.error?.message);
};

beforeAll(async () => {
  fx = await setUpRegions();
  const sub = await db.subKegiatan.findUniqueOrThrow({ where: { id: fx.a.dinsos.subRehsos.id } });
  ({ code: subCode, name: subName } = sub);
  const stored = await db.realisasiAnggaran.findFirstOrThrow({
    where: { subKegiatanId: sub.id, period: "TAHUNAN" },
  });
  ok(
    await executeMutation(saveRealisasiAnggaran, fx.actors.perencanaA, {
      subKegiatanId: sub.id,
      period: "TAHUNAN",
      amount: "123.250.000",
      version: stored.version,
    }),
  );
  const program = await db.program.findUniqueOrThrow({ where: { id: fx.a.dinsos.subRehsos.programId } });
  ok(
    await executeMutation(saveProgram, fx.actors.perencanaA, {
      id: program.id,
      version: program.version,
      opdId: program.opdId,
      year: 2022,
      code: program.code,
      name: program.name,
      bidangId: fx.a.dinsos.bidangSekretariatId,
      sasaranProgram: program.sasaranProgram,
      sasaranId: program.sasaranId,
    }),
  );
  ok(
    await executeMutation(createReviewNote, fx.actors.inspektoratA, {
      laporanId: fx.a.dinsos.laporanId,
      entity: "SubKegiatan",
      entityId: sub.id,
      body: '=HYPERLINK("http://contoh.invalid","klik")',
    }),
  );
});

describe("the audit trail page", () => {
  it("names every mutation in Indonesian", () => {
    expect(Object.keys(mutations).filter((name) => !auditActionLabel[name])).toEqual([]);
  });

  it("shows the item's kode, name and link, the user's name and the rupiah change", async () => {
    const trail = (await listAuditEntries({ ...(await contextOf("inspektoratA")), filter: filter() }))!;
    const realisasi = trail.entries.find((e) => e.action === "realisasiAnggaran.save")!;
    expect(realisasi).toMatchObject({
      user: fx.actors.perencanaA.name,
      item: {
        kode: subCode,
        name: subName,
        href: `/opd/dinsos-serang/2022/sub-kegiatan/${fx.a.dinsos.subRehsos.id}`,
      },
    });
    expect(realisasi.changes.map((c) => [c.label, c.old?.text, c.new?.text])).toEqual([
      ["Periode", "Tahunan", "Tahunan"],
      ["Realisasi", "Rp 65.585.000", "Rp 123.250.000"],
    ]);
    const program = trail.entries.find((e) => e.action === "program.save")!;
    expect(program.changes.find((c) => c.field === "bidangId")).toMatchObject({
      old: { text: "Bidang Rehabilitasi Sosial" },
      new: { text: "Sekretariat" },
    });
  });

  it("filters by user, entity, item and period", async () => {
    const context = await contextOf("inspektoratA");
    const actions = async (query: Record<string, string>) =>
      (await listAuditEntries({ ...context, filter: filter(query) }))!.entries.map((e) => e.action);
    expect(await actions({ pengguna: fx.actors.inspektoratA.userId })).toEqual(["reviewNote.create"]);
    expect(await actions({ entitas: "Program" })).toEqual(["program.save"]);
    expect(await actions({ item: fx.a.dinsos.subRehsos.id })).toEqual([
      "reviewNote.create",
      "realisasiAnggaran.save",
    ]);
    expect(await actions({ dari: "01/01/2099" })).toEqual([]);
    expect(await actions({ sampai: "01/01/2000" })).toEqual([]);
    const today = new Date().toLocaleDateString("en-GB", { timeZone: "Asia/Jakarta" });
    expect(await actions({ dari: today, sampai: today })).toHaveLength(3);
    // A day that cannot be read filters on nothing and says how to write it.
    expect(await actions({ dari: "2099-01-01" })).toHaveLength(3);
    expect(filter({ dari: "31/02/2023" }).dayErrors.dari).toBe(
      "Dari tanggal 31/02/2023 tidak ada di kalender; saringan ini tidak dipakai",
    );
    expect(await actions({ pengguna: "\u0000", entitas: "Rahasia" })).toHaveLength(3);
  });

  it("pages through long trails", async () => {
    const context = await contextOf("inspektoratA");
    await db.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
        pemdaId: fx.a.pemdaId,
        opdId: fx.a.dinsos.opdId,
        year: 2022,
        userId: fx.actors.kepalaA.userId,
        action: "perjanjianKinerja.sign",
        entity: "PerjanjianKinerja",
        entityId: fx.a.dinsos.perjanjianKinerjaId,
        newValues: { signedAt: new Date(Date.UTC(2022, 1, 1, 2, i)).toISOString() },
      })),
    });
    const first = (await listAuditEntries({ ...context, filter: filter() }))!;
    const last = (await listAuditEntries({ ...context, filter: filter({ halaman: "2" }) }))!;
    expect([first.page.total, first.page.pageCount, first.entries.length]).toEqual([
      AUDIT_PAGE_SIZE + 8,
      2,
      AUDIT_PAGE_SIZE,
    ]);
    expect(last.entries.map((e) => e.action).slice(-3)).toEqual([
      "reviewNote.create",
      "program.save",
      "realisasiAnggaran.save",
    ]);
    expect(last.entries).toHaveLength(8);
    expect(new Set([...first.entries, ...last.entries].map((e) => e.id)).size).toBe(AUDIT_PAGE_SIZE + 8);
  });
});

describe("the .xlsx export", () => {
  it("is refused (null → 404) to planners, and other OPDs and regions are not found at all", async () => {
    expect(await exportAuditTrail(await contextOf("perencanaA"), filter())).toBeNull();
    expect(await findOpdYearContext(fx.actors.kepalaA, "dinkes-serang", "2022")).toBeNull();
    expect(await findOpdYearContext(fx.actors.inspektoratB, "dinsos-serang", "2022")).toBeNull();
  });

  it("holds the filtered trail with amounts as numbers and formulas neutralised", async () => {
    const file = (await exportAuditTrail(
      await contextOf("inspektoratA"),
      filter({ item: fx.a.dinsos.subRehsos.id }),
    ))!;
    expect(file.filename).toBe("jejak-audit-dinsos-serang-2022.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Jejak Audit")!;
    expect(sheet.getCell("A1").value).toBe("Jejak Audit — Dinas Sosial Kabupaten Serang, Tahun 2022");
    expect(String(sheet.getCell("A2").value)).toContain(`item ${subCode} ${subName}`);
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      "Waktu (WIB)",
      "Pengguna",
      "Tindakan",
      "Entitas",
      "Kode",
      "Item",
      "Kolom",
      "Nilai lama",
      "Nilai baru",
      "Alasan / catatan",
    ]);
    const rows = sheet.getRows(5, sheet.rowCount - 4)!.map((row) => row.values as unknown[]);
    // The note is the new value of the review note entry.
    const note = rows.find((r) => r[3] === "Catatan reviu")!;
    expect(note[9]).toBe('\'=HYPERLINK("http://contoh.invalid","klik")');
    const amount = rows.find((r) => r[7] === "Realisasi")!;
    expect(amount.slice(5, 10)).toEqual([subCode, subName, "Realisasi", 65585000, 123250000]);
    expect(sheet.getRow(rows.indexOf(amount) + 5).getCell(9).numFmt).toBe('"Rp "#,##0');
    // The note (its text and status) and the realisasi (period and amount).
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r[3] === "Catatan reviu" && r[7] === "Status catatan")?.[9]).toBe("Terbuka");
    expect(rows.every((r) => r[1] instanceof Date)).toBe(true);
  });
});
