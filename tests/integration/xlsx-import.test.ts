import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateOpdYear } from "@/lib/calc/checks";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { loadOperatorPrincipal } from "@/lib/server/auth/load-principal";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { loadOpdYear } from "@/lib/server/opd-year/load-opd-year";
import { exportTemplate } from "@/lib/server/xlsx/export-template";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { commitImport, importWorkbook, previewImport } from "@/lib/server/xlsx/import-workbook";
import type { ImportReport } from "@/lib/xlsx/import-report";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { buildLkipTablesWorkbook } from "@/lib/xlsx/lkip-tables";
import { generateWorkbook } from "../support/generate-workbook";

let demo: OpdRef;
let copy: OpdRef;
let planner: Principal;
let admin: Principal;
let demoFile: Buffer;

beforeAll(async () => {
  await loadDemo(db, serang2022);
  demo = (await getOpdBySlug("dinsos-serang"))!;
  planner = (await loadOperatorPrincipal(demo.pemdaId, "perencana.dinsos@sakip.demo"))!;
  admin = (await loadOperatorPrincipal(demo.pemdaId, "admin.serang@sakip.demo"))!;
  // An OPD with the same bidang and nothing else: the round trip's empty target.
  const created = await db.perangkatDaerah.create({
    data: { pemdaId: demo.pemdaId, slug: "dinsos-salinan", name: serang2022.opd.name },
  });
  await db.bidang.createMany({
    data: Object.values(serang2022.bidang).map((name) => ({
      pemdaId: demo.pemdaId,
      opdId: created.id,
      name,
    })),
  });
  copy = (await getOpdBySlug("dinsos-salinan"))!;
  demoFile = await exportTemplate({ pemdaId: demo.pemdaId, opdId: demo.id, year: 2022 });
});

const input = (opd: OpdRef, year: number, file: Buffer, fileName = "dinsos-serang-2022.xlsx") => ({
  opdId: opd.id,
  year,
  fileName,
  file: file.toString("base64"),
  confirmRemovals: false,
  planDigest: null,
});

/** Every row's id and version of the tables an import writes: equal means nothing changed. */
async function fingerprint(): Promise<string> {
  const tables = [
    "LaporanKinerja",
    "Program",
    "Kegiatan",
    "SubKegiatan",
    "RekeningBelanja",
    "RealisasiAnggaran",
    "Indikator",
    "TargetIndikator",
    "RealisasiIndikator",
    "Tujuan",
    "Sasaran",
    "Periode",
    "AuditLog",
  ];
  const parts: string[] = [];
  for (const table of tables) {
    const column = table === "AuditLog" || table === "Periode" ? "0" : `"version"`;
    const rows = await db.$queryRawUnsafe<{ r: string }[]>(
      `SELECT string_agg("id"::text || ':' || ${column}, ',' ORDER BY "id") AS r FROM "${table}"`,
    );
    parts.push(`${table}=${rows[0]?.r ?? ""}`);
  }
  return parts.join("\n");
}

/** The engine's view of an OPD-year without database ids: what two copies must agree on. */
async function engineView(opd: OpdRef, year: number) {
  const laporan = (await getLaporan({ opd, year }))!;
  const data = await loadOpdYear({ opd, year, laporan });
  const evaluation = evaluateOpdYear({ ...data, throughQuarter: 4 });
  const findings = evaluation.findings.filter((f) => !f.code.startsWith("NARASI_"));
  const withoutIds = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (key, v) => (key === "id" || key === "bidangId" ? undefined : v)));
  return withoutIds({
    budget: data.budget,
    indicators: data.indicators,
    rollup: evaluation.rollup,
    findings,
    name: undefined,
  });
}

async function editDemo(edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(demoFile as never);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const anggaran = (workbook: ExcelJS.Workbook) => workbook.getWorksheet("Anggaran")!;

describe("export → import round trip", () => {
  it("imports the demo export into an empty year of another OPD with identical data, results and findings", async () => {
    expect(await getLaporan({ opd: copy, year: 2022 })).toBeNull();
    const result = await commitImport(admin, input(copy, 2022, demoFile));
    expect(result).toMatchObject({ ok: true, committed: true, removed: 0, updated: 0, errors: [] });
    expect(result.levels.SUB_KEGIATAN.created).toBe(54);
    const [source, imported] = await Promise.all([engineView(demo, 2022), engineView(copy, 2022)]);
    expect(imported).toEqual(source);
    const audit = await db.auditLog.findMany({ where: { opdId: copy.id, action: "xlsx.import" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.newValues).toMatchObject({
      fileName: "dinsos-serang-2022.xlsx",
      sha256: result.sha256,
      created: result.created,
    });
  });

  it("reads its own export back as unchanged, and a second import of the same file changes nothing", async () => {
    const preview = await previewImport(planner, input(demo, 2022, demoFile));
    expect(preview).toMatchObject({ ok: true, created: 0, updated: 0, removed: 0, errors: [] });
    const before = await fingerprint();
    const again = await commitImport(admin, input(copy, 2022, demoFile));
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0, removed: 0 });
    expect(await fingerprint()).toBe(before);
  });

  it("serves the template on /export.xlsx equal to the command's (the same function)", async () => {
    const reexport = await exportTemplate({ pemdaId: copy.pemdaId, opdId: copy.id, year: 2022 });
    const preview = await previewImport(planner, input(demo, 2022, reexport));
    expect(preview).toMatchObject({ ok: true, created: 0, updated: 0, removed: 0 });
  });
});

describe("LKIP tables", () => {
  it("carry the demo's figures as numbers: pagu Rp 17.654.457.386, realisasi Rp 17.320.802.867, serapan 98,11 %", async () => {
    const laporan = (await getLaporan({ opd: demo, year: 2022 }))!;
    const data = await loadOpdYear({ opd: demo, year: 2022, laporan });
    const workbook = buildLkipTablesWorkbook({
      ...data,
      ...evaluateOpdYear({ ...data, throughQuarter: 4 }),
      illustrative: false,
    });
    const total = workbook.getWorksheet("Realisasi Anggaran")!.getRow(2);
    expect([2, 4, 5, 6].map((c) => total.getCell(c).value)).toEqual([
      "Total Dinas Sosial Kabupaten Serang",
      17654457386,
      17320802867,
      98.11,
    ]);
    expect(total.getCell(6).numFmt).toBe('0.00" %"');
    expect(workbook.getWorksheet("IKU")!.getRow(2).getCell(7).value).toBe(101.67);
  });
});

describe("all or nothing", () => {
  it("refuses a file with one malformed number in row 40, naming the row, and changes nothing", async () => {
    const file = await editDemo((workbook) => {
      const row = anggaran(workbook).getRow(40);
      row.getCell(4).value = "1.234,5a";
    });
    const before = await fingerprint();
    const result = await commitImport(planner, input(demo, 2022, file));
    expect(result.ok).toBe(false);
    expect(result.committed).toBe(false);
    expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ sheet: "Anggaran", row: 40, column: "Pagu (D)" });
    expect(result.errors[0]!.message).toContain("D40");
    expect(await fingerprint()).toBe(before);
  });

  it("runs the browser's dry run and commit through the one registered mutation", async () => {
    const file = await editDemo((workbook) => (anggaran(workbook).getRow(40).getCell(4).value = "12a"));
    const before = await fingerprint();
    const dry = await executeMutation(importWorkbook, planner, { ...input(demo, 2022, file), dryRun: true });
    expect(dry).toMatchObject({ ok: true, value: { ok: false, committed: false, errors: [{ row: 40 }] } });
    const commit = await executeMutation(importWorkbook, planner, input(demo, 2022, file));
    expect(commit).toMatchObject({ ok: false, error: { kind: "INVALID" } });
    expect(commit.ok || commit.error.message).toContain("Anggaran baris 40, kolom Pagu (D)");
    expect(await fingerprint()).toBe(before);
  });

  it("changes a pagu, counted as one updated sub kegiatan, and audits one event with name, SHA-256 and counts", async () => {
    const file = await editDemo((workbook) => {
      anggaran(workbook).getRow(5).getCell(4).value = 123_456_789;
    });
    const code = String(
      anggaran(
        await (async () => {
          const w = new ExcelJS.Workbook();
          await w.xlsx.load(file as never);
          return w;
        })(),
      )
        .getRow(5)
        .getCell(1).value,
    );
    const result = await commitImport(planner, input(demo, 2022, file, "pagu-baru.xlsx"));
    expect(result).toMatchObject({ ok: true, committed: true, created: 0, updated: 1, removed: 0 });
    const sub = await db.subKegiatan.findFirstOrThrow({ where: { opdId: demo.id, year: 2022, code } });
    expect(sub.paguAwal?.toString()).toBe("123456789");
    expect(sub.version).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "xlsx.import", opdId: demo.id },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ userId: planner.userId, entity: "LaporanKinerja", year: 2022 });
    expect(audit.newValues).toMatchObject({ fileName: "pagu-baru.xlsx", sha256: result.sha256, updated: 1 });
    // Put it back for the other tests.
    expect(await commitImport(planner, input(demo, 2022, demoFile))).toMatchObject({ ok: true, updated: 1 });
  });

  it("needs the removal of items with realisasi confirmed, and lists them by name", async () => {
    const file = await editDemo((workbook) => anggaran(workbook).spliceRows(5, 1));
    const result = await previewImport(planner, input(demo, 2022, file));
    expect(result.ok).toBe(true);
    expect(result.removed).toBeGreaterThanOrEqual(1);
    expect(result.removalsToConfirm.length).toBeGreaterThanOrEqual(1);
    const before = await fingerprint();
    await expect(commitImport(planner, input(demo, 2022, file))).rejects.toThrow(/perlu dikonfirmasi/);
    expect(await fingerprint()).toBe(before);
  });

  it("leaves nothing half-written when the database connection dies mid-commit", async () => {
    // The command line's import (the same code as the browser's) in its own process, so that the
    // connection that dies is not this test's.
    const path = join(tmpdir(), `xlsx-besar-${process.pid}.xlsx`);
    writeFileSync(path, await generateWorkbook(6_000, { programBase: 7 }));
    const year = 2031;
    const child = spawn(
      "node_modules/.bin/tsx",
      [
        "--conditions=react-server",
        "scripts/xlsx-import.ts",
        "--opd",
        copy.slug,
        "--tahun",
        String(year),
        path,
      ],
      { env: { ...process.env }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const watcher = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await watcher.connect();
    let terminated = false;
    for (let i = 0; i < 12_000 && !terminated; i++) {
      const { rows } = await watcher.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
           AND xact_start IS NOT NULL AND query ILIKE 'INSERT INTO "SubKegiatan"%'`,
      );
      if (rows[0]) {
        await watcher.query("SELECT pg_terminate_backend($1)", [rows[0].pid]);
        terminated = true;
      } else await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await watcher.end();
    const timeout = setTimeout(() => child.kill("SIGKILL"), 30_000);
    const code = await exited;
    clearTimeout(timeout);
    expect(terminated).toBe(true);
    expect(code, output).toBe(1);
    expect(output).toContain("tidak ada yang tersimpan");
    expect(output).not.toContain("Diimpor:");
    expect(await db.laporanKinerja.count({ where: { opdId: copy.id, year } })).toBe(0);
    expect(await db.program.count({ where: { opdId: copy.id, year } })).toBe(0);
    expect(await db.subKegiatan.count({ where: { opdId: copy.id, year } })).toBe(0);
    expect(await db.auditLog.count({ where: { opdId: copy.id, year } })).toBe(0);
  }, 240_000);
});

describe("scope of a bidang-limited planner", () => {
  it("may change its bidang's rows and is refused, changing nothing, on another bidang's", async () => {
    const rehsos = (await loadOperatorPrincipal(demo.pemdaId, "perencana.rehsos@sakip.demo"))!;
    const rows: { row: number; bidang: string }[] = [];
    const probe = new ExcelJS.Workbook();
    await probe.xlsx.load(demoFile as never);
    anggaran(probe).eachRow((row, n) => {
      if (n > 1 && String(row.getCell(1).value).split(".").length === 6)
        rows.push({ row: n, bidang: String(row.getCell(3).value ?? "") });
    });
    const own = rows.find((r) => r.bidang === "Bidang Rehabilitasi Sosial")!;
    const other = rows.find((r) => r.bidang === "Sekretariat")!;
    const edit = (row: number) =>
      editDemo((workbook) => (anggaran(workbook).getRow(row).getCell(4).value = 77_000_000));

    const before = await fingerprint();
    const refused = await commitImport(rehsos, input(demo, 2022, await edit(other.row)));
    expect(refused.ok).toBe(false);
    expect(refused.errors[0]).toMatchObject({ sheet: "Anggaran", row: other.row, column: "Bidang" });
    expect(refused.errors[0]!.message).toContain("Sekretariat");
    expect(await fingerprint()).toBe(before);

    const allowed = await commitImport(rehsos, input(demo, 2022, await edit(own.row)));
    expect(allowed).toMatchObject({ ok: true, committed: true, updated: 1 });
    expect(await commitImport(planner, input(demo, 2022, demoFile))).toMatchObject({ ok: true, updated: 1 });
  });
});

/** A hostile file is refused in the dry run, quickly and in bounded memory. */
async function refusedQuickly(file: Buffer | Uint8Array): Promise<ImportReport> {
  const started = performance.now();
  const result = await previewImport(planner, input(demo, 2022, Buffer.from(file)));
  expect(performance.now() - started).toBeLessThan(60_000);
  expect(process.memoryUsage().rss).toBeLessThan(1024 ** 3);
  return result;
}
const messages = (r: ImportReport) => r.errors.map((e) => e.message).join("\n");

/** The demo export with one part's XML changed as a hostile or broken writer would. */
function withPart(name: string, change: (xml: string) => string): Uint8Array {
  const parts = unzipSync(new Uint8Array(demoFile));
  parts[name] = strToU8(change(strFromU8(parts[name]!)));
  return zipSync(parts);
}

describe("hostile files", () => {
  it.each([
    ["a hexadecimal number", "0x10"],
    ["a number with a decimal comma", "1,5"],
  ])(
    "refuses %s stored in a number cell, naming sheet and cell, instead of reading 0 or 1",
    async (_, text) => {
      let cell = "";
      const file = withPart("xl/worksheets/sheet1.xml", (xml) =>
        xml.replace(/<c r="([A-Z]+\d+)"( s="\d+")?><v>[^<]+<\/v>/, (_match, ref: string, style = "") => {
          cell = ref;
          return `<c r="${ref}"${style}><v>${text}</v>`;
        }),
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(demoFile as never);
      const r = await refusedQuickly(file);
      expect(r.ok).toBe(false);
      expect(messages(r)).toContain(
        `Lembar "${workbook.worksheets[0]!.name}", sel ${cell}: isi "${text}" bukan angka`,
      );
    },
  );

  it.each([
    ["a character reference to NUL", (xml: string) => xml.replace("</t>", "&#0;</t>")],
    ["a raw NUL", (xml: string) => xml.replace("</t>", "\u0000</t>")],
    [
      "an external entity",
      (xml: string) =>
        xml
          .replace("?>", '?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
          .replace("</t>", "&x;</t>"),
    ],
    [
      "a billion-laughs entity",
      (xml: string) =>
        xml
          .replace("?>", '?><!DOCTYPE sst [<!ENTITY a "hahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>')
          .replace("</t>", "&b;</t>"),
    ],
  ])("refuses %s with a message, not a server error", async (_, change) => {
    const r = await refusedQuickly(withPart("xl/sharedStrings.xml", change));
    expect(r.ok).toBe(false);
    expect(messages(r)).toMatch(/Isi buku kerja (rusak|tidak dapat dibaca)/);
  });

  it("refuses a file that is not an xlsx", async () => {
    const r = await refusedQuickly(Buffer.from("Kode;Uraian\n1.06.01;Program\n"));
    expect(r.ok).toBe(false);
    expect(messages(r)).toContain("bukan buku kerja Excel");
  });

  it("refuses an encrypted (password-protected) workbook", async () => {
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    const r = await refusedQuickly(cfb);
    expect(messages(r)).toContain("dilindungi kata sandi");
  });

  it("refuses a zip bomb by its declared size and, when the sizes lie, by the inflated bytes", async () => {
    const parts = unzipSync(new Uint8Array(demoFile));
    const bomb = zipSync(
      { ...parts, "xl/worksheets/sheet1.xml": new Uint8Array(300 * 1024 * 1024) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(messages(await refusedQuickly(bomb))).toContain("terlalu besar");
    // The same bomb declaring 1 KiB for the sheet in its central directory.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let at = 0; at < bomb.length - 46; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(bomb.subarray(at + 46, at + 46 + nameLength));
      if (name === "xl/worksheets/sheet1.xml") view.setUint32(at + 24, 1024, true);
    }
    expect(messages(await refusedQuickly(bomb))).toContain("terlalu besar");
  }, 180_000);

  it("reads a sheet with a million formatted empty rows as the rows that hold something", async () => {
    const parts = unzipSync(new Uint8Array(demoFile));
    const xml = new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"]);
    const empty: string[] = [];
    for (let r = 200; r < 1_000_200; r++)
      empty.push(`<row r="${r}"><c r="A${r}" s="1"/><c r="B${r}" s="1"/></row>`);
    parts["xl/worksheets/sheet1.xml"] = strToU8(xml.replace("</sheetData>", `${empty.join("")}</sheetData>`));
    const r = await refusedQuickly(zipSync(parts, { level: 6 }));
    expect(r).toMatchObject({ ok: true, created: 0, updated: 0, removed: 0 });
  }, 180_000);

  it("counts a formula by its cached result with a warning naming the cell, and refuses one without", async () => {
    const cached = await refusedQuickly(
      await editDemo((w) => {
        const cell = anggaran(w).getRow(5).getCell(4);
        cell.value = { formula: "1+1", result: Number(cell.value) } as ExcelJS.CellFormulaValue;
      }),
    );
    expect(cached).toMatchObject({ ok: true, updated: 0 });
    expect(cached.warnings[0]).toMatchObject({ sheet: "Anggaran", row: 5 });
    expect(cached.warnings[0]!.message).toContain("D5");
    const missing = await refusedQuickly(
      await editDemo(
        (w) => (anggaran(w).getRow(5).getCell(4).value = { formula: "1+1" } as ExcelJS.CellFormulaValue),
      ),
    );
    expect(missing.ok).toBe(false);
    expect(missing.errors[0]).toMatchObject({ sheet: "Anggaran", row: 5 });
    expect(missing.errors[0]!.message).toContain("rumus tanpa hasil");
  });

  it("refuses merged header cells", async () => {
    const r = await refusedQuickly(await editDemo((w) => anggaran(w).mergeCells("D1:E1")));
    expect(r.ok).toBe(false);
    expect(messages(r)).toContain("digabung");
  });

  it("refuses a date where a number belongs", async () => {
    const r = await refusedQuickly(
      await editDemo((w) => {
        // As Excel stores a typed date: a serial number with a date format.
        const cell = anggaran(w).getRow(6).getCell(4);
        cell.value = new Date(Date.UTC(2022, 0, 5));
        cell.style = { ...cell.style, numFmt: "dd/mm/yyyy" };
      }),
    );
    expect(r.errors[0]).toMatchObject({ sheet: "Anggaran", row: 6, column: "Pagu (D)" });
    expect(r.errors[0]!.message).toContain("tanggal");
  });

  it("refuses a duplicate kode, naming both rows", async () => {
    const r = await refusedQuickly(
      await editDemo((w) => {
        const sheet = anggaran(w);
        sheet.getRow(7).getCell(1).value = sheet.getRow(6).getCell(1).value;
      }),
    );
    expect(r.errors[0]).toMatchObject({ sheet: "Anggaran", row: 7 });
    expect(r.errors[0]!.message).toContain("baris 6");
  });

  it("refuses a kode that does not fit its parent", async () => {
    const r = await refusedQuickly(
      await editDemo((w) => anggaran(w).addRow(["1.06.99.2.01", "Kegiatan tanpa program"])),
    );
    expect(r.ok).toBe(false);
    expect(messages(r)).toContain("program 1.06.99 tidak ada");
  });

  it("refuses negative money", async () => {
    const r = await refusedQuickly(await editDemo((w) => (anggaran(w).getRow(6).getCell(4).value = -5_000)));
    expect(r.errors[0]).toMatchObject({ row: 6, column: "Pagu (D)" });
    expect(r.errors[0]!.message).toContain("negatif");
  });

  it("refuses amounts beyond Decimal(18,2)", async () => {
    const r = await refusedQuickly(
      await editDemo((w) => (anggaran(w).getRow(6).getCell(4).value = "12.345.678.901.234.567")),
    );
    expect(r.errors[0]).toMatchObject({ row: 6, column: "Pagu (D)" });
    expect(r.errors[0]!.message).toContain("terlalu besar");
  });

  it("refuses text beyond the column limits", async () => {
    const r = await refusedQuickly(
      await editDemo((w) => (anggaran(w).getRow(6).getCell(2).value = "x".repeat(501))),
    );
    expect(r.errors[0]).toMatchObject({ row: 6, column: "Uraian (B)" });
    expect(r.errors[0]!.message).toContain("paling panjang 500");
  });
});
