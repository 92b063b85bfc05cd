import type { NarrativeSection, PrismaClient, ReportPeriod } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/server/auth/password";
import { copyLkeReference } from "@/lib/server/lke/lke-reference";
import { DEMO_PASSWORD } from "./demo-password";
import type {
  DemoIndicator,
  DemoOpdYear,
  DemoQuarterlyIndicator,
  DemoQuarters,
  DemoYearInProgress,
} from "./types";

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
        create: {
          code: data.pemda.code,
          name: data.pemda.name,
          kind: data.pemda.kind,
          headName: data.pemda.head.name,
          headTitle: data.pemda.head.title,
        },
        update: {},
      });
      const pemdaId = pemda.id;
      await copyLkeReference(tx, pemdaId);
      const misiId = await upsertRpjmd(tx, pemdaId, data);
      const opd = await tx.perangkatDaerah.upsert({
        where: { slug: data.opd.slug },
        create: { pemdaId, ...data.opd },
        update: {},
      });
      const bidangIds = await createBidang(tx, pemdaId, opd.id, data.bidang);
      const sasaranId = await createRenstra(tx, { pemdaId, opdId: opd.id, misiId, data });
      await createPrograms(tx, {
        pemdaId,
        opdId: opd.id,
        year: data.year,
        sasaranId,
        bidangIds,
        programs: fromReport(data),
      });
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

type Entry = { period: ReportPeriod; value: string };

/** One shape for a year from a report (annual totals) and a year in progress (per triwulan). */
type PlanIndicator = Pick<DemoIndicator, "name" | "satuan" | "polarity" | "target"> & {
  aggregation?: "JUMLAH" | "TERAKHIR";
  realisasi: Entry[];
};
type PlanProgram = {
  code: string;
  name: string;
  bidang: string;
  sasaranProgram: string;
  indicator: PlanIndicator;
  reportedPagu?: string;
  reportedRealisasi?: string;
  kegiatan: {
    code: string;
    name: string;
    reportedPagu?: string;
    reportedRealisasi?: string;
    subKegiatan: { code: string; name: string; pagu: string; realisasi: Entry[]; outputs: PlanIndicator[] }[];
  }[];
};

// The report gives realisasi for the whole year only.
const annual = (value: string | null): Entry[] => (value === null ? [] : [{ period: "TAHUNAN", value }]);
const QUARTER_PERIODS = ["TW1", "TW2", "TW3", "TW4"] as const;
const quarterly = (quarters: DemoQuarters): Entry[] =>
  quarters.flatMap((value, index) => (value === null ? [] : [{ period: QUARTER_PERIODS[index]!, value }]));

const fromReport = (data: DemoOpdYear): PlanProgram[] =>
  data.programs.map((program) => ({
    ...program,
    indicator: { ...program.indicator, realisasi: annual(program.indicator.realisasi) },
    kegiatan: program.kegiatan.map((kegiatan) => ({
      ...kegiatan,
      subKegiatan: kegiatan.subKegiatan.map((sub) => ({
        ...sub,
        realisasi: annual(sub.realisasi),
        outputs: sub.outputs.map((output) => ({ ...output, realisasi: annual(output.realisasi) })),
      })),
    })),
  }));

const fromQuarterly = (indicator: DemoQuarterlyIndicator): PlanIndicator => ({
  ...indicator,
  realisasi: quarterly(indicator.quarters),
});

const inProgress = (data: DemoYearInProgress): PlanProgram[] =>
  data.programs.map((program) => ({
    ...program,
    indicator: fromQuarterly(program.indicator),
    kegiatan: program.kegiatan.map((kegiatan) => ({
      ...kegiatan,
      subKegiatan: kegiatan.subKegiatan.map((sub) => ({
        ...sub,
        realisasi: quarterly(sub.quarters),
        outputs: sub.outputs.map(fromQuarterly),
      })),
    })),
  }));

function indicatorCreate(pemdaId: string, year: number, indicator: PlanIndicator, position: number) {
  return {
    pemdaId,
    position,
    name: indicator.name,
    satuan: indicator.satuan,
    polarity: indicator.polarity,
    aggregation: indicator.aggregation,
    targets: indicator.target === null ? undefined : { create: { pemdaId, year, target: indicator.target } },
    realisasi: {
      create: indicator.realisasi.map(({ period, value }) => ({ pemdaId, year, period, value })),
    },
  };
}

async function createPrograms(
  tx: Tx,
  args: {
    pemdaId: string;
    opdId: string;
    year: number;
    sasaranId: string;
    bidangIds: Map<string, string>;
    programs: PlanProgram[];
  },
): Promise<void> {
  const { pemdaId, opdId, year, sasaranId, bidangIds } = args;
  for (const program of args.programs) {
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
                realisasi: {
                  create: sub.realisasi.map(({ period, value }) => ({ pemdaId, period, amount: value })),
                },
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

/**
 * Loads a year in progress of an OPD whose report year is loaded already (its Renstra, bidang and
 * accounts exist). Idempotent like loadDemo: an existing LKIP record of the year means done.
 */
export async function loadDemoYearInProgress(
  db: PrismaClient,
  data: DemoYearInProgress,
): Promise<"loaded" | "already-loaded"> {
  return db.$transaction(
    async (tx) => {
      const opd = await tx.perangkatDaerah.findUniqueOrThrow({ where: { slug: data.opdSlug } });
      const { pemdaId, id: opdId } = opd;
      const { year } = data;
      if (await tx.laporanKinerja.findFirst({ where: { opdId, year } })) return "already-loaded";

      const ofPeriode = { periode: { opdId, startYear: { lte: year }, endYear: { gte: year } } };
      const sasaran = await tx.sasaran.findFirstOrThrow({
        where: { pemdaId, tujuan: ofPeriode },
        orderBy: { code: "asc" },
      });
      const bidang = await tx.bidang.findMany({ where: { pemdaId, opdId } });
      const bidangIds = new Map(
        Object.entries(data.bidang).flatMap(([key, name]) => {
          const row = bidang.find((b) => b.name === name);
          return row ? [[key, row.id] as const] : [];
        }),
      );
      await createPrograms(tx, {
        pemdaId,
        opdId,
        year,
        sasaranId: sasaran.id,
        bidangIds,
        programs: inProgress(data),
      });
      for (const iku of data.iku) {
        const indikator = await tx.indikator.findFirstOrThrow({
          where: { pemdaId, isIku: true, name: iku.name, sasaran: { tujuan: ofPeriode } },
        });
        await tx.realisasiIndikator.createMany({
          data: quarterly(iku.quarters).map(({ period, value }) => ({
            pemdaId,
            indikatorId: indikator.id,
            year,
            period,
            value,
          })),
        });
      }
      await createRencanaAksi(tx, { pemdaId, opdId, year, ofPeriode }, data.rencanaAksi);
      await tx.laporanKinerja.create({ data: { pemdaId, opdId, year, illustrative: true } });
      await tx.perjanjianKinerja.create({ data: { pemdaId, opdId, year, ...data.perjanjianKinerja } });
      return "loaded";
    },
    { timeout: 60_000 },
  );
}

async function createLaporan(
  tx: Tx,
  args: { pemdaId: string; opdId: string; data: DemoOpdYear },
): Promise<void> {
  const { pemdaId, opdId, data } = args;
  await tx.laporanKinerja.create({
    data: {
      pemdaId,
      opdId,
      year: data.year,
      reportedPagu: data.reportedTotal.pagu,
      reportedRealisasi: data.reportedTotal.realisasi,
      signingPlace: data.signing.place,
      signingDate: new Date(`${data.signing.date}T00:00:00Z`),
      narratives: { create: await demoNarratives(tx, { pemdaId, opdId, data }) },
    },
  });
  await tx.perjanjianKinerja.create({
    data: { pemdaId, opdId, year: data.year, ...data.perjanjianKinerja },
  });
}

/** The report's texts as narrative rows, each owned by the sasaran or program its kode names. */
async function demoNarratives(
  tx: Tx,
  { pemdaId, opdId, data }: { pemdaId: string; opdId: string; data: DemoOpdYear },
) {
  const { laporan, sasaran, aktivitas } = data.narrative;
  const [sasaranRows, programRows] = await Promise.all([
    tx.sasaran.findMany({ where: { pemdaId, tujuan: { periode: { opdId } } } }),
    tx.program.findMany({ where: { pemdaId, opdId, year: data.year } }),
  ]);
  const idOf = (rows: { id: string; code: string }[], code: string) => {
    const row = rows.find((r) => r.code === code);
    if (!row) throw new Error(`Narasi demo: kode ${code} tidak ada`);
    return row.id;
  };
  return [
    ...Object.entries(laporan).map(([section, body]) => ({
      pemdaId,
      section: section as NarrativeSection,
      body: body!,
    })),
    ...Object.entries(sasaran).flatMap(([code, sections]) =>
      Object.entries(sections).map(([section, body]) => ({
        pemdaId,
        section: section as NarrativeSection,
        sasaranId: idOf(sasaranRows, code),
        body: body!,
      })),
    ),
    ...Object.entries(aktivitas).map(([code, body]) => ({
      pemdaId,
      section: "AKTIVITAS" as const,
      programId: idOf(programRows, code),
      body,
    })),
  ];
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

/** The year's rencana aksi: sub kegiatan matched by kode, program indicators by program kode, IKU by name. */
async function createRencanaAksi(
  tx: Tx,
  scope: { pemdaId: string; opdId: string; year: number; ofPeriode: object },
  plan: DemoYearInProgress["rencanaAksi"],
): Promise<void> {
  const { pemdaId, opdId, year } = scope;
  const [subKegiatan, programIndicators, iku] = await Promise.all([
    tx.subKegiatan.findMany({ where: { pemdaId, opdId, year }, select: { id: true, code: true } }),
    tx.indikator.findMany({
      where: { pemdaId, program: { opdId, year } },
      select: { id: true, program: { select: { code: true } } },
    }),
    tx.indikator.findMany({
      where: { pemdaId, isIku: true, sasaran: { tujuan: scope.ofPeriode } },
      select: { id: true, name: true },
    }),
  ]);
  await tx.rencanaAksiAnggaran.createMany({
    data: subKegiatan.flatMap((sub) =>
      quarterly(plan.subKegiatan[sub.code] ?? [null, null, null, null]).map(({ period, value }) => ({
        pemdaId,
        subKegiatanId: sub.id,
        period,
        amount: value,
      })),
    ),
  });
  const indicatorPlans = [
    ...programIndicators.map((i) => ({ id: i.id, quarters: plan.programIndicator[i.program!.code] })),
    ...iku.map((i) => ({ id: i.id, quarters: plan.iku[i.name] })),
  ];
  await tx.rencanaAksiIndikator.createMany({
    data: indicatorPlans.flatMap(({ id, quarters }) =>
      quarterly(quarters ?? [null, null, null, null]).map(({ period, value }) => ({
        pemdaId,
        indikatorId: id,
        year,
        period,
        target: value,
      })),
    ),
  });
}
