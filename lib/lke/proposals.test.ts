import { describe, expect, it } from "vitest";
import { entryDeadline } from "@/lib/calc/deadline";
import { lkipDeadline, proposeLkeAnswers, type LkeFacts } from "./proposals";

const deadlines = ([1, 2, 3, 4] as const).map((quarter) => ({
  quarter,
  deadline: entryDeadline({ year: 2022, quarter, days: 10 }),
}));

const facts = (over: Partial<LkeFacts> = {}): LkeFacts => ({
  slug: "dinsos-serang",
  year: 2022,
  now: new Date("2023-06-01T00:00:00Z"),
  ikuCount: 1,
  pkSignedAt: new Date("2022-02-14T03:00:00Z"),
  // Each quarter saved on its deadline day, 23.00 WIB.
  quarters: deadlines.map((q) => ({ ...q, lastEntryAt: new Date(q.deadline.getTime() + 4 * 3600_000) })),
  lkip: {
    finalAt: new Date("2023-02-20T02:00:00Z"),
    deadline: lkipDeadline(2022),
    verificationCode: "AB12CD",
  },
  ...over,
});

const byCode = (f: LkeFacts) => Object.fromEntries(proposeLkeAnswers(f).map((p) => [p.code, p]));

describe("proposeLkeAnswers", () => {
  it("proposes Y where the Renstra, the signed PK, timely realisasi and a timely final LKIP exist", () => {
    const p = byCode(facts());
    expect(Object.fromEntries(Object.entries(p).map(([code, x]) => [code, x.answer]))).toEqual({
      "1.a.3": "Y",
      "1.a.4": "Y",
      "2.b.4": "A",
      "3.a.6": "Y",
    });
    expect(p["1.a.4"]!.reason).toBe("Perjanjian Kinerja 2022 ditandatangani pada 14 Februari 2022.");
    expect(p["1.a.3"]!.evidence).toEqual([
      { label: "Renstra dan indikator", href: "/opd/dinsos-serang/2022/indikator" },
    ]);
    expect(p["3.a.6"]!.evidence).toEqual([{ label: "Verifikasi LKIP final", href: "/verifikasi/AB12CD" }]);
    expect(p["3.a.6"]!.reason).toBe(
      "LKIP 2022 final pada 20 Februari 2023; batas waktunya 28 Februari 2023.",
    );
  });

  it("counts a quarter saved the day after its deadline (00.00 WIB) as late, and an empty one too", () => {
    const quarters = facts().quarters.map((q) =>
      q.quarter === 2
        ? { ...q, lastEntryAt: new Date(q.deadline.getTime() + 5 * 3600_000) }
        : q.quarter === 4
          ? { ...q, lastEntryAt: null }
          : q,
    );
    const p = byCode(facts({ quarters }))["2.b.4"]!;
    expect(p.answer).toBe("C");
    expect(p.reason).toBe(
      "Realisasi 2 dari 4 triwulan diisi tepat waktu; terlambat atau belum diisi: TW II, TW IV.",
    );
    expect(p.evidence.map((e) => e.href)).toEqual(
      [1, 2, 3, 4].map((q) => `/opd/dinsos-serang/2022/realisasi/${q}`),
    );
  });

  it("proposes nothing for realisasi while a quarter's deadline is still ahead", () => {
    expect(byCode(facts({ now: new Date("2023-01-05T00:00:00Z") }))["2.b.4"]).toBeUndefined();
  });

  it("answers T for a late or missing final LKIP once due, nothing before", () => {
    const late = facts({
      lkip: {
        finalAt: new Date("2023-03-01T01:00:00Z"),
        deadline: lkipDeadline(2022),
        verificationCode: "X",
      },
    });
    expect(byCode(late)["3.a.6"]!.answer).toBe("T");
    const missing = facts({ lkip: { finalAt: null, deadline: lkipDeadline(2022), verificationCode: null } });
    expect(byCode(missing)["3.a.6"]).toMatchObject({
      answer: "T",
      evidence: [{ href: "/opd/dinsos-serang/2022/lkip" }],
    });
    expect(
      byCode({ ...missing, now: new Date("2023-02-28T16:00:00Z") })["3.a.6"],
      "23.00 WIB on the due day",
    ).toBeUndefined();
  });

  it("answers T without IKU and without a signed PK", () => {
    const p = byCode(facts({ ikuCount: 0, pkSignedAt: null }));
    expect([p["1.a.3"]!.answer, p["1.a.4"]!.answer]).toEqual(["T", "T"]);
  });
});
