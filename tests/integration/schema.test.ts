import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseConfig, parseDatabaseUrl } from "@/lib/database-config";
import { env } from "@/lib/env";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { createDatabaseIfMissing, dropDatabase, migrateDatabase } from "@/scripts/lib/database";

// A database created empty here and migrated by `prisma migrate deploy`, not the shared template:
// a migration that drifted from schema.prisma fails below.
let config: DatabaseConfig;
let db: PrismaClient;

beforeAll(async () => {
  config = {
    ...parseDatabaseUrl(env.DATABASE_URL!),
    database: `${parseDatabaseUrl(env.DATABASE_URL!).database}_empty`,
  };
  await createDatabaseIfMissing(config);
  migrateDatabase(config);
  db = createPrismaClient(config);
});

afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(config);
});

describe("migrations and client", () => {
  it("writes and reads back every model", async () => {
    const written = new Set<string>();
    const pemda = await db.pemda.create({ data: { code: "9999", name: "Kota Uji", kind: "KOTA" } });
    written.add("Pemda");
    const pemdaId = pemda.id;
    const rpjmd = await db.rpjmd.create({ data: { pemdaId, startYear: 2021, endYear: 2026, visi: "Visi" } });
    written.add("Rpjmd");
    const misi = await db.misi.create({ data: { pemdaId, rpjmdId: rpjmd.id, number: 1, text: "Misi" } });
    written.add("Misi");
    const opd = await db.perangkatDaerah.create({
      data: { pemdaId, slug: "dinsos-uji", name: "Dinas Sosial" },
    });
    written.add("PerangkatDaerah");
    const bidang = await db.bidang.create({ data: { pemdaId, opdId: opd.id, name: "Bidang A" } });
    written.add("Bidang");
    const periode = await db.periode.create({
      data: { pemdaId, opdId: opd.id, startYear: 2021, endYear: 2026 },
    });
    written.add("Periode");
    const tujuan = await db.tujuan.create({
      data: { pemdaId, periodeId: periode.id, misiId: misi.id, code: "T1", text: "Tujuan" },
    });
    written.add("Tujuan");
    const sasaran = await db.sasaran.create({
      data: { pemdaId, tujuanId: tujuan.id, code: "S1", text: "Sasaran" },
    });
    written.add("Sasaran");
    const scope = { pemdaId, opdId: opd.id, year: 2023 };
    const program = await db.program.create({
      data: {
        ...scope,
        code: "1.06.04",
        name: "Rehabilitasi Sosial",
        sasaranId: sasaran.id,
        bidangId: bidang.id,
      },
    });
    written.add("Program");
    const kegiatan = await db.kegiatan.create({
      data: { ...scope, programId: program.id, code: "1.06.04.2.01", name: "Kegiatan" },
    });
    written.add("Kegiatan");
    const sub = await db.subKegiatan.create({
      data: {
        ...scope,
        kegiatanId: kegiatan.id,
        code: "1.06.04.2.01.0001",
        name: "Sub",
        paguAwal: "82380000.50",
      },
    });
    written.add("SubKegiatan");
    const rekening = await db.rekeningBelanja.create({
      data: { pemdaId, subKegiatanId: sub.id, code: "5.1.02.01.01.0024", name: "Belanja", paguAwal: "1000" },
    });
    written.add("RekeningBelanja");
    await db.realisasiAnggaran.create({
      data: { pemdaId, rekeningBelanjaId: rekening.id, period: "TW1", amount: "999.99" },
    });
    written.add("RealisasiAnggaran");
    const indikator = await db.indikator.create({
      data: {
        pemdaId,
        level: "SASARAN",
        sasaranId: sasaran.id,
        isIku: true,
        name: "Persentase PPKS yang ditangani",
        satuan: "%",
        calculation: "RASIO",
        numeratorLabel: "PPKS yang ditangani",
        denominatorLabel: "Jumlah PPKS",
      },
    });
    written.add("Indikator");
    await db.targetIndikator.create({
      data: { pemdaId, indikatorId: indikator.id, year: 2023, target: "91.5" },
    });
    written.add("TargetIndikator");
    await db.realisasiIndikator.create({
      data: {
        pemdaId,
        indikatorId: indikator.id,
        year: 2023,
        period: "TAHUNAN",
        numerator: "13415",
        denominator: "14460",
      },
    });
    written.add("RealisasiIndikator");
    const plan = await db.rencanaAksiIndikator.create({
      data: { pemdaId, indikatorId: indikator.id, year: 2023, period: "TW2", target: "45.75" },
    });
    expect(plan.target.toString()).toBe("45.75");
    written.add("RencanaAksiIndikator");
    const disbursement = await db.rencanaAksiAnggaran.create({
      data: { pemdaId, subKegiatanId: sub.id, period: "TW1", amount: "20595000.25" },
    });
    expect(disbursement.amount.toString()).toBe("20595000.25");
    written.add("RencanaAksiAnggaran");
    // A plan is per triwulan: an annual plan and a negative disbursement are refused by the database.
    await expect(
      db.rencanaAksiAnggaran.create({
        data: { pemdaId, subKegiatanId: sub.id, period: "TAHUNAN", amount: "1" },
      }),
    ).rejects.toThrow();
    await expect(
      db.rencanaAksiAnggaran.create({
        data: { pemdaId, subKegiatanId: sub.id, period: "TW2", amount: "-1" },
      }),
    ).rejects.toThrow();
    const laporan = await db.laporanKinerja.create({ data: { ...scope, reportedPagu: "5093068611" } });
    written.add("LaporanKinerja");
    await db.narrative.create({
      data: { pemdaId, laporanId: laporan.id, section: "KENDALA", body: "Kendala" },
    });
    written.add("Narrative");
    await db.perjanjianKinerja.create({
      data: { ...scope, signerName: "Kepala", signerTitle: "Kepala Dinas", counterpartTitle: "Wali Kota" },
    });
    written.add("PerjanjianKinerja");
    const user = await db.user.create({
      data: {
        pemdaId,
        opdId: opd.id,
        email: "perencana@uji.go.id",
        name: "Perencana",
        passwordHash: "x",
        role: "PERENCANA",
      },
    });
    written.add("User");
    await db.userBidang.create({ data: { pemdaId, userId: user.id, bidangId: bidang.id } });
    written.add("UserBidang");
    await db.statusTransition.create({
      data: { pemdaId, laporanId: laporan.id, fromStatus: "DRAFT", toStatus: "DIAJUKAN", userId: user.id },
    });
    written.add("StatusTransition");
    const revision = await db.lkipRevision.create({
      data: {
        pemdaId,
        laporanId: laporan.id,
        revision: 1,
        code: "UJIREVISIAAAAAAAAAAAAAAA",
        sha256: "0".repeat(64),
        pdf: new Uint8Array([37, 80, 68, 70]),
        pageCount: 1,
        createdById: user.id,
        document: { title: "LKIP" },
      },
    });
    written.add("LkipRevision");
    await db.lkipRevisionResult.create({
      data: { pemdaId, revisionId: revision.id, throughQuarter: 4, figures: { rollup: null }, summary: {} },
    });
    written.add("LkipRevisionResult");
    const note = await db.reviewNote.create({
      data: {
        pemdaId,
        laporanId: laporan.id,
        entity: "SubKegiatan",
        entityId: sub.id,
        entityLabel: sub.code,
        body: "Cek",
        authorId: user.id,
      },
    });
    written.add("ReviewNote");
    await db.reviewReply.create({ data: { pemdaId, noteId: note.id, body: "Sudah", authorId: user.id } });
    written.add("ReviewReply");
    await db.notification.create({
      data: { pemdaId, userId: user.id, kind: "CATATAN", title: "Catatan baru", href: "/notifikasi" },
    });
    written.add("Notification");
    await db.auditLog.create({
      data: {
        pemdaId,
        opdId: opd.id,
        year: 2023,
        userId: user.id,
        action: "UPDATE",
        entity: "SubKegiatan",
        entityId: sub.id,
        oldValues: { paguAwal: "1" },
        newValues: { paguAwal: "2" },
      },
    });
    written.add("AuditLog");
    await db.paguIndikatif.create({
      data: { pemdaId, periodeId: periode.id, year: 2023, amount: "17654457386.00" },
    });
    written.add("PaguIndikatif");
    await db.dayaDukung.create({ data: { ...scope, kind: "STATUS", label: "PNS", jumlah: 45 } });
    written.add("DayaDukung");
    const stored = await db.storedFile.create({
      data: { pemdaId, bytes: new Uint8Array([137, 80, 78, 71]) },
    });
    written.add("StoredFile");
    await db.attachment.create({
      data: {
        ...scope,
        kind: "STRUKTUR_ORGANISASI",
        caption: "Struktur organisasi",
        mimeType: "image/png",
        sha256: "0".repeat(64),
        size: 4,
        storageKey: stored.id,
        createdById: user.id,
      },
    });
    await db.attachment.create({
      data: {
        ...scope,
        kind: "BUKTI_DUKUNG",
        caption: "Kriteria LKE 1.a.3",
        fileName: "Notulen evaluasi.pdf",
        mimeType: "application/pdf",
        sha256: "0".repeat(64),
        size: 4,
        storageKey: stored.id,
        target: "KRITERIA_LKE",
        lkeCode: "1.a.3",
        createdById: user.id,
      },
    });
    written.add("Attachment");
    await db.kodeRekening.upsert({
      where: { code: "5" },
      create: { code: "5", name: "BELANJA DAERAH" },
      update: {},
    });
    written.add("KodeRekening");
    // The triggers may have recorded the version already: set it, whichever wrote first.
    await db.opdYearVersion.upsert({
      where: { opdId_year: { opdId: opd.id, year: 2023 } },
      create: { ...scope, version: 7n },
      update: { version: 7n },
    });
    written.add("OpdYearVersion");
    await db.opdYearResult.create({
      data: { ...scope, throughQuarter: 4, dataVersion: 7n, figures: { rollup: null }, summary: {} },
    });
    written.add("OpdYearResult");
    await db.lkipDraft.create({
      data: {
        pemdaId,
        laporanId: laporan.id,
        format: "DOCX",
        dataVersion: 7n,
        renderer: "uji",
        sha256: "0".repeat(64),
        bytes: new Uint8Array([80, 75]),
      },
    });
    written.add("LkipDraft");
    await db.lkipDraftRender.create({
      data: { pemdaId, laporanId: laporan.id, format: "PDF", dataVersion: 7n, renderer: "uji" },
    });
    written.add("LkipDraftRender");
    await db.lkeKomponen.create({ data: { pemdaId, number: 1, name: "Perencanaan Kinerja", weight: "30" } });
    written.add("LkeKomponen");
    const kriteria = await db.lkeKriteria.create({
      data: {
        pemdaId,
        code: "1.a.3",
        text: "Terdapat dokumen perencanaan kinerja jangka menengah.",
        scale: "YA_TIDAK",
      },
    });
    written.add("LkeKriteria");
    const jawaban = await db.lkeJawaban.create({
      data: { ...scope, kriteriaId: kriteria.id, answer: "Y", explanation: "Renstra 2021–2026", score: "T" },
    });
    expect(jawaban).toMatchObject({ answer: "Y", score: "T", scoreNote: "", version: 1 });
    written.add("LkeJawaban");
    // A mark outside both scales is refused by the database itself.
    await expect(db.lkeJawaban.update({ where: { id: jawaban.id }, data: { answer: "X" } })).rejects.toThrow(
      /LkeJawaban_answer_check/,
    );

    const blockedUntil = new Date("2026-12-01T07:00:00Z");
    await db.signInThrottle.create({
      data: { email: "perencana@uji.go.id", clientAddress: "203.0.113.9", failures: 2, blockedUntil },
    });
    written.add("SignInThrottle");
    await db.signInBudget.create({
      data: { clientAddress: "203.0.113.9", windowStart: blockedUntil, failures: 2 },
    });
    written.add("SignInBudget");
    await db.session.create({
      data: { id: "sesi-uji", pemdaId, userId: user.id, sessionVersion: 1, expiresAt: blockedUntil },
    });
    written.add("Session");
    const targetRevision = await db.targetRevision.create({
      data: {
        pemdaId,
        opdId: opd.id,
        kind: "PK",
        nomor: "050/1/2023",
        tanggal: new Date("2023-06-30T00:00:00Z"),
        alasan: "Refocusing",
        berlakuMulai: new Date("2023-07-01T00:00:00Z"),
        createdById: user.id,
      },
    });
    written.add("TargetRevision");
    await db.targetRevisionValue.create({
      data: {
        pemdaId,
        revisionId: targetRevision.id,
        indikatorId: indikator.id,
        year: 2023,
        target: "92.5",
        previousTarget: "91.5",
      },
    });
    written.add("TargetRevisionValue");
    const readRevision = await db.targetRevision.findUniqueOrThrow({
      where: { id: targetRevision.id },
      include: { values: true },
    });
    expect(readRevision.berlakuMulai.toISOString()).toBe("2023-07-01T00:00:00.000Z");
    expect(readRevision.values.map((v) => [v.target.toString(), v.previousTarget?.toString()])).toEqual([
      ["92.5", "91.5"],
    ]);

    expect([...written].sort()).toEqual(Object.values(Prisma.ModelName).sort());

    const readBack = await db.perangkatDaerah.findUniqueOrThrow({
      where: { slug: "dinsos-uji" },
      include: {
        programs: {
          include: {
            kegiatan: {
              include: { subKegiatan: { include: { rekening: { include: { realisasi: true } } } } },
            },
          },
        },
        laporan: { include: { narratives: true, transitions: true, reviewNotes: true } },
        perjanjianKinerja: true,
        users: { include: { bidang: true, auditLogs: true } },
      },
    });
    const readSub = readBack.programs[0]!.kegiatan[0]!.subKegiatan[0]!;
    expect(readSub.paguAwal!.toString()).toBe("82380000.5");
    expect(readSub.rekening[0]!.realisasi[0]!.amount.toString()).toBe("999.99");
    expect(readBack.laporan[0]!.reportedPagu!.toString()).toBe("5093068611");
    expect(readBack.laporan[0]!.narratives[0]!.body).toBe("Kendala");
    expect(readBack.laporan[0]!.transitions[0]!.toStatus).toBe("DIAJUKAN");
    expect(readBack.laporan[0]!.reviewNotes[0]!.body).toBe("Cek");
    expect(readBack.users[0]!.bidang[0]!.bidangId).toBe(bidang.id);
    expect(readBack.users[0]!.auditLogs[0]!.newValues).toEqual({ paguAwal: "2" });
    const throttleKey = { email: "perencana@uji.go.id", clientAddress: "203.0.113.9" };
    expect(
      (await db.signInThrottle.findUniqueOrThrow({ where: { email_clientAddress: throttleKey } })).failures,
    ).toBe(2);
    expect((await db.session.findUniqueOrThrow({ where: { id: "sesi-uji" } })).userId).toBe(user.id);
    const ratio = await db.realisasiIndikator.findFirstOrThrow({ where: { indikatorId: indikator.id } });
    expect([ratio.numerator!.toString(), ratio.denominator!.toString()]).toEqual(["13415", "14460"]);
  });

  it("refuses an indicator attached to two owners, leaving nothing behind", async () => {
    const sasaran = await db.sasaran.findFirstOrThrow();
    const program = await db.program.findFirstOrThrow();
    const before = await db.indikator.count();
    await expect(
      db.indikator.create({
        data: {
          pemdaId: sasaran.pemdaId,
          level: "SASARAN",
          sasaranId: sasaran.id,
          programId: program.id,
          name: "X",
          satuan: "%",
        },
      }),
    ).rejects.toThrow(/Indikator_one_owner_check/);
    expect(await db.indikator.count()).toBe(before);
  });

  it("refuses negative realisasi and a realisasi on two leaves", async () => {
    const sub = await db.subKegiatan.findFirstOrThrow();
    const rekening = await db.rekeningBelanja.findFirstOrThrow();
    await expect(
      db.realisasiAnggaran.create({
        data: { pemdaId: sub.pemdaId, subKegiatanId: sub.id, period: "TW2", amount: "-1" },
      }),
    ).rejects.toThrow(/RealisasiAnggaran_amount_check/);
    await expect(
      db.realisasiAnggaran.create({
        data: {
          pemdaId: sub.pemdaId,
          subKegiatanId: sub.id,
          rekeningBelanjaId: rekening.id,
          period: "TW3",
          amount: "1",
        },
      }),
    ).rejects.toThrow(/RealisasiAnggaran_one_leaf_check/);
    expect(await db.realisasiAnggaran.count({ where: { subKegiatanId: sub.id } })).toBe(0);
  });

  it("keeps the audit trail append-only", async () => {
    const entry = await db.auditLog.findFirstOrThrow();
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "EDIT" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("UPDATE");
  });
});
