import "server-only";
import { AppError } from "@/lib/errors";
import { amountField, type Fields, indicatorField, type ImportLevel, periods } from "@/lib/xlsx/snapshot";
import type { ImportPlan, PlanEntry } from "@/lib/xlsx/validate-import";
import type { Tx } from "../db";
import type { ImportState, ItemRef, OpdYearKey } from "./load-import-state";
import { type Column, deleteRows, insertRows, type UpdateRow, updateRows } from "../mutations/batch-writes";

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
  const versioned = (e: PlanEntry, values: unknown[]): UpdateRow => ({ ...ref(e.item.key), values });

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
    await updateRows(
      tx,
      "LaporanKinerja",
      [
        { name: "reportedPagu", type: "numeric" },
        { name: "reportedRealisasi", type: "numeric" },
      ],
      [versioned(total, [total.fields.reportedPagu, total.fields.reportedRealisasi])],
      { updatedAt: true, conflict: changedMeanwhile },
    );
  }

  // Removals first, children before parents (the cascade would take them anyway).
  for (const [level, table] of [
    ["INDIKATOR", "Indikator"],
    ["REKENING", "RekeningBelanja"],
    ["SUB_KEGIATAN", "SubKegiatan"],
    ["KEGIATAN", "Kegiatan"],
    ["PROGRAM", "Program"],
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
  /** One level: its updates in one statement, its new rows in another, their ids remembered by key. */
  const saveLevel = async (spec: {
    level: ImportLevel;
    table: string;
    /** Set on create only: the owner, the kode. */
    owner: Column[];
    ownerValues: (e: PlanEntry) => unknown[];
    columns: Column[];
    values: (f: Fields) => unknown[];
    updatedAt: boolean;
  }) => {
    const options = { updatedAt: spec.updatedAt };
    const updated = of(plan, spec.level, "updated").map((e) => versioned(e, spec.values(e.fields)));
    await updateRows(tx, spec.table, spec.columns, updated, { ...options, conflict: changedMeanwhile });
    const created = of(plan, spec.level, "created");
    const rows = created.map((e) => [...spec.ownerValues(e), ...spec.values(e.fields)]);
    const newIds = await insertRows(tx, spec.table, [...spec.owner, ...spec.columns], rows, options);
    created.forEach((e, i) => ids.set(e.item.key, newIds[i]!));
  };
  const text = (name: string): Column => ({ name, type: "text" });
  const money = (name: string): Column => ({ name, type: "numeric" });
  const code = (e: PlanEntry) => codeOf(e.item.key);
  const parentId = (e: PlanEntry) => ids.get(e.item.parentKey!);
  const reported = (f: Fields) => [f.reportedPagu, f.reportedRealisasi];
  const ofYear: Column[] = [text("pemdaId"), text("opdId"), { name: "year", type: "int" }, text("code")];
  const inYear = (e: PlanEntry) => [pemdaId, opdId, year, code(e)];
  const named = [text("name"), text("bidangId"), money("reportedPagu"), money("reportedRealisasi")];
  const namedValues = (f: Fields) => [f.name, bidangId(f.bidang), ...reported(f)];

  await saveLevel({
    level: "TUJUAN",
    table: "Tujuan",
    owner: [text("pemdaId"), text("periodeId"), text("code")],
    ownerValues: (e) => [pemdaId, periodeId, code(e)],
    columns: [text("text")],
    values: (f) => [f.text],
    updatedAt: false,
  });
  await saveLevel({
    level: "SASARAN",
    table: "Sasaran",
    owner: [text("pemdaId"), text("code")],
    ownerValues: (e) => [pemdaId, code(e)],
    columns: [text("text"), text("tujuanId")],
    values: (f) => [f.text, ids.get(`TUJUAN:${f.tujuan}`)],
    updatedAt: false,
  });
  // Budget structure, top down.
  await saveLevel({
    level: "PROGRAM",
    table: "Program",
    owner: ofYear,
    ownerValues: inYear,
    columns: named,
    values: namedValues,
    updatedAt: true,
  });
  await saveLevel({
    level: "KEGIATAN",
    table: "Kegiatan",
    owner: [...ofYear, text("programId")],
    ownerValues: (e) => [...inYear(e), parentId(e)],
    columns: named,
    values: namedValues,
    updatedAt: true,
  });
  await saveLevel({
    level: "SUB_KEGIATAN",
    table: "SubKegiatan",
    owner: [...ofYear, text("kegiatanId")],
    ownerValues: (e) => [...inYear(e), parentId(e)],
    columns: [
      text("name"),
      text("bidangId"),
      money("paguAwal"),
      money("paguPerubahan"),
      money("reportedPagu"),
      money("reportedRealisasi"),
    ],
    values: (f) => [f.name, bidangId(f.bidang), f.paguAwal, f.paguPerubahan, ...reported(f)],
    updatedAt: true,
  });
  await saveLevel({
    level: "REKENING",
    table: "RekeningBelanja",
    owner: [text("pemdaId"), text("subKegiatanId"), text("code")],
    ownerValues: (e) => [pemdaId, parentId(e), code(e)],
    columns: [text("name"), money("paguAwal"), money("paguPerubahan")],
    values: (f) => [f.name, f.paguAwal, f.paguPerubahan],
    updatedAt: false,
  });

  await writeRealisasiAnggaran(tx, { pemdaId, plan, refs, ids });
  await writeIndicators(tx, { key, plan, refs, ids, fileName: args.fileName });
  return { laporanId };
}

type Ids = Map<string, string>;

async function writeRealisasiAnggaran(
  tx: Tx,
  args: { pemdaId: string; plan: ImportPlan; refs: Map<string, ItemRef>; ids: Ids },
) {
  const creates: {
    pemdaId: string;
    subKegiatanId?: string;
    rekeningBelanjaId?: string;
    period: (typeof periods)[number];
    amount: string;
  }[] = [];
  const updates: UpdateRow[] = [];
  const deletes: string[] = [];
  for (const e of args.plan.entries) {
    if (
      (e.item.level !== "SUB_KEGIATAN" && e.item.level !== "REKENING") ||
      (e.action !== "created" && e.action !== "updated")
    )
      continue;
    const stored = args.refs.get(e.item.key)?.realisasi ?? new Map();
    const link =
      e.item.level === "SUB_KEGIATAN"
        ? { subKegiatanId: args.ids.get(e.item.key)! }
        : { rekeningBelanjaId: args.ids.get(e.item.key)! };
    for (const period of periods) {
      const amount = e.fields[amountField(period)] ?? null;
      const before = e.current?.fields[amountField(period)] ?? null;
      const row = stored.get(period);
      if (amount === null && row) deletes.push(row.id);
      else if (amount !== null && !row) creates.push({ pemdaId: args.pemdaId, ...link, period, amount });
      else if (amount !== null && row && amount !== before) updates.push({ ...row, values: [amount] });
    }
  }
  await deleteRows(tx, "RealisasiAnggaran", deletes);
  await updateRows(tx, "RealisasiAnggaran", [{ name: "amount", type: "numeric" }], updates, {
    updatedAt: true,
    conflict: changedMeanwhile,
  });
  await insertRows(
    tx,
    "RealisasiAnggaran",
    [
      { name: "pemdaId", type: "text" },
      { name: "subKegiatanId", type: "text" },
      { name: "rekeningBelanjaId", type: "text" },
      { name: "period", type: "ReportPeriod" },
      { name: "amount", type: "numeric" },
    ],
    creates.map((c) => [c.pemdaId, c.subKegiatanId, c.rekeningBelanjaId, c.period, c.amount]),
    { updatedAt: true },
  );
}

const ownerColumn: Record<string, "programId" | "kegiatanId" | "subKegiatanId" | "tujuanId" | "sasaranId"> = {
  PROGRAM: "programId",
  KEGIATAN: "kegiatanId",
  SUB_KEGIATAN: "subKegiatanId",
  TUJUAN: "tujuanId",
  SASARAN: "sasaranId",
};

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
  const definition = (f: Fields) => [
    f.name,
    f.satuan,
    f.polarity,
    f.calculation ?? "LANGSUNG",
    f.aggregation ?? "JUMLAH",
    Number(f.position ?? 0),
  ];
  await updateRows(
    tx,
    "Indikator",
    [
      { name: "name", type: "text" },
      { name: "satuan", type: "text" },
      { name: "polarity", type: "Polarity" },
      { name: "calculation", type: "Calculation" },
      { name: "aggregation", type: "QuarterAggregation" },
      { name: "position", type: "int" },
    ],
    entries
      .filter((e) => e.action === "updated")
      .map((e) => ({ ...refs.get(e.item.key)!, values: definition(e.fields) })),
    { updatedAt: true, conflict: changedMeanwhile },
  );
  // A ratio needs what its numerator and denominator count; the editor asks, an import names them plainly.
  await tx.$executeRawUnsafe(
    `UPDATE "Indikator" SET "numeratorLabel" = CASE WHEN "calculation" = 'RASIO' THEN coalesce("numeratorLabel", 'Pembilang') END, ` +
      `"denominatorLabel" = CASE WHEN "calculation" = 'RASIO' THEN coalesce("denominatorLabel", 'Penyebut') END ` +
      `WHERE "id" = ANY($1::text[])`,
    entries.filter((e) => e.action === "updated").map((e) => refs.get(e.item.key)!.id),
  );
  const created = entries.filter((e) => e.action === "created");
  if (created.length > 0) {
    const owners = ["programId", "kegiatanId", "subKegiatanId", "tujuanId", "sasaranId"] as const;
    const newIds = await insertRows(
      tx,
      "Indikator",
      [
        { name: "pemdaId", type: "text" },
        { name: "level", type: "IndicatorLevel" },
        ...owners.map((name) => ({ name, type: "text" }) as const),
        { name: "isIku", type: "boolean" },
        { name: "name", type: "text" },
        { name: "satuan", type: "text" },
        { name: "polarity", type: "Polarity" },
        { name: "calculation", type: "Calculation" },
        { name: "aggregation", type: "QuarterAggregation" },
        { name: "position", type: "int" },
        { name: "numeratorLabel", type: "text" },
        { name: "denominatorLabel", type: "text" },
      ],
      created.map((e) => {
        const ownerLevel = e.item.parentKey!.split(":")[0]!;
        const values = definition(e.fields);
        const ratio = values[3] === "RASIO";
        return [
          pemdaId,
          e.item.level === "IKU" ? "SASARAN" : ownerLevel,
          ...owners.map((column) => (ownerColumn[ownerLevel] === column ? ids.get(e.item.parentKey!) : null)),
          e.item.level === "IKU",
          ...values,
          ratio ? "Pembilang" : null,
          ratio ? "Penyebut" : null,
        ];
      }),
      { updatedAt: true },
    );
    created.forEach((e, i) => ids.set(e.item.key, newIds[i]!));
  }

  // Targets: this year's PK target and perubahan; an IKU's Renstra target of every year of the period.
  const targetCreates = new Map<
    string,
    {
      pemdaId: string;
      indikatorId: string;
      year: number;
      target?: string | null;
      targetPerubahan?: string | null;
      perubahanReason?: string | null;
      targetRenstra?: string | null;
    }
  >();
  const yearUpdates: UpdateRow[] = [];
  const renstraUpdates: UpdateRow[] = [];
  const reason = `Diimpor dari berkas ${args.fileName}`.slice(0, 500);
  for (const e of entries) {
    const indikatorId = ids.get(e.item.key)!;
    const ref = refs.get(e.item.key);
    const f = e.fields;
    const before = e.current?.fields ?? {};
    const creating = (y: number) => {
      const k = `${indikatorId}|${y}`;
      const row = targetCreates.get(k) ?? { pemdaId, indikatorId, year: y };
      targetCreates.set(k, row);
      return row;
    };
    const yearTarget = [f.target ?? null, f.targetPerubahan ?? null];
    if (yearTarget[0] !== (before.target ?? null) || yearTarget[1] !== (before.targetPerubahan ?? null)) {
      const values = [yearTarget[0], yearTarget[1], yearTarget[1] === null ? null : reason];
      if (ref?.target) yearUpdates.push({ ...ref.target, values });
      else if (yearTarget.some((v) => v !== null))
        Object.assign(creating(year), {
          target: values[0],
          targetPerubahan: values[1],
          perubahanReason: values[2],
        });
    }
    for (const field of Object.keys(f).filter((name) => name.startsWith("targetRenstra."))) {
      const y = Number(field.split(".")[1]);
      if ((f[field] ?? null) === (before[field] ?? null)) continue;
      const row = y === year ? ref?.target : ref?.renstraTargets?.get(y);
      if (row) renstraUpdates.push({ ...row, values: [f[field] ?? null] });
      else if (f[field] !== null) creating(y).targetRenstra = f[field];
    }
  }
  // A year's row both retargeted and given a Renstra figure is one update of each kind, in turn.
  await updateRows(
    tx,
    "TargetIndikator",
    [
      { name: "target", type: "numeric" },
      { name: "targetPerubahan", type: "numeric" },
      { name: "perubahanReason", type: "text" },
    ],
    yearUpdates,
    { updatedAt: false, conflict: changedMeanwhile },
  );
  for (const row of renstraUpdates) {
    const bumped = yearUpdates.find((u) => u.id === row.id);
    if (bumped) row.version = bumped.version + 1;
  }
  await updateRows(tx, "TargetIndikator", [{ name: "targetRenstra", type: "numeric" }], renstraUpdates, {
    updatedAt: false,
    conflict: changedMeanwhile,
  });
  await insertRows(
    tx,
    "TargetIndikator",
    [
      { name: "pemdaId", type: "text" },
      { name: "indikatorId", type: "text" },
      { name: "year", type: "int" },
      { name: "target", type: "numeric" },
      { name: "targetPerubahan", type: "numeric" },
      { name: "perubahanReason", type: "text" },
      { name: "targetRenstra", type: "numeric" },
    ],
    [...targetCreates.values()].map((t) => [
      t.pemdaId,
      t.indikatorId,
      t.year,
      t.target,
      t.targetPerubahan,
      t.perubahanReason,
      t.targetRenstra,
    ]),
    { updatedAt: false },
  );

  // Realisasi of the year, per period.
  const creates: {
    pemdaId: string;
    indikatorId: string;
    year: number;
    period: (typeof periods)[number];
    value: string | null;
    numerator: string | null;
    denominator: string | null;
  }[] = [];
  const updates: UpdateRow[] = [];
  const deletes: string[] = [];
  for (const e of entries) {
    const stored = refs.get(e.item.key)?.realisasi ?? new Map();
    for (const period of periods) {
      const parts = (["value", "numerator", "denominator"] as const).map(
        (p) => e.fields[indicatorField(p, period)] ?? null,
      );
      const before = (["value", "numerator", "denominator"] as const).map(
        (p) => e.current?.fields[indicatorField(p, period)] ?? null,
      );
      const row = stored.get(period);
      const empty = parts.every((v) => v === null);
      if (empty && row) deletes.push(row.id);
      else if (!empty && !row)
        creates.push({
          pemdaId,
          indikatorId: ids.get(e.item.key)!,
          year,
          period,
          value: parts[0]!,
          numerator: parts[1]!,
          denominator: parts[2]!,
        });
      else if (!empty && row && parts.some((v, i) => v !== before[i]))
        updates.push({ ...row, values: parts });
    }
  }
  await deleteRows(tx, "RealisasiIndikator", deletes);
  await updateRows(
    tx,
    "RealisasiIndikator",
    [
      { name: "value", type: "numeric" },
      { name: "numerator", type: "numeric" },
      { name: "denominator", type: "numeric" },
    ],
    updates,
    { updatedAt: true, conflict: changedMeanwhile },
  );
  await insertRows(
    tx,
    "RealisasiIndikator",
    [
      { name: "pemdaId", type: "text" },
      { name: "indikatorId", type: "text" },
      { name: "year", type: "int" },
      { name: "period", type: "ReportPeriod" },
      { name: "value", type: "numeric" },
      { name: "numerator", type: "numeric" },
      { name: "denominator", type: "numeric" },
    ],
    creates.map((c) => [c.pemdaId, c.indikatorId, c.year, c.period, c.value, c.numerator, c.denominator]),
    { updatedAt: true },
  );
}
