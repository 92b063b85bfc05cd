import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";

describe("attachmentDisposition", () => {
  it("gives the exact name as RFC 5987 filename* and an ASCII fallback", () => {
    expect(attachmentDisposition("Bukti TW I (revisi) ’23.pdf")).toBe(
      `attachment; filename="Bukti TW I (revisi) _23.pdf"; filename*=UTF-8''Bukti%20TW%20I%20%28revisi%29%20%E2%80%9923.pdf`,
    );
  });

  it("cannot be broken out of by a quote or a backslash in the name", () => {
    expect(attachmentDisposition('a"b\\c.pdf')).toBe(
      `attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`,
    );
  });
});
