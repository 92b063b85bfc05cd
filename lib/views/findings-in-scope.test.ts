import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/calc/finding";
import { findingsInScope } from "./findings-in-scope";

const finding = (level: Finding["location"]["level"], code: string): Finding => ({
  code: "REALISASI_MELEBIHI_PAGU",
  severity: "ERROR",
  location: { level, code, name: code },
  message: `${level} ${code}`,
  difference: new Decimal(1),
});

const items = [
  { level: "PROGRAM", code: "1.06.04", bidangId: "rehsos" },
  { level: "SUB_KEGIATAN", code: "1.06.04.2.01.0001", bidangId: "rehsos" },
  { level: "SUB_KEGIATAN", code: "1.06.01.2.01.0001", bidangId: "sekretariat" },
  { level: "SUB_KEGIATAN", code: "1.06.01.2.02.0001", bidangId: null },
  { level: "REKENING", code: "5.1.02", bidangId: "rehsos" },
  { level: "REKENING", code: "5.1.02", bidangId: "sekretariat" },
  { level: "REKENING", code: "5.1.03", bidangId: "rehsos" },
];
const all = [
  finding("PROGRAM", "1.06.04"),
  finding("SUB_KEGIATAN", "1.06.04.2.01.0001"),
  finding("SUB_KEGIATAN", "1.06.01.2.01.0001"),
  finding("SUB_KEGIATAN", "1.06.01.2.02.0001"),
  finding("REKENING", "5.1.02"),
  finding("REKENING", "5.1.03"),
  finding("OPD", "1.06"),
  finding("SASARAN", "S1"),
];

describe("findingsInScope", () => {
  it("keeps a bidang's items and what belongs to no item, drops other bidang and items of no bidang", () => {
    const rehsos = findingsInScope(all, items, (bidangId) => bidangId === "rehsos");
    expect(rehsos.map((f) => f.message)).toEqual([
      "PROGRAM 1.06.04",
      "SUB_KEGIATAN 1.06.04.2.01.0001",
      "REKENING 5.1.03",
      "OPD 1.06",
      "SASARAN S1",
    ]);
  });

  it("keeps everything for a reader of the whole OPD", () => {
    expect(findingsInScope(all, items, () => true)).toHaveLength(all.length);
  });
});
