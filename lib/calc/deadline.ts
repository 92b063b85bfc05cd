import type { Quarter } from "./period";

const DAY = 24 * 60 * 60 * 1000;
/** Western Indonesia Time (UTC+7, no daylight saving): the day an office counts in. */
const WIB_OFFSET = 7 * 60 * 60 * 1000;

/** The last day on which realisasi of a triwulan may be entered on time: quarter end + `days` (WIB calendar). */
export function entryDeadline({
  year,
  quarter,
  days,
}: {
  year: number;
  quarter: Quarter;
  days: number;
}): Date {
  // Day 0 of the month after the quarter is its last day; noon keeps the date clear of any zone.
  return new Date(Date.UTC(year, quarter * 3, days, 12));
}

/** Whole days past the deadline day at `now` (WIB): 0 on the deadline day itself and before it. */
export function daysLate({ deadline, now }: { deadline: Date; now: Date }): number {
  const today = Math.floor((now.getTime() + WIB_OFFSET) / DAY);
  const due = Math.floor(deadline.getTime() / DAY);
  return Math.max(0, today - due);
}
