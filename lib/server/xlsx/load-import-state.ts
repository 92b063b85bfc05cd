import "server-only";
import {
  amountField,
  figure,
  type Fields,
  indicatorField,
  itemKey,
  money,
  periods,
  rencanaField,
  rencanaPeriods,
  renstraTargetField,
  type Snapshot,
  type SnapshotItem,
} from "@/lib/xlsx/snapshot";
import { narrativeSectionLabel } from "@/lib/vocabulary";
import type { Tx } from "../db";
import type { OpdYearKey } from "../opd-year/opd-year-key";

type Versioned = { id: string; version: number };
/** What a stored item is in the database: its row, and the rows of its realisasi and targets. */
export type ItemRef = Versioned & {
  realisasi?: Map<string, Versioned>;
  target?: Versioned | null;
  renstraTargets?: Map<number, Versioned>;
  /** The rencana aksi rows by period (sub kegiatan, indicators). */
  rencana?: Map<string, Versioned>;
};

export type ImportState = {
  snapshot: Snapshot;
  refs: Map<string, ItemRef>;
  bidang: { id: string; name: string }[];
  laporan: (Versioned & { status: string; illustrative: boolean }) | null;
  periode: { id: string; startYear: number; endYear: number } | null;
  /** Tujuan, sasaran and IKU codes as the export writes them, to their keys. */
  renstraCodes: Map<string, string>;
  /** When the head signed the Perjanjian Kinerja and with it the rencana aksi (then locked), or null. */
  rencanaAksiSignedAt: Date | null;
};

/** The code an IKU carries in the spreadsheet: it has none of its own in the database. */
export const ikuCode = (sasaranCode: string, index: number) => `IKU-${sasaranCode}-${index + 1}`;

const realisasiSelect = { select: { id: true, version: true, period: true, amount: true } } as const;
const indicatorInclude = (year: number) =>
  ({
    targets: true,
    realisasi: { where: { year } },
    rencanaAksi: { where: { year }, select: { id: true, version: true, period: true, target: true } },
  }) as const;

type IndicatorRow = {
  id: string;
  version: number;
  name: string;
  satuan: string;
  polarity: string;
  calculation: string;
  aggregation: string;
  position: number;
  targets: {
    id: string;
    version: number;
    year: number;
    target: unknown;
    targetPerubahan: unknown;
    targetRenstra: unknown;
  }[];
  realisasi: {
    id: string;
    version: number;
    period: string;
    value: unknown;
    numerator: unknown;
    denominator: unknown;
  }[];
  rencanaAksi: { id: string; version: number; period: string; target: unknown }[];
};

const dec = (value: unknown) => value as { toString(): string } | null;

function indicatorYearFields(
  row: IndicatorRow,
  year: number,
): {
  fields: Fields;
  target: Versioned | null;
  realisasi: Map<string, Versioned>;
  rencana: Map<string, Versioned>;
} {
  const target = row.targets.find((t) => t.year === year) ?? null;
  const fields: Fields = {
    calculation: row.calculation,
    aggregation: row.aggregation,
    target: figure(dec(target?.target)),
    targetPerubahan: figure(dec(target?.targetPerubahan)),
  };
  for (const period of periods) {
    const entry = row.realisasi.find((r) => r.period === period);
    fields[indicatorField("value", period)] = figure(dec(entry?.value));
    fields[indicatorField("numerator", period)] = figure(dec(entry?.numerator));
    fields[indicatorField("denominator", period)] = figure(dec(entry?.denominator));
  }
  for (const period of rencanaPeriods)
    fields[rencanaField(period)] = figure(dec(row.rencanaAksi.find((r) => r.period === period)?.target));
  return {
    fields,
    target: target && { id: target.id, version: target.version },
    realisasi: new Map(row.realisasi.map((r) => [r.period, { id: r.id, version: r.version }])),
    rencana: new Map(row.rencanaAksi.map((r) => [r.period, { id: r.id, version: r.version }])),
  };
}

/**
 * The stored OPD-year in the spreadsheet's shape, with the rows behind each item. Read inside the
 * import's transaction, after the LKIP lock, so the plan is made against what the commit will change.
 */
export async function loadImportState(tx: Tx, { pemdaId, opdId, year }: OpdYearKey): Promise<ImportState> {
  // One after the other: a transaction's connection runs one statement at a time.
  const laporan = await tx.laporanKinerja.findFirst({
    where: { pemdaId, opdId, year },
    select: {
      id: true,
      version: true,
      status: true,
      illustrative: true,
      reportedPagu: true,
      reportedRealisasi: true,
    },
  });
  const bidang = await tx.bidang.findMany({
    where: { pemdaId, opdId },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const programs = await tx.program.findMany({
    where: { pemdaId, opdId, year },
    orderBy: { code: "asc" },
    include: {
      indikator: { include: indicatorInclude(year), orderBy: { position: "asc" } },
      kegiatan: {
        orderBy: { code: "asc" },
        include: {
          indikator: { include: indicatorInclude(year), orderBy: { position: "asc" } },
          subKegiatan: {
            orderBy: { code: "asc" },
            include: {
              realisasi: realisasiSelect,
              rencanaAksi: realisasiSelect,
              indikator: { include: indicatorInclude(year), orderBy: { position: "asc" } },
              rekening: { orderBy: { code: "asc" }, include: { realisasi: realisasiSelect } },
            },
          },
        },
      },
    },
  });
  const periode = await tx.periode.findFirst({
    where: { pemdaId, opdId, startYear: { lte: year }, endYear: { gte: year } },
    include: {
      tujuan: {
        orderBy: { code: "asc" },
        include: {
          indikator: { include: indicatorInclude(year), orderBy: { position: "asc" } },
          sasaran: {
            orderBy: { code: "asc" },
            include: { indikator: { include: indicatorInclude(year), orderBy: { position: "asc" } } },
          },
        },
      },
    },
  });

  const pk = await tx.perjanjianKinerja.findFirst({
    where: { pemdaId, opdId, year },
    select: { signedAt: true },
  });
  const narratives = laporan
    ? await tx.narrative.findMany({ where: { pemdaId, laporanId: laporan.id }, orderBy: { section: "asc" } })
    : [];

  const bidangName = new Map(bidang.map((b) => [b.id, b.name]));
  const snapshot: Snapshot = new Map();
  const refs = new Map<string, ItemRef>();
  const put = (item: SnapshotItem, ref: ItemRef) => {
    snapshot.set(item.key, item);
    refs.set(item.key, ref);
  };
  const amounts = (rows: { id: string; version: number; period: string; amount: unknown }[]) => {
    const fields: Fields = {};
    for (const period of periods)
      fields[amountField(period)] = money(dec(rows.find((r) => r.period === period)?.amount));
    return { fields, realisasi: new Map(rows.map((r) => [r.period, { id: r.id, version: r.version }])) };
  };
  const reported = (row: { reportedPagu: unknown; reportedRealisasi: unknown }) => ({
    reportedPagu: money(dec(row.reportedPagu)),
    reportedRealisasi: money(dec(row.reportedRealisasi)),
  });
  const addIndicators = (
    ownerKey: string,
    ownerCode: string,
    bidang: string | null,
    rows: IndicatorRow[],
  ) => {
    rows.forEach((row, position) => {
      const yearData = indicatorYearFields(row, year);
      put(
        {
          level: "INDIKATOR",
          key: itemKey.indicator(ownerKey, row.name),
          label: `${ownerCode} ${row.name}`,
          parentKey: ownerKey,
          bidang,
          fields: {
            name: row.name,
            satuan: row.satuan,
            polarity: row.polarity,
            position: String(position),
            ...yearData.fields,
          },
        },
        {
          id: row.id,
          version: row.version,
          target: yearData.target,
          realisasi: yearData.realisasi,
          rencana: yearData.rencana,
        },
      );
    });
  };

  if (laporan) {
    put(
      {
        level: "TOTAL",
        key: itemKey.total(),
        label: "Total",
        parentKey: null,
        bidang: null,
        fields: reported(laporan),
      },
      { id: laporan.id, version: laporan.version },
    );
  }
  for (const program of programs) {
    const pKey = itemKey.program(program.code);
    const pBidang = program.bidangId && (bidangName.get(program.bidangId) ?? null);
    put(
      {
        level: "PROGRAM",
        key: pKey,
        label: `${program.code} ${program.name}`,
        parentKey: null,
        bidang: pBidang,
        fields: { name: program.name, bidang: pBidang, ...reported(program) },
      },
      { id: program.id, version: program.version },
    );
    addIndicators(pKey, program.code, pBidang, program.indikator as IndicatorRow[]);
    for (const kegiatan of program.kegiatan) {
      const kKey = itemKey.kegiatan(kegiatan.code);
      const kBidang = kegiatan.bidangId && (bidangName.get(kegiatan.bidangId) ?? null);
      put(
        {
          level: "KEGIATAN",
          key: kKey,
          label: `${kegiatan.code} ${kegiatan.name}`,
          parentKey: pKey,
          bidang: kBidang,
          fields: { name: kegiatan.name, bidang: kBidang, program: program.code, ...reported(kegiatan) },
        },
        { id: kegiatan.id, version: kegiatan.version },
      );
      addIndicators(kKey, kegiatan.code, kBidang, kegiatan.indikator as IndicatorRow[]);
      for (const sub of kegiatan.subKegiatan) {
        const sKey = itemKey.subKegiatan(sub.code);
        const sBidang = sub.bidangId && (bidangName.get(sub.bidangId) ?? null);
        const own = amounts(sub.realisasi);
        const rencana: Fields = {};
        for (const period of rencanaPeriods)
          rencana[rencanaField(period)] = money(
            dec(sub.rencanaAksi.find((r) => r.period === period)?.amount),
          );
        put(
          {
            level: "SUB_KEGIATAN",
            key: sKey,
            label: `${sub.code} ${sub.name}`,
            parentKey: kKey,
            bidang: sBidang,
            fields: {
              name: sub.name,
              bidang: sBidang,
              kegiatan: kegiatan.code,
              paguAwal: money(dec(sub.paguAwal)),
              paguPerubahan: money(dec(sub.paguPerubahan)),
              ...reported(sub),
              ...own.fields,
              ...rencana,
            },
          },
          {
            id: sub.id,
            version: sub.version,
            realisasi: own.realisasi,
            rencana: new Map(sub.rencanaAksi.map((r) => [r.period, { id: r.id, version: r.version }])),
          },
        );
        addIndicators(sKey, sub.code, sBidang, sub.indikator as IndicatorRow[]);
        for (const rekening of sub.rekening) {
          const lines = amounts(rekening.realisasi);
          put(
            {
              level: "REKENING",
              key: itemKey.rekening(sub.code, rekening.code),
              label: `${rekening.code} ${rekening.name}`,
              parentKey: sKey,
              bidang: sBidang,
              fields: {
                name: rekening.name,
                paguAwal: money(dec(rekening.paguAwal)),
                paguPerubahan: money(dec(rekening.paguPerubahan)),
                ...lines.fields,
              },
            },
            { id: rekening.id, version: rekening.version, realisasi: lines.realisasi },
          );
        }
      }
    }
  }

  const renstraCodes = new Map<string, string>();
  for (const tujuan of periode?.tujuan ?? []) {
    const tKey = itemKey.tujuan(tujuan.code);
    renstraCodes.set(tujuan.code, tKey);
    put(
      {
        level: "TUJUAN",
        key: tKey,
        label: `${tujuan.code} ${tujuan.text}`,
        parentKey: null,
        bidang: null,
        fields: { text: tujuan.text },
      },
      { id: tujuan.id, version: tujuan.version },
    );
    addIndicators(tKey, tujuan.code, null, tujuan.indikator as IndicatorRow[]);
    for (const sasaran of tujuan.sasaran) {
      const sKey = itemKey.sasaran(sasaran.code);
      renstraCodes.set(sasaran.code, sKey);
      put(
        {
          level: "SASARAN",
          key: sKey,
          label: `${sasaran.code} ${sasaran.text}`,
          parentKey: tKey,
          bidang: null,
          fields: { text: sasaran.text, tujuan: tujuan.code },
        },
        { id: sasaran.id, version: sasaran.version },
      );
      const rows = sasaran.indikator as (IndicatorRow & { isIku: boolean })[];
      addIndicators(
        sKey,
        sasaran.code,
        null,
        rows.filter((row) => !row.isIku),
      );
      rows
        .filter((row) => row.isIku)
        .forEach((row, index) => {
          const key = itemKey.iku(sasaran.code, row.name);
          renstraCodes.set(ikuCode(sasaran.code, index), key);
          const yearData = indicatorYearFields(row, year);
          const targets: Fields = {};
          const renstraTargets = new Map<number, Versioned>();
          for (let y = periode!.startYear; y <= periode!.endYear; y++) {
            const t = row.targets.find((target) => target.year === y);
            targets[renstraTargetField(y)] = figure(dec(t?.targetRenstra));
            if (t) renstraTargets.set(y, { id: t.id, version: t.version });
          }
          put(
            {
              level: "IKU",
              key,
              label: `${ikuCode(sasaran.code, index)} ${row.name}`,
              parentKey: sKey,
              bidang: null,
              fields: {
                name: row.name,
                satuan: row.satuan,
                polarity: row.polarity,
                position: String(index),
                ...targets,
                ...yearData.fields,
              },
            },
            {
              id: row.id,
              version: row.version,
              target: yearData.target,
              realisasi: yearData.realisasi,
              rencana: yearData.rencana,
              renstraTargets,
            },
          );
        });
    }
  }

  // Each stored text under its owner's kode; a text whose owner is not of this year has no row to go to.
  const ownerCodes = new Map<string, { key: string; code: string }>([
    ...programs.map((p) => [p.id, { key: itemKey.program(p.code), code: p.code }] as const),
    ...programs.flatMap((p) =>
      p.kegiatan.map((k) => [k.id, { key: itemKey.kegiatan(k.code), code: k.code }] as const),
    ),
    ...(periode?.tujuan ?? []).flatMap((t) =>
      t.sasaran.map((s) => [s.id, { key: itemKey.sasaran(s.code), code: s.code }] as const),
    ),
  ]);
  for (const narrative of narratives) {
    const ownerId = narrative.sasaranId ?? narrative.programId ?? narrative.kegiatanId;
    const owner = ownerId ? ownerCodes.get(ownerId) : null;
    if (owner === undefined) continue;
    const label = narrativeSectionLabel[narrative.section];
    put(
      {
        level: "NARASI",
        key: itemKey.narasi(narrative.section, owner?.code ?? ""),
        label: owner ? `${label} ${owner.code}` : label,
        parentKey: owner?.key ?? null,
        bidang: null,
        fields: { section: narrative.section, body: narrative.body },
      },
      { id: narrative.id, version: narrative.version },
    );
  }

  return {
    snapshot,
    refs,
    bidang,
    laporan: laporan && {
      id: laporan.id,
      version: laporan.version,
      status: laporan.status,
      illustrative: laporan.illustrative,
    },
    periode: periode && { id: periode.id, startYear: periode.startYear, endYear: periode.endYear },
    renstraCodes,
    rencanaAksiSignedAt: pk?.signedAt ?? null,
  };
}
