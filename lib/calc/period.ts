import Decimal from "decimal.js";

/**
 * TW1..TW4 hold the amount or value *in* that quarter. TAHUNAN holds a year recorded only as an
 * annual total (e.g. imported from a finished report), so it says nothing about any single quarter.
 */
export type Period = "TW1" | "TW2" | "TW3" | "TW4" | "TAHUNAN";
export type Quarter = 1 | 2 | 3 | 4;

export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

const QUARTER_PERIODS = { 1: "TW1", 2: "TW2", 3: "TW3", 4: "TW4" } as const satisfies Record<Quarter, Period>;

export function periodOfQuarter(quarter: Quarter): Period {
  return QUARTER_PERIODS[quarter];
}

export function listQuartersThrough(quarter: Quarter): Quarter[] {
  return QUARTERS.filter((q) => q <= quarter);
}

/** "s.d. TW2" style label for reports. */
export function describeThroughQuarter(quarter: Quarter): string {
  return quarter === 4 ? "s.d. TW4 (tahunan)" : `s.d. TW${quarter}`;
}

export type PeriodConflict = "TRIWULAN_DAN_TAHUNAN" | "PERIODE_GANDA";

export const periodConflictLabel: Record<PeriodConflict, string> = {
  TRIWULAN_DAN_TAHUNAN: "Realisasi tercatat per triwulan dan sebagai total tahunan sekaligus",
  PERIODE_GANDA: "Realisasi tercatat lebih dari sekali untuk periode yang sama",
};

export type PeriodSelection<T> =
  /** Values of the quarters ≤ throughQuarter that have one, ascending; missingQuarters lists the rest. */
  | { status: "QUARTERLY"; values: { quarter: Quarter; value: T }[]; missingQuarters: Quarter[] }
  /** Only a TAHUNAN entry, asked through quarter 4: the annual value. */
  | { status: "ANNUAL"; value: T }
  /** Only a TAHUNAN entry, asked through a quarter before 4: nobody knows how much of it fell by then. */
  | { status: "ANNUAL_ONLY" }
  | { status: "CONFLICT"; reason: PeriodConflict };

export type PeriodEntry<T> = { period: Period; value: T | null | undefined };

/**
 * Picks the entries that count "through quarter q". Entries without a value count as absent.
 * Conflicts are judged on all entries (also quarters after q): the data contradicts itself either way.
 */
export function selectThroughQuarter<T>({
  entries,
  throughQuarter,
}: {
  entries: readonly PeriodEntry<T>[];
  throughQuarter: Quarter;
}): PeriodSelection<T> {
  const filled = entries.filter(
    (e): e is { period: Period; value: T } => e.value !== null && e.value !== undefined,
  );
  const periods = filled.map((e) => e.period);
  if (new Set(periods).size !== periods.length) return { status: "CONFLICT", reason: "PERIODE_GANDA" };

  const annual = filled.find((e) => e.period === "TAHUNAN");
  const quarterly = filled.filter((e) => e.period !== "TAHUNAN");
  if (annual && quarterly.length > 0) return { status: "CONFLICT", reason: "TRIWULAN_DAN_TAHUNAN" };
  if (annual)
    return throughQuarter === 4 ? { status: "ANNUAL", value: annual.value } : { status: "ANNUAL_ONLY" };

  const values: { quarter: Quarter; value: T }[] = [];
  const missingQuarters: Quarter[] = [];
  for (const quarter of listQuartersThrough(throughQuarter)) {
    const entry = quarterly.find((e) => e.period === periodOfQuarter(quarter));
    if (entry) values.push({ quarter, value: entry.value });
    else missingQuarters.push(quarter);
  }
  return { status: "QUARTERLY", values, missingQuarters };
}

export type UnknownReason = "HANYA_TAHUNAN" | "DATA_GANDA";

export const unknownReasonLabel: Record<UnknownReason, string> = {
  HANYA_TAHUNAN: "Tidak diketahui: realisasi hanya tercatat sebagai total tahunan",
  DATA_GANDA: "Tidak diketahui: realisasi tercatat ganda",
};

/** A money amount that is either known exactly or explicitly unknown (never a guess). */
export type Amount = { status: "KNOWN"; value: Decimal } | { status: "UNKNOWN"; reason: UnknownReason };

export function knownAmount(value: Decimal): Amount {
  return { status: "KNOWN", value };
}

export function unknownAmount(reason: UnknownReason): Amount {
  return { status: "UNKNOWN", reason };
}

/** Sum is known only when every part is; a conflict anywhere outranks "annual only" as the reason. */
export function sumAmounts(amounts: readonly Amount[]): Amount {
  let total = new Decimal(0);
  let reason: UnknownReason | null = null;
  for (const amount of amounts) {
    if (amount.status === "KNOWN") total = total.plus(amount.value);
    else if (reason !== "DATA_GANDA") reason = amount.reason;
  }
  return reason ? unknownAmount(reason) : knownAmount(total);
}

export function subtractAmounts({ from, amount }: { from: Amount; amount: Amount }): Amount {
  if (from.status === "UNKNOWN") return from;
  if (amount.status === "UNKNOWN") return amount;
  return knownAmount(from.value.minus(amount.value));
}

export type QuarterRealisasi = { quarter: Quarter; inQuarter: Amount; cumulative: Amount };

/**
 * Money realisasi for quarters 1..throughQuarter: the amount in each quarter and the cumulative
 * amount through it. A quarter with no entry counts as zero spent (the checks flag it as missing).
 */
export function splitRealisasiByQuarter({
  entries,
  throughQuarter,
}: {
  entries: readonly { period: Period; amount: Decimal }[];
  throughQuarter: Quarter;
}): QuarterRealisasi[] {
  const selection = selectThroughQuarter({
    entries: entries.map((e) => ({ period: e.period, value: e.amount })),
    throughQuarter,
  });
  const quarters = listQuartersThrough(throughQuarter);

  switch (selection.status) {
    case "CONFLICT":
      return quarters.map((quarter) => ({
        quarter,
        inQuarter: unknownAmount("DATA_GANDA"),
        cumulative: unknownAmount("DATA_GANDA"),
      }));
    case "ANNUAL_ONLY":
    case "ANNUAL":
      return quarters.map((quarter) => ({
        quarter,
        inQuarter: unknownAmount("HANYA_TAHUNAN"),
        cumulative:
          quarter === 4 && selection.status === "ANNUAL"
            ? knownAmount(selection.value)
            : unknownAmount("HANYA_TAHUNAN"),
      }));
    case "QUARTERLY": {
      let running = new Decimal(0);
      return quarters.map((quarter) => {
        const inQuarter = selection.values.find((v) => v.quarter === quarter)?.value ?? new Decimal(0);
        running = running.plus(inQuarter);
        return { quarter, inQuarter: knownAmount(inQuarter), cumulative: knownAmount(running) };
      });
    }
  }
}
