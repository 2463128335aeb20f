/**
 * Judging `verified` dates: a date in the future is a mistake (an error); a date more than
 * `STALE_AFTER_MONTHS` ago means the fact is due for another look (a warning).
 */

import type { FactSlot } from "./fact-ids.js";
import type { Problem } from "./problems.js";
import { IsoDate } from "./schema.js";
import type { YamlFile } from "./yaml-file.js";

export const STALE_AFTER_MONTHS = 12;

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
 * Checks a funding route's application window: a deadline listed that has passed everywhere on
 * Earth is an error (the bot must never show a past deadline as upcoming: update the window to the
 * next round or describe it in words), and a window that closes before it opens is a typo.
 */
export function checkWindow(yaml: YamlFile, data: unknown, now: Date): Problem[] {
  if (typeof data !== "object" || data === null) return [];
  const window = (data as { window?: { opens?: unknown; closes?: unknown } }).window;
  if (typeof window !== "object" || window === null) return [];
  const opens = IsoDate.safeParse(window.opens).success ? (window.opens as string) : undefined;
  const closes = IsoDate.safeParse(window.closes).success ? (window.closes as string) : undefined;
  const problems: Problem[] = [];
  if (closes !== undefined && closes < earliestDateOnEarth(now)) {
    problems.push(
      yaml.problemAt(
        ["window", "closes"],
        `the deadline ${closes} has passed — give the next round's dates, or remove them and describe the usual window in the text`,
      ),
    );
  }
  if (opens !== undefined && closes !== undefined && opens > closes) {
    problems.push(yaml.problemAt(["window", "opens"], `opens ${opens} after it closes ${closes}`));
  }
  return problems;
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
