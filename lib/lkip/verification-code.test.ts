import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  encodeVerificationCode,
  formatVerificationCode,
  normalizeVerificationCode,
} from "./verification-code";

describe("verification codes", () => {
  it("are 24 base32 characters from 120 random bits, read back however typed", () => {
    const code = encodeVerificationCode(randomBytes(15));
    expect(code).toMatch(/^[A-Z2-7]{24}$/);
    expect(normalizeVerificationCode(formatVerificationCode(code).toLowerCase())).toBe(code);
  });

  it("refuse what cannot be one of ours", () => {
    expect(normalizeVerificationCode("draf")).toBeNull();
    expect(normalizeVerificationCode("ABCD-EFGH-IJKL-MNOP-QRST-UVW1")).toBeNull();
    expect(encodeVerificationCode(new Uint8Array([0, 0, 0, 0, 0]))).toBe("AAAAAAAA");
  });
});
