import { describe, expect, it } from "vitest";
import { auditActionLabel, auditEntityLabel, describeChanges, isContext } from "./describe-audit";
import { neutraliseFormula } from "./spreadsheet-cell";

const names = new Map([
  ["bidang-rehsos", "Bidang Rehabilitasi Sosial"],
  ["bidang-sekretariat", "Sekretariat"],
]);

const shown = (changes: ReturnType<typeof describeChanges>) =>
  changes.map((c) => [c.label, c.old?.text ?? null, c.new?.text ?? null]);

describe("describeChanges", () => {
  it("shows a realisasi in rupiah with its period as context, never the stored decimal", () => {
    const changes = describeChanges(
      { period: "TAHUNAN", amount: "65585000.00" },
      { period: "TAHUNAN", amount: "123250000.00" },
      names,
    );
    expect(shown(changes)).toEqual([
      ["Periode", "Tahunan", "Tahunan"],
      ["Realisasi", "Rp 65.585.000", "Rp 123.250.000"],
    ]);
    expect(isContext(changes[0]!)).toBe(true);
    expect(isContext(changes[1]!)).toBe(false);
    expect(changes[1]!.new).toMatchObject({ kind: "money", number: 123250000 });
  });

  it("names bidang instead of their ids and leaves out what did not change", () => {
    const changes = describeChanges(
      { code: "1.06.04", name: "Program Rehabilitasi Sosial", bidangId: "bidang-sekretariat" },
      { code: "1.06.04", name: "Program Rehabilitasi Sosial", bidangId: "bidang-rehsos" },
      names,
    );
    expect(shown(changes.filter((c) => !isContext(c)))).toEqual([
      ["Bidang", "Sekretariat", "Bidang Rehabilitasi Sosial"],
    ]);
    expect(shown(describeChanges(null, { bidangIds: ["bidang-rehsos", "gone"] }, names))).toEqual([
      ["Dibatasi ke bidang", null, "Bidang Rehabilitasi Sosial, (tidak ditemukan)"],
    ]);
  });

  it("writes figures, statuses, roles, booleans and moments the Indonesian way", () => {
    expect(
      shown(
        describeChanges(
          { status: "DIREVIU", target: "3.0000", isIku: false },
          {
            status: "FINAL",
            target: "3.0500",
            isIku: true,
            role: "KEPALA",
            signedAt: "2022-02-01T02:00:00.000Z",
            sesiDiakhiri: 1200,
          },
          names,
        ),
      ),
    ).toEqual([
      ["Status", "Direviu", "Final"],
      ["Target", "3", "3,05"],
      ["IKU", "Tidak", "Ya"],
      ["Peran", null, "Kepala Perangkat Daerah"],
      ["Ditandatangani", null, "1 Feb 2022, 09.00 WIB"],
      ["Sesi diakhiri", null, "1.200"],
    ]);
  });

  it("keeps an unknown field readable rather than hiding it", () => {
    expect(shown(describeChanges({}, { skala: { min: 0 } }, names))).toEqual([["skala", null, "min: 0"]]);
  });
});

describe("labels", () => {
  it("are Indonesian for every entity a mutation records", () => {
    expect(auditEntityLabel.SubKegiatan).toBe("Sub kegiatan");
    expect(auditActionLabel["laporan.transition"]).toBe("Ubah status LKIP");
  });
});

describe("neutraliseFormula", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+62 812", "'+62 812"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["Realisasi 98,11 %", "Realisasi 98,11 %"],
  ])("%j → %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});
