import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MutationError } from "@/lib/errors";
import { ActionError, type CurrentLabels } from "./action-error";

const labels: CurrentLabels = {
  name: "Nama",
  paguAwal: { label: "Pagu awal", show: (value) => `Rp ${value}` },
  paguPerubahan: { label: "Pagu perubahan", show: (value) => `Rp ${value}` },
};

const render = (error: MutationError | null, onReload?: () => void) =>
  renderToStaticMarkup(createElement(ActionError, { error, labels, onReload }));

/** The markup as text, tags dropped, so assertions read like the screen. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("ActionError", () => {
  it("shows nothing without an error", () => {
    expect(render(null)).toBe("");
  });

  it("shows a refusal as an alert with the field messages that are not already in its message", () => {
    const html = render({
      kind: "INVALID",
      message: "Periksa kembali isian Anda.",
      fields: {
        "settings.plausibleCapaian.max": "Batas bawah capaian wajar harus lebih kecil dari batas atas",
      },
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain('data-error-kind="INVALID"');
    expect(text(html)).toBe(
      "Periksa kembali isian Anda. Batas bawah capaian wajar harus lebih kecil dari batas atas",
    );
    const grid = render({
      kind: "INVALID",
      message: "Tidak ada yang disimpan. Perbaiki dulu:\nBaris 3: bukan angka",
      fields: { "anggaran:1": "Baris 3: bukan angka" },
    });
    expect(text(grid)).toBe("Tidak ada yang disimpan. Perbaiki dulu: Baris 3: bukan angka");
  });

  it("shows a CONFLICT's current values by their labels, in order, with Muat ulang", () => {
    const html = render(
      {
        kind: "CONFLICT",
        message: "Sub kegiatan ini telah diubah oleh pengguna lain.",
        current: {
          version: "4",
          paguPerubahan: null,
          paguAwal: "82380000.00",
          name: "Penyediaan Permakanan",
        },
      },
      () => undefined,
    );
    expect(text(html)).toBe(
      "Sub kegiatan ini telah diubah oleh pengguna lain. Nama Penyediaan Permakanan Pagu awal Rp 82380000.00 " +
        "Pagu perubahan — Muat ulang",
    );
    expect(html).toContain("border-amber-300");
  });

  it("offers no Muat ulang without a way to reload", () => {
    const html = render({ kind: "CONFLICT", message: "Bagian Solusi telah dihapus oleh pengguna lain." });
    expect(text(html)).toBe("Bagian Solusi telah dihapus oleh pengguna lain.");
  });
});
