/**
 * Judging dates. `verified`: a date in the future is a mistake (an error); a date more than
 * `STALE_AFTER_MONTHS` ago means the fact is due for another look (a warning). `asOf`, the date
 * the page itself gives: a money figure or rule on a page more than `PAGE_STALE_AFTER_MONTHS` old
 * is not stated as current (the bot sends the student to the official page). Windows: one shown
 * as announced must not have closed.
 */

import type { FactSlot } from "./fact-ids.js";
import type { Problem } from "./problems.js";
import { type AsOf, IsoDate } from "./schema.js";
import type { YamlFile } from "./yaml-file.js";

export const STALE_AFTER_MONTHS = 12;

/** A page older than this no longer backs a money figure or rule as current. */
export const PAGE_STALE_AFTER_MONTHS = 24;

/**
 * The last day an `asOf` can stand for, so a period is judged by its end: a date is itself, a year
 * ends on 31 December, an academic year on 31 August of its second year. `undated` has none.
 *
 * @example asOfEnd("2025/26") // "2026-08-31"
 */
export function asOfEnd(asOf: AsOf): string | undefined {
  if (typeof asOf === "number") return `${asOf}-12-31`;
  if (asOf === "undated") return undefined;
  if (/^\d{4}\/\d{2}$/.test(asOf)) return `${Number(asOf.slice(0, 4)) + 1}-08-31`;
  return asOf;
}

/**
 * The date a fact's page is judged by: the end of its `asOf`, or `verified` when the page states
 * no date (or none is written yet).
 */
export function pageDate(fact: { asOf?: AsOf | undefined; verified: string }): string {
  return (fact.asOf === undefined ? undefined : asOfEnd(fact.asOf)) ?? fact.verified;
}

/** Whether a fact's page is more than {@link PAGE_STALE_AFTER_MONTHS} older than `today`. */
export function isPageStale(
  fact: { asOf?: AsOf | undefined; verified: string },
  today: string,
): boolean {
  return pageDate(fact) < pageStaleBefore(today);
}

/** The cut-off for {@link isPageStale}, worked out once per day rather than per fact. */
let pageCutoff = { today: "", before: "" };
export function pageStaleBefore(today: string): string {
  if (pageCutoff.today !== today) {
    pageCutoff = { today, before: monthsBefore(today, PAGE_STALE_AFTER_MONTHS) };
  }
  return pageCutoff.before;
}

export interface Freshness {
  errors: Problem[];
  warnings: Problem[];
}

/**
 * Checks the `verified` date of each fact in a file against `now`. With `warnings: false` stale
 * facts are not reported: each warning's line would cost parsing a file that came from the cache.
 */
export function checkVerifiedDates(
  yaml: YamlFile,
  slots: readonly FactSlot[],
  now: Date,
  options: { warnings: boolean } = { warnings: true },
): Freshness {
  const latestToday = latestDateOnEarth(now);
  const staleBefore = monthsBefore(isoDay(now), STALE_AFTER_MONTHS);
  const result: Freshness = { errors: [], warnings: [] };
  for (const slot of slots) {
    const verified = slot.value.verified;
    // Malformed dates are the schema's to report.
    if (!IsoDate.safeParse(verified).success) continue;
    const date = verified as string;
    const path = [...slot.path, "verified"];
    if (date > latestToday) {
      result.errors.push(
        yaml.problemAt(path, `${date} is in the future — use the date the fact was checked`),
      );
    } else if (options.warnings && date < staleBefore) {
      result.warnings.push(
        yaml.problemAt(
          path,
          `${date} is more than ${STALE_AFTER_MONTHS} months ago — check the fact again`,
        ),
      );
    }
  }
  return result;
}

/**
 * Checks a funding route's application window: one shown as current (`announced`) whose last day
 * has passed everywhere on Earth is an error (the bot must never show a past deadline as
 * upcoming: make it `last-cycle`, or give the next round's dates); a window that closes before it
 * opens is a typo. A `last-cycle` window that closes in the future is the current one: a warning.
 */
export function checkWindow(
  yaml: YamlFile,
  data: unknown,
  now: Date,
): { errors: Problem[]; warnings: Problem[] } {
  const result = { errors: [] as Problem[], warnings: [] as Problem[] };
  if (typeof data !== "object" || data === null) return result;
  const window = (data as { window?: { status?: unknown; opens?: unknown; closes?: unknown } })
    .window;
  if (typeof window !== "object" || window === null) return result;
  const opens = IsoDate.safeParse(window.opens).success ? (window.opens as string) : undefined;
  const closes = IsoDate.safeParse(window.closes).success ? (window.closes as string) : undefined;
  const passed = closes !== undefined && closes < earliestDateOnEarth(now);
  if (window.status === "announced" && passed) {
    result.errors.push(
      yaml.problemAt(
        ["window", "closes"],
        `the deadline ${closes} has passed — make the window last-cycle, or give the next round's dates`,
      ),
    );
  }
  if (window.status === "last-cycle" && closes !== undefined && !passed) {
    result.warnings.push(
      yaml.problemAt(
        ["window", "status"],
        `the window closes ${closes}, still ahead — a window with current dates is announced`,
      ),
    );
  }
  if (opens !== undefined && closes !== undefined && opens > closes) {
    result.errors.push(
      yaml.problemAt(["window", "opens"], `opens ${opens} after it closes ${closes}`),
    );
  }
  return result;
}

/** The calendar date in the latest time zone (UTC−12): a deadline of that day is still open somewhere. */
export function earliestDateOnEarth(now: Date): string {
  return isoDay(new Date(now.getTime() - 12 * 60 * 60 * 1000));
}

/**
 * The calendar date in the earliest time zone (UTC+14). An editor in Almaty who writes today's
 * date must not see the bot refuse to start on a server that still lives in yesterday (UTC).
 */
export function latestDateOnEarth(now: Date): string {
  return isoDay(new Date(now.getTime() + 14 * 60 * 60 * 1000));
}

/** `2026-11-28` → `2025-11-28` for 12 months; a day that does not exist rolls over (Feb 29 → Mar 1). */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return isoDay(new Date(Date.UTC(year, month - 1 - months, day)));
}

function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
