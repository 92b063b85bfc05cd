const DAY = 24 * 60 * 60 * 1000;
const WIB_OFFSET = 7 * 60 * 60 * 1000;

/** Reminders start this many days before a triwulan's batas pengisian… */
export const REMINDER_DAYS_BEFORE = 3;
/** …and a second one goes out once the deadline has passed, for this many days. */
export const REMINDER_DAYS_AFTER = 7;

export type ReminderPhase = "MENJELANG" | "TERLAMBAT";

/**
 * Which reminder is due at `now` (WIB calendar days) for a deadline: "menjelang" from 3 days before the
 * deadline day through that day, "terlambat" from the day after through 7 days late; else none.
 */
export function reminderPhase({ deadline, now }: { deadline: Date; now: Date }): ReminderPhase | null {
  const today = Math.floor((now.getTime() + WIB_OFFSET) / DAY);
  const due = Math.floor(deadline.getTime() / DAY);
  if (today <= due && due - today <= REMINDER_DAYS_BEFORE) return "MENJELANG";
  if (today > due && today - due <= REMINDER_DAYS_AFTER) return "TERLAMBAT";
  return null;
}
