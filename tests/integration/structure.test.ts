import { beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import type { LaporanStatus } from "@/lib/generated/prisma/client";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { copyStructureYear } from "@/lib/server/structure/copy-structure-year";
import { deleteStructureItem } from "@/lib/server/structure/delete-structure-item";
import { saveKegiatan } from "@/lib/server/structure/save-kegiatan";
import { saveProgram } from "@/lib/server/structure/save-program";
import { saveRekening } from "@/lib/server/structure/save-rekening";
import { saveSubKegiatan } from "@/lib/server/structure/save-sub-kegiatan";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { addedAuditRow, attempt, type Changes, expectRefused, tally } from "./fixtures";

/**
 * The structure editor's use cases on the Serang 2022 demo: copying the year's hierarchy to the next
 * year, then creating, editing and deleting program / kegiatan / sub kegiatan / rekening in it. A
 * refused call changes nothing (whole-database snapshot); an allowed one writes exactly one audit row.
 */

let perencana: Principal;
let rehsos: Principal;
let kepala: Principal;
let opdId: string;
let bidang: Record<"sekretariat" | "rehsos" | "linjamsos", string>;

async function principal(email: string): Promise<Principal> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadPrincipal({ userId: user.id, sessionVersion: user.sessionVersion }))!;
}

beforeAll(async () => {
  expect(await loadDemo(db, serang2022)).toBe("loaded");
  perencana = await principal("perencana.dinsos@sakip.demo");
  rehsos = await principal("perencana.rehsos@sakip.demo");
  kepala = await principal("kepala.dinsos@sakip.demo");
  opdId = (await db.perangkatDaerah.findUniqueOrThrow({ where: { slug: "dinsos-serang" } })).id;
  const bidangId = async (name: string) => (await db.bidang.findFirstOrThrow({ where: { opdId, name } })).id;
  bidang = {
    sekretariat: await bidangId("Sekretariat"),
    rehsos: await bidangId("Bidang Rehabilitasi Sosial"),
    linjamsos: await bidangId("Bidang Perlindungan dan Jaminan Sosial"),
  };
});

// ---------------------------------------------------------------------------------------------------
// Reading a year back

/** Every level of a year as [kode, name, bidang, parent kode], ordered by kode. */
async function hierarchy(year: number) {
  const where = { opdId, year };
  const orderBy = { code: "asc" } as const;
  const programs = await db.program.findMany({ where, orderBy });
  const kegiatan = await db.kegiatan.findMany({ where, orderBy, include: { program: true } });
  const subs = await db.subKegiatan.findMany({ where, orderBy, include: { kegiatan: true } });
  return {
    program: programs.map((p) => [p.code, p.name, p.bidangId, p.sasaranProgram, p.sasaranId]),
    kegiatan: kegiatan.map((k) => [k.code, k.name, k.bidangId, k.program.code]),
    subKegiatan: subs.map((s) => [s.code, s.name, s.bidangId, s.kegiatan.code]),
  };
}

/** The indicator definitions of a year's program, kegiatan and sub kegiatan, named by their owner's kode. */
async function indicatorDefinitions(year: number) {
  const rows = await db.indikator.findMany({
    where: {
      OR: [{ program: { opdId, year } }, { kegiatan: { opdId, year } }, { subKegiatan: { opdId, year } }],
    },
    include: {
      program: { select: { code: true } },
      kegiatan: { select: { code: true } },
      subKegiatan: { select: { code: true } },
    },
  });
  return rows
    .map((i) =>
      [
        i.level,
        (i.program ?? i.kegiatan ?? i.subKegiatan)!.code,
        i.position,
        i.name,
        i.satuan,
        i.polarity,
        i.calculation,
        i.aggregation,
        i.isIku,
      ].join(" | "),
    )
    .sort();
}

const ofYear = (year: number) => ({
  OR: [{ program: { opdId, year } }, { kegiatan: { opdId, year } }, { subKegiatan: { opdId, year } }],
});

const laporanOf = (year: number) =>
  db.laporanKinerja.findUniqueOrThrow({ where: { opdId_year: { opdId, year } } });

async function setStatus(year: number, status: LaporanStatus) {
  await db.laporanKinerja.update({ where: { opdId_year: { opdId, year } }, data: { status } });
}

/** The one audit row of an allowed call, by the actor, for the action. */
async function expectAudit(changes: Changes, actor: Principal, action: string) {
  const audit = await addedAuditRow(changes);
  expect(audit).toMatchObject({ userId: actor.userId, action, opdId });
  return audit;
}

// ---------------------------------------------------------------------------------------------------

describe("structure.copyYear", () => {
  const copy = (actor: Principal, toYear: number, includePagu?: boolean) =>
    attempt(copyStructureYear, actor, { opdId, fromYear: 2022, toYear, includePagu });

  it("is FORBIDDEN to the head and to a planner limited to a bidang", async () => {
    expectRefused(await copy(kepala, 2023), "FORBIDDEN");
    const limited = await copy(rehsos, 2023);
    expectRefused(limited, "FORBIDDEN");
    expect(limited.result).toMatchObject({
      error: { message: expect.stringContaining("tanpa batasan bidang") },
    });
  });

  it("is NOT_FOUND for a year that has no LKIP to copy from", async () => {
    expectRefused(
      await attempt(copyStructureYear, perencana, { opdId, fromYear: 2019, toYear: 2020 }),
      "NOT_FOUND",
    );
  });

  it("copies 2022 to 2023: the same hierarchy and indicator definitions, no targets, realisasi or pagu", async () => {
    const attempted = await copy(perencana, 2023);
    expect(attempted.result).toMatchObject({
      ok: true,
      value: { year: 2023, counts: { program: 7, kegiatan: 14, subKegiatan: 54, rekening: 0 } },
    });
    const source = await hierarchy(2022);
    const copied = await hierarchy(2023);
    expect(copied.program).toHaveLength(7);
    expect(copied.kegiatan).toHaveLength(14);
    expect(copied.subKegiatan).toHaveLength(54);
    expect(copied).toEqual(source);

    const definitions = await indicatorDefinitions(2023);
    expect(definitions).toEqual(await indicatorDefinitions(2022));
    expect(definitions.length).toBeGreaterThan(7);
    expect(tally(attempted.changes)).toEqual({
      LaporanKinerja: "+1",
      Program: "+7",
      Kegiatan: "+14",
      SubKegiatan: "+54",
      Indikator: `+${definitions.length}`,
      AuditLog: "+1",
    });

    expect(await db.targetIndikator.count({ where: { indikator: ofYear(2023) } })).toBe(0);
    expect(await db.realisasiIndikator.count({ where: { indikator: ofYear(2023) } })).toBe(0);
    expect(await db.realisasiAnggaran.count({ where: { subKegiatan: { opdId, year: 2023 } } })).toBe(0);
    expect(
      await db.subKegiatan.count({
        where: { opdId, year: 2023, OR: [{ paguAwal: { not: null } }, { paguPerubahan: { not: null } }] },
      }),
    ).toBe(0);
    expect(
      await db.program.count({
        where: {
          opdId,
          year: 2023,
          OR: [{ reportedPagu: { not: null } }, { reportedRealisasi: { not: null } }],
        },
      }),
    ).toBe(0);

    const laporan = await laporanOf(2023);
    expect(laporan).toMatchObject({ status: "DRAFT", reportedPagu: null, reportedRealisasi: null });
    const audit = await expectAudit(attempted.changes, perencana, "structure.copyYear");
    expect(audit).toMatchObject({
      year: 2023,
      entity: "LaporanKinerja",
      entityId: laporan.id,
      oldValues: null,
      newValues: {
        fromYear: 2022,
        toYear: 2023,
        includePagu: false,
        program: 7,
        kegiatan: 14,
        subKegiatan: 54,
        rekening: 0,
        indikator: definitions.length,
      },
    });
  });

  it("refuses to copy into 2023 again, changing nothing", async () => {
    const again = await copy(perencana, 2023, true);
    expectRefused(again, "INVALID");
    expect(again.result).toMatchObject({ error: { message: expect.stringContaining("Tahun 2023 sudah") } });
  });

  it("refuses a target year equal to the source year", async () => {
    const same = await copy(perencana, 2022);
    expectRefused(same, "INVALID");
    expect(same.result).toMatchObject({ error: { fields: { toYear: expect.stringContaining("berbeda") } } });
  });

  it("copies each pagu awal as the new year's pagu awal only with includePagu", async () => {
    const attempted = await copy(perencana, 2024, true);
    expect(attempted.result).toMatchObject({ ok: true, value: { year: 2024 } });
    const pagu = async (year: number) =>
      (await db.subKegiatan.findMany({ where: { opdId, year }, orderBy: { code: "asc" } })).map((s) => [
        s.code,
        s.paguAwal?.toFixed(2) ?? null,
        s.paguPerubahan?.toFixed(2) ?? null,
      ]);
    expect(await pagu(2024)).toEqual(await pagu(2022));
    expect((await pagu(2024)).every(([, awal]) => awal !== null)).toBe(true);
    expect(await db.realisasiAnggaran.count({ where: { subKegiatan: { opdId, year: 2024 } } })).toBe(0);
    expect(await expectAudit(attempted.changes, perencana, "structure.copyYear")).toMatchObject({
      newValues: { includePagu: true, subKegiatan: 54 },
    });
  });

  it("lets exactly one of two simultaneous copies to the same year through", async () => {
    const results = await Promise.all([
      executeMutation(copyStructureYear, perencana, { opdId, fromYear: 2022, toYear: 2025 }),
      executeMutation(copyStructureYear, perencana, { opdId, fromYear: 2022, toYear: 2025 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ error: { kind: "INVALID" } }]);
    expect(await db.program.count({ where: { opdId, year: 2025 } })).toBe(7);
    expect(await db.auditLog.count({ where: { opdId, year: 2025, action: "structure.copyYear" } })).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------
// Editing 2023 (DRAFT after the copy above)

const year = 2023;
const item = {
  program: (code: string) => db.program.findFirstOrThrow({ where: { opdId, year, code } }),
  kegiatan: (code: string) => db.kegiatan.findFirstOrThrow({ where: { opdId, year, code } }),
  sub: (code: string) => db.subKegiatan.findFirstOrThrow({ where: { opdId, year, code } }),
};

describe("program.save, kegiatan.save, subKegiatan.save", () => {
  it("creates a program, auditing its values", async () => {
    const input = {
      id: null,
      version: null,
      opdId,
      year,
      code: " 1.06.08 ",
      name: "Program Uji Coba",
      bidangId: bidang.sekretariat,
      sasaranProgram: "Meningkatnya uji coba",
      sasaranId: "",
    };
    const attempted = await attempt(saveProgram, perencana, input);
    expect(attempted.result).toMatchObject({ ok: true, value: { version: 1 } });
    expect(tally(attempted.changes)).toEqual({ Program: "+1", AuditLog: "+1" });
    const program = await item.program("1.06.08");
    expect(program).toMatchObject({
      name: "Program Uji Coba",
      bidangId: bidang.sekretariat,
      sasaranId: null,
    });
    expect(await expectAudit(attempted.changes, perencana, "program.save")).toMatchObject({
      year,
      entity: "Program",
      entityId: program.id,
      oldValues: null,
      newValues: {
        code: "1.06.08",
        name: "Program Uji Coba",
        bidangId: bidang.sekretariat,
        sasaranProgram: "Meningkatnya uji coba",
        sasaranId: null,
      },
    });
  });

  it("creates a kegiatan and a sub kegiatan with Indonesian pagu under it", async () => {
    const program = await item.program("1.06.08");
    const kegiatan = await attempt(saveKegiatan, perencana, {
      id: null,
      version: null,
      programId: program.id,
      code: "1.06.08.2.01",
      name: "Kegiatan Uji Coba",
      bidangId: bidang.sekretariat,
    });
    expect(kegiatan.result).toMatchObject({ ok: true });
    expect(tally(kegiatan.changes)).toEqual({ Kegiatan: "+1", AuditLog: "+1" });
    await expectAudit(kegiatan.changes, perencana, "kegiatan.save");

    const parent = await item.kegiatan("1.06.08.2.01");
    const sub = await attempt(saveSubKegiatan, perencana, {
      id: null,
      version: null,
      kegiatanId: parent.id,
      code: "1.06.08.2.01.0001",
      name: "Sub Kegiatan Uji Coba",
      bidangId: bidang.sekretariat,
      paguAwal: "Rp 1.250.000,50",
      paguPerubahan: "",
    });
    expect(sub.result).toMatchObject({ ok: true });
    expect(tally(sub.changes)).toEqual({ SubKegiatan: "+1", AuditLog: "+1" });
    const stored = await item.sub("1.06.08.2.01.0001");
    expect(stored.paguAwal!.toFixed(2)).toBe("1250000.50");
    expect(stored.paguPerubahan).toBeNull();
    expect(await expectAudit(sub.changes, perencana, "subKegiatan.save")).toMatchObject({
      entity: "SubKegiatan",
      entityId: stored.id,
      oldValues: null,
      newValues: { code: "1.06.08.2.01.0001", paguAwal: "1250000.50", paguPerubahan: null },
    });
  });

  describe("kode", () => {
    const newSub = async (code: string, kegiatanCode = "1.06.04.2.01") => ({
      id: null,
      version: null,
      kegiatanId: (await item.kegiatan(kegiatanCode)).id,
      code,
      name: "Sub Kegiatan Baru",
      bidangId: bidang.rehsos,
      paguAwal: "",
      paguPerubahan: "",
    });

    it.each(["1.06.04.2.01.12", "1.06.04.2.01", "1.06.04.2.01.0001a", ""])(
      "refuses the malformed sub kegiatan kode %j, naming the field",
      async (code) => {
        const attempted = await attempt(saveSubKegiatan, perencana, await newSub(code));
        expectRefused(attempted, "INVALID");
        expect(attempted.result).toMatchObject({
          error: { fields: { code: expect.stringMatching(/^Kode sub kegiatan/) } },
        });
      },
    );

    it("refuses a malformed program and kegiatan kode", async () => {
      const program = await attempt(saveProgram, perencana, {
        id: null,
        version: null,
        opdId,
        year,
        code: "1.6.9",
        name: "Program Salah",
        bidangId: null,
        sasaranProgram: null,
        sasaranId: null,
      });
      expectRefused(program, "INVALID");
      expect(program.result).toMatchObject({
        error: { fields: { code: expect.stringContaining("X.XX.XX") } },
      });
    });

    it("refuses a kegiatan whose kode is not under its program", async () => {
      const attempted = await attempt(saveKegiatan, perencana, {
        id: null,
        version: null,
        programId: (await item.program("1.06.04")).id,
        code: "1.06.05.2.09",
        name: "Kegiatan Salah Induk",
        bidangId: bidang.rehsos,
      });
      expectRefused(attempted, "INVALID");
      expect(attempted.result).toMatchObject({
        error: {
          message:
            "Kode kegiatan 1.06.05.2.09 tidak berada di bawah program 1.06.04; kodenya harus diawali 1.06.04.",
        },
      });
    });

    it("refuses a sub kegiatan whose kode is not under its kegiatan", async () => {
      const attempted = await attempt(saveSubKegiatan, perencana, await newSub("1.06.04.2.02.0009"));
      expectRefused(attempted, "INVALID");
      expect(attempted.result).toMatchObject({
        error: { message: expect.stringContaining("tidak berada di bawah kegiatan 1.06.04.2.01") },
      });
    });

    it("refuses a kode already used in the OPD-year, naming it and its holder", async () => {
      const attempted = await attempt(saveSubKegiatan, perencana, await newSub("1.06.04.2.01.0001"));
      expectRefused(attempted, "INVALID");
      expect(attempted.result).toMatchObject({
        error: {
          message:
            'Kode sub kegiatan 1.06.04.2.01.0001 sudah dipakai oleh sub kegiatan "Penyediaan Permakanan" pada ' +
            "tahun 2023; setiap kode hanya boleh dipakai sekali.",
        },
      });
      const program = await attempt(saveProgram, perencana, {
        id: null,
        version: null,
        opdId,
        year,
        code: "1.06.04",
        name: "Program Ganda",
        bidangId: bidang.rehsos,
        sasaranProgram: null,
        sasaranId: null,
      });
      expectRefused(program, "INVALID");
      expect(program.result).toMatchObject({
        error: { message: expect.stringContaining("Kode program 1.06.04") },
      });
    });

    it("allows the same kode in another year (unique per OPD-year)", async () => {
      expect(await db.subKegiatan.count({ where: { opdId, code: "1.06.04.2.01.0001" } })).toBe(4);
    });

    it("refuses to change the kode of a program that has kegiatan", async () => {
      const program = await item.program("1.06.04");
      const attempted = await attempt(saveProgram, perencana, {
        id: program.id,
        version: program.version,
        opdId,
        year,
        code: "1.06.09",
        name: program.name,
        bidangId: program.bidangId,
        sasaranProgram: program.sasaranProgram,
        sasaranId: program.sasaranId,
      });
      expectRefused(attempted, "INVALID");
      expect(attempted.result).toMatchObject({
        error: { message: expect.stringContaining("Kode program 1.06.04 tidak dapat diubah") },
      });
    });
  });

  describe("who may", () => {
    it("lets a planner of bidang rehabilitasi create in their bidang", async () => {
      const attempted = await attempt(saveSubKegiatan, rehsos, {
        id: null,
        version: null,
        kegiatanId: (await item.kegiatan("1.06.04.2.01")).id,
        code: "1.06.04.2.01.0099",
        name: "Sub Kegiatan Rehsos",
        bidangId: bidang.rehsos,
        paguAwal: "5.000.000",
        paguPerubahan: null,
      });
      expect(attempted.result).toMatchObject({ ok: true });
      await expectAudit(attempted.changes, rehsos, "subKegiatan.save");
    });

    it("is NOT_FOUND for that planner under another bidang's kegiatan, or naming another bidang", async () => {
      const sekretariatKegiatan = await item.kegiatan("1.06.01.2.01");
      expectRefused(
        await attempt(saveSubKegiatan, rehsos, {
          id: null,
          version: null,
          kegiatanId: sekretariatKegiatan.id,
          code: "1.06.01.2.01.0099",
          name: "Di Bidang Lain",
          bidangId: bidang.sekretariat,
          paguAwal: "",
          paguPerubahan: "",
        }),
        "NOT_FOUND",
      );
      expectRefused(
        await attempt(saveSubKegiatan, rehsos, {
          id: null,
          version: null,
          kegiatanId: (await item.kegiatan("1.06.04.2.01")).id,
          code: "1.06.04.2.01.0098",
          name: "Dipindah Ke Bidang Lain",
          bidangId: bidang.linjamsos,
          paguAwal: "",
          paguPerubahan: "",
        }),
        "NOT_FOUND",
      );
      expectRefused(
        await attempt(saveProgram, rehsos, {
          id: null,
          version: null,
          opdId,
          year,
          code: "1.06.09",
          name: "Program Bidang Lain",
          bidangId: bidang.linjamsos,
          sasaranProgram: null,
          sasaranId: null,
        }),
        "NOT_FOUND",
      );
      const other = await item.sub("1.06.01.2.01.0001");
      expectRefused(
        await attempt(saveSubKegiatan, rehsos, {
          id: other.id,
          version: other.version,
          kegiatanId: sekretariatKegiatan.id,
          code: other.code,
          name: "Diubah Bidang Lain",
          bidangId: other.bidangId,
          paguAwal: "",
          paguPerubahan: "",
        }),
        "NOT_FOUND",
      );
    });

    it("is FORBIDDEN to the head", async () => {
      expectRefused(
        await attempt(saveProgram, kepala, {
          id: null,
          version: null,
          opdId,
          year,
          code: "1.06.09",
          name: "Program Kepala",
          bidangId: bidang.sekretariat,
          sasaranProgram: null,
          sasaranId: null,
        }),
        "FORBIDDEN",
      );
      const kegiatan = await item.kegiatan("1.06.04.2.01");
      expectRefused(
        await attempt(saveKegiatan, kepala, {
          id: kegiatan.id,
          version: kegiatan.version,
          programId: kegiatan.programId,
          code: kegiatan.code,
          name: "Diubah Kepala",
          bidangId: kegiatan.bidangId,
        }),
        "FORBIDDEN",
      );
    });
  });

  describe("editing", () => {
    const editSub = async (changes: { name?: string; version?: number; paguPerubahan?: string }) => {
      const sub = await item.sub("1.06.04.2.01.0001");
      return {
        sub,
        input: {
          id: sub.id,
          version: changes.version ?? sub.version,
          kegiatanId: sub.kegiatanId,
          code: sub.code,
          name: changes.name ?? sub.name,
          bidangId: sub.bidangId,
          paguAwal: "",
          paguPerubahan: changes.paguPerubahan ?? "",
        },
      };
    };

    it("renames a sub kegiatan, bumping its version and auditing old and new", async () => {
      const { sub, input } = await editSub({
        name: "Penyediaan Permakanan Lansia",
        paguPerubahan: "10.000.000",
      });
      const attempted = await attempt(saveSubKegiatan, perencana, input);
      expect(attempted.result).toMatchObject({ ok: true, value: { id: sub.id, version: sub.version + 1 } });
      expect(tally(attempted.changes)).toEqual({ SubKegiatan: "~1", AuditLog: "+1" });
      expect(await expectAudit(attempted.changes, perencana, "subKegiatan.save")).toMatchObject({
        entityId: sub.id,
        oldValues: { name: "Penyediaan Permakanan", paguAwal: null, paguPerubahan: null },
        newValues: { name: "Penyediaan Permakanan Lansia", paguAwal: null, paguPerubahan: "10000000.00" },
      });
    });

    it("refuses a stale version with CONFLICT showing the current values, changing nothing", async () => {
      const { input } = await editSub({ name: "Nama Dari Versi Lama", version: 1 });
      const attempted = await attempt(saveSubKegiatan, perencana, input);
      expectRefused(attempted, "CONFLICT");
      expect(attempted.result).toMatchObject({
        error: {
          message: expect.stringContaining('nama "Penyediaan Permakanan Lansia"'),
          current: {
            code: "1.06.04.2.01.0001",
            name: "Penyediaan Permakanan Lansia",
            bidang: "Bidang Rehabilitasi Sosial",
            paguPerubahan: "10000000.00",
            version: "2",
          },
        },
      });
    });

    it("refuses a stale program and kegiatan too", async () => {
      const program = await item.program("1.06.08");
      const input = {
        id: program.id,
        version: program.version,
        opdId,
        year,
        code: program.code,
        name: "Program Uji Coba (revisi)",
        bidangId: program.bidangId,
        sasaranProgram: null,
        sasaranId: null,
      };
      const first = await attempt(saveProgram, perencana, input);
      expect(first.result).toMatchObject({ ok: true, value: { version: 2 } });
      expect(await expectAudit(first.changes, perencana, "program.save")).toMatchObject({
        oldValues: { name: "Program Uji Coba", sasaranProgram: "Meningkatnya uji coba" },
        newValues: { name: "Program Uji Coba (revisi)", sasaranProgram: null },
      });
      const second = await attempt(saveProgram, perencana, { ...input, name: "Tertimpa" });
      expectRefused(second, "CONFLICT");
      expect(second.result).toMatchObject({ error: { current: { name: "Program Uji Coba (revisi)" } } });
    });

    it("is LOCKED once the LKIP is submitted, and open again when it is returned", async () => {
      await setStatus(year, "DIAJUKAN");
      const { input } = await editSub({ name: "Saat Diajukan" });
      const locked = await attempt(saveSubKegiatan, perencana, input);
      expectRefused(locked, "LOCKED");
      expect(locked.result).toMatchObject({
        error: { message: expect.stringContaining("berstatus Diajukan") },
      });
      const sub = await item.sub("1.06.08.2.01.0001");
      expectRefused(
        await attempt(deleteStructureItem, perencana, {
          level: "SUB_KEGIATAN",
          id: sub.id,
          version: sub.version,
        }),
        "LOCKED",
      );
      await setStatus(year, "DIKEMBALIKAN");
      expect((await attempt(saveSubKegiatan, perencana, input)).result).toMatchObject({ ok: true });
      await setStatus(year, "DRAFT");
    });
  });
});

describe("rekening.save", () => {
  it("adds a rekening line under a sub kegiatan without realisasi", async () => {
    const sub = await item.sub("1.06.08.2.01.0001");
    const attempted = await attempt(saveRekening, perencana, {
      id: null,
      version: null,
      subKegiatanId: sub.id,
      code: "5.1.02.01.01.0024",
      name: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
      paguAwal: "750.000",
      paguPerubahan: null,
    });
    expect(attempted.result).toMatchObject({ ok: true });
    expect(tally(attempted.changes)).toEqual({ RekeningBelanja: "+1", AuditLog: "+1" });
    expect(await expectAudit(attempted.changes, perencana, "rekening.save")).toMatchObject({
      year,
      entity: "RekeningBelanja",
      oldValues: null,
      newValues: { code: "5.1.02.01.01.0024", paguAwal: "750000.00", paguPerubahan: null },
    });
  });

  it("refuses a malformed and a duplicate rekening kode", async () => {
    const sub = await item.sub("1.06.08.2.01.0001");
    const input = {
      id: null,
      version: null,
      subKegiatanId: sub.id,
      name: "Belanja Lain",
      paguAwal: "1.000",
      paguPerubahan: null,
    };
    const malformed = await attempt(saveRekening, perencana, { ...input, code: "4.1.02.01.01.0024" });
    expectRefused(malformed, "INVALID");
    expect(malformed.result).toMatchObject({
      error: { fields: { code: expect.stringContaining("diawali 5") } },
    });
    const duplicate = await attempt(saveRekening, perencana, { ...input, code: "5.1.02.01.01.0024" });
    expectRefused(duplicate, "INVALID");
    expect(duplicate.result).toMatchObject({
      error: { message: expect.stringContaining("Kode rekening belanja 5.1.02.01.01.0024 sudah dipakai") },
    });
  });

  it("refuses the first rekening of a sub kegiatan whose realisasi was entered on it directly", async () => {
    const sub = await db.subKegiatan.findFirstOrThrow({
      where: { opdId, year: 2022, code: "1.06.04.2.01.0001" },
    });
    const attempted = await attempt(saveRekening, perencana, {
      id: null,
      version: null,
      subKegiatanId: sub.id,
      code: "5.1.02.01.01.0024",
      name: "Belanja ATK",
      paguAwal: "1.000",
      paguPerubahan: null,
    });
    expectRefused(attempted, "INVALID");
  });

  it("refuses a bad pagu text, naming the field", async () => {
    const sub = await item.sub("1.06.08.2.01.0001");
    const attempted = await attempt(saveRekening, perencana, {
      id: null,
      version: null,
      subKegiatanId: sub.id,
      code: "5.1.02.01.01.0025",
      name: "Belanja",
      paguAwal: "1,500",
      paguPerubahan: null,
    });
    expectRefused(attempted, "INVALID");
    expect(attempted.result).toMatchObject({
      error: { fields: { paguAwal: expect.stringMatching(/^Pagu awal/) } },
    });
  });
});

describe("structure.delete", () => {
  const remove = (actor: Principal, level: string, row: { id: string; version: number }, version?: number) =>
    attempt(deleteStructureItem, actor, { level, id: row.id, version: version ?? row.version });

  it("refuses an item with children, naming them", async () => {
    const attempted = await remove(perencana, "PROGRAM", await item.program("1.06.04"));
    expectRefused(attempted, "INVALID");
    expect(attempted.result).toMatchObject({
      error: { message: expect.stringContaining("masih memiliki 2 kegiatan") },
    });
    expectRefused(await remove(perencana, "SUB_KEGIATAN", await item.sub("1.06.08.2.01.0001")), "INVALID");
  });

  it("refuses an item with realisasi", async () => {
    const sub = await db.subKegiatan.findFirstOrThrow({
      where: { opdId, year: 2022, code: "1.06.04.2.01.0002" },
    });
    const attempted = await remove(perencana, "SUB_KEGIATAN", sub);
    expectRefused(attempted, "INVALID");
    expect(attempted.result).toMatchObject({
      error: { message: expect.stringContaining("realisasi anggaran") },
    });
  });

  it("is NOT_FOUND to a bidang planner and FORBIDDEN to the head", async () => {
    const rekening = await db.rekeningBelanja.findFirstOrThrow({ where: { code: "5.1.02.01.01.0024" } });
    expectRefused(await remove(rehsos, "REKENING", rekening), "NOT_FOUND");
    expectRefused(await remove(kepala, "REKENING", rekening), "FORBIDDEN");
  });

  it("refuses a stale version with CONFLICT", async () => {
    const rekening = await db.rekeningBelanja.findFirstOrThrow({ where: { code: "5.1.02.01.01.0024" } });
    expectRefused(await remove(perencana, "REKENING", rekening, rekening.version + 1), "CONFLICT");
  });

  it("deletes rekening, sub kegiatan, kegiatan and program bottom-up, one audit row each", async () => {
    const rekening = await db.rekeningBelanja.findFirstOrThrow({ where: { code: "5.1.02.01.01.0024" } });
    const steps = [
      ["REKENING", rekening, "RekeningBelanja"],
      ["SUB_KEGIATAN", await item.sub("1.06.08.2.01.0001"), "SubKegiatan"],
      ["KEGIATAN", await item.kegiatan("1.06.08.2.01"), "Kegiatan"],
      ["PROGRAM", await item.program("1.06.08"), "Program"],
    ] as const;
    for (const [level, row, table] of steps) {
      const attempted = await remove(perencana, level, row);
      expect(attempted.result).toMatchObject({ ok: true });
      expect(tally(attempted.changes)).toEqual({ [table]: "-1", AuditLog: "+1" });
      expect(await expectAudit(attempted.changes, perencana, "structure.delete")).toMatchObject({
        year,
        entity: table,
        entityId: row.id,
        oldValues: { code: row.code, name: row.name },
        newValues: null,
      });
    }
  });

  it("deletes a copied sub kegiatan with its indicator definitions", async () => {
    const sub = await db.subKegiatan.findFirstOrThrow({
      where: { opdId, year, indikator: { some: {} } },
      include: { _count: { select: { indikator: true } } },
    });
    const attempted = await remove(perencana, "SUB_KEGIATAN", sub);
    expect(attempted.result).toMatchObject({ ok: true });
    expect(tally(attempted.changes)).toEqual({
      SubKegiatan: "-1",
      Indikator: `-${sub._count.indikator}`,
      AuditLog: "+1",
    });
  });
});
