import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/server/auth/password";
import { DEMO_PASSWORD } from "./demo-password";
import type { DemoIndicator, DemoOpdYear } from "./types";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Loads one OPD-year transcribed from a report. Idempotent: an OPD-year that already has its LKIP
 * record is left untouched, so running it again (or after users edited the data) changes nothing.
 */
export async function loadDemo(db: PrismaClient, data: DemoOpdYear): Promise<"loaded" | "already-loaded"> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.$transaction(
    async (tx) => {
      const existing = await tx.laporanKinerja.findFirst({
        where: { year: data.year, opd: { slug: data.opd.slug } },
      });
      if (existing) return "already-loaded";

      const pemda = await tx.pemda.upsert({
        where: { code: data.pemda.code },
        create: { code: data.pemda.code, name: data.pemda.name, kind: data.pemda.kind },
        update: {},
      });
      const pemdaId = pemda.id;
      const misiId = await upsertRpjmd(tx, pemdaId, data);
      const opd = await tx.perangkatDaerah.upsert({
        where: { slug: data.opd.slug },
        create: { pemdaId, ...data.opd },
        update: {},
      });
      const bidangIds = await createBidang(tx, pemdaId, opd.id, data.bidang);
      const sasaranId = await createRenstra(tx, { pemdaId, opdId: opd.id, misiId, data });
      await createPrograms(tx, { pemdaId, opdId: opd.id, sasaranId, bidangIds, data });
      await createLaporan(tx, { pemdaId, opdId: opd.id, data });
      await createAccounts(tx, { pemdaId, opdId: opd.id, bidangIds, passwordHash, data });
      return "loaded";
    },
    { timeout: 60_000 },
  );
}

async function upsertRpjmd(tx: Tx, pemdaId: string, data: DemoOpdYear): Promise<string> {
  const rpjmd = await tx.rpjmd.upsert({
    where: { pemdaId_startYear: { pemdaId, startYear: data.rpjmd.startYear } },
    create: {
      pemdaId,
      startYear: data.rpjmd.startYear,
      endYear: data.rpjmd.endYear,
      visi: data.pemda.visi,
      misi: { create: data.rpjmd.misi.map((misi) => ({ pemdaId, ...misi })) },
    },
    update: {},
    include: { misi: true },
  });
  const misi = rpjmd.misi.find((m) => m.number === data.renstra.misiNumber);
  if (!misi) throw new Error(`Misi ${data.renstra.misiNumber} tidak ada di RPJMD`);
  return misi.id;
}

async function createBidang(
  tx: Tx,
  pemdaId: string,
  opdId: string,
  bidang: Record<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [key, name] of Object.entries(bidang)) {
    const row = await tx.bidang.upsert({
      where: { opdId_name: { opdId, name } },
      create: { pemdaId, opdId, name },
      update: {},
    });
    ids.set(key, row.id);
  }
  return ids;
}

/** Creates the Renstra period with its tujuan, sasaran and IKU; returns the (single) sasaran's id. */
async function createRenstra(
  tx: Tx,
  args: { pemdaId: string; opdId: string; misiId: string; data: DemoOpdYear },
): Promise<string> {
  const { pemdaId, opdId, misiId, data } = args;
  const periode = await tx.periode.create({
    data: { pemdaId, opdId, startYear: data.renstra.startYear, endYear: data.renstra.endYear },
  });
  let firstSasaranId: string | undefined;
  for (const tujuan of data.renstra.tujuan) {
    const tujuanRow = await tx.tujuan.create({
      data: { pemdaId, periodeId: periode.id, misiId, code: tujuan.code, text: tujuan.text },
    });
    for (const sasaran of tujuan.sasaran) {
      const sasaranRow = await tx.sasaran.create({
        data: { pemdaId, tujuanId: tujuanRow.id, code: sasaran.code, text: sasaran.text },
      });
      firstSasaranId ??= sasaranRow.id;
      for (const [position, iku] of sasaran.iku.entries()) {
        await tx.indikator.create({
          data: {
            pemdaId,
            level: "SASARAN",
            sasaranId: sasaranRow.id,
            isIku: true,
            position,
            name: iku.name,
            satuan: iku.satuan,
            polarity: iku.polarity,
            // Tabel 3.2 carries the RPJMD/Renstra targets; the PK of each year signed the same figure.
            targets: {
              create: iku.years.map((y) => ({
                pemdaId,
                year: y.year,
                target: y.target,
                targetRenstra: y.target,
              })),
            },
            realisasi: {
              create: iku.years
                .filter((y) => y.realisasi !== null)
                .map((y) => ({ pemdaId, year: y.year, period: "TAHUNAN" as const, value: y.realisasi })),
            },
          },
        });
      }
    }
  }
  if (!firstSasaranId) throw new Error("Renstra tanpa sasaran");
  return firstSasaranId;
}

function indicatorCreate(pemdaId: string, year: number, indicator: DemoIndicator, position: number) {
  return {
    pemdaId,
    position,
    name: indicator.name,
    satuan: indicator.satuan,
    polarity: indicator.polarity,
    targets: indicator.target === null ? undefined : { create: { pemdaId, year, target: indicator.target } },
    realisasi:
      indicator.realisasi === null
        ? undefined
        : { create: { pemdaId, year, period: "TAHUNAN" as const, value: indicator.realisasi } },
  };
}

async function createPrograms(
  tx: Tx,
  args: {
    pemdaId: string;
    opdId: string;
    sasaranId: string;
    bidangIds: Map<string, string>;
    data: DemoOpdYear;
  },
): Promise<void> {
  const { pemdaId, opdId, sasaranId, bidangIds, data } = args;
  const { year } = data;
  for (const program of data.programs) {
    const bidangId = bidangIds.get(program.bidang);
    if (!bidangId) throw new Error(`Bidang ${program.bidang} tidak dikenal`);
    await tx.program.create({
      data: {
        pemdaId,
        opdId,
        year,
        code: program.code,
        name: program.name,
        sasaranProgram: program.sasaranProgram,
        bidangId,
        sasaranId,
        reportedPagu: program.reportedPagu,
        reportedRealisasi: program.reportedRealisasi,
        indikator: { create: { level: "PROGRAM", ...indicatorCreate(pemdaId, year, program.indicator, 0) } },
        kegiatan: {
          create: program.kegiatan.map((kegiatan) => ({
            pemdaId,
            opdId,
            year,
            code: kegiatan.code,
            name: kegiatan.name,
            bidangId,
            reportedPagu: kegiatan.reportedPagu,
            reportedRealisasi: kegiatan.reportedRealisasi,
            subKegiatan: {
              create: kegiatan.subKegiatan.map((sub) => ({
                pemdaId,
                opdId,
                year,
                code: sub.code,
                name: sub.name,
                bidangId,
                paguAwal: sub.pagu,
                // The report gives realisasi for the whole year only.
                realisasi: { create: { pemdaId, period: "TAHUNAN" as const, amount: sub.realisasi } },
                indikator: {
                  create: sub.outputs.map((output, position) => ({
                    level: "SUB_KEGIATAN" as const,
                    ...indicatorCreate(pemdaId, year, output, position),
                  })),
                },
              })),
            },
          })),
        },
      },
    });
  }
}

async function createLaporan(
  tx: Tx,
  args: { pemdaId: string; opdId: string; data: DemoOpdYear },
): Promise<void> {
  const { pemdaId, opdId, data } = args;
  const { narrative } = data;
  await tx.laporanKinerja.create({
    data: {
      pemdaId,
      opdId,
      year: data.year,
      reportedPagu: data.reportedTotal.pagu,
      reportedRealisasi: data.reportedTotal.realisasi,
      narratives: {
        create: [
          { pemdaId, section: "KATA_PENGANTAR", body: narrative.kataPengantar },
          { pemdaId, section: "ISU_STRATEGIS", body: narrative.isuStrategis },
          { pemdaId, section: "KESIMPULAN", body: narrative.kesimpulan },
          { pemdaId, section: "REKOMENDASI", body: narrative.rekomendasi },
        ],
      },
    },
  });
  await tx.perjanjianKinerja.create({
    data: { pemdaId, opdId, year: data.year, ...data.perjanjianKinerja },
  });
}

async function createAccounts(
  tx: Tx,
  args: {
    pemdaId: string;
    opdId: string;
    bidangIds: Map<string, string>;
    passwordHash: string;
    data: DemoOpdYear;
  },
): Promise<void> {
  const { pemdaId, opdId, bidangIds, passwordHash, data } = args;
  for (const account of data.accounts) {
    const ofOpd = account.role === "PERENCANA" || account.role === "KEPALA";
    const bidangId = account.bidang ? bidangIds.get(account.bidang) : undefined;
    await tx.user.upsert({
      where: { email: account.email },
      create: {
        pemdaId,
        opdId: ofOpd ? opdId : null,
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash,
        bidang: bidangId ? { create: { bidangId, pemdaId } } : undefined,
      },
      update: {},
    });
  }
}
