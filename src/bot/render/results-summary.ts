/**
 * The summary as one message that fits a phone screen: per destination its rank and score, the
 * yearly cost in ₸ (the cost model's), the way to pay that fits best and one line why. What each
 * route obliges is said once, in the funding view, not under every destination. Pure: no grammY.
 */
import { atLevel, type DegreeLevel, type Destination } from "../../knowledge/schema.js";
import type { RankedDestination } from "../../recommend/types.js";
import type { Translate } from "../i18n.js";
import { modelOf, ratesLine, yearlyLine } from "./costs.js";
import { findDestination } from "./destination-facts.js";
import { escapeHtml, visibleLength } from "./html.js";
import { flag, localized } from "./knowledge-text.js";
import { type RenderContext, renderReason } from "./results.js";
import type { SummaryItem } from "./summary.js";

/** The most a summary message shows, in characters as Telegram counts them: one phone screen. */
export const SUMMARY_LIMIT = 1200;

const MEDALS = ["🥇", "🥈", "🥉"];

/** "🥇" for the first three, "4." after them. */
export function medalOf(position: number): string {
  return MEDALS[position] ?? `${position + 1}.`;
}

/** The score with what it rests on: "100% (on 5 of 7 criteria)". Plain text. */
export function scoreText(ranked: RankedDestination, t: Translate): string {
  const { known, total } = ranked.basis;
  return t(known === total ? "results-summary-score-all" : "results-summary-score", {
    score: ranked.score,
    known,
    total,
  });
}

export interface SummaryOptions {
  /** The student's degree level: costs and obligations are that level's. */
  level: DegreeLevel;
  /** Lines above the destinations (a title); none on a later page. */
  head?: readonly string[];
  /** Show the student's match scores and what they rest on (not for a shared link). */
  scores?: boolean;
  /** Show one line why (the student's own reasons; not for a shared link). */
  why?: boolean;
  /** A last line under everything (what the buttons do). */
  foot?: string;
  /** Name the degree level in the cost line (for a reader who does not know it). */
  withLevel?: boolean;
  /** The line under the summary that says where the ⚠️ obligations are listed. */
  obligationsNote?: string;
}

interface Block {
  lines: string[];
  /** Lines that may go when the message would not fit a screen. */
  optional: Set<string>;
}

function destinationBlock(
  item: SummaryItem,
  destination: Destination,
  ctx: RenderContext,
  options: SummaryOptions,
): { block: Block; obligations: boolean; yearly: boolean } {
  const { t, locale } = ctx;
  const { ranked } = item;
  const name = `${medalOf(item.position)} ${flag(destination.country)} <b>${localized(destination.name, locale)}</b>`;
  const score =
    options.scores && ranked !== undefined ? ` — ${escapeHtml(scoreText(ranked, t))}` : "";
  const lines = [`${name}${score}`];
  const optional = new Set<string>();
  const model = modelOf(destination, options.level, ctx);
  if (model.yearly !== undefined) {
    lines.push(yearlyLine(model, ctx, { sources: false, withLevel: options.withLevel ?? false }));
  } else if (options.withLevel) {
    lines.push(`▫️ ${yearlyLine(model, ctx)}`);
  } else {
    // The card says in full what the figure lacks; here a few words do.
    lines.push(`▫️ ${escapeHtml(t(`results-summary-gap-${model.gaps[0] ?? "tuition"}`))}`);
  }
  let obligations = false;
  if (item.best === undefined) {
    lines.push(escapeHtml(t("results-summary-no-route")));
  } else {
    obligations = item.best.obligations.some((o) => atLevel(o.levels, options.level));
    const pay = t("results-summary-pay", {
      route: localized(item.best.name, locale),
      extent: escapeHtml(t(`results-summary-extent-${item.best.covers.extent}`)),
    });
    lines.push(obligations ? `${pay} ⚠️` : pay);
  }
  if (options.why && item.why !== undefined) {
    const why = renderReason(item.why, destination, ctx);
    lines.push(why);
    optional.add(why);
  }
  return { block: { lines, optional }, obligations, yearly: model.yearly !== undefined };
}

/**
 * The summary message. When it would be longer than {@link SUMMARY_LIMIT} (long names, long
 * reasons), the "why" lines go, from the last destination up, so the message fits one screen and
 * keeps ranks, scores, costs and ways to pay.
 */
export function renderSummary(
  items: readonly SummaryItem[],
  ctx: RenderContext,
  options: SummaryOptions,
): string {
  const built = items
    .map((item) => {
      const destination = findDestination(ctx.knowledge, item.destinationId);
      return destination === undefined
        ? undefined
        : destinationBlock(item, destination, ctx, options);
    })
    .filter((b) => b !== undefined);
  const tail: string[] = [];
  if (built.some((b) => b.obligations)) {
    tail.push(escapeHtml(options.obligationsNote ?? ctx.t("results-summary-obligations")));
  }
  const rates = built.some((b) => b.yearly) ? ratesLine(ctx) : undefined;
  if (rates !== undefined) tail.push(rates);
  if (options.foot !== undefined) tail.push(options.foot);
  const blocks = built.map((b) => b.block);
  const compose = () =>
    [
      ...(options.head ?? []),
      ...blocks.map((b) => b.lines.join("\n")),
      ...(tail.length > 0 ? [tail.join("\n")] : []),
    ].join("\n\n");
  let text = compose();
  for (const block of [...blocks].reverse()) {
    if (visibleLength(text) <= SUMMARY_LIMIT) break;
    block.lines = block.lines.filter((line) => !block.optional.has(line));
    text = compose();
  }
  return text;
}
