/**
 * When deadline reminders go out, and which funding routes may have them. Pure: no grammY, no I/O.
 *
 * A reminder is only offered for a deadline the knowledge base gives as a date of the current
 * intake (an `announced` window's `closes`, the last day to apply; a last cycle's dates are
 * history), that is still ahead, and that someone checked within the last
 * {@link STALE_AFTER_MONTHS} months: a reminder for a date nobody has looked at for a year would
 * be a promise Bagdar cannot keep.
 */
import { factId } from "../knowledge/fact-ids.js";
import { monthsBefore, STALE_AFTER_MONTHS } from "../knowledge/freshness.js";
import type { Funding, Knowledge } from "../knowledge/schema.js";

/** Days before the deadline that a reminder is sent. */
export const REMINDER_DAYS_BEFORE = [30, 7, 1] as const;

/** Reminders go out at 09:00 in Kazakhstan (UTC+5), i.e. 04:00 UTC. */
export const REMINDER_HOUR_UTC = 4;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PlannedReminder {
  daysBefore: number;
  /** When to send it, ms since the epoch. */
  dueAt: number;
}

/** Kazakhstan's time (UTC+5, no daylight saving): days begin and end there for students. */
const KAZAKHSTAN_OFFSET_MS = 5 * 60 * 60 * 1000;

function dueAtFor(closes: string, daysBefore: number): number {
  return (
    Date.parse(`${closes}T00:00:00Z`) - daysBefore * DAY_MS + REMINDER_HOUR_UTC * 60 * 60 * 1000
  );
}

/** The reminders still ahead of `now` for a deadline whose last day is `closes` (YYYY-MM-DD). */
export function plannedReminders(closes: string, now: number): PlannedReminder[] {
  return REMINDER_DAYS_BEFORE.map((daysBefore) => ({
    daysBefore,
    dueAt: dueAtFor(closes, daysBefore),
  })).filter((r) => r.dueAt > now);
}

/** What to do with a reminder that is due: send it, saying how many days are left, or drop it. */
export type DueReminder =
  | { send: true; daysLeft: number }
  | { send: false; reason: "superseded" | "deadline passed" };

/**
 * Decides about a reminder found due at `now`, which may be long after its time (the bot was
 * down, the clock jumped): reminders of a deadline that were missed collapse into one — the
 * latest one due — which says how many days are left from now, not from when it was meant to go
 * out; and once the deadline's last day is over in Kazakhstan, nothing is sent.
 *
 * @example
 * // The 30- and 7-day reminders of a deadline on 19 February, found due on 14 February:
 * dueReminder({ closes: "2027-02-19", daysBefore: 30 }, feb14); // { send: false, reason: "superseded" }
 * dueReminder({ closes: "2027-02-19", daysBefore: 7 }, feb14);  // { send: true, daysLeft: 5 }
 */
export function dueReminder(
  reminder: { closes: string; daysBefore: number },
  now: number,
): DueReminder {
  const closesDay = Date.parse(`${reminder.closes}T00:00:00Z`);
  const today = Math.floor((now + KAZAKHSTAN_OFFSET_MS) / DAY_MS) * DAY_MS;
  const daysLeft = Math.round((closesDay - today) / DAY_MS);
  if (daysLeft < 0) return { send: false, reason: "deadline passed" };
  const later = REMINDER_DAYS_BEFORE.some(
    (daysBefore) =>
      daysBefore < reminder.daysBefore && dueAtFor(reminder.closes, daysBefore) <= now,
  );
  if (later) return { send: false, reason: "superseded" };
  return { send: true, daysLeft };
}

/** The deadline of a route a student may subscribe to, or undefined when there is none. */
export function remindableDeadline(funding: Funding, now: number): string | undefined {
  const window = funding.window;
  if (window?.status !== "announced" || window.closes === undefined) return undefined;
  const today = new Date(now).toISOString().slice(0, 10);
  if (window.verified < monthsBefore(today, STALE_AFTER_MONTHS)) return undefined;
  return plannedReminders(window.closes, now).length > 0 ? window.closes : undefined;
}

/** The page a reminder links to: the route's official page, else the source of its deadline. */
export function officialLink(knowledge: Knowledge, funding: Funding): string | undefined {
  if (funding.url !== undefined) return funding.url;
  const fact = knowledge.facts.get(factId(funding.id, "window"));
  return fact === undefined ? undefined : knowledge.sources.get(fact.source)?.url;
}
