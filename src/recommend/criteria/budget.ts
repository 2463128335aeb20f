/**
 * Money: what a year costs a self-funded student (tuition, living, the visa's required funds) in
 * tenge, against the budget tier, and the ways round a gap (a tuition-free admission route, a full
 * scholarship). The only place the matcher turns a money figure into tenge.
 */
import type { Destination, MoneyRange } from "../../knowledge/schema.js";
import { type Context, fact } from "../context.js";
import { distinct, fresh } from "../reasons.js";
import type { Reason } from "../types.js";
import { BUDGET_FACTOR, MONTHS_PER_ACADEMIC_YEAR } from "../weights.js";
import { routeOpen } from "./admission.js";
import type { FundingPlan, ScoredFunding } from "./funding.js";

const { negative, neutral, positive } = fresh;

export interface YearlyKzt {
  min: number;
  max: number;
}

export interface BudgetFit {
  /**
   * Whether a figure (or a rule) lets the budget be judged at all. Without one the part is left
   * out of the score: an unknown cost is neither credit nor blame.
   */
  known: boolean;
  factor: number;
  hard: Reason[];
  reasons: Reason[];
  yearlyCostKzt?: { min: number; max: number; facts: string[] };
}

/** A year of living in tenge, as the matcher counts it. */
export interface LivingEstimate extends YearlyKzt {
  /** The facts the figure rests on (the living figure, the required funds, the rates). */
  facts: string[];
  /**
   * Whether the upper end stands for all of living, not a dormitory only. A housing-only figure is
   * a floor, not an estimate: it can show a gap, but a fit only when the budget has no ceiling.
   */
  complete: boolean;
  /** The visa's required funds, a year in tenge, when they raise the estimate (or are all we have). */
  requiredFunds?: YearlyKzt;
}

/**
 * Living costs for a year: the living figure, floored by the money the visa makes the student
 * show or block (`requiredFunds`), since that money is paid out for living. Each end is the larger
 * of the two; undefined when neither has a figure in a currency with a known rate.
 */
export function livingEstimate(d: Destination, ctx: Context): LivingEstimate | undefined {
  const living = d.living && toYearlyKzt(d.living, ctx);
  const required = d.requiredFunds && toYearlyKzt(d.requiredFunds, ctx);
  const livingAll = d.living?.covers !== "housing";
  if (required === undefined) {
    if (living === undefined) return undefined;
    const facts = [fact.living(d), ...ctx.rateFacts];
    return { min: living.min, max: living.max, facts, complete: livingAll };
  }
  if (living === undefined) {
    const facts = [fact.requiredFunds(d), ...ctx.rateFacts];
    return { min: required.min, max: required.max, facts, complete: true, requiredFunds: required };
  }
  // Each figure is cited when it sets one end of the range (a tie goes to the living figure).
  const drives = required.min > living.min || required.max > living.max;
  const livingSets = living.min >= required.min || living.max >= required.max;
  const facts: string[] = [];
  if (livingSets) facts.push(fact.living(d));
  if (drives) facts.push(fact.requiredFunds(d));
  facts.push(...ctx.rateFacts);
  const estimate: LivingEstimate = {
    min: Math.max(living.min, required.min),
    max: Math.max(living.max, required.max),
    facts,
    // The upper end covers everything when it comes from a full living figure or the required funds.
    complete: livingAll || required.max >= living.max,
  };
  if (drives) estimate.requiredFunds = required;
  return estimate;
}

/**
 * The self-funded cost against the budget tier, then the ways round a gap: a tuition-free
 * admission route (always named when the student can take it), or else a full scholarship the
 * student is eligible for. A gap with neither is a hard mismatch. Without a tuition figure the
 * cost is unknown, but living alone (or the visa's required funds) can still show a gap.
 */
export function budgetFit(d: Destination, ctx: Context, funding: ScoredFunding[]): BudgetFit {
  const reasons: Reason[] = [];
  const tuition = d.tuition && toYearlyKzt(d.tuition, ctx);
  const living = livingEstimate(d, ctx);
  const budgetMaxKzt = ctx.budgetMaxKzt;
  const noCeiling = budgetMaxKzt === Number.POSITIVE_INFINITY;
  const livingComplete = living?.complete === true || noCeiling;

  let factor: number = BUDGET_FACTOR.over;
  let known = true;
  let fits = false;
  let livingUsed = false;
  /** Set when the student cannot pay for it as things stand: the reason that says so. */
  let gap: Reason | undefined;
  /** Whether the gap reason already names the required funds (so they are not named twice). */
  let gapNamesRequiredFunds = false;
  let yearlyCostKzt: BudgetFit["yearlyCostKzt"];

  if (tuition !== undefined && living !== undefined) {
    livingUsed = true;
    const cost = { min: tuition.min + living.min, max: tuition.max + living.max };
    const facts = distinct([fact.tuition(d), ...living.facts]);
    yearlyCostKzt = { min: cost.min, max: cost.max, facts };
    const amounts = { destination: d.id, minKzt: cost.min, maxKzt: cost.max };
    if (ctx.scholarshipOnly) {
      reasons.push(neutral("reason-budget-scholarship-only", amounts, facts));
      gap = noScholarshipRoute(d, ctx, facts);
    } else if (cost.max <= budgetMaxKzt && livingComplete) {
      reasons.push(positive("reason-budget-fits", amounts, facts));
      factor = BUDGET_FACTOR.fits;
      fits = true;
    } else if (cost.min <= budgetMaxKzt) {
      const params = { destination: d.id, minKzt: cost.min, maxKzt: cost.max, budgetMaxKzt };
      reasons.push(neutral("reason-budget-partly", params, facts));
      factor = BUDGET_FACTOR.partly;
    } else {
      const params = { destination: d.id, minKzt: cost.min, maxKzt: cost.max, budgetMaxKzt };
      gap = negative("reason-budget-over", params, facts);
    }
  } else {
    const partial = [
      d.tuition && fact.tuition(d),
      d.living && fact.living(d),
      d.requiredFunds && fact.requiredFunds(d),
    ].filter((id): id is string => id !== undefined);
    // With a tuition figure, what is missing is living: saying "no tuition figure" next to the
    // figure would deny what the same screen shows.
    const missing = tuition === undefined ? "reason-cost-unknown" : "reason-living-cost-unknown";
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
    } else if (living !== undefined && living.min > budgetMaxKzt) {
      // Whatever tuition costs, living alone is more than the budget.
      livingUsed = true;
      const required = living.requiredFunds;
      if (required !== undefined && required.min >= living.min) {
        const { min, max } = required;
        const params = { destination: d.id, minKzt: min, maxKzt: max, budgetMaxKzt };
        const facts = [fact.requiredFunds(d), ...ctx.rateFacts];
        gap = negative("reason-required-funds-over-budget", params, facts);
        gapNamesRequiredFunds = true;
      } else {
        const { min, max } = living;
        const params = { destination: d.id, minKzt: min, maxKzt: max, budgetMaxKzt };
        gap = negative("reason-living-over-budget", params, living.facts);
      }
    } else {
      known = false;
    }
  }
  const required = living?.requiredFunds;
  if (required !== undefined && !gapNamesRequiredFunds) {
    // The visa's money decides the living cost here: say so, with its own figure.
    const params = { destination: d.id, minKzt: required.min, maxKzt: required.max };
    const facts = [fact.requiredFunds(d), ...ctx.rateFacts];
    reasons.push(neutral("reason-required-funds", params, facts));
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
      const amounts = { destination: d.id, minKzt: living.min, maxKzt: living.max };
      // When the visa's money alone sets living, its own reason already says what living costs:
      // the same figure is not said twice.
      const said = living.requiredFunds !== undefined && !living.facts.includes(fact.living(d));
      if (!ctx.scholarshipOnly && livingComplete && living.max <= budgetMaxKzt) {
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
    notes.push(neutral("reason-cost-housing-only", { destination: d.id }, [fact.living(d)]));
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
  if (yearlyCostKzt !== undefined) result.yearlyCostKzt = yearlyCostKzt;
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

/**
 * A money range as tenge a year, or undefined when the exchange rate is missing. Monthly figures
 * count {@link MONTHS_PER_ACADEMIC_YEAR} months (an academic year, not a calendar one).
 */
export function toYearlyKzt(range: MoneyRange, ctx: Context): YearlyKzt | undefined {
  const rate = range.currency === "KZT" ? 1 : ctx.knowledge.rates?.kzt[range.currency];
  if (rate === undefined) return undefined;
  const months = range.per === "month" ? MONTHS_PER_ACADEMIC_YEAR : 1;
  return { min: Math.round(range.min * rate * months), max: Math.round(range.max * rate * months) };
}
