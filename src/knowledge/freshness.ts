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

/** Checks the `verified` date of each fact in a file against `now`. */
export function checkVerifiedDates(
  yaml: YamlFile,
  slots: readonly FactSlot[],
  now: Date,
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
    } else if (date < staleBefore) {
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
