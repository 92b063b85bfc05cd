import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { mutations } from "@/lib/server/mutations/registry";
import { generateDueReminders } from "@/lib/server/notifications/generate-reminders";
import { loadNotifications } from "@/lib/server/notifications/load-notifications";
import { loadOpenNoteCounts } from "@/lib/server/review/load-open-note-counts";
import { findOpdYearContext } from "@/lib/server/opd-year/opd-year-context";
import { loadReviewNotes } from "@/lib/server/review/load-review-notes";
import {
  type ActorKey,
  type AnyMutation,
  attempt,
  expectRefused,
  type Regions,
  setUpRegions,
} from "./fixtures";

/**
 * Review notes as conversations and the notifications they write: who reads which note, a closed note
 * taking no reply, a stale close, the audit entries of a whole conversation, and the late-entry reminders
 * written once however often `npm run notify` runs.
 */

let fx: Regions;
beforeAll(async () => {
  fx = await setUpRegions();
});

const run = (name: string, actor: ActorKey, input: unknown) =>
  executeMutation(mutations[name]! as AnyMutation, fx.actors[actor], input);

async function note(actor: ActorKey, entity: string, entityId: string, body: string) {
  const result = await run("reviewNote.create", actor, {
    laporanId: fx.a.dinsos.laporanId,
    entity,
    entityId,
    body,
  });
  expect(result).toMatchObject({ ok: true });
  return (result as { ok: true; value: { id: string } }).value.id;
}

describe("who reads which note", () => {
  it("a bidang-limited planner reads the OPD's notes and their bidang's, never another bidang's", async () => {
    const whole = await note("inspektoratA", "LaporanKinerja", fx.a.dinsos.laporanId, "Catatan umum.");
    const rehsos = await note("inspektoratA", "SubKegiatan", fx.a.dinsos.subRehsos.id, "Catatan rehsos.");
    const sekretariat = await note(
      "inspektoratA",
      "SubKegiatan",
      fx.a.dinsos.subSekretariat.id,
      "Catatan sekretariat.",
    );
    const readBy = async (actor: ActorKey) => {
      const context = await findOpdYearContext(fx.actors[actor], "dinsos-serang", "2022");
      return context ? loadReviewNotes(context).map((n) => n.id) : null;
    };
    expect(await readBy("perencanaRehsosA")).toEqual(expect.arrayContaining([whole, rehsos]));
    expect(await readBy("perencanaRehsosA")).not.toContain(sekretariat);
    for (const actor of ["perencanaA", "kepalaA", "inspektoratA", "adminA"] as const) {
      expect(await readBy(actor)).toEqual(expect.arrayContaining([whole, rehsos, sekretariat]));
    }
    for (const actor of ["perencanaB", "inspektoratB", "adminB"] as const)
      expect(await readBy(actor)).toBeNull();
    // The region dashboard's counts: region readers of that region only.
    expect(await loadOpenNoteCounts(fx.actors.inspektoratA, 2022)).toEqual([
      expect.objectContaining({ name: "Dinas Sosial Kabupaten Serang", open: 3 }),
    ]);
    expect(await loadOpenNoteCounts(fx.actors.inspektoratB, 2022)).toEqual([]);
    expect(await loadOpenNoteCounts(fx.actors.kepalaA, 2022)).toEqual([]);
  });

  it("each user reads only their own notifications", async () => {
    const kepala = await loadNotifications(fx.actors.kepalaA);
    expect(kepala.length).toBeGreaterThan(0);
    const own = await db.notification.findMany({ where: { userId: fx.actors.kepalaA.userId } });
    expect(kepala.map((n) => n.id).sort()).toEqual(own.map((n) => n.id).sort());
    expect(await loadNotifications(fx.actors.kepalaB)).toEqual([]);
  });
});

describe("a conversation", () => {
  it("is audited step by step: note, reply, close, reopen", async () => {
    const id = await note("inspektoratA", "NarrativeSection", "KENDALA", "Kendala belum diuraikan.");
    expect(
      await run("reviewNote.reply", "perencanaA", { noteId: id, body: "Sudah diuraikan." }),
    ).toMatchObject({
      ok: true,
    });
    const closed = await run("reviewNote.status", "inspektoratA", {
      noteId: id,
      status: "SELESAI",
      version: 2,
    });
    expect(closed).toMatchObject({ ok: true, value: { status: "SELESAI", version: 3 } });
    expect(
      await run("reviewNote.status", "inspektoratA", { noteId: id, status: "TERBUKA", version: 3 }),
    ).toMatchObject({ ok: true });
    const trail = await db.auditLog.findMany({
      where: { OR: [{ entityId: id }, { entity: "NarrativeSection", entityId: "KENDALA" }] },
      orderBy: { id: "asc" },
    });
    expect(trail.map((e) => [e.action, e.userId, e.oldValues, e.newValues])).toEqual([
      [
        "reviewNote.create",
        fx.actors.inspektoratA.userId,
        null,
        { note: "Kendala belum diuraikan.", noteStatus: "TERBUKA" },
      ],
      [
        "reviewNote.reply",
        fx.actors.perencanaA.userId,
        { noteStatus: "TERBUKA" },
        { reply: "Sudah diuraikan.", noteStatus: "DIJAWAB" },
      ],
      [
        "reviewNote.status",
        fx.actors.inspektoratA.userId,
        { noteStatus: "DIJAWAB" },
        { noteStatus: "SELESAI" },
      ],
      [
        "reviewNote.status",
        fx.actors.inspektoratA.userId,
        { noteStatus: "SELESAI" },
        { noteStatus: "TERBUKA" },
      ],
    ]);
    expect(trail.every((e) => e.opdId === fx.a.dinsos.opdId && e.year === 2022)).toBe(true);
  });

  it("a closed note takes no reply until the reviewer reopens it", async () => {
    const id = await note("inspektoratA", "LaporanKinerja", fx.a.dinsos.laporanId, "Tutup dulu.");
    await run("reviewNote.status", "inspektoratA", { noteId: id, status: "SELESAI", version: 1 });
    const refused = await attempt(mutations["reviewNote.reply"]!, fx.actors.perencanaA, {
      noteId: id,
      body: "Terlambat.",
    });
    expectRefused(refused, "CONFLICT");
    expect(refused.result).toMatchObject({ error: { message: expect.stringContaining("sudah ditutup") } });
  });

  it("a stale close is refused and names the status another reviewer left", async () => {
    const id = await note("inspektoratA", "LaporanKinerja", fx.a.dinsos.laporanId, "Dua peninjau.");
    await run("reviewNote.status", "inspektoratA", { noteId: id, status: "SELESAI", version: 1 });
    const stale = await attempt(mutations["reviewNote.status"]!, fx.actors.inspektoratA, {
      noteId: id,
      status: "SELESAI",
      version: 1,
    });
    expectRefused(stale, "CONFLICT");
    expect(stale.result).toMatchObject({ error: { message: expect.stringContaining("status: Selesai") } });
  });

  it("a reply with no text says which field, in Indonesian", async () => {
    const id = await note("inspektoratA", "LaporanKinerja", fx.a.dinsos.laporanId, "Kosong.");
    expect(await run("reviewNote.reply", "perencanaA", { noteId: id, body: "   " })).toMatchObject({
      ok: false,
      error: { kind: "INVALID", fields: { body: "Balasan wajib diisi" } },
    });
  });
});

describe("notes on a program, a kegiatan and an indicator", () => {
  it("belong to the item's bidang: read, notified and audited as a sub kegiatan's", async () => {
    const { subSekretariat, quarterlySekretariat, bidangSekretariatId, ikuId } = fx.a.dinsos;
    const [program, kegiatan, indikator] = await Promise.all([
      db.program.findUniqueOrThrow({ where: { id: subSekretariat.programId } }),
      db.kegiatan.findUniqueOrThrow({ where: { id: subSekretariat.kegiatanId } }),
      db.indikator.findUniqueOrThrow({ where: { id: quarterlySekretariat.indikatorId! } }),
    ]);
    const ids = {
      program: await note("inspektoratA", "Program", program.id, "Sasaran program belum selaras."),
      kegiatan: await note("inspektoratA", "Kegiatan", kegiatan.id, "Rincian kegiatan kurang."),
      indikator: await note("inspektoratA", "Indikator", indikator.id, "Definisi operasional belum ada."),
      iku: await note("inspektoratA", "Indikator", ikuId, "Formula IKU perlu dijelaskan."),
    };
    const stored = await db.reviewNote.findMany({ where: { id: { in: Object.values(ids) } } });
    const byId = new Map(stored.map((row) => [row.id, row]));
    expect(byId.get(ids.program)).toMatchObject({
      entityLabel: `${program.code} ${program.name}`,
      bidangId: bidangSekretariatId,
    });
    expect(byId.get(ids.kegiatan)).toMatchObject({
      entityLabel: `${kegiatan.code} ${kegiatan.name}`,
      bidangId: bidangSekretariatId,
    });
    // An item's indicator is its bidang's; the IKU (a sasaran's) the whole OPD's.
    expect(byId.get(ids.indikator)).toMatchObject({
      entityLabel: `Indikator ${indikator.name}`,
      bidangId: bidangSekretariatId,
    });
    expect(byId.get(ids.iku)).toMatchObject({ bidangId: null });

    const readBy = async (actor: ActorKey) =>
      loadReviewNotes((await findOpdYearContext(fx.actors[actor], "dinsos-serang", "2022"))!).map(
        (n) => n.id,
      );
    const rehsos = await readBy("perencanaRehsosA");
    expect(rehsos).toContain(ids.iku);
    for (const id of [ids.program, ids.kegiatan, ids.indikator]) expect(rehsos).not.toContain(id);
    expect(await readBy("perencanaA")).toEqual(expect.arrayContaining(Object.values(ids)));

    const notified = async (actor: ActorKey) =>
      (await db.notification.findMany({ where: { userId: fx.actors[actor].userId, kind: "CATATAN" } })).map(
        (n) => n.href,
      );
    const hrefOf = (id: string) => `/opd/dinsos-serang/2022/catatan#catatan-${id}`;
    expect(await notified("perencanaA")).toEqual(expect.arrayContaining(Object.values(ids).map(hrefOf)));
    expect(await notified("kepalaA")).toContain(hrefOf(ids.indikator));
    expect(await notified("perencanaRehsosA")).toContain(hrefOf(ids.iku));
    for (const id of [ids.program, ids.kegiatan, ids.indikator])
      expect(await notified("perencanaRehsosA")).not.toContain(hrefOf(id));

    const audited = await db.auditLog.findFirstOrThrow({
      where: { action: "reviewNote.create", entity: "Indikator", entityId: indikator.id },
    });
    expect(audited).toMatchObject({
      userId: fx.actors.inspektoratA.userId,
      opdId: fx.a.dinsos.opdId,
      year: 2022,
      newValues: { note: "Definisi operasional belum ada.", noteStatus: "TERBUKA" },
    });
  });

  it("refuse an item of another OPD or region on this OPD-year's LKIP", async () => {
    for (const [entity, entityId] of [
      ["Program", fx.a.dinkes.programId],
      ["Kegiatan", fx.a.dinkes.sub.kegiatanId],
      ["Indikator", fx.a.dinkes.indikatorId],
      ["Indikator", fx.b.dinsos.indikatorId],
    ] as const) {
      const refused = await attempt(mutations["reviewNote.create"]!, fx.actors.inspektoratA, {
        laporanId: fx.a.dinsos.laporanId,
        entity,
        entityId,
        body: "Salah sasaran.",
      });
      expectRefused(refused, "NOT_FOUND");
    }
  });
});

describe("late-entry reminders", () => {
  // Two days after the TW I 2022 deadline (10 April): the sub kegiatan added without realisasi are missing.
  const now = new Date("2022-04-12T09:00:00+07:00");
  const reminders = (actor: ActorKey) =>
    db.notification.findMany({ where: { userId: fx.actors[actor].userId, kind: "PENGINGAT" } });

  it("go to the planners of the bidang that have not entered the triwulan, once", async () => {
    const first = await generateDueReminders(now);
    expect(first.length).toBeGreaterThan(0);
    const rehsos = await reminders("perencanaRehsosA");
    expect(rehsos).toHaveLength(1);
    expect(rehsos[0]).toMatchObject({
      pemdaId: fx.a.pemdaId,
      href: "/opd/dinsos-serang/2022/realisasi/1",
      title: expect.stringMatching(
        /^Realisasi TW I 2022 Dinas Sosial Kabupaten Serang belum lengkap \(\d+ isian\): sudah lewat batas 10 April 2022$/,
      ),
    });
    expect((await reminders("perencanaA")).length).toBeGreaterThanOrEqual(1);
    expect(await reminders("kepalaA")).toEqual([]);
    expect(await reminders("inspektoratA")).toEqual([]);

    const total = await db.notification.count({ where: { kind: "PENGINGAT" } });
    expect(await generateDueReminders(now)).toEqual([]);
    expect(await db.notification.count({ where: { kind: "PENGINGAT" } })).toBe(total);
  });

  it("are not written outside the window around the deadline", async () => {
    const before = await db.notification.count({ where: { kind: "PENGINGAT" } });
    expect(await generateDueReminders(new Date("2022-05-20T09:00:00+07:00"))).toEqual([]);
    expect(await db.notification.count({ where: { kind: "PENGINGAT" } })).toBe(before);
  });
});
