import { describe, expect, it } from "vitest";
import { entryDeadline } from "@/lib/calc/deadline";
import { reminderPhase } from "./reminder-phase";

// TW I 2023 with the default 10 days: the deadline is 10 April 2023 (WIB).
const deadline = entryDeadline({ year: 2023, quarter: 1, days: 10 });
const wib = (isoDate: string, time = "09:00") => new Date(`${isoDate}T${time}:00+07:00`);

describe("reminderPhase", () => {
  it.each([
    ["2023-04-06", null],
    ["2023-04-07", "MENJELANG"],
    ["2023-04-10", "MENJELANG"],
    ["2023-04-11", "TERLAMBAT"],
    ["2023-04-17", "TERLAMBAT"],
    ["2023-04-18", null],
  ] as const)("on %s: %s", (day, phase) => {
    expect(reminderPhase({ deadline, now: wib(day) })).toBe(phase);
  });

  it("counts the WIB day: 23:30 WIB on the deadline day is still before it", () => {
    expect(reminderPhase({ deadline, now: wib("2023-04-10", "23:30") })).toBe("MENJELANG");
    expect(reminderPhase({ deadline, now: wib("2023-04-11", "00:30") })).toBe("TERLAMBAT");
  });
});
