import { createFormControl } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { placeFieldErrors } from "./use-mutation-action";

const invalid = (fields: Record<string, string>) => ({
  kind: "INVALID" as const,
  message: "Periksa kembali isian Anda.",
  fields,
});

function targetForm() {
  const form = createFormControl({
    defaultValues: { target: "250", perubahanReason: "", settings: { cap: "" } },
  });
  const errorOf = (name: "target" | "perubahanReason" | "settings.cap") =>
    form.getFieldState(name).error?.message;
  return { form, errorOf };
}

describe("placeFieldErrors", () => {
  it("puts every message under its field and leaves nothing else to show", () => {
    const { form, errorOf } = targetForm();
    const rest = placeFieldErrors(
      form,
      invalid({
        perubahanReason: "Alasan target perubahan wajib diisi",
        "settings.cap": "Harus lebih dari 0",
      }),
    );
    expect(rest).toBeNull();
    expect(errorOf("perubahanReason")).toBe("Alasan target perubahan wajib diisi");
    expect(errorOf("settings.cap")).toBe("Harus lebih dari 0");
    expect(errorOf("target")).toBeUndefined();
  });

  it("keeps the message and the field messages the form has no field for", () => {
    const { form, errorOf } = targetForm();
    const rest = placeFieldErrors(
      form,
      invalid({ target: "Angka terlalu besar", "settings.plausibleCapaian.max": "Batas atas terlalu kecil" }),
    );
    expect(errorOf("target")).toBe("Angka terlalu besar");
    expect(rest).toEqual(invalid({ "settings.plausibleCapaian.max": "Batas atas terlalu kecil" }));
  });

  it("passes a refusal without field messages through whole, with a CONFLICT's current values", () => {
    const { form } = targetForm();
    const conflict = {
      kind: "CONFLICT" as const,
      message: "Target tahun 2022 indikator ini telah diubah oleh pengguna lain.",
      current: { target: "300" },
    };
    expect(placeFieldErrors(form, conflict)).toEqual({ ...conflict, fields: undefined });
    expect(form.getFieldState("target").error).toBeUndefined();
  });
});
