import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { describeCapaian } from "@/lib/calc/capaian";
import { defaultCalcSettings } from "@/lib/calc/settings";
import { evaluateIndicator } from "@/lib/calc/evaluate-indicator";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { loadIndicatorEditor } from "@/lib/server/indicators/load-indicator-editor";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { loadOpdYear } from "@/lib/server/opd-year/load-opd-year";
import { saveIndikator } from "@/lib/server/indicators/save-indikator";
import { saveTargetIndikator } from "@/lib/server/indicators/save-target-indikator";
import { transitionLaporan } from "@/lib/server/laporan/transition-laporan";
import type { MutationResult } from "@/lib/errors";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { saveNarrative } from "@/lib/server/narrative/save-narrative";
import { getOpdBySlug, type OpdRef } from "@/lib/server/opd/get-opd";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { diffSnapshots, noChanges, snapshotDatabase } from "./fixtures";
import { opdYearRights } from "@/lib/auth/opd-year-rights";

// Serang 2022 demo: Penyediaan Sandang (1.06.04.2.01.0002) belongs to Bidang Rehabilitasi Sosial, program
// 1.06.05 to Bidang Perlindungan dan Jaminan Sosial, the IKU to sasaran S1.1 of the Renstra 2021–2026.

let opd: OpdRef;
let laporanId: string;
let planner: Principal;
let rehsosPlanner: Principal;
let kepala: Principal;
let inspektorat: Principal;
let sandangId: string;
let linjamsosIndicatorId: string;
let ikuId: string;
let sasaranId: string;

async function principalOf(email: string): Promise<Principal> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const principal = await loadPrincipal({ userId: user.id, sessionVersion: user.sessionVersion });
  if (!principal) throw new Error(`${email}: no principal`);
  return principal;
}

/** Runs `fn` and asserts that it changed no row of any table. */
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

function ok<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok: ${JSON.stringify(result.error)}`);
  return result.value;
}

const definition = (overrides: Record<string, unknown> = {}) => ({
  indikatorId: null,
  ownerLevel: "SUB_KEGIATAN",
  ownerId: sandangId,
  year: 2022,
  name: "Persentase anak terlantar yang menerima bantuan sandang",
  satuan: "%",
  polarity: "POSITIF",
  calculation: "LANGSUNG",
  numeratorLabel: "",
  denominatorLabel: "",
  aggregation: "JUMLAH",
  isIku: false,
  version: null,
  ...overrides,
});

const targets = (indikatorId: string, overrides: Record<string, unknown> = {}) => ({
  indikatorId,
  year: 2022,
  target: "",
  targetUpper: "",
  targetRenstra: "",
  targetPerubahan: "",
  targetUpperPerubahan: "",
  perubahanReason: "",
  version: null,
  ...overrides,
});

const laporanVersion = async () =>
  (await db.laporanKinerja.findUniqueOrThrow({ where: { id: laporanId } })).version;

beforeAll(async () => {
  expect(await loadDemo(db, serang2022)).toBe("loaded");
  opd = (await getOpdBySlug("dinsos-serang"))!;
  const laporan = await db.laporanKinerja.findUniqueOrThrow({
    where: { opdId_year: { opdId: opd.id, year: 2022 } },
  });
  laporanId = laporan.id;
  planner = await principalOf("perencana.dinsos@sakip.demo");
  rehsosPlanner = await principalOf("perencana.rehsos@sakip.demo");
  kepala = await principalOf("kepala.dinsos@sakip.demo");
  inspektorat = await principalOf("inspektorat.serang@sakip.demo");
  sandangId = (await db.subKegiatan.findFirstOrThrow({ where: { code: "1.06.04.2.01.0002", year: 2022 } }))
    .id;
  linjamsosIndicatorId = (
    await db.indikator.findFirstOrThrow({ where: { program: { code: "1.06.05", year: 2022 } } })
  ).id;
  const iku = await db.indikator.findFirstOrThrow({ where: { isIku: true } });
  ikuId = iku.id;
  sasaranId = iku.sasaranId!;
});

describe("indikator.save and targetIndikator.save", () => {
  let rasioId: string;

  it("creates a RASIO indicator with its numerator and denominator labels, audited", async () => {
    const input = definition({
      calculation: "RASIO",
      numeratorLabel: "Jumlah anak terlantar penerima bantuan sandang",
      denominatorLabel: "Jumlah anak terlantar",
    });
    const { id, version } = ok(await executeMutation(saveIndikator, planner, input));
    rasioId = id;
    expect(version).toBe(1);
    const stored = await db.indikator.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      level: "SUB_KEGIATAN",
      subKegiatanId: sandangId,
      calculation: "RASIO",
      numeratorLabel: "Jumlah anak terlantar penerima bantuan sandang",
      denominatorLabel: "Jumlah anak terlantar",
      // After the demo's output indicator of the same sub kegiatan.
      position: 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "indikator.save", entityId: id } });
    expect(audit).toMatchObject({
      userId: planner.userId,
      opdId: opd.id,
      year: 2022,
      entity: "Indikator",
      oldValues: null,
      newValues: { name: input.name, calculation: "RASIO", numeratorLabel: input.numeratorLabel },
    });
  });

  it("refuses a RASIO indicator without labels", async () => {
    const error = refused(
      await unchanged(() => executeMutation(saveIndikator, planner, definition({ calculation: "RASIO" }))),
      "INVALID",
    );
    expect(error.fields).toMatchObject({
      numeratorLabel: expect.stringContaining("pembilang"),
      denominatorLabel: expect.stringContaining("penyebut"),
    });
  });

  it("sets the year's target, typed the Indonesian way", async () => {
    const saved = ok(
      await executeMutation(
        saveTargetIndikator,
        planner,
        targets(rasioId, { target: "90", targetRenstra: "92,5" }),
      ),
    );
    expect(saved.version).toBe(1);
    const stored = await db.targetIndikator.findFirstOrThrow({ where: { indikatorId: rasioId, year: 2022 } });
    expect([stored.target?.toString(), stored.targetRenstra?.toString(), stored.targetPerubahan]).toEqual([
      "90",
      "92.5",
      null,
    ]);
  });

  it("refuses a target perubahan without a reason, changing nothing", async () => {
    const input = targets(rasioId, {
      target: "90",
      targetPerubahan: "80",
      perubahanReason: "  ",
      version: 1,
    });
    const error = refused(
      await unchanged(() => executeMutation(saveTargetIndikator, planner, input)),
      "INVALID",
    );
    expect(error.fields?.perubahanReason).toContain("Alasan target perubahan wajib diisi");
  });

  it("stores a target perubahan with its reason, and the capaian is computed against it", async () => {
    await db.realisasiIndikator.create({
      data: {
        pemdaId: opd.pemdaId,
        indikatorId: rasioId,
        year: 2022,
        period: "TAHUNAN",
        numerator: "72",
        denominator: "100",
      },
    });
    const reason = "PK Perubahan Nomor 12/2022: anggaran sandang dikurangi";
    const input = targets(rasioId, {
      target: "90",
      targetRenstra: "92,5",
      targetPerubahan: "80",
      perubahanReason: reason,
      version: 1,
    });
    expect(ok(await executeMutation(saveTargetIndikator, planner, input)).version).toBe(2);
    const stored = await db.targetIndikator.findFirstOrThrow({ where: { indikatorId: rasioId, year: 2022 } });
    expect([stored.targetPerubahan?.toString(), stored.perubahanReason, stored.version]).toEqual([
      "80",
      reason,
      2,
    ]);

    // 72 / 100 × 100 = 72 %, against the perubahan 80: 90 %, not 80 % against the original 90.
    const laporan = (await getLaporan({ opd, year: 2022 }))!;
    const { indicators } = await loadOpdYear({ opd, year: 2022, laporan });
    const indicator = indicators.find((i) => i.id === rasioId)!;
    const { capaian } = evaluateIndicator({ indicator, throughQuarter: 4, settings: defaultCalcSettings });
    expect(capaian).toMatchObject({ status: "OK", targetSource: "PERUBAHAN" });
    expect(describeCapaian(capaian)).toBe("90,00 %");

    const groups = await loadIndicatorEditor({
      principal: planner,
      opd,
      year: 2022,
      rights: opdYearRights(planner, "DRAFT"),
    });
    const row = groups.flatMap((g) => g.owners.flatMap((o) => o.indicators)).find((i) => i.id === rasioId)!;
    expect(row.shown).toMatchObject({
      target: "90",
      targetPerubahan: "80",
      perubahanReason: reason,
      capaian: "90,00 %",
      predikat: "Tinggi",
    });

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "targetIndikator.save", entityId: rasioId },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      entity: "Indikator",
      year: 2022,
      reason,
      oldValues: { year: 2022, target: "90", targetPerubahan: null, perubahanReason: null },
      newValues: { year: 2022, target: "90", targetPerubahan: "80", perubahanReason: reason },
    });
  });

  it("refuses to switch a ratio with realisasi to a direct calculation", async () => {
    const current = await db.indikator.findUniqueOrThrow({ where: { id: rasioId } });
    const input = definition({ indikatorId: rasioId, calculation: "LANGSUNG", version: current.version });
    const error = refused(await unchanged(() => executeMutation(saveIndikator, planner, input)), "INVALID");
    expect(error.message).toContain("sudah memiliki realisasi");
  });

  it("requires the upper bound of a RENTANG target, and one not below the target", async () => {
    const { id } = ok(
      await executeMutation(
        saveIndikator,
        planner,
        definition({ name: "Rata-rata hari layanan per penerima", satuan: "Hari", polarity: "RENTANG" }),
      ),
    );
    const missing = refused(
      await unchanged(() => executeMutation(saveTargetIndikator, planner, targets(id, { target: "40" }))),
      "INVALID",
    );
    expect(missing.message).toContain("batas bawah dan batas atas");
    expect(missing.fields).toEqual({ targetUpper: missing.message });

    const inverted = refused(
      await unchanged(() =>
        executeMutation(saveTargetIndikator, planner, targets(id, { target: "60", targetUpper: "40" })),
      ),
      "INVALID",
    );
    expect(inverted.fields?.targetUpper).toContain("tidak boleh lebih kecil");

    ok(await executeMutation(saveTargetIndikator, planner, targets(id, { target: "40", targetUpper: "60" })));
    const stored = await db.targetIndikator.findFirstOrThrow({ where: { indikatorId: id, year: 2022 } });
    expect([stored.target?.toString(), stored.targetUpper?.toString()]).toEqual(["40", "60"]);
  });

  it("refuses an upper bound on an indicator that is not RENTANG", async () => {
    const input = targets(rasioId, { target: "90", targetUpper: "95", version: 2 });
    const error = refused(
      await unchanged(() => executeMutation(saveTargetIndikator, planner, input)),
      "INVALID",
    );
    expect(error.message).toContain("hanya diisi untuk indikator berpolaritas rentang");
  });

  it("lets a bidang-limited planner edit indicators of their bidang only (NOT_FOUND elsewhere)", async () => {
    const program = await db.indikator.findUniqueOrThrow({ where: { id: linjamsosIndicatorId } });
    const programInput = definition({
      indikatorId: program.id,
      ownerLevel: "PROGRAM",
      ownerId: program.programId,
      name: "Diubah oleh bidang lain",
      version: program.version,
    });
    await unchanged(async () => {
      refused(await executeMutation(saveIndikator, rehsosPlanner, programInput), "NOT_FOUND");
      refused(
        await executeMutation(
          saveTargetIndikator,
          rehsosPlanner,
          targets(program.id, { target: "1", version: 1 }),
        ),
        "NOT_FOUND",
      );
      // A new indicator under another bidang's program, and any sasaran (IKU) indicator: whole-OPD planners only.
      refused(
        await executeMutation(
          saveIndikator,
          rehsosPlanner,
          definition({ ownerLevel: "PROGRAM", ownerId: program.programId }),
        ),
        "NOT_FOUND",
      );
      refused(
        await executeMutation(
          saveTargetIndikator,
          rehsosPlanner,
          targets(ikuId, { target: "3", version: 1 }),
        ),
        "NOT_FOUND",
      );
    });
    // Their own bidang's sub kegiatan: allowed.
    ok(
      await executeMutation(saveIndikator, rehsosPlanner, definition({ name: "Paket sandang tersalurkan" })),
    );
  });

  it("refuses the KEPALA (FORBIDDEN): planning is the planners' job", async () => {
    const iku = await db.indikator.findUniqueOrThrow({ where: { id: ikuId } });
    await unchanged(async () => {
      refused(await executeMutation(saveIndikator, kepala, definition()), "FORBIDDEN");
      refused(
        await executeMutation(saveTargetIndikator, kepala, targets(rasioId, { target: "1", version: 2 })),
        "FORBIDDEN",
      );
      refused(
        await executeMutation(
          saveIndikator,
          kepala,
          definition({
            indikatorId: ikuId,
            ownerLevel: "SASARAN",
            ownerId: sasaranId,
            name: iku.name,
            isIku: true,
            version: iku.version,
          }),
        ),
        "FORBIDDEN",
      );
    });
  });

  it("refuses a stale version (CONFLICT) and changes nothing", async () => {
    const current = await db.indikator.findUniqueOrThrow({ where: { id: rasioId } });
    const stale = definition({
      indikatorId: rasioId,
      calculation: "RASIO",
      numeratorLabel: "a",
      denominatorLabel: "b",
      name: "Nama dari versi lama",
      version: current.version - 1,
    });
    const conflict = refused(
      await unchanged(() => executeMutation(saveIndikator, planner, stale)),
      "CONFLICT",
    );
    expect(conflict.message).toContain("telah diubah oleh pengguna lain");
    expect(conflict.current).toMatchObject({ name: current.name });

    const staleTarget = targets(rasioId, { target: "50", version: 1 });
    const targetConflict = refused(
      await unchanged(() => executeMutation(saveTargetIndikator, planner, staleTarget)),
      "CONFLICT",
    );
    expect(targetConflict.current).toMatchObject({ target: "90", targetPerubahan: "80" });
    // A "first" target for a year that already has one is stale too.
    refused(
      await unchanged(() =>
        executeMutation(saveTargetIndikator, planner, targets(rasioId, { target: "50" })),
      ),
      "CONFLICT",
    );
  });

  it("updates the IKU (a sasaran indicator) as a whole-OPD planner", async () => {
    const iku = await db.indikator.findUniqueOrThrow({ where: { id: ikuId } });
    const input = definition({
      indikatorId: ikuId,
      ownerLevel: "SASARAN",
      ownerId: sasaranId,
      name: iku.name,
      aggregation: "TERAKHIR",
      isIku: true,
      version: iku.version,
    });
    expect(ok(await executeMutation(saveIndikator, planner, input)).version).toBe(iku.version + 1);
    expect(await db.indikator.findUniqueOrThrow({ where: { id: ikuId } })).toMatchObject({
      aggregation: "TERAKHIR",
      isIku: true,
    });
  });
});

describe("narrative.save", () => {
  const kendala = (body: string, version: number | null) => ({
    laporanId,
    section: "KENDALA",
    sasaranId: null,
    body,
    version,
  });

  it("creates a section, then updates it by version, auditing old and new text", async () => {
    const first = ok(
      await executeMutation(saveNarrative, planner, kendala("Data PMKS belum mutakhir.", null)),
    );
    expect(first.version).toBe(1);
    const second = ok(
      await executeMutation(
        saveNarrative,
        planner,
        kendala("Kendala:\r\n- Data PMKS belum **mutakhir**\r\n- Pekerja sosial terbatas\r\n\r\n", 1),
      ),
    );
    expect(second).toEqual({ id: first.id, version: 2 });
    const stored = await db.narrative.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored).toMatchObject({
      section: "KENDALA",
      sasaranId: null,
      version: 2,
      body: "Kendala:\n- Data PMKS belum **mutakhir**\n- Pekerja sosial terbatas",
    });
    const audits = await db.auditLog.findMany({
      where: { action: "narrative.save", entityId: first.id },
      orderBy: { id: "asc" },
    });
    const key = { section: "KENDALA", sasaranId: null, programId: null, kegiatanId: null };
    expect(audits.map((a) => [a.oldValues, a.newValues])).toEqual([
      [null, { ...key, body: "Data PMKS belum mutakhir." }],
      [
        { ...key, body: "Data PMKS belum mutakhir." },
        { ...key, body: stored.body },
      ],
    ]);
  });

  it("refuses a stale version with a CONFLICT naming who changed it and showing their text", async () => {
    const conflict = refused(
      await unchanged(() => executeMutation(saveNarrative, planner, kendala("Teks dari versi lama.", 1))),
      "CONFLICT",
    );
    expect(conflict.message).toContain(`Bagian Kendala telah diubah oleh ${planner.name}`);
    expect(conflict.current).toMatchObject({
      body: "Kendala:\n- Data PMKS belum **mutakhir**\n- Pekerja sosial terbatas",
      version: "2",
    });
  });

  it("writes the analysis per sasaran, and only there", async () => {
    const analysis = {
      laporanId,
      section: "ANALISIS_EFISIENSI",
      sasaranId,
      body: "IKU tercapai 101,67 %.",
      version: null,
    };
    ok(await executeMutation(saveNarrative, planner, analysis));
    refused(await executeMutation(saveNarrative, planner, { ...analysis, sasaranId: null }), "INVALID");
    refused(await executeMutation(saveNarrative, planner, { ...kendala("x", 2), sasaranId }), "INVALID");
    refused(
      await executeMutation(saveNarrative, planner, { ...analysis, sasaranId: "tidak-ada", version: null }),
      "NOT_FOUND",
    );
  });

  it("is for whole-OPD planners: a bidang-limited planner gets NOT_FOUND, the KEPALA FORBIDDEN", async () => {
    await unchanged(async () => {
      refused(await executeMutation(saveNarrative, rehsosPlanner, kendala("x", 2)), "NOT_FOUND");
      refused(await executeMutation(saveNarrative, kepala, kendala("x", 2)), "FORBIDDEN");
    });
  });

  it("lets exactly one of two concurrent saves from the same version win", async () => {
    const current = await db.narrative.findFirstOrThrow({ where: { laporanId, section: "KATA_PENGANTAR" } });
    const auditsBefore = await db.auditLog.count({ where: { entityId: current.id } });
    const bodies = ["Kata pengantar versi Ani.", "Kata pengantar versi Budi."];
    const results = await Promise.all(
      bodies.map((body) =>
        executeMutation(saveNarrative, planner, {
          laporanId,
          section: "KATA_PENGANTAR",
          sasaranId: null,
          body,
          version: current.version,
        }),
      ),
    );
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winner = bodies[results.findIndex((r) => r.ok)]!;
    const lost = refused(losers[0]!, "CONFLICT");
    expect(lost.current?.body).toBe(winner);
    const stored = await db.narrative.findUniqueOrThrow({ where: { id: current.id } });
    expect([stored.body, stored.version]).toEqual([winner, current.version + 1]);
    expect(await db.auditLog.count({ where: { entityId: current.id } })).toBe(auditsBefore + 1);
  });

  it("lets exactly one of two concurrent first saves of a section win", async () => {
    const bodies = ["Solusi pertama.", "Solusi kedua."];
    const results = await Promise.all(
      bodies.map((body) =>
        executeMutation(saveNarrative, planner, {
          laporanId,
          section: "SOLUSI",
          sasaranId: null,
          body,
          version: null,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    refused(
      results.find((r) => !r.ok)!,
      "CONFLICT",
    );
    const rows = await db.narrative.findMany({ where: { laporanId, section: "SOLUSI" } });
    expect(rows).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityId: rows[0]!.id } })).toBe(1);
  });
});

describe("the workflow lock", () => {
  it("refuses every edit (LOCKED) once the LKIP is submitted, changing nothing", async () => {
    ok(
      await executeMutation(transitionLaporan, kepala, {
        laporanId,
        to: "DIAJUKAN",
        version: await laporanVersion(),
      }),
    );
    const rasio = await db.indikator.findFirstOrThrow({ where: { calculation: "RASIO" } });
    const kendala = await db.narrative.findFirstOrThrow({ where: { laporanId, section: "KENDALA" } });
    const iku = await db.indikator.findUniqueOrThrow({ where: { id: ikuId } });
    await unchanged(async () => {
      const errors = [
        await executeMutation(
          saveIndikator,
          planner,
          definition({
            indikatorId: rasio.id,
            calculation: "RASIO",
            numeratorLabel: "a",
            denominatorLabel: "b",
            version: rasio.version,
          }),
        ),
        await executeMutation(saveIndikator, planner, definition()),
        await executeMutation(saveTargetIndikator, planner, targets(rasio.id, { target: "1", version: 2 })),
        await executeMutation(saveTargetIndikator, planner, targets(ikuId, { target: "3", version: 1 })),
        await executeMutation(saveNarrative, planner, {
          laporanId,
          section: "KENDALA",
          sasaranId: null,
          body: "Terlambat.",
          version: kendala.version,
        }),
      ].map((result) => refused(result, "LOCKED"));
      for (const error of errors)
        expect(error.message).toBe("Laporan tahun 2022 berstatus Diajukan; data tidak dapat diubah.");
      // The IKU definition, edited from the 2022 page, follows the 2022 LKIP too.
      refused(
        await executeMutation(
          saveIndikator,
          planner,
          definition({
            indikatorId: ikuId,
            ownerLevel: "SASARAN",
            ownerId: sasaranId,
            name: iku.name,
            aggregation: iku.aggregation,
            isIku: true,
            version: iku.version,
          }),
        ),
        "LOCKED",
      );
    });
  });

  it("decides a Renstra target by the LKIP of the target's year", async () => {
    // 2023 is still open while 2022 is submitted: the IKU's 2023 target may change, its 2022 target not.
    await db.laporanKinerja.create({ data: { pemdaId: opd.pemdaId, opdId: opd.id, year: 2023 } });
    const target2023 = await db.targetIndikator.findFirstOrThrow({
      where: { indikatorId: ikuId, year: 2023 },
    });
    ok(
      await executeMutation(
        saveTargetIndikator,
        planner,
        targets(ikuId, { year: 2023, target: "3,1", targetRenstra: "3", version: target2023.version }),
      ),
    );
    expect(
      (
        await db.targetIndikator.findFirstOrThrow({ where: { indikatorId: ikuId, year: 2023 } })
      ).target?.toString(),
    ).toBe("3.1");
    // A program of 2022 has no target in 2023 at all.
    refused(
      await executeMutation(
        saveTargetIndikator,
        planner,
        targets(linjamsosIndicatorId, { year: 2023, target: "1" }),
      ),
      "INVALID",
    );
  });

  it("opens again when the inspectorate returns the LKIP (DIKEMBALIKAN)", async () => {
    ok(
      await executeMutation(transitionLaporan, inspektorat, {
        laporanId,
        to: "DIKEMBALIKAN",
        note: "Lengkapi kendala.",
        version: await laporanVersion(),
      }),
    );
    const kendala = await db.narrative.findFirstOrThrow({ where: { laporanId, section: "KENDALA" } });
    ok(
      await executeMutation(saveNarrative, planner, {
        laporanId,
        section: "KENDALA",
        sasaranId: null,
        body: "Kendala setelah reviu.",
        version: kendala.version,
      }),
    );
  });
});
