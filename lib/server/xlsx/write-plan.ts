import "server-only";
import { AppError } from "@/lib/errors";
import {
  amountField,
  type Fields,
  indicatorField,
  type ImportLevel,
  periods,
  rencanaField,
  rencanaPeriods,
} from "@/lib/xlsx/snapshot";
import type { IndicatorOwnerLevel } from "@/lib/inputs/indikator";
import { narrativeOwnerOf, type NarrativeSectionValue } from "@/lib/inputs/narrative";
import type { ImportPlan, PlanEntry } from "@/lib/xlsx/validate-import";
import type { Tx } from "../db";
import { ownerField } from "../indicators/indicator-owner";
import {
  type BatchTable,
  batchTables,
  deleteRows,
  insertRows,
  type UpdateRow,
  updateRows,
} from "../mutations/batch-writes";
import type { OpdYearKey } from "../opd-year/opd-year-key";
import type { ImportState, ItemRef } from "./load-import-state";

const changedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    "Data berubah oleh pengguna lain selama impor; tidak ada yang disimpan. Ulangi pratinjau lalu impor lagi.",
  );

const of = (plan: ImportPlan, level: ImportLevel, ...actions: PlanEntry["action"][]) =>
  plan.entries.filter((e) => e.item.level === level && actions.includes(e.action));
const codeOf = (key: string) =>
  key
    .slice(key.indexOf(":") + 1)
    .split("|")
    .pop()!;

/**
 * Writes an error-free plan inside the caller's transaction, in a bounded number of statements: per
 * table one DELETE, one batched UPDATE and one INSERT, whatever the number of rows.
 */
export async function writePlan(
  tx: Tx,
  args: { key: OpdYearKey; state: ImportState; plan: ImportPlan; renstraYears: number[]; fileName: string },
): Promise<{ laporanId: string }> {
  const { key, state, plan } = args;
  const { pemdaId, opdId, year } = key;
  const refs = state.refs;
  const ref = (k: string): ItemRef => refs.get(k)!;
  const ids = new Map<string, string>([...refs].map(([k, r]) => [k, r.id]));
  const bidangId = (name: unknown) => (name ? (state.bidang.find((b) => b.name === name)?.id ?? null) : null);
  const versioned = <K extends string>(e: PlanEntry, values: Record<K, unknown>): UpdateRow<K> => ({
    ...ref(e.item.key),
    values,
  });

  // The LKIP record (a new year is created by its first import) and its reported total.
  const total = plan.entries.find((e) => e.item.level === "TOTAL");
  let laporanId = state.laporan?.id;
  if (!laporanId) {
    laporanId = (
      await tx.laporanKinerja.create({
        data: {
          pemdaId,
          opdId,
          year,
          reportedPagu: total?.fields.reportedPagu,
          reportedRealisasi: total?.fields.reportedRealisasi,
        },
      })
    ).id;
  } else if (total?.action === "updated") {
    const { reportedPagu, reportedRealisasi } = total.fields;
    await updateRows(
      tx,
      batchTables.laporanKinerja,
      ["reportedPagu", "reportedRealisasi"],
      [versioned(total, { reportedPagu, reportedRealisasi })],
      { conflict: changedMeanwhile },
    );
  }

  // Removals first, children before parents (the cascade would take them anyway).
  for (const [level, table] of [
    ["INDIKATOR", batchTables.indikator],
    ["REKENING", batchTables.rekeningBelanja],
    ["SUB_KEGIATAN", batchTables.subKegiatan],
    ["KEGIATAN", batchTables.kegiatan],
    ["PROGRAM", batchTables.program],
  ] as const) {
    await deleteRows(
      tx,
      table,
      of(plan, level, "removed").map((e) => ref(e.item.key).id),
    );
  }

  // Renstra: the period, tujuan, sasaran.
  const renstraNew = of(plan, "TUJUAN", "created").length + of(plan, "SASARAN", "created").length;
  let periodeId = state.periode?.id;
  if (!periodeId && renstraNew > 0) {
    const years = args.renstraYears.length > 0 ? args.renstraYears : [year];
    periodeId = (
      await tx.periode.create({
        data: { pemdaId, opdId, startYear: Math.min(...years), endYear: Math.max(...years) },
      })
    ).id;
  }
  /**
   * One level: its updates in one statement, its new rows in another, their ids remembered by key. An
   * update changes `columns`; a new row also gets `owner` (the parent, the kode), set on create only.
   */
  const saveLevel = async <C extends string, K extends C>(spec: {
    level: ImportLevel;
    table: BatchTable<C>;
    columns: readonly K[];
    values: (f: Fields) => Record<K, unknown>;
    owner: (e: PlanEntry) => Record<Exclude<C, K>, unknown>;
  }) => {
    const updated = of(plan, spec.level, "updated").map((e) => versioned(e, spec.values(e.fields)));
    await updateRows(tx, spec.table, spec.columns, updated, { conflict: changedMeanwhile });
    const created = of(plan, spec.level, "created");
    const rows = created.map((e) => ({ ...spec.owner(e), ...spec.values(e.fields) }) as Record<C, unknown>);
    const newIds = await insertRows(tx, spec.table, rows);
    created.forEach((e, i) => ids.set(e.item.key, newIds[i]!));
  };
  const code = (e: PlanEntry) => codeOf(e.item.key);
  const parentId = (e: PlanEntry) => ids.get(e.item.parentKey!);
  const inYear = (e: PlanEntry) => ({ pemdaId, opdId, year, code: code(e) });
  const named = ["name", "bidangId", "reportedPagu", "reportedRealisasi"] as const;
  const namedValues = (f: Fields) => ({
    name: f.name,
    bidangId: bidangId(f.bidang),
    reportedPagu: f.reportedPagu,
    reportedRealisasi: f.reportedRealisasi,
  });

  await saveLevel({
    level: "TUJUAN",
    table: batchTables.tujuan,
    columns: ["text"],
    values: (f) => ({ text: f.text }),
    owner: (e) => ({ pemdaId, periodeId, code: code(e) }),
  });
  await saveLevel({
    level: "SASARAN",
    table: batchTables.sasaran,
    columns: ["text", "tujuanId"],
    values: (f) => ({ text: f.text, tujuanId: ids.get(`TUJUAN:${f.tujuan}`) }),
    owner: (e) => ({ pemdaId, code: code(e) }),
  });
  // Budget structure, top down.
  await saveLevel({
    level: "PROGRAM",
    table: batchTables.program,
    columns: named,
    values: namedValues,
    owner: inYear,
  });
  await saveLevel({
    level: "KEGIATAN",
    table: batchTables.kegiatan,
    columns: named,
    values: namedValues,
    owner: (e) => ({ ...inYear(e), programId: parentId(e) }),
  });
  await saveLevel({
    level: "SUB_KEGIATAN",
    table: batchTables.subKegiatan,
    columns: [...named, "paguAwal", "paguPerubahan"],
    values: (f) => ({ ...namedValues(f), paguAwal: f.paguAwal, paguPerubahan: f.paguPerubahan }),
    owner: (e) => ({ ...inYear(e), kegiatanId: parentId(e) }),
  });
  await saveLevel({
    level: "REKENING",
    table: batchTables.rekeningBelanja,
    columns: ["name", "paguAwal", "paguPerubahan"],
    values: (f) => ({ name: f.name, paguAwal: f.paguAwal, paguPerubahan: f.paguPerubahan }),
    owner: (e) => ({ pemdaId, subKegiatanId: parentId(e), code: code(e) }),
  });

  await writeRealisasiAnggaran(tx, { pemdaId, plan, refs, ids });
  await writeIndicators(tx, { key, plan, refs, ids, fileName: args.fileName });
  await writeRencanaAksi(tx, { key, plan, refs, ids });
  // Narratives last: their sasaran, program or kegiatan may be new in this file.
  await saveLevel({
    level: "NARASI",
    table: batchTables.narrative,
    columns: ["body"],
    values: (f) => ({ body: f.body }),
    owner: (e) => {
      const section = e.fields.section as NarrativeSectionValue;
      const owner = e.item.parentKey === null ? null : parentId(e);
      const kind = narrativeOwnerOf(section);
      return {
        pemdaId,
        laporanId,
        section,
        sasaranId: kind === "SASARAN" ? owner : null,
        programId: kind === "PROGRAM" ? owner : null,
        kegiatanId: kind === "KEGIATAN" ? owner : null,
      };
    },
  });
  return { laporanId };
}

type Ids = Map<string, string>;
type Period = (typeof periods)[number];

async function writeRealisasiAnggaran(
  tx: Tx,
  args: { pemdaId: string; plan: ImportPlan; refs: Map<string, ItemRef>; ids: Ids },
) {
  const creates: {
    pemdaId: string;
    subKegiatanId: string | null;
    rekeningBelanjaId: string | null;
    period: Period;
    amount: string;
  }[] = [];
  const updates: UpdateRow<"amount">[] = [];
  const deletes: string[] = [];
  for (const e of args.plan.entries) {
    if (
      (e.item.level !== "SUB_KEGIATAN" && e.item.level !== "REKENING") ||
      (e.action !== "created" && e.action !== "updated")
    )
      continue;
    const stored = args.refs.get(e.item.key)?.realisasi ?? new Map();
    const id = args.ids.get(e.item.key)!;
    const link =
      e.item.level === "SUB_KEGIATAN"
        ? { subKegiatanId: id, rekeningBelanjaId: null }
        : { subKegiatanId: null, rekeningBelanjaId: id };
    for (const period of periods) {
      const amount = e.fields[amountField(period)] ?? null;
      const before = e.current?.fields[amountField(period)] ?? null;
      const row = stored.get(period);
      if (amount === null && row) deletes.push(row.id);
      else if (amount !== null && !row) creates.push({ pemdaId: args.pemdaId, ...link, period, amount });
      else if (amount !== null && row && amount !== before) updates.push({ ...row, values: { amount } });
    }
  }
  await deleteRows(tx, batchTables.realisasiAnggaran, deletes);
  await updateRows(tx, batchTables.realisasiAnggaran, ["amount"], updates, { conflict: changedMeanwhile });
  await insertRows(tx, batchTables.realisasiAnggaran, creates);
}

type OwnerColumn = (typeof ownerField)[IndicatorOwnerLevel];

/** The owner columns of a new indicator: its owner's id in the column of its level, null in the others. */
function ownerColumns(
  level: IndicatorOwnerLevel,
  id: string | undefined,
): Record<OwnerColumn, string | null> {
  const columns: Record<OwnerColumn, string | null> = {
    tujuanId: null,
    sasaranId: null,
    programId: null,
    kegiatanId: null,
    subKegiatanId: null,
  };
  columns[ownerField[level]] = id ?? null;
  return columns;
}

async function writeIndicators(
  tx: Tx,
  args: { key: OpdYearKey; plan: ImportPlan; refs: Map<string, ItemRef>; ids: Ids; fileName: string },
) {
  const { key, plan, refs, ids } = args;
  const { pemdaId, year } = key;
  const entries = plan.entries.filter(
    (e) =>
      (e.item.level === "INDIKATOR" || e.item.level === "IKU") &&
      (e.action === "created" || e.action === "updated"),
  );
  const definition = (f: Fields) => ({
    name: f.name,
    satuan: f.satuan,
    polarity: f.polarity,
    calculation: f.calculation ?? "LANGSUNG",
    aggregation: f.aggregation ?? "JUMLAH",
    position: Number(f.position ?? 0),
  });
  const updated = entries.filter((e) => e.action === "updated");
  await updateRows(
    tx,
    batchTables.indikator,
    ["name", "satuan", "polarity", "calculation", "aggregation", "position"],
    updated.map((e) => ({ ...refs.get(e.item.key)!, values: definition(e.fields) })),
    { conflict: changedMeanwhile },
  );
  // A ratio needs what its numerator and denominator count; the editor asks, an import names them plainly.
  await tx.$executeRawUnsafe(
    `UPDATE "Indikator" SET "numeratorLabel" = CASE WHEN "calculation" = 'RASIO' THEN coalesce("numeratorLabel", 'Pembilang') END, ` +
      `"denominatorLabel" = CASE WHEN "calculation" = 'RASIO' THEN coalesce("denominatorLabel", 'Penyebut') END ` +
      `WHERE "id" = ANY($1::text[])`,
    updated.map((e) => refs.get(e.item.key)!.id),
  );
  const created = entries.filter((e) => e.action === "created");
  const newIds = await insertRows(
    tx,
    batchTables.indikator,
    created.map((e) => {
      // The owner is the item the parent key names (an IKU's is its sasaran).
      const level = e.item.parentKey!.split(":")[0] as IndicatorOwnerLevel;
      const values = definition(e.fields);
      const ratio = values.calculation === "RASIO";
      return {
        pemdaId,
        level,
        ...ownerColumns(level, ids.get(e.item.parentKey!)),
        isIku: e.item.level === "IKU",
        ...values,
        numeratorLabel: ratio ? "Pembilang" : null,
        denominatorLabel: ratio ? "Penyebut" : null,
      };
    }),
  );
  created.forEach((e, i) => ids.set(e.item.key, newIds[i]!));

  // Targets: this year's PK target and perubahan; an IKU's Renstra target of every year of the period.
  type TargetRow = {
    pemdaId: string;
    indikatorId: string;
    year: number;
    target: string | null;
    targetPerubahan: string | null;
    perubahanReason: string | null;
    targetRenstra: string | null;
  };
  const targetCreates = new Map<string, TargetRow>();
  const yearUpdates: UpdateRow<"target" | "targetPerubahan" | "perubahanReason">[] = [];
  const renstraUpdates: UpdateRow<"targetRenstra">[] = [];
  const reason = `Diimpor dari berkas ${args.fileName}`.slice(0, 500);
  for (const e of entries) {
    const indikatorId = ids.get(e.item.key)!;
    const ref = refs.get(e.item.key);
    const f = e.fields;
    const before = e.current?.fields ?? {};
    const creating = (y: number) => {
      const k = `${indikatorId}|${y}`;
      const row = targetCreates.get(k) ?? {
        pemdaId,
        indikatorId,
        year: y,
        target: null,
        targetPerubahan: null,
        perubahanReason: null,
        targetRenstra: null,
      };
      targetCreates.set(k, row);
      return row;
    };
    const target = f.target ?? null;
    const targetPerubahan = f.targetPerubahan ?? null;
    if (target !== (before.target ?? null) || targetPerubahan !== (before.targetPerubahan ?? null)) {
      const values = {
        target,
        targetPerubahan,
        perubahanReason: targetPerubahan === null ? null : reason,
      };
      if (ref?.target) yearUpdates.push({ ...ref.target, values });
      else if (target !== null || targetPerubahan !== null) Object.assign(creating(year), values);
    }
    for (const field of Object.keys(f).filter((name) => name.startsWith("targetRenstra."))) {
      const y = Number(field.split(".")[1]);
      if ((f[field] ?? null) === (before[field] ?? null)) continue;
      const row = y === year ? ref?.target : ref?.renstraTargets?.get(y);
      if (row) renstraUpdates.push({ ...row, values: { targetRenstra: f[field] ?? null } });
      else if (f[field] !== null) creating(y).targetRenstra = f[field]!;
    }
  }
  // A year's row both retargeted and given a Renstra figure is one update of each kind, in turn.
  await updateRows(
    tx,
    batchTables.targetIndikator,
    ["target", "targetPerubahan", "perubahanReason"],
    yearUpdates,
    { conflict: changedMeanwhile },
  );
  for (const row of renstraUpdates) {
    const bumped = yearUpdates.find((u) => u.id === row.id);
    if (bumped) row.version = bumped.version + 1;
  }
  await updateRows(tx, batchTables.targetIndikator, ["targetRenstra"], renstraUpdates, {
    conflict: changedMeanwhile,
  });
  await insertRows(tx, batchTables.targetIndikator, [...targetCreates.values()]);

  // Realisasi of the year, per period.
  const parts = ["value", "numerator", "denominator"] as const;
  const creates: {
    pemdaId: string;
    indikatorId: string;
    year: number;
    period: Period;
    value: string | null;
    numerator: string | null;
    denominator: string | null;
  }[] = [];
  const updates: UpdateRow<(typeof parts)[number]>[] = [];
  const deletes: string[] = [];
  for (const e of entries) {
    const stored = refs.get(e.item.key)?.realisasi ?? new Map();
    for (const period of periods) {
      const field = (part: (typeof parts)[number]) => e.fields[indicatorField(part, period)] ?? null;
      const values = {
        value: field("value"),
        numerator: field("numerator"),
        denominator: field("denominator"),
      };
      const changed = parts.some((p) => values[p] !== (e.current?.fields[indicatorField(p, period)] ?? null));
      const row = stored.get(period);
      const empty = parts.every((p) => values[p] === null);
      if (empty && row) deletes.push(row.id);
      else if (!empty && !row)
        creates.push({ pemdaId, indikatorId: ids.get(e.item.key)!, year, period, ...values });
      else if (!empty && row && changed) updates.push({ ...row, values });
    }
  }
  await deleteRows(tx, batchTables.realisasiIndikator, deletes);
  await updateRows(tx, batchTables.realisasiIndikator, parts, updates, { conflict: changedMeanwhile });
  await insertRows(tx, batchTables.realisasiIndikator, creates);
}

/** The rencana aksi of sub kegiatan (money), IKU and program/kegiatan indicators (figures), per triwulan. */
async function writeRencanaAksi(
  tx: Tx,
  args: { key: OpdYearKey; plan: ImportPlan; refs: Map<string, ItemRef>; ids: Ids },
) {
  const { pemdaId, year } = args.key;
  const changes = (levels: ImportLevel[]) =>
    args.plan.entries
      .filter((e) => levels.includes(e.item.level) && (e.action === "created" || e.action === "updated"))
      .flatMap((e) => {
        const stored = args.refs.get(e.item.key)?.rencana ?? new Map();
        return rencanaPeriods.flatMap((period) => {
          const value = e.fields[rencanaField(period)] ?? null;
          const before = e.current?.fields[rencanaField(period)] ?? null;
          const row = stored.get(period) as { id: string; version: number } | undefined;
          return value === before && (row || value === null)
            ? []
            : [{ id: args.ids.get(e.item.key)!, period, value, row }];
        });
      });
  const write = async (
    table: BatchTable<string>,
    column: "amount" | "target",
    rows: ReturnType<typeof changes>,
    link: (id: string) => Record<string, unknown>,
  ) => {
    await deleteRows(
      tx,
      table,
      rows.flatMap((r) => (r.value === null && r.row ? [r.row.id] : [])),
    );
    await updateRows(
      tx,
      table,
      [column as string],
      rows.flatMap((r) =>
        r.value !== null && r.row
          ? [{ ...r.row, values: { [column]: r.value } as Record<string, unknown> }]
          : [],
      ),
      { conflict: changedMeanwhile },
    );
    await insertRows(
      tx,
      table,
      rows.flatMap((r) =>
        r.value !== null && !r.row ? [{ pemdaId, ...link(r.id), period: r.period, [column]: r.value }] : [],
      ),
    );
  };
  await write(batchTables.rencanaAksiAnggaran, "amount", changes(["SUB_KEGIATAN"]), (id) => ({
    subKegiatanId: id,
  }));
  await write(batchTables.rencanaAksiIndikator, "target", changes(["INDIKATOR", "IKU"]), (id) => ({
    indikatorId: id,
    year,
  }));
}
