import "server-only";
import type { Action, Principal } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { copyStructureYearInput } from "@/lib/inputs/structure";
import { db, type Tx } from "../db";
import { findForWrite, opdScope } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate } from "../mutations/versioned";
import { invalid } from "./shared";

/** The definition of an indicator, without its targets and realisasi (those belong to a year). */
const indicatorDefinition = {
  select: {
    level: true,
    isIku: true,
    position: true,
    name: true,
    satuan: true,
    polarity: true,
    calculation: true,
    numeratorLabel: true,
    denominatorLabel: true,
    aggregation: true,
  },
  orderBy: { position: "asc" },
} as const;

type IndicatorDefinition = Omit<Prisma.IndikatorCreateManyInput, "pemdaId">;

export const alreadyOpened = (year: number) =>
  invalid(
    `Tahun ${year} sudah memiliki laporan kinerja; struktur hanya dapat disalin ke tahun yang belum dibuka.`,
  );

/** Program sasaran belong to a Renstra period: kept when that period also covers the new year. */
async function sasaranCovering(tx: Tx, opd: { pemdaId: string; id: string }, year: number) {
  const rows = await tx.sasaran.findMany({
    where: {
      pemdaId: opd.pemdaId,
      tujuan: { periode: { opdId: opd.id, startYear: { lte: year }, endYear: { gte: year } } },
    },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

/**
 * The OPD of the principal's region a year is opened for, once they may (`action`) and are not limited to
 * some bidang (a year belongs to the whole OPD); `what` names the refused act.
 */
export async function findOpdToOpen(
  tx: Tx,
  principal: Principal,
  opdId: string,
  action: Action,
  what: string,
) {
  const opd = await findForWrite(
    principal,
    action,
    tx.perangkatDaerah.findFirst({ where: { id: opdId, pemdaId: principal.pemdaId } }),
    opdScope,
  );
  if (principal.bidangIds.length > 0) {
    throw new AppError(
      "FORBIDDEN",
      `Hanya perencana seluruh perangkat daerah (tanpa batasan bidang) yang dapat ${what}.`,
    );
  }
  return opd;
}

/**
 * Opens year `toYear` of an OPD with the structure of `fromYear` (see copyStructureYear), inside the
 * caller's transaction; the caller has checked who may.
 */
export async function copyYearStructure(
  tx: Tx,
  opd: { pemdaId: string; id: string },
  { fromYear, toYear, includePagu }: { fromYear: number; toYear: number; includePagu: boolean },
) {
  const scope = { pemdaId: opd.pemdaId, opdId: opd.id };
  const source = await tx.laporanKinerja.findFirst({ where: { ...scope, year: fromYear } });
  if (!source) throw notFound();
  if (await tx.laporanKinerja.findFirst({ where: { ...scope, year: toYear } })) {
    throw alreadyOpened(toYear);
  }
  if (await tx.program.findFirst({ where: { ...scope, year: toYear } })) {
    throw invalid(`Tahun ${toYear} sudah memiliki program; struktur tidak disalin.`);
  }

  const programs = await tx.program.findMany({
    where: { ...scope, year: fromYear },
    orderBy: { code: "asc" },
    include: {
      indikator: indicatorDefinition,
      kegiatan: {
        orderBy: { code: "asc" },
        include: {
          indikator: indicatorDefinition,
          subKegiatan: {
            orderBy: { code: "asc" },
            include: { indikator: indicatorDefinition, rekening: { orderBy: { code: "asc" } } },
          },
        },
      },
    },
  });
  if (programs.length === 0) {
    throw invalid(`Struktur tahun ${fromYear} masih kosong; tidak ada yang dapat disalin.`);
  }

  // The new year's LKIP first: a second copy running at the same time waits on its unique
  // index, then fails there.
  const laporan = await tx.laporanKinerja.create({ data: { ...scope, year: toYear } });
  const ofYear = { ...scope, year: toYear };
  const keptSasaran = await sasaranCovering(tx, opd, toYear);
  const indicators: IndicatorDefinition[] = [];
  const addIndicators = (
    defs: IndicatorDefinition[],
    owner: Pick<IndicatorDefinition, "programId" | "kegiatanId" | "subKegiatanId">,
  ) => indicators.push(...defs.map((def) => ({ ...def, ...owner })));

  const newPrograms = await tx.program.createManyAndReturn({
    data: programs.map((p) => ({
      ...ofYear,
      code: p.code,
      name: p.name,
      sasaranProgram: p.sasaranProgram,
      bidangId: p.bidangId,
      sasaranId: p.sasaranId && keptSasaran.has(p.sasaranId) ? p.sasaranId : null,
    })),
    select: { id: true, code: true },
  });
  const programId = new Map(newPrograms.map((p) => [p.code, p.id]));
  for (const p of programs) addIndicators(p.indikator, { programId: programId.get(p.code)! });

  const kegiatan = programs.flatMap((p) => p.kegiatan.map((k) => ({ ...k, programCode: p.code })));
  const newKegiatan = await tx.kegiatan.createManyAndReturn({
    data: kegiatan.map((k) => ({
      ...ofYear,
      programId: programId.get(k.programCode)!,
      code: k.code,
      name: k.name,
      bidangId: k.bidangId,
    })),
    select: { id: true, code: true },
  });
  const kegiatanId = new Map(newKegiatan.map((k) => [k.code, k.id]));
  for (const k of kegiatan) addIndicators(k.indikator, { kegiatanId: kegiatanId.get(k.code)! });

  const subs = kegiatan.flatMap((k) => k.subKegiatan.map((s) => ({ ...s, kegiatanCode: k.code })));
  const newSubs = await tx.subKegiatan.createManyAndReturn({
    data: subs.map((s) => ({
      ...ofYear,
      kegiatanId: kegiatanId.get(s.kegiatanCode)!,
      code: s.code,
      name: s.name,
      bidangId: s.bidangId,
      paguAwal: includePagu ? s.paguAwal : null,
    })),
    select: { id: true, code: true },
  });
  const subId = new Map(newSubs.map((s) => [s.code, s.id]));
  for (const s of subs) addIndicators(s.indikator, { subKegiatanId: subId.get(s.code)! });

  const rekening = subs.flatMap((s) =>
    s.rekening.map((r) => ({
      pemdaId: opd.pemdaId,
      subKegiatanId: subId.get(s.code)!,
      code: r.code,
      name: r.name,
      paguAwal: includePagu ? r.paguAwal : 0,
    })),
  );
  await tx.rekeningBelanja.createMany({ data: rekening });
  await tx.indikator.createMany({
    data: indicators.map((indicator) => ({ ...indicator, pemdaId: opd.pemdaId })),
  });

  const counts = {
    program: newPrograms.length,
    kegiatan: newKegiatan.length,
    subKegiatan: newSubs.length,
    rekening: rekening.length,
    indikator: indicators.length,
  };
  return { laporan, counts };
}

/**
 * Opens year M of an OPD from the structure of year N: program → kegiatan → sub kegiatan → rekening and
 * the indicator definitions of program, kegiatan and sub kegiatan, without targets or realisasi. The new
 * year's LKIP starts as DRAFT. With `includePagu` each pagu awal of N becomes the pagu awal of M;
 * otherwise M starts without pagu (rekening lines, whose pagu is required, start at 0). Renstra tujuan,
 * sasaran and IKU belong to the Renstra period and are not copied. Only a planner of the whole OPD may copy.
 */
export const copyStructureYear = defineMutation({
  name: "structure.copyYear",
  input: copyStructureYearInput,
  async run({ principal, input, audit }) {
    const { fromYear, toYear, includePagu } = input;
    return onDuplicate(
      () =>
        db.$transaction(
          async (tx) => {
            const opd = await findOpdToOpen(tx, principal, input.opdId, "plan:edit", "menyalin struktur");
            const { laporan, counts } = await copyYearStructure(tx, opd, input);
            await audit(tx, {
              opdId: opd.id,
              year: toYear,
              entity: "LaporanKinerja",
              entityId: laporan.id,
              newValues: { fromYear, toYear, includePagu, ...counts },
            });
            return { laporanId: laporan.id, year: toYear, counts };
          },
          { timeout: 30_000 },
        ),
      () => alreadyOpened(toYear),
    );
  },
});
