/** RFC 4648 base32 without padding; 15 random bytes give 24 characters (120 bits: unguessable). */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function encodeVerificationCode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** "ABCD-EFGH-…": as printed, in groups of four. */
export const formatVerificationCode = (code: string) => code.match(/.{1,4}/g)?.join("-") ?? code;

/** A code as typed or scanned (any case, with or without hyphens); null when it cannot be one of ours. */
export function normalizeVerificationCode(typed: string): string | null {
  const code = typed.replace(/[-\s]/g, "").toUpperCase();
  return /^[A-Z2-7]{24}$/.test(code) ? code : null;
}

export const verificationPath = (code: string | null) => `/verifikasi/${code ?? "draf"}`;
