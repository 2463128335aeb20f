/**
 * What the questionnaire learns about a student. The bot fills it in; `recommend()` reads it.
 * Validated with zod wherever it crosses a boundary (session storage, share links).
 */
import { z } from "zod";
import {
  DegreeLevel,
  Field,
  Priority,
  type StudentStatus,
  TeachingLanguage,
} from "../knowledge/schema.js";

/**
 * Yearly budget tiers in tenge (tuition + living). The bounds are product choices, not facts,
 * so they live here; the knowledge base's exchange rates turn them into approximate dollars.
 */
export const BUDGET_TIERS = {
  "scholarship-only": { minKzt: 0, maxKzt: 0 },
  "under-2m": { minKzt: 0, maxKzt: 2_000_000 },
  "2m-5m": { minKzt: 2_000_000, maxKzt: 5_000_000 },
  "5m-10m": { minKzt: 5_000_000, maxKzt: 10_000_000 },
  "over-10m": { minKzt: 10_000_000, maxKzt: Number.POSITIVE_INFINITY },
} as const;
export type BudgetTier = keyof typeof BUDGET_TIERS;
export const BudgetTier = z.enum(Object.keys(BUDGET_TIERS) as [BudgetTier, ...BudgetTier[]]);

export { FIELDS, Field } from "../knowledge/schema.js";

export const PLANS = ["return", "stay-abroad", "unsure"] as const;
export const Plan = z.enum(PLANS);
export type Plan = (typeof PLANS)[number];

/** Self-assessed English, mapped to CEFR so it can be compared with requirements. */
export const ENGLISH_LEVELS = ["none", "a2", "b1", "b2", "c1"] as const;
export const EnglishLevel = z.enum(ENGLISH_LEVELS);
export type EnglishLevel = (typeof ENGLISH_LEVELS)[number];

/**
 * Where the student stands now, as the questionnaire asks it: finishing school, a year of study at
 * a Kazakhstani university, graduated, or working. Funding routes state who may apply by the
 * broader {@link StudentStatus} ({@link statusOf}).
 */
export const SITUATIONS = [
  "school",
  "university-1",
  "university-2",
  "university-3",
  "university-4-plus",
  "graduated",
  "working",
] as const;
export const Situation = z.enum(SITUATIONS);
export type Situation = (typeof SITUATIONS)[number];

/** The status funding routes speak of, from the student's situation. */
export function statusOf(situation: Situation): StudentStatus {
  switch (situation) {
    case "school":
      return "school-leaver";
    case "graduated":
      return "graduate";
    case "working":
      return "working";
    default:
      return "university-student";
  }
}

export const Profile = z.strictObject({
  /**
   * Where the student stands now. Optional only for answers saved before the question existed:
   * unknown means "not judged", so a route's status rule is said as a condition, never as a no.
   */
  situation: Situation.optional(),
  level: DegreeLevel,
  budget: BudgetTier,
  /** Languages the student can study in now. */
  languages: z.array(TeachingLanguage).min(1),
  /** Ready to spend a preparatory year learning a new teaching language. */
  willLearnLanguage: z.boolean(),
  field: Field,
  priorities: z.array(Priority).max(3),
  plan: Plan,
  english: EnglishLevel,
  /**
   * Full years of work experience, when the student has said. Optional: asked only when it
   * changes the funding list (see `pendingQuestions`); unknown means "not judged", never zero.
   */
  workYears: z.number().int().nonnegative().max(60).optional(),
  /** Age in full years, when the student has said. Optional, asked only when it matters. */
  age: z.number().int().min(10).max(100).optional(),
});
export type Profile = z.infer<typeof Profile>;
