import { describe, expect, it } from "vitest";
import { createUserInput } from "./admin";
import { textField } from "./fields";
import { z } from "./zod";

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("typed text", () => {
  const name = textField("Nama bidang", { min: 3, max: 200 });

  it("names the field in every refusal", () => {
    expect(message(name.safeParse("ab"))).toBe("Nama bidang minimal 3 karakter");
    expect(message(name.safeParse("x".repeat(201)))).toBe("Nama bidang paling panjang 200 karakter");
    expect(message(name.safeParse("Bidang\u0000Sosial"))).toBe(
      "Nama bidang berisi karakter yang tidak diizinkan",
    );
    expect(message(name.safeParse(12))).toBe("Nama bidang wajib diisi");
    expect(name.parse("Bidang Pemberdayaan Sosial – Lansia")).toBe("Bidang Pemberdayaan Sosial – Lansia");
  });

  it.each([
    ["a right-to-left override that prints the name reversed", "Bidang \u202eLaisoS"],
    ["a zero-width space", "Bidang\u200bSosial"],
    ["a zero-width joiner", "Bidang\u200dSosial"],
    ["a byte order mark inside", "Bidang\ufeffSosial"],
    ["a directional isolate", "Bidang \u2066Sosial\u2069"],
  ])("refuses %s", (_, text) => {
    expect(message(name.safeParse(text))).toBe("Nama bidang berisi karakter yang tidak diizinkan");
    expect(name.parse("  Bidang Rehabilitasi Sosial ")).toBe("Bidang Rehabilitasi Sosial");
  });

  it("refuses a 20.000-character user name with an Indonesian message on its field", () => {
    const result = createUserInput.safeParse({
      email: "a@b.go.id",
      name: "x".repeat(20_000),
      role: "INSPEKTORAT",
      opdId: null,
      password: "kata-sandi-panjang",
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", "Nama paling panjang 200 karakter"],
    ]);
  });

  it("words zod's own messages in Bahasa Indonesia", () => {
    expect(message(z.string().max(3).safeParse("abcdef"))).toBe(
      "Terlalu besar: diharapkan string memiliki <=3 karakter",
    );
    expect(message(z.number().safeParse("x"))).toMatch(/^Input tidak valid/);
  });
});
