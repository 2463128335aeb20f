/**
 * The summary of a recommendation that every short screen shares (the first results message, the
 * pages after it, the share card and the link for parents): for each destination its rank, score,
 * the way to pay that fits best and the one reason that says most about why. Pure: no grammY, no
 * languages (the renderers translate).
 */
import type { Funding, Knowledge } from "../../knowledge/schema.js";
import type { RankedDestination, Reason, Recommendation } from "../../recommend/types.js";

/** How many destinations the first results message (and every page after it) shows. */
export const SUMMARY_SIZE = 3;

export interface SummaryItem {
  /** 0 for the first destination of the whole ranking. */
  position: number;
  destinationId: string;
  /** The student's own ranking of it; absent in results shared through a link. */
  ranked?: RankedDestination;
  /**
   * The funding route that fits best: the matcher's first route that is not the student's own
   * money and asks nothing they still lack. Undefined when none does (they pay themselves).
   */
  best?: Funding;
  /** The reason to show on the summary's one line "why". */
  why?: Reason;
}

/**
 * Reasons that hold for almost every destination a student sees (the language fits, the level is
 * taught): true, but they tell a student little about why this one; said only when nothing else is.
 */
const GENERIC_REASONS = new Set(["reason-language-ok", "reason-level-offered"]);

/** Several priorities a destination is strong on become one reason naming them all. */
const MERGED_REASONS = new Set(["reason-priority-strong"]);

/**
 * The reason that says most about why a destination stands where it does: for one ruled out, the
 * reason it is ruled out (the matcher lists it first); otherwise the first telling positive
 * reason, several strong priorities merged into one; then any positive reason; then the first.
 */
export function whyReason(ranked: RankedDestination): Reason | undefined {
  if (ranked.hardMismatch) return ranked.reasons[0];
  const positive = ranked.reasons.filter((r) => r.kind === "positive");
  const telling = positive.find((r) => !GENERIC_REASONS.has(r.message));
  if (telling !== undefined && MERGED_REASONS.has(telling.message)) {
    const same = positive.filter((r) => r.message === telling.message);
    const priorities = same.map((r) => String(r.params.priority ?? "")).filter((p) => p !== "");
    return {
      ...telling,
      params: { ...telling.params, priority: priorities.join(",") },
      facts: same.flatMap((r) => r.facts),
    };
  }
  return telling ?? positive[0] ?? ranked.reasons[0];
}

/** The route that fits best, as {@link SummaryItem.best} defines it. */
export function bestFunding(ranked: RankedDestination, knowledge: Knowledge): Funding | undefined {
  for (const match of ranked.funding) {
    if (match.missing) continue;
    const funding = knowledge.funding.find((f) => f.id === match.fundingId);
    if (funding !== undefined && funding.kind !== "own-funds") return funding;
  }
  return undefined;
}

/** The summary of `count` destinations from position `from` (0 for the top of the list). */
export function summarize(
  rec: Recommendation,
  knowledge: Knowledge,
  from = 0,
  count = SUMMARY_SIZE,
): SummaryItem[] {
  return rec.destinations.slice(from, from + count).map((ranked, i) => {
    const best = bestFunding(ranked, knowledge);
    const why = whyReason(ranked);
    return {
      position: from + i,
      destinationId: ranked.destinationId,
      ranked,
      ...(best === undefined ? {} : { best }),
      ...(why === undefined ? {} : { why }),
    };
  });
}

/**
 * The summary of results shared through a link: the destinations in their order, each with the
 * way to pay the sharer's summary named (`best`, aligned with `destinations`), or, for an older
 * link without it, the first shared route usable there that is not the sharer's own money.
 */
export function sharedSummary(
  shared: {
    destinations: readonly string[];
    funding: readonly string[];
    best?: readonly (string | undefined)[];
  },
  knowledge: Knowledge,
): SummaryItem[] {
  const find = (id: string | undefined) => knowledge.funding.find((f) => f.id === id);
  return shared.destinations.map((destinationId, position) => {
    const best =
      shared.best === undefined
        ? shared.funding
            .map(find)
            .find(
              (f) =>
                f !== undefined &&
                f.kind !== "own-funds" &&
                (f.destinations.values === "any" || f.destinations.values.includes(destinationId)),
            )
        : find(shared.best[position]);
    return { position, destinationId, ...(best === undefined ? {} : { best }) };
  });
}

/** Where the next page starts, or undefined when the list ends on this one. */
export function nextPage(rec: Recommendation, from: number): number | undefined {
  const next = from + SUMMARY_SIZE;
  return next < rec.destinations.length ? next : undefined;
}
