import { beforeAll, describe, expect, it } from "vitest";
import { countFindings } from "@/lib/calc/finding-groups";
import { db } from "@/lib/server/db";
import { findOpenFindings } from "@/lib/server/laporan/open-findings";
import { loadNarratives } from "@/lib/server/narrative/load-narratives";
import { transitionLaporan } from "@/lib/server/laporan/transition-laporan";
import { attempt, expectRefused, type Regions, setLaporanStatus, setUpRegions, tally } from "./fixtures";

/** FINAL over open errors needs a written reason, checked on the server from the stored figures. */

let fx: Regions;
const laporan = () => db.laporanKinerja.findUniqueOrThrow({ where: { id: fx.a.dinsos.laporanId } });

beforeAll(async () => {
  fx = await setUpRegions();
});

const finalise = async (laporanId: string, note?: string) => {
  const { version } = await db.laporanKinerja.findUniqueOrThrow({ where: { id: laporanId } });
  const actor = laporanId === fx.a.dinsos.laporanId ? fx.actors.kepalaA : fx.actors.kepalaB;
  return attempt(transitionLaporan, actor, { laporanId, to: "FINAL", version, note });
};

describe("finalising Dinas Sosial Serang 2022, which has open errors", () => {
  beforeAll(async () => {
    await setLaporanStatus(fx.a.dinsos.laporanId, "DIREVIU");
  });

  it("has open errors to begin with", async () => {
    const errors = (await findOpenFindings(await laporan())).filter((f) => f.severity === "ERROR");
    expect(errors.length).toBeGreaterThan(0);
  });

  it.each([undefined, "", "   "])(
    "is refused with note %j, naming the count, and changes nothing",
    async (note) => {
      // Counted as the OPD-year page counts them: one per rule, with the places as items.
      const counts = countFindings(await findOpenFindings(await laporan()));
      const attempted = await finalise(fx.a.dinsos.laporanId, note);
      expectRefused(attempted, "INVALID");
      expect(attempted.result).toMatchObject({
        error: {
          message: expect.stringContaining(
            `Masih ada ${counts.errors} kesalahan terbuka (${counts.items.ERROR} butir)`,
          ),
        },
      });
      expect((await laporan()).status).toBe("DIREVIU");
    },
  );

  it("goes through with a reason, stored with the transition and in the audit", async () => {
    const reason = "Selisih Tabel 3.6 berasal dari dokumen sumber; dicatat di Lampiran.";
    const attempted = await finalise(fx.a.dinsos.laporanId, reason);
    expect(attempted.result).toMatchObject({ ok: true, value: { status: "FINAL" } });
    expect(tally(attempted.changes)).toEqual({
      LaporanKinerja: "~1",
      StatusTransition: "+1",
      LkipRevision: "+1",
      // The year's result through each triwulan, kept with the revision.
      LkipRevisionResult: "+4",
      AuditLog: "+1",
      // Everyone of the OPD-year but the head who moved it, and the region's reviewers, is told.
      Notification: "+4",
    });
    const transition = await db.statusTransition.findFirstOrThrow({
      where: { laporanId: fx.a.dinsos.laporanId, toStatus: "FINAL" },
      orderBy: { createdAt: "desc" },
    });
    expect(transition).toMatchObject({ note: reason, userId: fx.actors.kepalaA.userId });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "laporan.transition", entityId: fx.a.dinsos.laporanId },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ reason, newValues: { status: "FINAL" } });
  });
});

describe("finalising a year without open errors", () => {
  it("needs no reason, once every mandatory narrative section is written", async () => {
    const clean = fx.b.dinsos.laporanId;
    const opd = await db.laporanKinerja.findUniqueOrThrow({ where: { id: clean } });
    // Cilegon's fixture year: its only findings are about the empty targets; drop them to leave no error.
    await db.indikator.deleteMany({ where: { subKegiatan: { opdId: opd.opdId } } });
    await db.subKegiatan.updateMany({ where: { opdId: opd.opdId }, data: { paguAwal: "100000000" } });
    await db.rekeningBelanja.updateMany({
      where: { subKegiatan: { opdId: opd.opdId } },
      data: { paguAwal: "25000000" },
    });
    // What is left open: the mandatory narrative sections nobody has written.
    const unwritten = (await findOpenFindings(opd)).filter((f) => f.severity === "ERROR");
    expect(unwritten.length).toBeGreaterThan(0);
    expect(new Set(unwritten.map((f) => f.code))).toEqual(new Set(["NARASI_WAJIB_KOSONG"]));
    expect(unwritten.map((f) => f.message)).toContain(
      "Narasi Kata Pengantar wajib ada dalam laporan dan belum ditulis",
    );
    await setLaporanStatus(clean, "DIREVIU");
    const refused = await finalise(clean);
    expectRefused(refused, "INVALID");
    expect(refused.result).toMatchObject({
      error: {
        message: expect.stringContaining(`Masih ada 1 kesalahan terbuka (${unwritten.length} butir)`),
      },
    });
    const slots = (await loadNarratives(opd)).flatMap((chapter) => chapter.entries);
    await db.narrative.createMany({
      data: slots
        .filter((slot) => slot.mandatory)
        .map((slot) => ({
          pemdaId: opd.pemdaId,
          laporanId: clean,
          section: slot.section,
          ...slot.ids,
          body: "Teks.",
        })),
    });
    expect((await findOpenFindings(opd)).filter((f) => f.severity === "ERROR")).toEqual([]);
    const attempted = await finalise(clean);
    expect(attempted.result).toMatchObject({ ok: true, value: { status: "FINAL" } });
  });
});
