import { describe, it, expect } from "vitest";
import { Decimal } from "decimal.js";
import { serang2022 } from "./serang-2022";
import type { DemoProgram, DemoSubKegiatan } from "./types";

const allSub = (programs: DemoProgram[]): DemoSubKegiatan[] =>
  programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan));

const sum = (values: string[]): Decimal =>
  values.reduce((acc, v) => acc.plus(new Decimal(v)), new Decimal(0));

const program = (code: string): DemoProgram => {
  const p = serang2022.programs.find((x) => x.code === code);
  if (!p) throw new Error(`program ${code} missing`);
  return p;
};

describe("LKIP Dinas Sosial Kabupaten Serang 2022 demo data", () => {
  it("has the 7 programs of the urusan sosial", () => {
    expect(serang2022.programs).toHaveLength(7);
    expect(serang2022.programs.map((p) => p.code)).toEqual([
      "1.06.01",
      "1.06.02",
      "1.06.03",
      "1.06.04",
      "1.06.05",
      "1.06.06",
      "1.06.07",
    ]);
  });

  it("keeps the program lines of Tabel 3.6 as printed", () => {
    const expected: Record<string, [string, string]> = {
      "1.06.01": ["7660110718", "7381615876"],
      "1.06.02": ["1893501902", "1791431925"],
      "1.06.03": ["2557200", "1800000"],
      "1.06.04": ["626197152", "574602182"],
      "1.06.05": ["6819472636", "6807190312"],
      "1.06.06": ["598028500", "539545080"],
      "1.06.07": ["54589278", "54536778"],
    };
    for (const [code, [pagu, realisasi]] of Object.entries(expected)) {
      expect(program(code).reportedPagu, `${code} pagu`).toBe(pagu);
      expect(program(code).reportedRealisasi, `${code} realisasi`).toBe(realisasi);
    }
    expect(serang2022.reportedTotal).toEqual({ pagu: "17654457386", realisasi: "17062822153" });
  });

  it("sums the sub kegiatan pagu to the Total Belanja pagu", () => {
    expect(sum(allSub(serang2022.programs).map((s) => s.pagu)).toFixed(0)).toBe("17654457386");
  });

  it("sums the sub kegiatan realisasi as printed (not the reported total)", () => {
    expect(sum(allSub(serang2022.programs).map((s) => s.realisasi)).toFixed(0)).toBe("17320802867");
  });

  it("sums the Penunjang sub kegiatan realisasi", () => {
    expect(sum(allSub([program("1.06.01")]).map((s) => s.realisasi)).toFixed(0)).toBe("7551696590");
  });

  it("keeps the Administrasi Umum discrepancy of the report", () => {
    const k = program("1.06.01").kegiatan.find((x) => x.code === "1.06.01.2.06");
    expect(k).toBeDefined();
    const diff = sum(k!.subKegiatan.map((s) => s.realisasi)).minus(new Decimal(k!.reportedRealisasi));
    expect(diff.toFixed(0)).toBe("170080714");
  });

  it("keeps the gap between the program lines and the Total Belanja realisasi", () => {
    const diff = sum(serang2022.programs.map((p) => p.reportedRealisasi)).minus(
      new Decimal(serang2022.reportedTotal.realisasi),
    );
    expect(diff.toFixed(0)).toBe("87900000");
  });

  it("has the sub kegiatan of every kegiatan as transcribed from Tabel 3.6", () => {
    const counts = Object.fromEntries(
      serang2022.programs.flatMap((p) => p.kegiatan.map((k) => [k.code, k.subKegiatan.length])),
    );
    expect(counts).toEqual({
      "1.06.01.2.01": 7,
      "1.06.01.2.02": 1,
      "1.06.01.2.06": 7,
      "1.06.01.2.08": 2,
      "1.06.01.2.09": 2,
      "1.06.02.2.02": 1,
      "1.06.02.2.03": 5,
      "1.06.03.2.01": 1,
      "1.06.04.2.01": 10,
      "1.06.04.2.02": 9,
      "1.06.05.2.02": 3,
      "1.06.06.2.01": 2,
      "1.06.06.2.02": 2,
      "1.06.07.2.01": 2,
    });
    expect(allSub(serang2022.programs)).toHaveLength(54);
  });

  it("uses unique codes that nest under their parent", () => {
    const codes: string[] = [];
    for (const p of serang2022.programs) {
      codes.push(p.code);
      for (const k of p.kegiatan) {
        codes.push(k.code);
        expect(k.code.startsWith(`${p.code}.2.`)).toBe(true);
        for (const s of k.subKegiatan) {
          codes.push(s.code);
          expect(s.code).toMatch(new RegExp(`^${k.code.replace(/\./g, "\\.")}\\.\\d{4}$`));
        }
      }
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("maps every program to a known bidang", () => {
    for (const p of serang2022.programs) {
      expect(serang2022.bidang[p.bidang], p.code).toBeDefined();
    }
  });

  it("stores money as digit strings and other numbers as dot decimals", () => {
    for (const s of allSub(serang2022.programs)) {
      expect(s.pagu).toMatch(/^\d+$/);
      expect(s.realisasi).toMatch(/^\d+$/);
      for (const o of s.outputs) {
        expect(o.target).toBeNull();
        expect(o.realisasi).toMatch(/^\d+(\.\d+)?$/);
      }
    }
    for (const p of serang2022.programs) {
      expect(p.indicator.target).toMatch(/^\d+(\.\d+)?$/);
      expect(p.indicator.realisasi).toMatch(/^\d+(\.\d+)?$/);
    }
  });

  it("contains no 16-digit number (no NIK or other personal identifiers)", () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(serang2022);
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) expect(s).not.toMatch(/\d{16}/);
  });
});
