/**
 * The reasons the matcher can give, as Fluent message ids, and the small helpers that build them.
 * The bot's locale test checks that every id in {@link REASON_MESSAGES} has a translation in each
 * of `locales/*.ftl`.
 *
 * Parameters follow the renderer's conventions: `destination`, `route` (an admission route of
 * `destination`), `funding` are knowledge ids; `priority`, `language`, `level`, `english` are ids
 * (comma-separated when several) with their own Fluent labels; `covers` is a comma-separated list
 * of coverage items (`tuition,living`, labels `covers-*`); `field` is a field of study (labels
 * `field-*`); keys ending in `Kzt` are tenge amounts (`minKzt`/`maxKzt`, the ends of a cost from
 * the cost model, are {@link UNKNOWN_KZT} for an end that is not known, so "up to" stays "up to");
 * `years`, `minYears`, `maxYears`,
 * `workYears`, `maxAge` are numbers (`years` is the longest term, for plurals); `opens`, `closes`
 * are ISO dates; `status` is a comma-separated list of student statuses (labels `status-*`);
 * `page` is the fact id of the official page to check where Bagdar has no data (the renderer links
 * its source). The renderer adds a few variables of its own, in the student's language (see
 * {@link RENDERED_PARAMS}).
 */
import type { Reason, ReasonKind } from "./types.js";

/**
 * The value of `minKzt` or `maxKzt` for an end of a cost that is not known: a figure given only
 * "up to" has no lower end, one given only "from" no upper end. Costs are never negative.
 */
export const UNKNOWN_KZT = -1;

/**
 * Every reason message with the Fluent variables it always carries (no optional ones, so a
 * translation can use any of them). The helpers below are typed against this table.
 */
export const REASON_PARAMS = {
  // Degree level
  "reason-level-offered": ["level", "destination", "minYears", "maxYears"],
  /** Nothing in the knowledge base shows the level there: no data, never "not offered". */
  "reason-level-no-data": ["level", "destination", "page"],
  // Teaching language
  "reason-language-ok": ["language", "destination"],
  "reason-language-english-below": ["language", "english", "destination"],
  "reason-language-missing-prep-year": ["language", "destination"],
  "reason-language-missing": ["language", "destination"],
  // Money
  "reason-budget-fits": ["destination", "minKzt", "maxKzt"],
  "reason-budget-partly": ["destination", "minKzt", "maxKzt", "budgetMaxKzt"],
  "reason-budget-over": ["destination", "minKzt", "maxKzt", "budgetMaxKzt"],
  "reason-budget-scholarship-only": ["destination", "minKzt", "maxKzt"],
  "reason-cost-unknown": ["destination"],
  /** A tuition figure but no living figure: no yearly total. */
  "reason-living-cost-unknown": ["destination"],
  "reason-cost-housing-only": ["destination"],
  "reason-free-tuition-route": ["destination", "route"],
  "reason-free-route-living-fits": ["destination", "minKzt", "maxKzt"],
  "reason-living-costs-remain": ["destination", "minKzt", "maxKzt"],
  "reason-living-costs-remain-unknown": ["destination"],
  "reason-budget-full-funding": ["destination", "funding"],
  "reason-no-scholarship-route": ["destination"],
  /** The visa's required funds (blocked account, maintenance) set the floor of living costs. */
  "reason-required-funds": ["destination", "minKzt", "maxKzt"],
  /** Tuition unknown, but the visa's required funds alone are over the budget. */
  "reason-required-funds-over-budget": ["destination", "minKzt", "maxKzt", "budgetMaxKzt"],
  /** Tuition unknown, but the living figure alone is over the budget. */
  "reason-living-over-budget": ["destination", "minKzt", "maxKzt", "budgetMaxKzt"],
  // Priorities, closeness, work
  "reason-priority-strong": ["priority", "destination"],
  "reason-priority-some": ["priority", "destination"],
  /** No sourced fit for the priority: left out of the score, never a ❌. */
  "reason-priority-no-data": ["priority", "destination", "page"],
  "reason-close": ["priority", "destination"],
  "reason-far": ["priority", "destination"],
  "reason-visa-free": ["destination"],
  "reason-work-after": ["destination"],
  "reason-work-after-job-search": ["destination"],
  "reason-work-after-not-allowed": ["destination"],
  // Field of study
  "reason-field-strong": ["field", "destination"],
  "reason-field-some": ["field", "destination"],
  "reason-field-no-data": ["field", "destination", "page"],
  // Admission: what to plan for (the tests themselves, `test`, come from the renderer)
  "reason-route-tests": ["destination", "route"],
  // Funding routes
  "reason-funding-covers-full": ["funding", "covers"],
  "reason-funding-covers-partial": ["funding", "covers"],
  "reason-funding-covers-varies": ["funding"],
  "reason-funding-way-in": ["funding", "destination"],
  "reason-funding-own-funds": ["funding", "destination"],
  "reason-funding-level": ["funding", "level", "destination"],
  "reason-funding-needs-work-experience": ["funding", "years"],
  "reason-funding-work-experience-ok": ["funding", "years"],
  /** Only for students enrolled at a Kazakhstani university, said when the student's status is unknown. */
  "reason-funding-needs-enrolment": ["funding"],
  /** Who may apply, said when the student's status is unknown. */
  "reason-funding-status-required": ["funding", "status"],
  // A language requirement of `funding`, named by its `language` (the requirement, `test`, comes
  // from the renderer)
  "reason-funding-language-ok": ["funding", "language"],
  "reason-funding-language-required": ["funding", "language"],
  /** An English level asked (`test`) above the one the student gave (`english`). */
  "reason-funding-english-short": ["funding", "language", "english"],
  "reason-funding-language-prep-year": ["funding", "language"],
  "reason-funding-competitive": ["funding"],
  "reason-funding-living-not-covered": ["funding"],
  "reason-funding-work-off": ["funding", "years", "minYears", "maxYears"],
  "reason-funding-work-off-unspecified": ["funding"],
  "reason-funding-return-home": ["funding", "years", "minYears", "maxYears"],
  "reason-funding-return-home-unspecified": ["funding"],
  "reason-funding-collateral": ["funding"],
  "reason-funding-language-course": ["funding"],
  "reason-funding-repay-if-broken": ["funding"],
  "reason-funding-window-open": ["funding", "closes"],
  "reason-funding-window-upcoming": ["funding", "opens"],
  "reason-funding-window-closed": ["funding", "closes"],
  "reason-plan-return-obligation": ["funding"],
} as const satisfies Record<`reason-${string}`, readonly string[]>;

export type ReasonMessage = keyof typeof REASON_PARAMS;

/**
 * Variables the renderer (`reasonParams` in `src/bot/render/results.ts`) adds to every reason that
 * carries all the variables of one of the sets listed with them, so a translation may use them as
 * if the matcher gave them: `cost` ("X – Y ₸") and `span` ("4–5"), since Fluent cannot compare two
 * variables, and `test`, in the student's language, since it is knowledge text in three languages
 * and the matcher is locale-free: the tests of the admission route `route` of `destination`
 * ("A; B"), or the requirement of the funding route `funding` for `language` ("B1 (KAZTEST or
 * Qazaq Resmi Test)"); the grammar of the `funding` and `destination` names (`fundingNumber`:
 * "singular" | "plural", `fundingGender`, `fundingArticle`: "the" | "none"), and how many items a
 * list variable holds (`languageCount`), for templates that agree with them.
 */
export const RENDERED_PARAMS = {
  cost: [["minKzt", "maxKzt"]],
  span: [["minYears", "maxYears"]],
  test: [
    ["destination", "route"],
    ["funding", "language"],
  ],
  // A name's grammar (src/bot/render/name-grammar.ts), for templates that agree with it.
  fundingNumber: [["funding"]],
  fundingGender: [["funding"]],
  fundingArticle: [["funding"]],
  destinationNumber: [["destination"]],
  destinationGender: [["destination"]],
  destinationArticle: [["destination"]],
  // How many items a list variable holds ("it" or "them", «на нём» or «ни на одном из них»).
  languageCount: [["language"]],
  priorityCount: [["priority"]],
  coversCount: [["covers"]],
  statusCount: [["status"]],
} as const satisfies Record<string, readonly (readonly string[])[]>;

/** Every reason message id the matcher can emit, for the locale completeness test. */
export const REASON_MESSAGES: readonly ReasonMessage[] = Object.keys(
  REASON_PARAMS,
) as ReasonMessage[];

/** The parameters a message takes, exactly. */
export type ReasonParamsOf<M extends ReasonMessage> = {
  [K in (typeof REASON_PARAMS)[M][number]]: string | number;
};

/** Builds a reason; `params` are copied, `facts` copied and de-duplicated, in order. */
export function reason<M extends ReasonMessage>(
  kind: ReasonKind,
  message: M,
  params: ReasonParamsOf<M>,
  facts: readonly string[] = [],
): Reason {
  return ownReason(kind, message, { ...params }, facts);
}

/**
 * Builds a reason that keeps `params` as given, for a caller that passes a fresh object each time;
 * `facts` are still copied and de-duplicated. The matcher builds hundreds of reasons per call with
 * params of a dozen shapes, and copying an object whose shape varies like that costs more than the
 * rest of the reason (about 130 ns a copy on Node 20).
 */
export function ownReason<M extends ReasonMessage>(
  kind: ReasonKind,
  message: M,
  params: ReasonParamsOf<M>,
  facts: readonly string[] = [],
): Reason {
  return { kind, message, params, facts: distinct(facts) };
}

/**
 * A copy of a list of fact ids without repeats, in order. A reason cites one to three facts and
 * the matcher builds hundreds of reasons per call: a scan of so short a list is cheaper than a
 * `Set`.
 */
export function distinct(facts: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of facts) if (!out.includes(f)) out.push(f);
  return out;
}

/**
 * A fresh copy of a reason the matcher worked out once and gives to several destinations, so no
 * two results share an object a caller might change.
 */
export function copyReason(r: Reason): Reason {
  return { kind: r.kind, message: r.message, params: { ...r.params }, facts: r.facts.slice() };
}

/** Something that speaks for the choice. */
export function positive<M extends ReasonMessage>(
  message: M,
  params: ReasonParamsOf<M>,
  facts?: readonly string[],
): Reason {
  return reason("positive", message, params, facts);
}

/** Something that speaks against it. */
export function negative<M extends ReasonMessage>(
  message: M,
  params: ReasonParamsOf<M>,
  facts?: readonly string[],
): Reason {
  return reason("negative", message, params, facts);
}

/** Something worth knowing either way. */
export function neutral<M extends ReasonMessage>(
  message: M,
  params: ReasonParamsOf<M>,
  facts?: readonly string[],
): Reason {
  return reason("neutral", message, params, facts);
}

/**
 * {@link positive}, {@link negative} and {@link neutral} for callers that pass every params object
 * fresh: the reason keeps it uncopied (see {@link ownReason}).
 */
export const fresh = {
  positive: freshReason("positive"),
  negative: freshReason("negative"),
  neutral: freshReason("neutral"),
} as const;

function freshReason(kind: ReasonKind) {
  return <M extends ReasonMessage>(
    message: M,
    params: ReasonParamsOf<M>,
    facts?: readonly string[],
  ): Reason => ownReason(kind, message, params, facts);
}
