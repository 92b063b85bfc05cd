import Decimal from "decimal.js";

/**
 * The engine's output (rollup, indicator evaluations, findings, settings…) and the LKIP document as JSON
 * text and back, for the results stored per OPD-year and the documents kept with a FINAL revision. Every
 * Decimal travels as `{"$d": "<its exact digits>"}`, so a figure read back is the very Decimal the engine
 * computed, never a float; a Date as `{"$t": "<ISO 8601>"}` and bytes (an image) as `{"$b": "<base64>"}`;
 * everything else is plain JSON.
 */
const DECIMAL_TAG = "$d";
const DATE_TAG = "$t";
const BYTES_TAG = "$b";
const TAGS = [DECIMAL_TAG, DATE_TAG, BYTES_TAG];

export function serializeEvaluation(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, replaced: unknown) {
    // `replaced` is already Decimal#toJSON's or Date#toJSON's string: the holder still has the object.
    const raw = this[key];
    if (Decimal.isDecimal(raw)) return { [DECIMAL_TAG]: raw.toString() };
    if (raw instanceof Date) return { [DATE_TAG]: raw.toISOString() };
    if (raw instanceof Uint8Array) return { [BYTES_TAG]: toBase64(raw) };
    return replaced;
  });
}

export function parseEvaluation<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    const tagged = taggedOf(value);
    if (!tagged) return value;
    const [tag, content] = tagged;
    return tag === DECIMAL_TAG
      ? new Decimal(content)
      : tag === DATE_TAG
        ? new Date(content)
        : fromBase64(content);
  }) as T;
}

function taggedOf(value: unknown): [string, string] | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (entries.length !== 1) return null;
  const [[tag, content]] = entries as [[string, unknown]];
  return TAGS.includes(tag) && typeof content === "string" ? [tag, content] : null;
}

// btoa and atob work on "binary strings" (one character per byte), in Node.js and in a browser alike.
const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
