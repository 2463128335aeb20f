/**
 * Every weight and threshold the matcher uses, in one place. They are product choices, not facts:
 * change them here, and the persona tests in `tests/unit/recommend/` show what the change does to
 * real students' rankings.
 *
 * A destination's score weighs six parts whose maximums add up to 100:
 * budget (30) + priorities (25) + field (5) + language (20) + degree level (10) + funding (10).
 * Each part is its maximum times a factor between 0 and 1 (the `*_FACTOR` constants below). A part
 * the knowledge base has no data for (no cost figure, no sourced fit for a priority, no entry for
 * the field, nothing showing the level) is left out, and the score is what the known parts earn
 * as a share of their maximums: missing data neither helps nor hurts.
 */
import type { EnglishLevel } from "./profile.js";

export const WEIGHTS = {
  /**
   * Money decides more than anything else whether a Kazakhstani family can send a child abroad
   * (the seed article's main push and pull factor), so it is the largest part; what the student
   * asked for (priorities and field together) weighs as much.
   */
  budget: 30,
  /**
   * What the student said matters to them. With `field` (the other thing the student asked for)
   * it makes 30, as heavy as money, so the bot answers what was asked.
   */
  priorities: 25,
  /**
   * Whether the destination is known for the student's field of study (`fieldFit`). Small, and
   * taken from the priorities' share because it is part of what the student asked for; small
   * because the evidence is coarse: a country "strong in engineering" still has weak engineering
   * schools, and every country teaches every field somewhere. It can settle a close call between
   * two destinations, never outweigh money or language. A destination with no entry for the field
   * has the part left out of its score and is told there is no data: absence of data is not a
   * weakness.
   */
  field: 5,
  /** Being able to study in the teaching language; a gap costs a year or closes the door. */
  language: 20,
  /** Whether the degree level is offered at all. Nearly always yes, so it separates little. */
  level: 10,
  /**
   * Whether a funding route (other than own funds) reaches this destination at this level. Small,
   * because funding is competitive and never a promise; the budget part already counts full
   * scholarships as a way round a budget gap. Kept at 10 when `field` came in: for master's and
   * doctoral students Bolashak reaches every destination, but for school leavers only the host
   * governments' scholarships do (China, Korea, Türkiye, Hungary: 43% of reachable destinations on
   * the persona sweep, November 2026), and that difference is worth showing.
   */
  funding: 10,
} as const;

/** Budget part: how much of `WEIGHTS.budget` each situation earns. */
export const BUDGET_FACTOR = {
  /** Tuition + living, at its upper end, fits under the budget tier's ceiling. */
  fits: 1,
  /**
   * A tuition-free admission route (budget places, a quota) and the living costs fit the budget.
   * Below `fits` because those places are won in competition.
   */
  freeRouteLivingFits: 0.8,
  /** The cheaper end of the cost range fits the budget, the dearer end does not. */
  partly: 0.5,
  // No verified figure or exchange rate: the part is left out of the score. (A budget with no
  // ceiling, "over 10 M₸", still earns `fits`: no figure could exceed it.)
  /** Over budget, but a tuition-free route removes the tuition; living costs still have to be found. */
  freeRoute: 0.5,
  /** Over budget and only a competitive full scholarship closes the gap. */
  fullFundingOnly: 0.3,
  /** Over budget with no way round: a hard mismatch. */
  over: 0,
} as const;

/** Priority part: a destination's `fit` level for each priority the student chose. */
export const PRIORITY_FACTOR = {
  strong: 1,
  /** Serves the priority, but not as a main strength. */
  some: 0.5,
  /** A fact that says no: far from Kazakhstan, no work after graduating. (No data is left out.) */
  unmet: 0,
} as const;

/**
 * Field part: the destination's `fieldFit` level for the student's field. No entry leaves the part
 * out of the score, with a reason that says there is no data: never weak in the field.
 */
export const FIELD_FACTOR = {
  strong: 1,
  some: 0.5,
} as const;

/** Language part. */
export const LANGUAGE_FACTOR = {
  /** The student can already study in one of the teaching languages. */
  ok: 1,
  /**
   * English is taught and the student is at {@link ENGLISH_CLOSABLE_FROM} but below
   * {@link ENGLISH_FOR_STUDY}: months of work, not a new language.
   */
  englishBelowStudyLevel: 0.5,
  /** A preparatory language year closes the gap: a real way in, at the cost of a year. */
  preparatoryYear: 0.5,
  /** No teaching language and no way to learn it there: a hard mismatch. */
  missing: 0,
} as const;

/** Funding part: the best matching route, by how much of the cost it can carry. */
export const FUNDING_FACTOR = {
  full: 1,
  partial: 0.5,
  /** A route that is a way in, not money (the route still helps, e.g. a competitive place). */
  none: 0.25,
  /**
   * Multiplies a route's factor when the student collides with it: its obligation to work or live
   * in Kazakhstan clashes with a plan to stay abroad, or it asks for a language the student lacks
   * (a gap that can be closed).
   */
  blocked: 0.5,
} as const;

/**
 * A destination with a mismatch that has no way round (over budget with no free route or full
 * scholarship, a teaching language the student cannot get) has its score scaled into 0 to this,
 * so hard mismatches keep their order among themselves but score below every destination the
 * student can reach. The lowest a reachable one can score: the language only through a preparatory
 * year (20 × 0.5 = 10), no priority met and no funding (0 of 25 and 0 of 10), everything else
 * unknown and left out: 10 of 55, 18.
 */
export const HARD_MISMATCH_CAP = 15;

/**
 * Living costs given per month are multiplied by this to make a year (the cost model's constant,
 * `src/costs/`): an academic year of about ten months, September to June. A visa's required funds
 * count their own months instead (the UK: up to 9).
 */
export { LIVING_MONTHS_PER_YEAR as MONTHS_PER_ACADEMIC_YEAR } from "../costs/cost-model.js";

/**
 * The English a student needs to study in it: CEFR B2, the UK's degree-level visa requirement
 * and the usual floor for English-taught programmes elsewhere.
 */
export const ENGLISH_FOR_STUDY: EnglishLevel = "b2";

/**
 * From this level, the way to {@link ENGLISH_FOR_STUDY} is a gap to close (B1 to B2 is a few months
 * of focused study), not a hard mismatch. Below it, English counts as a language the student does
 * not have: it needs the will to learn it and a preparatory (foundation) year.
 */
export const ENGLISH_CLOSABLE_FROM: EnglishLevel = "b1";
