/**
 * What `recommend()` returns. Everything a student reads is a message id plus parameters, so the
 * bot can render it in any language; every reason names the facts it rests on.
 */
import type { KztFigure } from "../costs/index.js";
import type { DegreeLevel } from "../knowledge/schema.js";

export type ReasonKind = "positive" | "negative" | "neutral";

export interface Reason {
  kind: ReasonKind;
  /** A Fluent message id in `locales/*.ftl`, e.g. `reason-budget-fits`. */
  message: string;
  /** Fluent variables. Strings that are knowledge ids are resolved by the renderer. */
  params: Record<string, string | number>;
  /** Fact ids this reason rests on (e.g. `russia.admission.equal-terms`). */
  facts: string[];
}

export interface FundingMatch {
  fundingId: string;
  reasons: Reason[];
  /** Fact ids of the obligations the route brings (work-off, collateral, return home…). */
  obligations: string[];
  /** How much of the cost it can carry. */
  extent: "full" | "partial" | "none";
  /**
   * The student still lacks something the route asks and can reach in time (a language level):
   * the reasons say what. A route whose rules the student fails for good is never listed.
   */
  missing: boolean;
}

export interface RankedDestination {
  destinationId: string;
  /** 0–100. */
  score: number;
  reasons: Reason[];
  /** True when something rules it out as asked (over budget with no free route, a closed language). */
  hardMismatch: boolean;
  /**
   * How much of the score rests on data: of the `total` criteria that apply to the student (budget,
   * teaching language, degree level, field, funding, and each priority they chose), the `known`
   * ones the knowledge base speaks to. The score is taken over those alone.
   */
  basis: { known: number; total: number };
  /**
   * The yearly cost for a self-funded student, from the cost model (`src/costs/`), when it has
   * one: each end in tenge when known, with the facts it rests on.
   */
  yearlyCostKzt?: KztFigure;
  funding: FundingMatch[];
}

export interface Recommendation {
  level: DegreeLevel;
  destinations: RankedDestination[];
}
