import { describe, expect, it } from "vitest";
import { daysLate, entryDeadline } from "./deadline";

describe("entryDeadline", () => {
  it("falls on the 10th day after the quarter ends by default", () => {
    const day = (quarter: 1 | 2 | 3 | 4) =>
      entryDeadline({ year: 2023, quarter, days: 10 }).toISOString().slice(0, 10);
    expect([day(1), day(2), day(3), day(4)]).toEqual([
      "2023-04-10",
      "2023-07-10",
      "2023-10-10",
      "2024-01-10",
    ]);
    expect(entryDeadline({ year: 2024, quarter: 1, days: 0 }).toISOString().slice(0, 10)).toBe("2024-03-31");
  });
});

describe("daysLate", () => {
  const deadline = entryDeadline({ year: 2023, quarter: 4, days: 10 });
  it("counts whole days in WIB after the deadline day", () => {
    expect(daysLate({ deadline, now: new Date("2024-01-10T16:59:59Z") })).toBe(0); // 23.59 WIB on the 10th
    expect(daysLate({ deadline, now: new Date("2024-01-10T17:00:00Z") })).toBe(1); // 00.00 WIB on the 11th
    expect(daysLate({ deadline, now: new Date("2024-02-09T12:00:00Z") })).toBe(30);
    expect(daysLate({ deadline, now: new Date("2023-12-01T00:00:00Z") })).toBe(0);
  });
});
