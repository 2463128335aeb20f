/**
 * The matcher: a student's {@link Profile} against the knowledge base, giving every destination a
 * 0–100 score, the reasons behind it and the funding routes that reach it. Pure and deterministic:
 * no I/O, no clock (the date comes in through `options.today`), no randomness.
 */
import { factId, RATES_FACT_ID } from "../knowledge/fact-ids.js";
import type {
  AdmissionRoute,
  Destination,
  Field,
  Funding,
  Knowledge,
  LanguageRequirement,
  MoneyRange,
  Obligation,
  Priority,
  TeachingLanguage,
} from "../knowledge/schema.js";
import { BUDGET_TIERS, ENGLISH_LEVELS, type EnglishLevel, type Profile } from "./profile.js";
import { copyReason, distinct, fresh, ownReason } from "./reasons.js";
import type { FundingMatch, RankedDestination, Reason, Recommendation } from "./types.js";
import {
  BUDGET_FACTOR,
  ENGLISH_CLOSABLE_FROM,
  ENGLISH_FOR_STUDY,
  FIELD_FACTOR,
  FUNDING_FACTOR,
  HARD_MISMATCH_CAP,
  LANGUAGE_FACTOR,
  MONTHS_PER_ACADEMIC_YEAR,
  PRIORITY_FACTOR,
  WEIGHTS,
} from "./weights.js";

export interface RecommendOptions {
  /**
   * Today as YYYY-MM-DD (a longer ISO timestamp is cut to its date); when given, funding reasons
   * say whether an application window is open, upcoming or closed. Without it there is no date
   * logic at all: no window is called open or closed.
   */
  today?: string;
}

type FitStrength = NonNullable<Destination["fit"][Priority]>["level"];

/** Fact ids, derived the way the loader derives them (`fact-ids.ts`), in one place. */
const fact = {
  languages: (d: Destination) => factId(d.id, "languages"),
  tuition: (d: Destination) => factId(d.id, "tuition"),
  living: (d: Destination) => factId(d.id, "living"),
  requiredFunds: (d: Destination) => factId(d.id, "requiredFunds"),
  degreeYears: (d: Destination) => factId(d.id, "degreeYears"),
  admission: (d: Destination, route: AdmissionRoute) => factId(d.id, `admission.${route.id}`),
  closeness: (d: Destination) => factId(d.id, "closeness"),
  work: (d: Destination) => factId(d.id, "work"),
  fit: (d: Destination, priority: Priority) => factId(d.id, `fit.${priority}`),
  fieldFit: (d: Destination, field: Field) => factId(d.id, `fieldFit.${field}`),
  levels: (f: Funding) => factId(f.id, "levels"),
  destinations: (f: Funding) => factId(f.id, "destinations"),
  covers: (fundingId: string) => factId(fundingId, "covers"),
  eligibility: (f: Funding) => factId(f.id, "eligibility"),
  obligation: (f: Funding, o: Obligation) => factId(f.id, `obligations.${o.id}`),
  window: (f: Funding) => factId(f.id, "window"),
  rates: RATES_FACT_ID,
} as const;

/** What the matcher works out once per call and uses for every destination. */
interface Context {
  profile: Profile;
  knowledge: Knowledge;
  today: string | undefined;
  /** Teaching languages the student can study in now (English only from {@link ENGLISH_FOR_STUDY}). */
  canStudy: ReadonlySet<TeachingLanguage>;
  /** English from {@link ENGLISH_CLOSABLE_FROM}, below the level needed to study in it. */
  englishBelowStudyLevel: boolean;
  budgetMaxKzt: number;
  scholarshipOnly: boolean;
  rateFacts: string[];
  /** The funding routes that can apply to this student, worked out once for every destination. */
  funding: FundingPlan[];
}

// Every params object in this file is a fresh literal given to one reason, so the reasons keep
// them uncopied: copying objects of so many shapes was a sixth of the matcher's time. For the same
// reason objects here are written out key by key, never as `{ ...other, more }`: on Node 20 that
// form costs one to three microseconds an object, more than the rest of a reason.
const { negative, neutral, positive } = fresh;

interface YearlyKzt {
  min: number;
  max: number;
}

/**
 * Ranks every destination in the knowledge base for one student, best first, and explains each.
 *
 * A destination's score (an integer 0–100) adds up budget, priorities, teaching language, degree
 * level and funding (see `weights.ts`). A mismatch with no way round — over budget with no free
 * route or full scholarship, a teaching language the student cannot get, a level not offered —
 * sets `hardMismatch`, caps the score and puts its reason first; it is explained, never hidden.
 * Equal scores are ordered by destination id, so the same input always gives the same output.
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
  const destinations = knowledge.destinations.map((d) => rankDestination(d, context));
  destinations.sort(
    (a, b) =>
      Number(a.hardMismatch) - Number(b.hardMismatch) ||
      b.score - a.score ||
      compareIds(a.destinationId, b.destinationId),
  );
  return { level: profile.level, destinations };
}

function createContext(profile: Profile, knowledge: Knowledge, options: RecommendOptions): Context {
  const englishRank = ENGLISH_LEVELS.indexOf(profile.english);
  const englishForStudy = englishRank >= ENGLISH_LEVELS.indexOf(ENGLISH_FOR_STUDY);
  const canStudy = new Set<TeachingLanguage>(profile.languages.filter((l) => l !== "en"));
  if (englishForStudy) canStudy.add("en");
  const englishClosable = englishRank >= ENGLISH_LEVELS.indexOf(ENGLISH_CLOSABLE_FROM);
  const ctx: Context = {
    profile,
    knowledge,
    today: isoDay(options.today),
    canStudy,
    englishBelowStudyLevel: !englishForStudy && englishClosable,
    budgetMaxKzt: BUDGET_TIERS[profile.budget].maxKzt,
    scholarshipOnly: profile.budget === "scholarship-only",
    rateFacts: knowledge.facts.has(fact.rates) ? [fact.rates] : [],
    funding: [],
  };
  ctx.funding = planFunding(ctx);
  return ctx;
}

function rankDestination(d: Destination, ctx: Context): RankedDestination {
  const { profile } = ctx;
  /** Reasons for mismatches with no way round; they lead the list. */
  const hard: Reason[] = [];
  const reasons: Reason[] = [];
  const funding: ScoredFunding[] = [];
  for (const plan of ctx.funding) {
    const match = matchFunding(plan, d, ctx);
    if (match !== undefined) funding.push(match);
  }
  funding.sort(compareFunding);

  // Degree level: offered when the knowledge base gives its length, an admission route takes it,
  // or a funding route made for this destination pays for it (Fulbright funds master's study in
  // the US, so there is master's study in the US). A missing length means "not sourced", not "not
  // offered"; a route open to any destination says nothing about this one.
  const years = d.degreeYears[profile.level];
  const levelOffered =
    years !== undefined ||
    d.admission.some((r) => r.levels.includes(profile.level)) ||
    ctx.knowledge.funding.some((f) => fundsLevelHere(f, d, ctx));
  if (!levelOffered) {
    hard.push(
      negative("reason-level-not-offered", { level: profile.level, destination: d.id }, [
        fact.degreeYears(d),
        ...d.admission.map((r) => fact.admission(d, r)),
      ]),
    );
  }

  // Teaching language.
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
  if (field.reason !== undefined) reasons.push(field.reason);

  if (d.closeness.visa === "not-required") {
    reasons.push(positive("reason-visa-free", { destination: d.id }, [fact.closeness(d)]));
  }
  if (years !== undefined) {
    const [minYears, maxYears] = typeof years === "number" ? [years, years] : years;
    const params = { level: profile.level, destination: d.id, minYears, maxYears };
    reasons.push(positive("reason-level-offered", params, [fact.degreeYears(d)]));
  }

  const hardMismatch = hard.length > 0;
  // What to plan for on the way in: only where the student can get in at all.
  if (!hardMismatch) reasons.push(...routeTestReasons(d, ctx));

  let fundingFactor = 0;
  for (const m of funding) if (!m.plan.ownFunds) fundingFactor = Math.max(fundingFactor, m.factor);
  const raw =
    WEIGHTS.budget * budget.factor +
    WEIGHTS.priorities * priorities.factor +
    WEIGHTS.field * field.factor +
    WEIGHTS.language * language.factor +
    WEIGHTS.level * (levelOffered ? 1 : 0) +
    WEIGHTS.funding * fundingFactor;
  const score = clampScore(hardMismatch ? Math.min(raw, HARD_MISMATCH_CAP) : raw);

  const ranked: RankedDestination = {
    destinationId: d.id,
    score,
    reasons: [...hard, ...reasons],
    hardMismatch,
    funding: funding.map((m) => m.match),
  };
  if (budget.yearlyCostKzt !== undefined) ranked.yearlyCostKzt = budget.yearlyCostKzt;
  return ranked;
}

/** A funding route made for this destination (not "any") that takes the student's level. */
function fundsLevelHere(f: Funding, d: Destination, ctx: Context): boolean {
  const targets = f.destinations.values;
  return (
    f.kind !== "own-funds" &&
    targets !== "any" &&
    targets.includes(d.id) &&
    f.levels.values.includes(ctx.profile.level)
  );
}

// ── Language ────────────────────────────────────────────────────────────────────────────────

function languageFit(d: Destination, ctx: Context): { factor: number; reason: Reason } {
  const teaching = d.languages.teaching;
  const facts = [fact.languages(d)];
  const usable = teaching.filter((l) => ctx.canStudy.has(l));
  if (usable.length > 0) {
    return {
      factor: LANGUAGE_FACTOR.ok,
      reason: positive(
        "reason-language-ok",
        { language: usable.join(","), destination: d.id },
        facts,
      ),
    };
  }
  if (teaching.includes("en") && ctx.englishBelowStudyLevel) {
    return {
      factor: LANGUAGE_FACTOR.englishBelowStudyLevel,
      reason: negative(
        "reason-language-english-below",
        { language: "en", english: ctx.profile.english, destination: d.id },
        facts,
      ),
    };
  }
  // The first teaching language listed is the destination's main one: the one a preparatory
  // year teaches and the one the student most needs.
  const main = teaching[0] ?? "en";
  if (ctx.profile.willLearnLanguage && d.languages.preparatoryYear) {
    return {
      factor: LANGUAGE_FACTOR.preparatoryYear,
      reason: neutral(
        "reason-language-missing-prep-year",
        { language: main, destination: d.id },
        facts,
      ),
    };
  }
  return {
    factor: LANGUAGE_FACTOR.missing,
    reason: negative(
      "reason-language-missing",
      { language: teaching.join(","), destination: d.id },
      facts,
    ),
  };
}

/**
 * The tests each admission route the student can take asks for: one reason per route, so a route
 * is never explained twice. The tests are knowledge text in three languages: the reason names the
 * route, and the renderer gives its tests in the student's language (`test`, see
 * `RENDERED_PARAMS`).
 */
function routeTestReasons(d: Destination, ctx: Context): Reason[] {
  const out: Reason[] = [];
  for (const route of d.admission) {
    if (route.tests.length === 0 || !routeOpen(route, d, ctx)) continue;
    const params = { destination: d.id, route: route.id };
    out.push(neutral("reason-route-tests", params, [fact.admission(d, route)]));
  }
  return out;
}

/** Whether the student can take an admission route at their level, now or after a preparatory year. */
function routeOpen(route: AdmissionRoute, d: Destination, ctx: Context): boolean {
  if (!route.levels.includes(ctx.profile.level)) return false;
  const languages = route.languages.length > 0 ? route.languages : d.languages.teaching;
  if (languages.some((l) => ctx.canStudy.has(l))) return true;
  if (languages.includes("en") && ctx.englishBelowStudyLevel) return true;
  return ctx.profile.willLearnLanguage && d.languages.preparatoryYear;
}

// ── Money ───────────────────────────────────────────────────────────────────────────────────

interface BudgetFit {
  factor: number;
  hard: Reason[];
  reasons: Reason[];
  yearlyCostKzt?: { min: number; max: number; facts: string[] };
}

/** A year of living in tenge, as the matcher counts it. */
interface LivingEstimate extends YearlyKzt {
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
function livingEstimate(d: Destination, ctx: Context): LivingEstimate | undefined {
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
function budgetFit(d: Destination, ctx: Context, funding: ScoredFunding[]): BudgetFit {
  const reasons: Reason[] = [];
  const tuition = d.tuition && toYearlyKzt(d.tuition, ctx);
  const living = livingEstimate(d, ctx);
  const budgetMaxKzt = ctx.budgetMaxKzt;
  const noCeiling = budgetMaxKzt === Number.POSITIVE_INFINITY;
  const livingComplete = living?.complete === true || noCeiling;

  let factor: number = BUDGET_FACTOR.over;
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
      gap = negative("reason-no-scholarship-route", { destination: d.id });
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
    const known = [
      d.tuition && fact.tuition(d),
      d.living && fact.living(d),
      d.requiredFunds && fact.requiredFunds(d),
    ].filter((id): id is string => id !== undefined);
    reasons.push(neutral("reason-cost-unknown", { destination: d.id }, known));
    if (ctx.scholarshipOnly) {
      // Studying anywhere costs something: a student who can only go on a scholarship needs a
      // way round whether or not we know the figure.
      gap = negative("reason-no-scholarship-route", { destination: d.id });
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
      factor = BUDGET_FACTOR.unknown;
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
    } else {
      livingUsed = true;
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
  if (gap !== undefined && !wayRoundFound) {
    const full = funding.find((m) => paysInFull(m.plan));
    if (full !== undefined) {
      wayRoundFound = true;
      const params = { destination: d.id, funding: full.plan.funding.id };
      wayRound.push(neutral("reason-budget-full-funding", params, [full.plan.coversFact]));
      factor = Math.max(factor, BUDGET_FACTOR.fullFundingOnly);
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
  const result: BudgetFit = { factor, hard, reasons: [...reasons, ...wayRound, ...notes] };
  if (yearlyCostKzt !== undefined) result.yearlyCostKzt = yearlyCostKzt;
  return result;
}

/** Someone else's money for the whole cost, that the student is eligible for. */
function paysInFull(plan: FundingPlan): boolean {
  return plan.extent === "full" && !plan.ownFunds && !plan.ineligible;
}

/**
 * A money range as tenge a year, or undefined when the exchange rate is missing. Monthly figures
 * count {@link MONTHS_PER_ACADEMIC_YEAR} months (an academic year, not a calendar one).
 */
function toYearlyKzt(range: MoneyRange, ctx: Context): YearlyKzt | undefined {
  const rate = range.currency === "KZT" ? 1 : ctx.knowledge.rates?.kzt[range.currency];
  if (rate === undefined) return undefined;
  const months = range.per === "month" ? MONTHS_PER_ACADEMIC_YEAR : 1;
  return { min: Math.round(range.min * rate * months), max: Math.round(range.max * rate * months) };
}

// ── Priorities ──────────────────────────────────────────────────────────────────────────────

function priorityFit(d: Destination, ctx: Context): { factor: number; reasons: Reason[] } {
  const { priorities, plan } = ctx.profile;
  const reasons: Reason[] = [];
  let sum = 0;
  let workExplained = false;
  for (const priority of priorities) {
    const entry = d.fit[priority];
    const fitFacts = entry ? [fact.fit(d, priority)] : [];
    let strength: FitStrength | undefined = entry?.level;
    const params = { priority, destination: d.id };

    if (priority === "close-to-home") {
      // The fit entry says it in words; without one, distance decides.
      strength ??= distanceStrength(d.closeness.distance);
      const facts = [...fitFacts, fact.closeness(d)];
      reasons.push(
        strength ? positive("reason-close", params, facts) : negative("reason-far", params, facts),
      );
    } else if (priority === "work-abroad" && entry === undefined && d.work !== undefined) {
      // No fit entry: the typed work rules say how far the door stays open after graduating.
      strength = workStrength(d.work.afterStudy);
      reasons.push(workReason(d));
      workExplained = true;
    } else if (strength === "strong") {
      reasons.push(positive("reason-priority-strong", params, fitFacts));
    } else if (strength === "some") {
      reasons.push(positive("reason-priority-some", params, fitFacts));
    } else {
      reasons.push(negative("reason-priority-unmet", params));
    }
    sum += strength ? PRIORITY_FACTOR[strength] : PRIORITY_FACTOR.unmet;
  }
  if (plan === "stay-abroad" && !workExplained && d.work !== undefined) {
    reasons.push(workReason(d));
  }
  const factor = priorities.length > 0 ? sum / priorities.length : PRIORITY_FACTOR.noPriorities;
  return { factor, reasons };
}

/**
 * The student's field against the destination's `fieldFit`. No entry means nobody has sourced a
 * strength there: no score and no reason, never a negative one.
 */
function fieldFit(d: Destination, ctx: Context): { factor: number; reason?: Reason } {
  const field = ctx.profile.field;
  const entry = d.fieldFit[field];
  if (entry === undefined) return { factor: FIELD_FACTOR.noData };
  const params = { field, destination: d.id };
  const facts = [fact.fieldFit(d, field)];
  const reason =
    entry.level === "strong"
      ? positive("reason-field-strong", params, facts)
      : positive("reason-field-some", params, facts);
  return { factor: FIELD_FACTOR[entry.level], reason };
}

function distanceStrength(distance: Destination["closeness"]["distance"]): FitStrength | undefined {
  if (distance === "neighbour") return "strong";
  if (distance === "near") return "some";
  return undefined;
}

type AfterStudy = NonNullable<Destination["work"]>["afterStudy"];

function workStrength(afterStudy: AfterStudy): FitStrength | undefined {
  if (afterStudy === "allowed") return "strong";
  if (afterStudy === "job-search-permit") return "some";
  return undefined;
}

function workReason(d: Destination): Reason {
  const facts = [fact.work(d)];
  const params = { destination: d.id };
  switch (d.work?.afterStudy) {
    case "allowed":
      return positive("reason-work-after", params, facts);
    case "job-search-permit":
      return positive("reason-work-after-job-search", params, facts);
    default:
      return negative("reason-work-after-not-allowed", params, facts);
  }
}

// ── Funding ─────────────────────────────────────────────────────────────────────────────────

/**
 * One funding route for one student, worked out once per call. A route is matched against every
 * destination it reaches, and all but its coverage and level reasons (which name the destination)
 * and its programme-language gaps (which depend on what the destination teaches in) are the same
 * for each: they are worked out here, and each destination gets its own copy.
 */
interface FundingPlan {
  funding: Funding;
  /** The destination ids the route names, or "any". */
  targets: "any" | readonly string[];
  ownFunds: boolean;
  extent: Funding["covers"]["extent"];
  /** Made for certain destinations (a list), not open to "any". */
  specific: boolean;
  coversTuition: boolean;
  coversLiving: boolean;
  /** `covers.items` joined, as the coverage reasons show them. */
  covers: string;
  coversFact: string;
  levelFacts: string[];
  eligibilityFacts: string[];
  /** Age and work-experience reasons: about the student alone. */
  eligibility: Reason[];
  /**
   * The student's answers fail an eligibility rule (age, work experience): listed, last, worth
   * nothing.
   */
  ineligible: boolean;
  /** The route's language requirements, each with whether the student meets it. */
  languages: LanguageCheck[];
  /** Obligation, plan, competition and window reasons, in the order they are given. */
  closing: Reason[];
  /** An obligation to work or live in Kazakhstan against a plan to stay abroad. */
  collides: boolean;
  /** Fact ids of the obligations. */
  obligations: string[];
  /** Its place in {@link compareFunding} on what does not depend on the destination. */
  group: number;
  /** Its place among all routes on the tie-breaks after the factor; set once all are planned. */
  tieRank: number;
}

/**
 * A language requirement and whether the student meets it. Its wording is knowledge text in three
 * languages: the reasons name the route and the language, and the renderer fills it in (`test`,
 * see `RENDERED_PARAMS`).
 */
interface LanguageCheck {
  language: TeachingLanguage;
  met: boolean;
}

/** A route matched to one destination: what the student reads, and what ranks it. */
interface ScoredFunding {
  match: FundingMatch;
  plan: FundingPlan;
  /** This route's contribution to the funding part, before the weight. */
  factor: number;
}

/**
 * The routes that can apply to this student at all (their level; for a scholarship-only budget,
 * only money that carries the whole cost or the tuition), each planned, in knowledge-base order.
 */
function planFunding(ctx: Context): FundingPlan[] {
  const plans: FundingPlan[] = [];
  for (const f of ctx.knowledge.funding) {
    const plan = planRoute(f, ctx);
    if (plan !== undefined) plans.push(plan);
  }
  // The tie-breaks after the factor do not depend on the destination: rank them once.
  const byTieBreaks = plans.slice().sort(compareTieBreaks);
  for (const [rank, plan] of byTieBreaks.entries()) plan.tieRank = rank;
  return plans;
}

function planRoute(f: Funding, ctx: Context): FundingPlan | undefined {
  const { profile } = ctx;
  if (!f.levels.values.includes(profile.level)) return undefined;
  const ownFunds = f.kind === "own-funds";
  const extent = f.covers.extent;
  const items = f.covers.items;
  const coversTuition = items.includes("tuition");
  if (ctx.scholarshipOnly) {
    // Only money that carries the whole cost, or takes away the tuition (living costs noted).
    if (ownFunds) return undefined;
    if (extent !== "full" && !coversTuition) return undefined;
  }
  const eligibilityFacts = [fact.eligibility(f)];
  const { reasons: eligibility, ineligible } = eligibilityReasons(f, eligibilityFacts, ctx);

  const closing: Reason[] = [];
  let bindsHome = false;
  for (const obligation of f.obligations) {
    closing.push(obligationReason(f, obligation, ctx));
    if (obligation.kind === "work-off" || obligation.kind === "return-home") bindsHome = true;
  }
  if (bindsHome && profile.plan === "return") {
    closing.push(positive("reason-plan-return-obligation", { funding: f.id }));
  }
  if (f.competitive) closing.push(neutral("reason-funding-competitive", { funding: f.id }));
  const window = windowReason(f, ctx.today);
  if (window !== undefined) closing.push(window);

  const targets = f.destinations.values;
  return {
    funding: f,
    targets,
    ownFunds,
    extent,
    specific: targets !== "any",
    coversTuition,
    coversLiving: items.includes("living"),
    covers: items.join(","),
    coversFact: fact.covers(f.id),
    levelFacts: [fact.levels(f), fact.destinations(f)],
    eligibilityFacts,
    eligibility,
    ineligible,
    languages: f.eligibility.languages.map((r) => ({
      language: r.language,
      met: meetsLanguage(r, ctx),
    })),
    closing,
    collides: bindsHome && profile.plan === "stay-abroad",
    obligations: f.obligations.map((o) => fact.obligation(f, o)),
    // Each key counts for more than all the keys after it can add up to.
    group: Number(ineligible) * 6 + Number(ownFunds) * 3 + EXTENT_ORDER[extent],
    tieRank: 0,
  };
}

const EXTENT_ORDER = { full: 0, partial: 1, none: 2 } as const;

/**
 * Full coverage first, then partial, then ways in, own funds after them, and routes the student is
 * not eligible for at the very end (the plan's `group`). Within that: routes the student does not
 * collide with (the factor), then routes made for this destination, routes that pay tuition, then
 * those that also pay living; then by id (the plan's `tieRank`, see {@link compareTieBreaks}).
 */
function compareFunding(a: ScoredFunding, b: ScoredFunding): number {
  return a.plan.group - b.plan.group || b.factor - a.factor || a.plan.tieRank - b.plan.tieRank;
}

/** The tie-breaks of {@link compareFunding} after the factor. */
function compareTieBreaks(a: FundingPlan, b: FundingPlan): number {
  return (
    Number(b.specific) - Number(a.specific) ||
    Number(b.coversTuition) - Number(a.coversTuition) ||
    Number(b.coversLiving) - Number(a.coversLiving) ||
    compareIds(a.funding.id, b.funding.id)
  );
}

/** A planned route for this destination, explained; undefined when it does not reach it. */
function matchFunding(plan: FundingPlan, d: Destination, ctx: Context): ScoredFunding | undefined {
  const { targets } = plan;
  if (targets !== "any" && !targets.includes(d.id)) return undefined;
  const reasons = coverageReasons(plan, d, ctx);
  for (const r of plan.eligibility) reasons.push(copyReason(r));
  const languageBlocked = languageGaps(plan, d, ctx, reasons);
  for (const r of plan.closing) reasons.push(copyReason(r));

  const blocked = plan.collides || languageBlocked;
  // Own funds never count here: the funding part is about money from someone else.
  const factor = plan.ownFunds
    ? 0
    : plan.ineligible
      ? FUNDING_FACTOR.ineligible
      : FUNDING_FACTOR[plan.extent] * (blocked ? FUNDING_FACTOR.blocked : 1);
  const match: FundingMatch = {
    fundingId: plan.funding.id,
    reasons,
    obligations: plan.obligations.slice(),
    extent: plan.extent,
  };
  return { match, plan, factor };
}

/** What the route pays (or that it is a way in, or own money), and that it takes the level here. */
function coverageReasons(plan: FundingPlan, d: Destination, ctx: Context): Reason[] {
  const funding = plan.funding.id;
  const facts = [plan.coversFact];
  let coverage: Reason;
  if (plan.ownFunds) {
    coverage = neutral("reason-funding-own-funds", { funding, destination: d.id }, facts);
  } else if (plan.extent === "full") {
    coverage = positive("reason-funding-covers-full", { funding, covers: plan.covers }, facts);
  } else if (plan.extent === "partial" && plan.covers === "") {
    coverage = neutral("reason-funding-covers-varies", { funding }, facts);
  } else if (plan.extent === "partial") {
    coverage = positive("reason-funding-covers-partial", { funding, covers: plan.covers }, facts);
  } else {
    coverage = neutral("reason-funding-way-in", { funding, destination: d.id }, facts);
  }
  const reasons = [coverage];
  if (ctx.scholarshipOnly && plan.extent !== "full" && !plan.coversLiving) {
    reasons.push(neutral("reason-funding-living-not-covered", { funding }, facts));
  }
  if (!plan.ownFunds) {
    const params = { funding, level: ctx.profile.level, destination: d.id };
    reasons.push(positive("reason-funding-level", params, plan.levelFacts));
  }
  return reasons;
}

/**
 * What the student lacks for a route as a person, whatever the destination: the age limit for
 * their level, the years of work it asks. An answer the questionnaire has not asked is never
 * judged: an unknown age says nothing, unknown work experience is said as a condition (neutral).
 */
function eligibilityReasons(
  f: Funding,
  facts: string[],
  ctx: Context,
): { reasons: Reason[]; ineligible: boolean } {
  const { profile } = ctx;
  const eligibility = f.eligibility;
  const reasons: Reason[] = [];
  let ineligible = false;

  // "Under 35" is stored as 35: a 35-year-old is over the limit.
  const maxAge = eligibility.maxAge?.[profile.level];
  if (maxAge !== undefined && profile.age !== undefined && profile.age >= maxAge) {
    const params = { funding: f.id, level: profile.level, maxAge };
    reasons.push(negative("reason-funding-age-limit", params, facts));
    ineligible = true;
  }

  const years = eligibility.minWorkYears;
  if (years !== undefined && years > 0) {
    const params = { funding: f.id, years };
    if (profile.workYears === undefined) {
      reasons.push(neutral("reason-funding-needs-work-experience", params, facts));
    } else if (profile.workYears >= years) {
      reasons.push(positive("reason-funding-work-experience-ok", params, facts));
    } else {
      const short = { funding: f.id, years, workYears: profile.workYears };
      reasons.push(negative("reason-funding-work-experience-short", short, facts));
      ineligible = true;
    }
  }
  return { reasons, ineligible };
}

/**
 * The route's language requirements at this destination, added to `reasons`; true when one is a
 * gap (a language to learn, so the route counts for less).
 *
 * A requirement in one of the destination's teaching languages is for programmes taught in it
 * ("TOPIK 3 for Korean-taught degrees"): any one of them met will do, and a preparatory year
 * can be where it is reached. Any other language (Bolashak's Kazakh) is asked of everyone.
 */
function languageGaps(plan: FundingPlan, d: Destination, ctx: Context, reasons: Reason[]): boolean {
  const requirements = plan.languages;
  if (requirements.length === 0) return false;
  const teaching = d.languages.teaching;
  const programmeMet = requirements.some((r) => r.met && teaching.includes(r.language));
  // The first teaching language is the one a preparatory year teaches.
  const viaPreparatoryYear =
    !programmeMet && ctx.profile.willLearnLanguage && d.languages.preparatoryYear
      ? requirements.find((r) => r.language === teaching[0])
      : undefined;
  const facts = plan.eligibilityFacts;
  let blocked = false;
  for (const requirement of requirements) {
    const params = { funding: plan.funding.id, language: requirement.language };
    const forProgramme = teaching.includes(requirement.language);
    if (requirement.met) {
      reasons.push(positive("reason-funding-language-ok", params, facts));
    } else if (forProgramme && programmeMet) {
      // Another programme language will do; this one is not a gap.
    } else if (forProgramme && viaPreparatoryYear !== undefined) {
      if (requirement === viaPreparatoryYear) {
        reasons.push(neutral("reason-funding-language-prep-year", params, facts));
      }
    } else {
      reasons.push(negative("reason-funding-language-required", params, facts));
      blocked = true;
    }
  }
  return blocked;
}

const CEFR_LEVELS = ["a1", "a2", "b1", "b2", "c1", "c2"] as const;

/**
 * Whether the student meets a language requirement. For English the student's CEFR level is known,
 * so a requirement that names one (`cefr: B2`, "B2 (IELTS or TOEFL)") is compared with it;
 * otherwise, and for every other language, being able to study in it is what counts.
 */
function meetsLanguage(requirement: LanguageRequirement, ctx: Context) {
  if (requirement.language !== "en") return ctx.canStudy.has(requirement.language);
  const named = requirement.cefr?.toLowerCase();
  if (named === undefined) return ctx.canStudy.has("en");
  return (
    cefrRank(ctx.profile.english) >= CEFR_LEVELS.indexOf(named as (typeof CEFR_LEVELS)[number])
  );
}

/** The student's English on the CEFR scale ("none" below A1). */
function cefrRank(english: EnglishLevel): number {
  return english === "none" ? -1 : CEFR_LEVELS.indexOf(english);
}

function obligationReason(f: Funding, o: Obligation, ctx: Context): Reason {
  const facts = [fact.obligation(f, o)];
  const params = { funding: f.id };
  switch (o.kind) {
    case "work-off":
    case "return-home": {
      // A student who means to stay abroad collides with it; for anyone else it is a condition.
      const kind = ctx.profile.plan === "stay-abroad" ? "negative" : "neutral";
      const workOff = o.kind === "work-off";
      if (o.years === undefined) {
        const message = workOff
          ? "reason-funding-work-off-unspecified"
          : "reason-funding-return-home-unspecified";
        return ownReason(kind, message, params, facts);
      }
      const [minYears, maxYears] = typeof o.years === "number" ? [o.years, o.years] : o.years;
      // `years` is the longest term, for plural forms; a range shows as minYears–maxYears.
      const withYears = { funding: f.id, years: maxYears, minYears, maxYears };
      const message = workOff ? "reason-funding-work-off" : "reason-funding-return-home";
      return ownReason(kind, message, withYears, facts);
    }
    case "collateral":
      return neutral("reason-funding-collateral", params, facts);
    case "language-course":
      return neutral("reason-funding-language-course", params, facts);
    case "repay-if-broken":
      return neutral("reason-funding-repay-if-broken", params, facts);
  }
}

/** Whether the application window is open on `today` (ISO dates compare as strings). */
function windowReason(f: Funding, today: string | undefined): Reason | undefined {
  const window = f.window;
  if (today === undefined || window === undefined) return undefined;
  const facts = [fact.window(f)];
  const { opens, closes } = window;
  if (closes !== undefined && today > closes) {
    return neutral("reason-funding-window-closed", { funding: f.id, closes }, facts);
  }
  if (opens !== undefined && today < opens) {
    return neutral("reason-funding-window-upcoming", { funding: f.id, opens }, facts);
  }
  if (closes !== undefined) {
    return positive("reason-funding-window-open", { funding: f.id, closes }, facts);
  }
  return undefined;
}

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────

/** `options.today` as YYYY-MM-DD, so ISO dates compare as strings; a malformed date is a bug. */
function isoDay(today: string | undefined): string | undefined {
  if (today === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(today)?.[0];
  if (day === undefined) {
    throw new RangeError(`options.today must be an ISO date (YYYY-MM-DD), not "${today}"`);
  }
  return day;
}

function clampScore(raw: number): number {
  return Math.max(0, Math.min(100, Math.round(raw)));
}

/** Code-unit order: the same everywhere, unlike `localeCompare`. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
