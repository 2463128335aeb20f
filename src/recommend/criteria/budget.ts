/**
 * Money: what a year costs a self-funded student (tuition, living, the visa's required funds for
 * their months), as the cost model works it out (`src/costs/`, the one place a yearly tenge
 * figure is computed), against the budget tier, and the ways round a gap (a tuition-free admission
 * route, a full scholarship). A figure given only "up to" or only "from" keeps that meaning: an
 * unknown upper end never fits a budget, an unknown lower end never shows a gap.
 */
import { costModel, type KztFigure, type Span } from "../../costs/index.js";
import type { Destination } from "../../knowledge/schema.js";
import { type Context, fact } from "../context.js";
import { fresh, UNKNOWN_KZT } from "../reasons.js";
import type { Reason } from "../types.js";
import { BUDGET_FACTOR } from "../weights.js";
import { routeOpen } from "./admission.js";
import type { FundingPlan, ScoredFunding } from "./funding.js";

const { negative, neutral, positive } = fresh;

export interface BudgetFit {
  /**
   * Whether a figure (or a rule) lets the budget be judged at all. Without one the part is left
   * out of the score: an unknown cost is neither credit nor blame.
   */
  known: boolean;
  factor: number;
  hard: Reason[];
  reasons: Reason[];
  /** The cost model's yearly figure, when it has one. */
  yearlyCostKzt?: KztFigure;
}

/** A span's ends as reason parameters; an end that is not known is {@link UNKNOWN_KZT}. */
function ends(span: Span): { minKzt: number; maxKzt: number } {
  return { minKzt: span.low ?? UNKNOWN_KZT, maxKzt: span.high ?? UNKNOWN_KZT };
}

/** The least a span can be (costs are never negative) and the most (unbounded when unknown). */
const least = (span: Span) => span.low ?? 0;
const most = (span: Span) => span.high ?? Number.POSITIVE_INFINITY;

/**
 * The self-funded cost against the budget tier, then the ways round a gap: a tuition-free
 * admission route (always named when the student can take it), or else a full scholarship the
 * student is eligible for. A gap with neither is a hard mismatch. Without a tuition figure the
 * cost is unknown, but living alone (or the visa's required funds) can still show a gap.
 */
export function budgetFit(d: Destination, ctx: Context, funding: ScoredFunding[]): BudgetFit {
  const reasons: Reason[] = [];
  const model = costModel(ctx.knowledge, d, ctx.profile.level, { today: ctx.today });
  const living = model.livingYearly;
  const required = model.requiredFunds.total;
  const budgetMaxKzt = ctx.budgetMaxKzt;
  const noCeiling = budgetMaxKzt === Number.POSITIVE_INFINITY;
  const livingComplete = living?.complete === true || noCeiling;
  /** The living figures' own facts, cited when living is judged on them. */
  const livingFacts = model.living.figures.map((f) => f.factId);

  let factor: number = BUDGET_FACTOR.over;
  let known = true;
  let fits = false;
  let livingUsed = false;
  /** Set when the student cannot pay for it as things stand: the reason that says so. */
  let gap: Reason | undefined;
  /** Whether the gap reason already names the required funds (so they are not named twice). */
  let gapNamesRequiredFunds = false;

  const cost = model.yearly;
  if (cost !== undefined) {
    livingUsed = true;
    const facts = cost.facts;
    const amounts = { destination: d.id, ...ends(cost) };
    if (ctx.scholarshipOnly) {
      reasons.push(neutral("reason-budget-scholarship-only", amounts, facts));
      gap = noScholarshipRoute(d, ctx, facts);
    } else if (most(cost) <= budgetMaxKzt && livingComplete) {
      reasons.push(positive("reason-budget-fits", amounts, facts));
      factor = BUDGET_FACTOR.fits;
      fits = true;
    } else if (least(cost) <= budgetMaxKzt) {
      const params = { destination: d.id, ...ends(cost), budgetMaxKzt };
      reasons.push(neutral("reason-budget-partly", params, facts));
      factor = BUDGET_FACTOR.partly;
    } else {
      const params = { destination: d.id, ...ends(cost), budgetMaxKzt };
      gap = negative("reason-budget-over", params, facts);
    }
  } else {
    const partial = [
      ...model.tuition.figures.map((f) => f.factId),
      ...livingFacts,
      ...model.requiredFunds.figures.map((f) => f.factId),
    ];
    // With a tuition figure, what is missing is living: saying "no tuition figure" next to the
    // figure would deny what the same screen shows.
    const missing =
      model.tuition.yearly === undefined ? "reason-cost-unknown" : "reason-living-cost-unknown";
    reasons.push(neutral(missing, { destination: d.id }, partial));
    if (ctx.scholarshipOnly) {
      // Studying anywhere costs something: a student who can only go on a scholarship needs a
      // way round whether or not we know the figure, and the paid ways in say so.
      gap = noScholarshipRoute(d, ctx, []);
      if (gap === undefined) known = false;
    } else if (noCeiling) {
      // A budget with no ceiling cannot be exceeded, figure or not.
      factor = BUDGET_FACTOR.fits;
      fits = true;
    } else if (living !== undefined && least(living) > budgetMaxKzt) {
      // Whatever tuition costs, living alone is more than the budget.
      livingUsed = true;
      if (required !== undefined && living.requiredFundsSet && least(required) >= least(living)) {
        const params = { destination: d.id, ...ends(required), budgetMaxKzt };
        gap = negative("reason-required-funds-over-budget", params, required.facts);
        gapNamesRequiredFunds = true;
      } else {
        const params = { destination: d.id, ...ends(living), budgetMaxKzt };
        gap = negative("reason-living-over-budget", params, living.facts);
      }
    } else {
      known = false;
    }
  }
  if (required !== undefined && living?.requiredFundsSet === true && !gapNamesRequiredFunds) {
    // The visa's money decides the living cost here: say so, with its own figure.
    const params = { destination: d.id, ...ends(required) };
    reasons.push(neutral("reason-required-funds", params, required.facts));
  }

  const wayRound: Reason[] = [];
  const freeRoutes = d.admission.filter((r) => r.tuitionFree && routeOpen(r, d, ctx));
  for (const route of freeRoutes) {
    const params = { destination: d.id, route: route.id };
    wayRound.push(positive("reason-free-tuition-route", params, [fact.admission(d, route)]));
  }
  /** A free place takes the tuition away, but living is left to pay: over the budget, or unknown. */
  let livingRemains = false;
  if (freeRoutes.length > 0 && !fits) {
    // With tuition gone, what is left to pay is living.
    if (living === undefined) {
      wayRound.push(neutral("reason-living-costs-remain-unknown", { destination: d.id }));
      factor = Math.max(factor, BUDGET_FACTOR.freeRoute);
      livingRemains = true;
      // A free place with no living figure: the part stays as unknown as the cost was.
    } else {
      livingUsed = true;
      known = true;
      const amounts = { destination: d.id, ...ends(living) };
      // When the visa's money alone sets living, its own reason already says what living costs:
      // the same figure is not said twice.
      const said = living.requiredFundsSet && !living.facts.some((f) => livingFacts.includes(f));
      if (!ctx.scholarshipOnly && livingComplete && most(living) <= budgetMaxKzt) {
        if (!said) wayRound.push(positive("reason-free-route-living-fits", amounts, living.facts));
        factor = Math.max(factor, BUDGET_FACTOR.freeRouteLivingFits);
      } else {
        if (!said) wayRound.push(neutral("reason-living-costs-remain", amounts, living.facts));
        factor = Math.max(factor, BUDGET_FACTOR.freeRoute);
        livingRemains = true;
      }
    }
  }
  let wayRoundFound = freeRoutes.length > 0;
  // A student who can only go on a scholarship needs one even where no fact shows the gap.
  const needsMoney = gap !== undefined || ctx.scholarshipOnly;
  if (needsMoney && !wayRoundFound) {
    const full = funding.find((m) => paysInFull(m.plan));
    if (full !== undefined) {
      wayRoundFound = true;
      const params = { destination: d.id, funding: full.plan.funding.id };
      wayRound.push(neutral("reason-budget-full-funding", params, [full.plan.coversFact]));
      factor = Math.max(factor, BUDGET_FACTOR.fullFundingOnly);
      known = true;
    }
  } else if (livingRemains) {
    // A free place leaves living to pay, but the destination's own full scholarship (often the
    // same programme as the free place: Türkiye Bursları, Stipendium Hungaricum) pays that too.
    // Only a route made for this destination is named here; routes open to anywhere are in the
    // funding list. The factor stays: the scholarship is competitive.
    const own = funding.find((m) => paysInFull(m.plan) && m.plan.specific && m.plan.coversLiving);
    if (own !== undefined) {
      const params = { destination: d.id, funding: own.plan.funding.id };
      wayRound.push(neutral("reason-budget-full-funding", params, [own.plan.coversFact]));
    }
  }
  const notes: Reason[] = [];
  if (livingUsed && living !== undefined && !living.complete) {
    notes.push(neutral("reason-cost-housing-only", { destination: d.id }, livingFacts));
  }

  const hard: Reason[] = [];
  if (gap !== undefined) {
    if (!wayRoundFound) hard.push(gap);
    // Over budget is still true when there is a way round; "no scholarship route" is not.
    else if (gap.message !== "reason-no-scholarship-route") reasons.unshift(gap);
  }
  const result: BudgetFit = {
    known,
    factor,
    hard,
    reasons: [...reasons, ...wayRound, ...notes],
  };
  if (cost !== undefined) result.yearlyCostKzt = cost;
  return result;
}

/** Someone else's money for the whole cost (the student's route list holds only usable routes). */
export function paysInFull(plan: FundingPlan): boolean {
  return plan.extent === "full" && !plan.ownFunds;
}

/**
 * For a student who can only go on a scholarship: the ways in at their level all cost money (the
 * paid admission routes say so, with the cost figures when there are some). Undefined when no
 * fact says it, so an unknown is never said as a no.
 */
function noScholarshipRoute(d: Destination, ctx: Context, costFacts: string[]): Reason | undefined {
  const paid = d.admission
    .filter((r) => !r.tuitionFree && r.levels.includes(ctx.profile.level))
    .map((r) => fact.admission(d, r));
  if (paid.length === 0 && costFacts.length === 0) return undefined;
  return negative("reason-no-scholarship-route", { destination: d.id }, [...costFacts, ...paid]);
}
