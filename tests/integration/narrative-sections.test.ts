import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import type { MutationResult } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getLkipPdf } from "@/lib/server/lkip/get-lkip-pdf";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import * as lkipInput from "@/lib/server/lkip/load-lkip-input";
import { loadNarrativeEditor } from "@/lib/server/narrative/load-narrative-editor";
import { findOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadNarratives } from "@/lib/server/narrative/load-narratives";
import { saveNarrative } from "@/lib/server/narrative/save-narrative";
import { saveTargetIndikator } from "@/lib/server/indicators/save-target-indikator";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { exportTemplate } from "@/lib/server/xlsx/export-template";
import { commitImport } from "@/lib/server/xlsx/import-workbook";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { createOpdYear, diffSnapshots, noChanges, principalOf, snapshotDatabase } from "./fixtures";
import { extractPdfText } from "./pdf-text";

// Serang 2022 demo: sasaran S1.1, seven programs 1.06.01–1.06.07; the report's own text in every section
// it has (prisma/demo/serang-2022-narrative.ts), 1.06.01 without an activity text.

let opd: OpdRef;
let laporanId: string;
let planner: Principal;
let sasaranId: string;
let programId: (code: string) => string;
let otherOpdProgramId: string;

const laporanRef = async () => (await getLaporan({ opd, year: 2022 }))!;

beforeAll(async () => {
  expect(await loadDemo(db, serang2022)).toBe("loaded");
  opd = (await getOpdBySlug("dinsos-serang"))!;
  laporanId = (await laporanRef()).id;
  planner = await principalOf("perencana.dinsos@sakip.demo");
  sasaranId = (await db.sasaran.findFirstOrThrow({ where: { code: "S1.1" } })).id;
  const programs = await db.program.findMany({ where: { opdId: opd.id, year: 2022 } });
  programId = (code) => programs.find((p) => p.code === code)!.id;
  otherOpdProgramId = (
    await createOpdYear({
      pemdaId: opd.pemdaId,
      slug: "dinas-lain",
      name: "Dinas Lain",
      bidang: "Sekretariat",
      programCode: "1.06.02",
      year: 2022,
    })
  ).programId;
});

async function unchanged<T>(fn: () => Promise<T>): Promise<T> {
  const before = await snapshotDatabase();
  const result = await fn();
  expect(diffSnapshots(before, await snapshotDatabase())).toEqual(noChanges);
  return result;
}

function refused<T>(result: MutationResult<T>, kind: string) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error("unreachable");
  expect(result.error.kind).toBe(kind);
  return result.error;
}

const aktivitas = (overrides: Record<string, unknown>) => ({
  laporanId,
  section: "AKTIVITAS",
  sasaranId: null,
  programId: programId("1.06.01"),
  kegiatanId: null,
  body: "Penyusunan dokumen perencanaan dengan pagu {pagu:1.06.01.2.01}.",
  version: null,
  ...overrides,
});

describe("narrative.save for every owner of the catalog", () => {
  it("writes a program's activity text, audited with its owner, and refuses a stale version", async () => {
    const result = await executeMutation(saveNarrative, planner, aktivitas({}));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const stored = await db.narrative.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(stored).toMatchObject({ section: "AKTIVITAS", programId: programId("1.06.01"), version: 1 });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "narrative.save", entityId: stored.id },
    });
    expect(audit.newValues).toMatchObject({ section: "AKTIVITAS", programId: programId("1.06.01") });
    const conflict = refused(
      await unchanged(() => executeMutation(saveNarrative, planner, aktivitas({ body: "Lama." }))),
      "CONFLICT",
    );
    expect(conflict.message).toContain("Bagian Uraian Kegiatan telah diubah");
    expect(conflict.current).toMatchObject({ body: stored.body, version: "1" });
  });

  it("refuses a token the system does not know, naming it (it would print as typed), and keeps a known one without a figure", async () => {
    const before = await unchanged(async () => {
      const error = refused(
        await executeMutation(
          saveNarrative,
          planner,
          aktivitas({ body: "Serapan {serapan_opd}, {token_salah} dan {serapan_opdd}.", version: 1 }),
        ),
        "INVALID",
      );
      expect(error.fields?.body).toBe(
        "Token {token_salah}, {serapan_opdd} tidak dikenal dan akan tercetak apa adanya; " +
          'periksa ejaannya pada daftar "Angka otomatis dalam narasi".',
      );
      return db.narrative.findFirstOrThrow({ where: { laporanId, programId: programId("1.06.01") } });
    });
    // A kode with no figure yet (or a realisasi not entered) may still come: saved, a finding until then.
    const saved = await executeMutation(
      saveNarrative,
      planner,
      aktivitas({ body: "Pagu {pagu:1.06.01.9.99}.", version: before.version }),
    );
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
  });

  it("refuses an owner of another OPD (NOT_FOUND) and an owner of the wrong kind (INVALID), changing nothing", async () => {
    await unchanged(async () => {
      refused(
        await executeMutation(saveNarrative, planner, aktivitas({ programId: otherOpdProgramId })),
        "NOT_FOUND",
      );
      // A sasaran's id where a program's is expected.
      refused(
        await executeMutation(saveNarrative, planner, aktivitas({ programId: sasaranId })),
        "NOT_FOUND",
      );
      const perProgram = refused(
        await executeMutation(saveNarrative, planner, aktivitas({ programId: null, sasaranId })),
        "INVALID",
      );
      expect(JSON.stringify(perProgram)).toContain("Bagian ini ditulis per program");
      const once = refused(
        await executeMutation(saveNarrative, planner, {
          ...aktivitas({}),
          section: "KATA_PENGANTAR",
        }),
        "INVALID",
      );
      expect(JSON.stringify(once)).toContain("Bagian ini ditulis sekali untuk seluruh laporan");
      refused(
        await executeMutation(saveNarrative, planner, {
          ...aktivitas({}),
          section: "ANALISIS_SASARAN",
          sasaranId,
        }),
        "INVALID",
      );
    });
  });
});

describe("the narrative page", () => {
  it("lists every section chapter by chapter: sasaran sections per sasaran, activity text per program", async () => {
    const chapters = await loadNarratives(await laporanRef());
    expect(chapters.map((c) => c.title)).toEqual([
      "Pembuka",
      "BAB I Pendahuluan",
      "BAB II Perencanaan Kinerja",
      "BAB III Akuntabilitas Kinerja",
      "BAB IV Penutup",
      "Lampiran",
    ]);
    const bab3 = chapters[3]!.entries;
    expect(bab3.filter((e) => e.section === "AKTIVITAS").map((e) => e.owner?.code)).toEqual([
      "1.06.01",
      "1.06.02",
      "1.06.03",
      "1.06.04",
      "1.06.05",
      "1.06.06",
      "1.06.07",
    ]);
    expect(bab3.slice(0, 4).map((e) => [e.section, e.owner?.code, e.mandatory])).toEqual([
      ["ANALISIS_SASARAN", "S1.1", true],
      ["ANALISIS_PENYEBAB", "S1.1", true],
      ["ANALISIS_EFISIENSI", "S1.1", false],
      ["ANALISIS_PROGRAM", "S1.1", false],
    ]);
    const rehabilitasi = bab3.find((e) => e.section === "AKTIVITAS" && e.owner?.code === "1.06.04")!;
    expect(rehabilitasi.title).toBe("Uraian Kegiatan: Program 1.06.04 Rehabilitasi Sosial");
    expect(rehabilitasi.body).toContain(
      "Sub Kegiatan Penyediaan Permakanan, dengan pagu {pagu:1.06.04.2.01.0001}",
    );
    // The organisation texts of the real report (BAB I), as the demo stores them.
    const bab1 = new Map(chapters[1]!.entries.map((e) => [e.section, e.body]));
    expect(bab1.get("TUGAS_POKOK")).toContain("Peraturan Bupati Serang Nomor 89 Tahun 2016");
    expect(bab1.get("SARANA_PRASARANA")).toContain("tanah dengan luas 4.770 m²");
    expect(bab1.get("DASAR_PEMBENTUKAN")).toContain("Peraturan Daerah Kabupaten Serang Nomor 11 Tahun 2016");
    expect(
      bab1
        .get("FUNGSI")!
        .split("\n")
        .filter((line) => /^\d\. /.test(line)),
    ).toHaveLength(6);
  });

  it("offers drafts only to a planner who may edit the narrative: the KEPALA reads the texts without", async () => {
    const contextOf = async (email: string) =>
      (await findOpdYearContext(await principalOf(email), "dinsos-serang", "2022"))!;
    const spy = vi.spyOn(lkipInput, "loadLkipInput");
    const forPlanner = await loadNarrativeEditor(await contextOf("perencana.dinsos@sakip.demo"));
    expect(spy).toHaveBeenCalledTimes(1);
    const forKepala = await loadNarrativeEditor(await contextOf("kepala.dinsos@sakip.demo"));
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    // Both read the text as the LKIP prints it: its tokens filled with the LKIP's own figures.
    for (const { figures } of [forPlanner, forKepala]) {
      expect(figures.tokens.get("serapan_opd")).toBe("98,11 %");
      expect(figures.tokens.get("selisih_iku:S1.1"), "the IKU's history too").toBe("-0,8 poin persen");
    }
    const entries = ({ chapters }: typeof forKepala) => chapters.flatMap((c) => c.entries);
    expect(entries(forPlanner)).toHaveLength(entries(forKepala).length);
    expect(entries(forKepala).every((e) => e.draft === null)).toBe(true);
    expect(entries(forKepala).find((e) => e.section === "TUGAS_POKOK")!.body).toContain(
      "Nomor 89 Tahun 2016",
    );
  });
});

async function narrativeRows() {
  return db.narrative.findMany({
    where: { laporanId },
    orderBy: { id: "asc" },
    select: { id: true, version: true, section: true, body: true },
  });
}

const key = () => ({ pemdaId: opd.pemdaId, opdId: opd.id, year: 2022 });
const upload = (file: Buffer) => ({
  opdId: opd.id,
  year: 2022,
  fileName: "narasi.xlsx",
  file: file.toString("base64"),
  confirmRemovals: false,
  planDigest: null,
});

async function editExport(edit: (narasi: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportTemplate(key())) as never);
  edit(workbook.getWorksheet("Narasi")!, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const rowOf = (sheet: ExcelJS.Worksheet, section: string, owner = "") => {
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(1).text === section && row.getCell(2).text === owner) return row;
  }
  throw new Error(`${section} ${owner}: no row`);
};

describe("the Narasi sheet of the workbook", () => {
  it("is exported filled from the stored narratives, and importing the export changes none of them", async () => {
    const before = await narrativeRows();
    const file = await exportTemplate(key());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    const narasi = workbook.getWorksheet("Narasi")!;
    expect(narasi.getRow(1).values).toEqual([undefined, "Bagian", "Kode Pemilik", "Teks"]);
    expect(narasi.rowCount - 1).toBe(before.length);
    expect(rowOf(narasi, "Tugas Pokok").getCell(3).text).toContain("Nomor 89 Tahun 2016");
    expect(rowOf(narasi, "Uraian Kegiatan", "1.06.04").getCell(3).text).toContain("{pagu:1.06.04}");
    expect(rowOf(narasi, "Analisis Capaian Sasaran", "S1.1").getCell(3).text).toContain("{capaian_iku:S1.1}");

    const result = await commitImport(planner, upload(file));
    expect(result).toMatchObject({ ok: true, committed: true, errors: [] });
    expect(result.levels.NARASI).toEqual({ created: 0, updated: 0, unchanged: before.length, removed: 0 });
    expect(await narrativeRows()).toEqual(before);
  });

  it("refuses a bad section, an unknown owner kode and a text too long with sheet, row and column, importing nothing", async () => {
    const file = await editExport((narasi) => {
      rowOf(narasi, "Tugas Pokok").getCell(3).value = "Tugas pokok yang baru.";
      narasi.addRow(["Bab Lima", null, "x"]);
      narasi.addRow(["Uraian Kegiatan", "1.06.99", "x"]);
      narasi.addRow(["Kesimpulan", null, "a".repeat(50_001)]);
      narasi.addRow(["KATA_PENGANTAR", "1.06.04", "x"]);
      narasi.addRow(["Analisis Capaian Sasaran", null, "x"]);
      narasi.addRow(["Solusi", null, "Serapan {serapan_opdd}."]);
    });
    const before = await narrativeRows();
    const result = await unchanged(() => commitImport(planner, upload(file)));
    expect(result.ok).toBe(false);
    const rows = before.length + 1;
    expect(result.errors.filter((e) => e.sheet === "Narasi")).toEqual([
      {
        sheet: "Narasi",
        row: rows + 1,
        column: "Bagian (A)",
        message:
          'Bagian "Bab Lima" tidak dikenal; isi nama bagian seperti "Kata Pengantar" atau kodenya (KATA_PENGANTAR)',
      },
      {
        sheet: "Narasi",
        row: rows + 2,
        column: "Kode Pemilik (B)",
        message: 'Uraian Kegiatan: program dengan kode "1.06.99" tidak ada di lembar Anggaran',
      },
      {
        sheet: "Narasi",
        row: rows + 3,
        column: "Teks (C)",
        message: `C${rows + 3}: Teks paling banyak 50.000 karakter`,
      },
      {
        sheet: "Narasi",
        row: rows + 4,
        column: "Kode Pemilik (B)",
        message: "Kata Pengantar ditulis sekali untuk seluruh laporan; kosongkan Kode Pemilik",
      },
      {
        sheet: "Narasi",
        row: rows + 5,
        column: "Kode Pemilik (B)",
        message: "Analisis Capaian Sasaran ditulis per sasaran; isi kode sasaran pada Kode Pemilik",
      },
      {
        sheet: "Narasi",
        row: rows + 6,
        column: "Teks (C)",
        message:
          `C${rows + 6}: Token {serapan_opdd} tidak dikenal dan akan tercetak apa adanya; ` +
          'periksa ejaannya pada daftar "Angka otomatis dalam narasi".',
      },
    ]);
    expect(await narrativeRows()).toEqual(before);
  });

  it("imports with the other sheets, all or nothing: a Narasi change goes in only when the Anggaran sheet has no error", async () => {
    const withBadPagu = await editExport((narasi, workbook) => {
      rowOf(narasi, "Kesimpulan").getCell(3).value = "Tidak akan tersimpan.";
      const anggaran = workbook.getWorksheet("Anggaran")!;
      anggaran.getRow(4).getCell(4).value = "bukan angka";
    });
    const before = await narrativeRows();
    const refusedImport = await unchanged(() => commitImport(planner, upload(withBadPagu)));
    expect(refusedImport.ok).toBe(false);
    expect(refusedImport.errors.some((e) => e.sheet === "Anggaran")).toBe(true);
    expect(await narrativeRows()).toEqual(before);
  });

  // Rendering the whole LKIP takes tens of seconds on a busy machine.
  it("puts an imported text into the LKIP PDF with its tokens filled in", { timeout: 180_000 }, async () => {
    const file = await editExport((narasi) => {
      rowOf(narasi, "Kesimpulan").getCell(3).value =
        "Kesimpulan dari berkas impor: serapan anggaran {tahun} sebesar {serapan_opd}.";
      narasi.addRow(["ANALISIS_EFISIENSI", "S1.1", "Efisiensi dari berkas impor."]);
    });
    const result = await commitImport(planner, upload(file));
    expect(result).toMatchObject({ ok: true, committed: true });
    expect(result.levels.NARASI).toMatchObject({ created: 1, updated: 1 });
    const stored = await db.narrative.findFirstOrThrow({
      where: { laporanId, section: "ANALISIS_EFISIENSI", sasaranId },
    });
    expect(stored.body).toBe("Efisiensi dari berkas impor.");
    const laporan = await laporanRef();
    const pdf = (await getLkipPdf({ opd, year: 2022, laporan }, { generatedBy: planner.name }))!;
    const text = (await extractPdfText(pdf.bytes)).join("\n").replace(/\s+/g, " ");
    expect(text).toContain("Kesimpulan dari berkas impor: serapan anggaran 2022 sebesar 98,11 %.");
  });
});

describe("a qualitative target", () => {
  const targets = (indikatorId: string, overrides: Record<string, unknown>) => ({
    indikatorId,
    year: 2022,
    target: "",
    targetUpper: "",
    targetRenstra: "",
    targetPerubahan: "",
    targetUpperPerubahan: "",
    perubahanReason: "",
    targetText: "",
    version: null,
    ...overrides,
  });

  it("is stored as text, and a target that is both a number and a text is refused", async () => {
    const indikator = await db.indikator.findFirstOrThrow({
      where: { subKegiatan: { code: "1.06.04.2.01.0001", year: 2022 } },
      include: { targets: { where: { year: 2022 } } },
    });
    const version = indikator.targets[0]?.version ?? null;
    const both = refused(
      await unchanged(() =>
        executeMutation(
          saveTargetIndikator,
          planner,
          targets(indikator.id, { target: "12", targetText: "Perbaikan ruang data", version }),
        ),
      ),
      "INVALID",
    );
    expect(JSON.stringify(both)).toContain("Target diisi angka atau teks, tidak keduanya");
    const saved = await executeMutation(
      saveTargetIndikator,
      planner,
      targets(indikator.id, { targetText: "Perbaikan ruang data", version }),
    );
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    expect(
      await db.targetIndikator.findFirstOrThrow({ where: { indikatorId: indikator.id, year: 2022 } }),
    ).toMatchObject({ target: null, targetText: "Perbaikan ruang data" });
  });
});
