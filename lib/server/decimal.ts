import Decimal from "decimal.js";

export type DecimalLike = { toString(): string };

/** Prisma returns its own Decimal class; the calculation engine works with decimal.js. */
export function toDecimal(value: DecimalLike): Decimal;
export function toDecimal(value: DecimalLike | null): Decimal | null;
export function toDecimal(value: DecimalLike | null): Decimal | null {
  return value === null ? null : new Decimal(value.toString());
}
