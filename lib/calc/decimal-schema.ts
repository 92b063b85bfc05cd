import Decimal from "decimal.js";
import { z } from "@/lib/inputs/zod";

/**
 * A decimal as stored in JSON settings: a string ("91", "90.5", "-Infinity") or a number, or already a
 * Decimal. Strings are preferred in storage because they survive JSON exactly.
 */
export const decimalSchema = z
  .union([z.string(), z.number(), z.instanceof(Decimal)])
  .transform((input, ctx) => {
    try {
      const value = new Decimal(input);
      if (!value.isNaN()) return value;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: `Bukan angka yang sah: ${String(input)}` });
    return z.NEVER;
  });
