import { describe, expect, it } from "vitest";
import { rankLateEntries } from "./region-dashboard";

const groups = [
  { opd: "Dinas Sosial", bidang: "Sekretariat", leaves: 19, missing: { 1: 0, 2: 0, 3: 0, 4: 19 } },
  { opd: "Dinas Sosial", bidang: "Rehabilitasi", leaves: 19, missing: { 1: 0, 2: 0, 3: 1, 4: 19 } },
  { opd: "Dinas Kesehatan", bidang: "Pelayanan", leaves: 4, missing: { 1: 0, 2: 2, 3: 0, 4: 4 } },
];
const late = (now: string, days = 10) =>
  rankLateEntries({ year: 2023, days, now: new Date(now), groups }).map(
    (e) => `${e.opd} · ${e.bidang} · ${e.quarter} · ${e.daysLate} · ${e.missing}`,
  );

describe("rankLateEntries", () => {
  it("names a triwulan only once its deadline day has passed (WIB), longest overdue first", () => {
    expect(late("2024-01-10T16:59:00Z")).toEqual([
      "Dinas Kesehatan · Pelayanan · TW II · 184 · 2",
      "Dinas Sosial · Rehabilitasi · TW III · 92 · 1",
    ]);
    expect(late("2024-01-10T17:00:00Z")).toEqual([
      "Dinas Kesehatan · Pelayanan · TW II · 185 · 2",
      "Dinas Sosial · Rehabilitasi · TW III · 93 · 1",
      "Dinas Sosial · Rehabilitasi · TW IV · 1 · 19",
      "Dinas Sosial · Sekretariat · TW IV · 1 · 19",
      "Dinas Kesehatan · Pelayanan · TW IV · 1 · 4",
    ]);
  });

  it("follows the Pemda's deadline setting", () => {
    expect(late("2024-01-11T02:00:00Z", 20).some((entry) => entry.includes("TW IV"))).toBe(false);
    expect(late("2024-01-11T02:00:00Z", 0).filter((entry) => entry.includes("TW IV · 11"))).toHaveLength(3);
  });
});
