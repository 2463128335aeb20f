/**
 * The matcher: a student's {@link Profile} against the knowledge base, giving every destination a
 * 0–100 score, the reasons behind it and the funding routes that reach it. Pure and deterministic:
 * no I/O, no clock (the date comes in through `options.today`), no randomness.
 *
 * Each criterion is its own module in `criteria/`; this file only combines them.
 */
import type { Destination, Knowledge } from "../knowledge/schema.js";
import { type Context, compareIds, createContext, fact, type RecommendOptions } from "./context.js";
import { routeTestReasons } from "./criteria/admission.js";
import { budgetFit } from "./criteria/budget.js";
import { fieldFit } from "./criteria/field.js";
import {
  compareFunding,
  matchFunding,
  planFunding,
  type ScoredFunding,
} from "./criteria/funding.js";
import { languageFit } from "./criteria/language.js";
import { levelFit } from "./criteria/level.js";
import { priorityFit } from "./criteria/priorities.js";
import type { Profile } from "./profile.js";
import { fresh } from "./reasons.js";
import type { RankedDestination, Reason, Recommendation } from "./types.js";
import { HARD_MISMATCH_CAP, LANGUAGE_FACTOR, WEIGHTS } from "./weights.js";

export type { RecommendOptions } from "./context.js";

/**
 * Ranks every destination in the knowledge base for one student, best first, and explains each.
 *
 * A destination's score (an integer 0–100) weighs budget, priorities, field, teaching language,
 * degree level and funding (see `weights.ts`), each over what the knowledge base knows: a
 * criterion with no data is said as such and left out, so the score is the share of the known
 * weight it earns, and `basis` says how many criteria it rests on. A mismatch with no way round —
 * over budget with no free route or full scholarship, a teaching language the student cannot get —
 * sets `hardMismatch`, scales the score below every reachable destination's and puts its reason
 * first; it is explained, never hidden. Equal scores are ordered by how many criteria they rest
 * on (more data first), then by destination id, so the same input always gives the same output.
 *
 * @example
 * ```ts
 * const knowledge = await loadKnowledgeOrThrow("knowledge");
 * const result = recommend(
 *   {
 *     level: "bachelor",
 *     budget: "under-2m",
 *     languages: ["kk", "ru"],
 *     willLearnLanguage: false,
 *     field: "engineering-it",
 *     priorities: ["low-cost", "close-to-home"],
 *     plan: "return",
 *     english: "a2",
 *   },
 *   knowledge,
 *   { today: "2026-11-28" },
 * );
 * result.destinations[0]?.destinationId; // "russia"
 * result.destinations[0]?.reasons.map((r) => r.message);
 * // ["reason-language-ok", "reason-cost-unknown", "reason-free-tuition-route", …]
 * ```
 */
export function recommend(
  profile: Profile,
  knowledge: Knowledge,
  options: RecommendOptions = {},
): Recommendation {
  const context = createContext(profile, knowledge, options);
  context.funding = planFunding(context);
  const destinations = knowledge.destinations.map((d) => rankDestination(d, context));
  destinations.sort(
    (a, b) =>
      Number(a.hardMismatch) - Number(b.hardMismatch) ||
      b.score - a.score ||
      b.basis.known - a.basis.known ||
      compareIds(a.destinationId, b.destinationId),
  );
  return { level: profile.level, destinations };
}

function rankDestination(d: Destination, ctx: Context): RankedDestination {
  /** Reasons for mismatches with no way round; they lead the list. */
  const hard: Reason[] = [];
  const reasons: Reason[] = [];
  const funding: ScoredFunding[] = [];
  for (const plan of ctx.funding) {
    const match = matchFunding(plan, d, ctx);
    if (match !== undefined) funding.push(match);
  }
  funding.sort(compareFunding);

  const language = languageFit(d, ctx);
  if (language.factor === LANGUAGE_FACTOR.missing) hard.push(language.reason);
  else reasons.push(language.reason);

  // Money: the self-funded cost against the budget, then the ways round a gap.
  const budget = budgetFit(d, ctx, funding);
  hard.push(...budget.hard);
  reasons.push(...budget.reasons);

  // What the student said matters, then what they want to study.
  const priorities = priorityFit(d, ctx);
  reasons.push(...priorities.reasons);
  const field = fieldFit(d, ctx);
  reasons.push(field.reason);

  if (d.closeness.visa === "not-required") {
    reasons.push(fresh.positive("reason-visa-free", { destination: d.id }, [fact.closeness(d)]));
  }
  const level = levelFit(d, ctx);
  if (level.reason !== undefined) reasons.push(level.reason);

  const hardMismatch = hard.length > 0;
  // What to plan for on the way in: only where the student can get in at all.
  if (!hardMismatch) reasons.push(...routeTestReasons(d, ctx));

  let fundingFactor = 0;
  for (const m of funding) if (!m.plan.ownFunds) fundingFactor = Math.max(fundingFactor, m.factor);

  // The score over what is known: teaching language and funding always are; the others when the
  // knowledge base speaks to them. The priorities' part is shared among the priorities it speaks
  // to, so one with no data changes nothing.
  const chosen = ctx.profile.priorities.length;
  let earned = WEIGHTS.language * language.factor + WEIGHTS.funding * fundingFactor;
  let weight = WEIGHTS.language + WEIGHTS.funding;
  let known = 2;
  if (budget.known) {
    earned += WEIGHTS.budget * budget.factor;
    weight += WEIGHTS.budget;
    known++;
  }
  if (level.known) {
    earned += WEIGHTS.level;
    weight += WEIGHTS.level;
    known++;
  }
  if (field.factor !== undefined) {
    earned += WEIGHTS.field * field.factor;
    weight += WEIGHTS.field;
    known++;
  }
  if (priorities.known > 0) {
    earned += (WEIGHTS.priorities * priorities.sum) / priorities.known;
    weight += WEIGHTS.priorities;
    known += priorities.known;
  }
  const raw = (100 * earned) / weight;
  const score = clampScore(hardMismatch ? (raw * HARD_MISMATCH_CAP) / 100 : raw);

  const ranked: RankedDestination = {
    destinationId: d.id,
    score,
    reasons: [...hard, ...reasons],
    hardMismatch,
    basis: { known, total: CRITERIA_ALWAYS + chosen },
    funding: funding.map((m) => m.match),
  };
  if (budget.yearlyCostKzt !== undefined) ranked.yearlyCostKzt = budget.yearlyCostKzt;
  return ranked;
}

/** Budget, teaching language, degree level, field and funding; each chosen priority adds one. */
const CRITERIA_ALWAYS = 5;

function clampScore(raw: number): number {
  return Math.max(0, Math.min(100, Math.round(raw)));
}
