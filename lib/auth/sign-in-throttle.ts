/**
 * Sign-in throttling, as pure rules over the counters kept in the database. Failures are counted per
 * email *and* client address, so an attacker elsewhere can slow down only their own guesses at an account,
 * never lock its owner out; and per address across all emails, so one client cannot spread guesses over
 * many accounts. A spent address budget stops only the emails that have themselves failed from that
 * address: a whole office behind one NAT address is never locked out by one guesser among them, at the
 * price of one guess per further email per window. Unknown emails are counted exactly like known ones.
 */

/** Failures of one email from one address before each further attempt must wait. */
export const FREE_FAILURES = 3;
/** The wait after the first throttled failure; it doubles with every further one. */
export const FIRST_DELAY_SECONDS = 2;
export const MAX_DELAY_SECONDS = 15 * 60;
/** Failures one address may make across all accounts within one window. */
export const ADDRESS_BUDGET = 30;
export const ADDRESS_WINDOW_MINUTES = 15;

/** How long the next attempt for this email from this address must wait after `failures` failures. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/** The address's counter after one more failure at `now`: a new window once the old one has passed. */
export function countAddressFailure(
  budget: { windowStart: Date; failures: number } | null,
  now: Date,
): { windowStart: Date; failures: number } {
  if (!budget || windowEnd(budget) <= now) return { windowStart: now, failures: 1 };
  return { windowStart: budget.windowStart, failures: budget.failures + 1 };
}

export function windowEnd(budget: { windowStart: Date }): Date {
  return new Date(budget.windowStart.getTime() + ADDRESS_WINDOW_MINUTES * 60_000);
}

/**
 * When attempts of an email from this address may resume, or null when the address's budget is not spent
 * or this email has not failed from this address itself (`emailFailures`).
 */
export function addressBlockedUntil(
  budget: { windowStart: Date; failures: number } | null,
  emailFailures: number,
  now: Date,
): Date | null {
  if (!budget || emailFailures === 0 || budget.failures < ADDRESS_BUDGET || windowEnd(budget) <= now)
    return null;
  return windowEnd(budget);
}
