/**
 * What one consenting student adds to the anonymous statistics, and the counters it becomes.
 * Pure: no grammY, no I/O.
 *
 * A record holds answers and a month, never who gave them: no Telegram id, name, username or
 * exact time. The store keeps only per-month counters (`level:master` → 41), never records, so
 * nothing in it can be traced back to one student. The session keeps a copy of the record it
 * counted this month (see {@link countChanges}) so a re-take replaces it instead of counting the
 * same student twice; `/forget` deletes that copy with the rest of the session.
 */
import { z } from "zod";
import { DegreeLevel, Field, Priority, TeachingLanguage } from "../knowledge/schema.js";
import { BudgetTier, Plan, type Profile } from "../recommend/profile.js";
import { REGIONS, type Region } from "./regions.js";

/** A calendar month, `YYYY-MM` (UTC). */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const InsightRecord = z.strictObject({
  month: Month,
  level: DegreeLevel,
  budget: BudgetTier,
  languages: z.array(TeachingLanguage),
  field: Field,
  priorities: z.array(Priority),
  plan: Plan,
  /** The destination ranked first for the student, or null when none was ranked. */
  first: z.string().nullable(),
  /** Only when the student chose to give it. */
  region: z.enum(REGIONS).nullable(),
});
export type InsightRecord = z.infer<typeof InsightRecord>;

/** Counters of one month: cell name → number of students. */
export type Counts = Record<string, number>;

/** The month of a moment, `YYYY-MM` in UTC. */
export function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

export function toRecord(
  profile: Profile,
  first: string | undefined,
  region: Region | undefined,
  month: string,
): InsightRecord {
  return {
    month,
    level: profile.level,
    budget: profile.budget,
    languages: [...new Set(profile.languages)].sort(),
    field: profile.field,
    priorities: [...new Set(profile.priorities)].sort(),
    plan: profile.plan,
    first: first ?? null,
    region: region ?? null,
  };
}

/** Cell names, e.g. `level:master`, `first-plan:russia:return`; one student adds 1 to each. */
export const cell = {
  students: "students",
  level: (v: string) => `level:${v}`,
  budget: (v: string) => `budget:${v}`,
  language: (v: string) => `language:${v}`,
  field: (v: string) => `field:${v}`,
  priority: (v: string) => `priority:${v}`,
  plan: (v: string) => `plan:${v}`,
  first: (v: string | null) => `first:${v ?? "none"}`,
  region: (v: string | null) => `region:${v ?? "none"}`,
  firstPlan: (first: string | null, plan: string) => `first-plan:${first ?? "none"}:${plan}`,
} as const;

/** The cells one record counts in (each once). */
export function cellsOf(record: InsightRecord): string[] {
  return [
    cell.students,
    cell.level(record.level),
    cell.budget(record.budget),
    ...record.languages.map(cell.language),
    cell.field(record.field),
    ...record.priorities.map(cell.priority),
    cell.plan(record.plan),
    cell.first(record.first),
    cell.region(record.region),
    cell.firstPlan(record.first, record.plan),
  ];
}

/**
 * The counter changes that take `counted` (what this student added before, if anything) to
 * `next` (what they add now, or nothing when they withdraw), per month. A re-take in the same
 * month moves only the cells that differ; cells that cancel out are left out.
 *
 * @example
 * countChanges(undefined, record);         // Map { "2026-11" => { students: 1, "level:master": 1, … } }
 * countChanges(record, { ...record, region: "astana" });
 *                                           // Map { "2026-11" => { "region:none": -1, "region:astana": 1 } }
 */
export function countChanges(
  counted: InsightRecord | undefined,
  next: InsightRecord | undefined,
): Map<string, Counts> {
  const changes = new Map<string, Counts>();
  const add = (record: InsightRecord, by: number) => {
    const counts = changes.get(record.month) ?? {};
    for (const name of cellsOf(record)) counts[name] = (counts[name] ?? 0) + by;
    changes.set(record.month, counts);
  };
  if (counted !== undefined) add(counted, -1);
  if (next !== undefined) add(next, 1);
  for (const [month, counts] of changes) {
    for (const [name, value] of Object.entries(counts)) if (value === 0) delete counts[name];
    if (Object.keys(counts).length === 0) changes.delete(month);
  }
  return changes;
}
