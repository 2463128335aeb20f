/**
 * Funding routes: which routes can apply to the student at all (planned once per call), and how
 * each one reaches a destination: what it pays, what it asks, what it binds the student to, and
 * where it stands in the list.
 */
import {
  atLevel,
  type Destination,
  type Funding,
  type Obligation,
} from "../../knowledge/schema.js";
import { type Context, compareIds, fact } from "../context.js";
import { copyReason, fresh, ownReason } from "../reasons.js";
import type { FundingMatch, Reason } from "../types.js";
import { FUNDING_FACTOR } from "../weights.js";
import {
  checkLanguage,
  eligibilityReasons,
  type LanguageCheck,
  languageGaps,
} from "./eligibility.js";

// Every params object here is a fresh literal given to one reason, so the reasons keep them
// uncopied: copying objects of so many shapes was a sixth of the matcher's time.
const { neutral, positive } = fresh;

/**
 * One funding route for one student, worked out once per call. A route is matched against every
 * destination it reaches, and all but its coverage and level reasons (which name the destination)
 * and its programme-language gaps (which depend on what the destination teaches in) are the same
 * for each: they are worked out here, and each destination gets its own copy.
 */
export interface FundingPlan {
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
  /** Status, enrolment and work-experience reasons: about the student alone. */
  eligibility: Reason[];
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

/** A route matched to one destination: what the student reads, and what ranks it. */
export interface ScoredFunding {
  match: FundingMatch;
  plan: FundingPlan;
  /** This route's contribution to the funding part, before the weight. */
  factor: number;
}

/**
 * The routes that can apply to this student at all (their level; who may apply, as far as the
 * student's answers tell; for a scholarship-only budget, only money that carries the whole cost or
 * the tuition), each planned, in knowledge-base order.
 */
export function planFunding(ctx: Context): FundingPlan[] {
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
  const eligibility = eligibilityReasons(f, eligibilityFacts, ctx);
  if (eligibility === undefined) return undefined;

  const closing: Reason[] = [];
  let bindsHome = false;
  // Only what binds a student of this level ("bachelor's and master's scholars take a course").
  const obligations = f.obligations.filter((o) => atLevel(o.levels, profile.level));
  for (const obligation of obligations) {
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
    languages: f.eligibility.languages.map((r) => checkLanguage(r, ctx)),
    closing,
    collides: bindsHome && profile.plan === "stay-abroad",
    obligations: obligations.map((o) => fact.obligation(f, o)),
    // Each key counts for more than all the keys after it can add up to.
    group: Number(ownFunds) * 3 + EXTENT_ORDER[extent],
    tieRank: 0,
  };
}

const EXTENT_ORDER = { full: 0, partial: 1, none: 2 } as const;

/**
 * Full coverage first, then partial, then ways in, and own funds after them (the plan's `group`).
 * Within that: routes the student does not
 * collide with (the factor), then routes made for this destination, routes that pay tuition, then
 * those that also pay living; then by id (the plan's `tieRank`, see {@link compareTieBreaks}).
 */
export function compareFunding(a: ScoredFunding, b: ScoredFunding): number {
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
export function matchFunding(
  plan: FundingPlan,
  d: Destination,
  ctx: Context,
): ScoredFunding | undefined {
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
    : FUNDING_FACTOR[plan.extent] * (blocked ? FUNDING_FACTOR.blocked : 1);
  const match: FundingMatch = {
    fundingId: plan.funding.id,
    reasons,
    obligations: plan.obligations.slice(),
    extent: plan.extent,
    missing: languageBlocked,
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

/**
 * Whether the application window is open on `today` (ISO dates compare as strings). Only an
 * announced window's dates are the current intake's; a last cycle's are history, shown as such.
 */
function windowReason(f: Funding, today: string | undefined): Reason | undefined {
  const window = f.window;
  if (today === undefined || window?.status !== "announced") return undefined;
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
