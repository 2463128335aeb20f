/**
 * The anonymous counters as tables an administrator may see: per month and for all months, with
 * every cell that describes fewer than {@link MIN_CELL} students suppressed so no one can be
 * singled out. Pure: no grammY, no I/O.
 *
 * Suppression is in two steps. Primary: a cell below {@link MIN_CELL} (zero included, so an empty
 * cell looks like a small one) is not shown. Secondary: what is hidden must not be computable from
 * what is shown, e.g. `students − bachelor − master = doctorate`. For every set of cells that adds
 * up to a total (the options of a single-choice question, a row or a column of the destination ×
 * plan table, the months of one cell), the smallest shown cell of the set is suppressed too while
 * exactly one cell of the set is hidden (unless it is empty: working out a zero singles out no
 * one), or while the hidden cells together describe 1 to 4
 * students (`12 students − 11 bachelors` would single out the one who chose something else).
 */
import { DEGREE_LEVELS, FIELDS, PRIORITIES, TEACHING_LANGUAGES } from "../knowledge/schema.js";
import { BUDGET_TIERS, PLANS } from "../recommend/profile.js";
import type { Counts } from "./record.js";
import { REGIONS } from "./regions.js";

/** Cells describing fewer students than this are never shown. */
export const MIN_CELL = 5;

/** What `/stats` and `/export` show for a suppressed cell. */
export const SUPPRESSED = "<5";

export const DIMENSIONS = [
  "students",
  "level",
  "budget",
  "language",
  "field",
  "priority",
  "plan",
  "first",
  "region",
  "first-plan",
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Dimensions where each student is in exactly one value, so the values add up to `students`. */
const SINGLE_CHOICE: Dimension[] = ["level", "budget", "field", "plan", "first", "region"];

/** The period that sums every month. */
export const ALL_MONTHS = "all";

export interface ReportRow {
  /** `YYYY-MM` or {@link ALL_MONTHS}. */
  period: string;
  dimension: Dimension;
  /** The option id; for `first-plan`, `destination/plan`; empty for `students`. */
  value: string;
  /** Null when suppressed. The true count of a suppressed cell never leaves this module. */
  count: number | null;
}

export interface Report {
  /** The months, oldest first, then {@link ALL_MONTHS}. */
  periods: string[];
  /** Destination ids in the order the report lists them. */
  destinations: string[];
  rows: ReportRow[];
  /** The shown count of a cell, or null when suppressed (or unknown). */
  get(period: string, dimension: Dimension, value?: string): number | null;
}

export interface ReportOptions {
  /** Destination ids of the knowledge base, listed even where nobody chose them. */
  destinations: readonly string[];
}

/** Every value a dimension can take, so empty cells are listed (and suppressed) like small ones. */
function valuesOf(dimension: Dimension, destinations: readonly string[]): string[] {
  switch (dimension) {
    case "students":
      return [""];
    case "level":
      return [...DEGREE_LEVELS];
    case "budget":
      return Object.keys(BUDGET_TIERS);
    case "language":
      return [...TEACHING_LANGUAGES];
    case "field":
      return [...FIELDS];
    case "priority":
      return [...PRIORITIES];
    case "plan":
      return [...PLANS];
    case "first":
      return [...destinations, "none"];
    case "region":
      return [...REGIONS, "none"];
    case "first-plan":
      return [...destinations, "none"].flatMap((d) => PLANS.map((p) => `${d}/${p}`));
  }
}

/** The counter name behind a report cell (see `cell` in record.ts). */
function counterName(dimension: Dimension, value: string): string {
  if (dimension === "students") return "students";
  if (dimension === "first-plan") return `first-plan:${value.replace("/", ":")}`;
  return `${dimension}:${value}`;
}

const keyOf = (period: string, dimension: Dimension, value: string) =>
  `${period}|${dimension}|${value}`;

/**
 * Builds the suppressed tables from each month's counters.
 *
 * @example
 * const report = buildReport(await store.months(), { destinations: ["russia", "china"] });
 * report.get("all", "plan", "return"); // 48, or null if fewer than 5 students said so
 */
export function buildReport(months: Record<string, Counts>, options: ReportOptions): Report {
  // Destinations no longer in the knowledge base still have their counts listed.
  const seen = new Set<string>();
  for (const counts of Object.values(months)) {
    for (const name of Object.keys(counts)) {
      const match = /^first:(.+)$/.exec(name);
      if (match?.[1] !== undefined && match[1] !== "none") seen.add(match[1]);
    }
  }
  const destinations = [
    ...options.destinations,
    ...[...seen].filter((d) => !options.destinations.includes(d)).sort(),
  ];
  const monthList = Object.keys(months).sort();
  const periods = [...monthList, ALL_MONTHS];

  const count = new Map<string, number>();
  const cells: { period: string; dimension: Dimension; value: string }[] = [];
  for (const dimension of DIMENSIONS) {
    for (const value of valuesOf(dimension, destinations)) {
      const name = counterName(dimension, value);
      let total = 0;
      for (const month of monthList) {
        // Counters can dip below zero only if the store was edited by hand; never show that.
        const n = Math.max(0, months[month]?.[name] ?? 0);
        total += n;
        count.set(keyOf(month, dimension, value), n);
        cells.push({ period: month, dimension, value });
      }
      count.set(keyOf(ALL_MONTHS, dimension, value), total);
      cells.push({ period: ALL_MONTHS, dimension, value });
    }
  }

  const suppressed = new Set<string>();
  for (const [key, n] of count) if (n < MIN_CELL) suppressed.add(key);
  suppressComplements(suppressed, count, additiveGroups(periods, monthList, destinations));

  const rows: ReportRow[] = cells.map(({ period, dimension, value }) => {
    const key = keyOf(period, dimension, value);
    return { period, dimension, value, count: suppressed.has(key) ? null : (count.get(key) ?? 0) };
  });
  const shown = new Map(rows.map((r) => [keyOf(r.period, r.dimension, r.value), r.count]));
  return {
    periods,
    destinations,
    rows,
    get: (period, dimension, value = "") => shown.get(keyOf(period, dimension, value)) ?? null,
  };
}

/** A total and the cells that add up to it, as keys. */
interface Group {
  total: string;
  parts: string[];
}

function additiveGroups(periods: string[], months: string[], destinations: string[]): Group[] {
  const groups: Group[] = [];
  const firsts = [...destinations, "none"];
  for (const period of periods) {
    const students = keyOf(period, "students", "");
    for (const dimension of SINGLE_CHOICE) {
      groups.push({
        total: students,
        parts: valuesOf(dimension, destinations).map((v) => keyOf(period, dimension, v)),
      });
    }
    for (const first of firsts) {
      groups.push({
        total: keyOf(period, "first", first),
        parts: PLANS.map((plan) => keyOf(period, "first-plan", `${first}/${plan}`)),
      });
    }
    for (const plan of PLANS) {
      groups.push({
        total: keyOf(period, "plan", plan),
        parts: firsts.map((first) => keyOf(period, "first-plan", `${first}/${plan}`)),
      });
    }
  }
  for (const dimension of DIMENSIONS) {
    for (const value of valuesOf(dimension, destinations)) {
      groups.push({
        total: keyOf(ALL_MONTHS, dimension, value),
        parts: months.map((m) => keyOf(m, dimension, value)),
      });
    }
  }
  return groups;
}

function suppressComplements(
  suppressed: Set<string>,
  count: Map<string, number>,
  groups: Group[],
): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      const totalHidden = suppressed.has(group.total);
      const hiddenParts = group.parts.filter((k) => suppressed.has(k));
      const hiddenSum = hiddenParts.reduce((sum, k) => sum + (count.get(k) ?? 0), 0);
      // One hidden cell can be worked out; harmless only when it is an empty one.
      const lone = [...hiddenParts, ...(totalHidden ? [group.total] : [])];
      const alone = lone.length === 1 && (count.get(lone[0] as string) ?? 0) > 0;
      const few = !totalHidden && hiddenSum > 0 && hiddenSum < MIN_CELL;
      if (!alone && !few) continue;
      // Hide the smallest shown part (the total only if no part is left).
      const candidates = group.parts.filter((k) => !suppressed.has(k));
      const pool = candidates.length > 0 ? candidates : totalHidden ? [] : [group.total];
      if (pool.length === 0) continue;
      const smallest = pool.reduce((a, b) => ((count.get(b) ?? 0) < (count.get(a) ?? 0) ? b : a));
      suppressed.add(smallest);
      changed = true;
    }
  }
}

/** Quotes a CSV field when it needs it (RFC 4180). */
function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The report as CSV: `period,dimension,value,students`, one row per cell, suppressed cells as
 * {@link SUPPRESSED}. Ids only (`master`, `russia/return`), so any spreadsheet can pivot it.
 */
export function reportCsv(report: Report): string {
  const lines = [["period", "dimension", "value", "students"].join(",")];
  for (const row of report.rows) {
    lines.push(
      [row.period, row.dimension, row.value, row.count === null ? SUPPRESSED : String(row.count)]
        .map(csvField)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
