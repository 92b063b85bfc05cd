import ExcelJS from "exceljs";
import { beforeAll, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { loadOperatorPrincipal } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { exportTemplate } from "@/lib/server/xlsx/export-template";
import { commitImport } from "@/lib/server/xlsx/import-workbook";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";

/**
 * An import is read and planned in a worker thread outside any transaction, then written. Another session's
 * save that lands in between must make the import refuse, writing nothing, rather than write a plan made
 * against data that is no longer there. The save is made at that moment by wrapping the worker pool (the
 * database is real).
 */
let betweenPlanAndWrite: (() => Promise<void>) | null = null;
vi.mock("@/lib/server/heavy/run-heavy", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/heavy/run-heavy")>();
  return {
    ...original,
    runHeavy: (async (...args: Parameters<typeof original.runHeavy>) => {
      const result = await original.runHeavy(...args);
      await betweenPlanAndWrite?.();
      return result;
    }) as typeof original.runHeavy,
  };
});

let demo: OpdRef;
let planner: Principal;
let file: Buffer;

beforeAll(async () => {
  await loadDemo(db, serang2022);
  demo = (await getOpdBySlug("dinsos-serang"))!;
  planner = (await loadOperatorPrincipal(demo.pemdaId, "perencana.dinsos@sakip.demo"))!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await exportTemplate({ pemdaId: demo.pemdaId, opdId: demo.id, year: 2022 })) as never,
  );
  workbook.getWorksheet("Anggaran")!.getRow(5).getCell(4).value = 123_456_789;
  file = Buffer.from(await workbook.xlsx.writeBuffer());
});

const upload = () => ({
  opdId: demo.id,
  year: 2022,
  fileName: "pagu-baru.xlsx",
  file: file.toString("base64"),
  confirmRemovals: false,
  planDigest: null,
});

it("refuses an import when another session saved the year while the file was read, and writes nothing", async () => {
  const realisasi = await db.realisasiAnggaran.findFirstOrThrow({
    where: {
      OR: [
        { subKegiatan: { opdId: demo.id, year: 2022 } },
        { rekeningBelanja: { subKegiatan: { opdId: demo.id, year: 2022 } } },
      ],
    },
    orderBy: { id: "asc" },
  });
  const importsBefore = await db.auditLog.count({ where: { action: "xlsx.import" } });
  const pagu = () =>
    db.subKegiatan.findMany({ where: { opdId: demo.id, year: 2022 }, select: { id: true, paguAwal: true } });
  const paguBefore = await pagu();
  betweenPlanAndWrite = async () => {
    betweenPlanAndWrite = null;
    await db.realisasiAnggaran.update({
      where: { id: realisasi.id },
      data: { amount: realisasi.amount.plus(1000), version: { increment: 1 } },
    });
  };

  await expect(commitImport(planner, upload())).rejects.toMatchObject({
    kind: "CONFLICT",
    message: "Data tahun ini berubah selama berkas dibaca; tidak ada yang diimpor. Ulangi impor.",
  });
  expect(await pagu()).toEqual(paguBefore);
  expect(await db.auditLog.count({ where: { action: "xlsx.import" } })).toBe(importsBefore);
  // The other session's save stands.
  const saved = await db.realisasiAnggaran.findUniqueOrThrow({ where: { id: realisasi.id } });
  expect(saved.amount.toString()).toBe(realisasi.amount.plus(1000).toString());

  // Read again with nothing saved meanwhile, the same file imports: the pagu, and the realisasi as the file
  // has it (a planner who imports after a colleague's save sees that row among the updated ones in the dry run).
  expect(await commitImport(planner, upload())).toMatchObject({ ok: true, committed: true, updated: 2 });
  expect((await pagu()).map((row) => row.paguAwal?.toString())).toContain("123456789");
});
