import Decimal from "decimal.js";

/**
 * The engine's output (rollup, indicator evaluations, findings, settings…) as JSON text and back, for the
 * results stored per OPD-year. Every Decimal travels as `{"$d": "<its exact digits>"}`, so a figure read
 * back is the very Decimal the engine computed, never a float; everything else is plain JSON.
 */
const DECIMAL_TAG = "$d";

export function serializeEvaluation(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, replaced: unknown) {
    // `replaced` is already Decimal#toJSON's string: the holder still has the Decimal itself.
    const raw = this[key];
    return Decimal.isDecimal(raw) ? { [DECIMAL_TAG]: raw.toString() } : replaced;
  });
}

export function parseEvaluation<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) =>
    isDecimalTag(value) ? new Decimal(value[DECIMAL_TAG]) : value,
  ) as T;
}

function isDecimalTag(value: unknown): value is { [DECIMAL_TAG]: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === DECIMAL_TAG;
}
