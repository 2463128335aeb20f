/**
 * What goes on the share card and in the share link: the student's top destinations and the
 * funding routes that reach them (ids only in the link), and the card's text in one language.
 * Pure: no grammY.
 */

import type { CardFunding, ResultCard } from "../../image/result-card.js";
import {
  atLevel,
  type DegreeLevel,
  type Funding,
  type Knowledge,
  type Obligation,
} from "../../knowledge/schema.js";
import type { Recommendation } from "../../recommend/index.js";
import type { SharedSelection } from "../deep-links.js";
import { MAX_SHARED_DESTINATIONS } from "../deep-links.js";
import type { Translate } from "../i18n.js";
import { modelOf, yearlyShort } from "./costs.js";
import { findDestination, findFunding, fundingExtent } from "./destination-facts.js";
import { formatDay, formatNumber } from "./knowledge-text.js";
import type { RenderContext } from "./results.js";
import { sharedSummary, summarize } from "./summary.js";

/** Funding routes on a card: enough to compare, few enough to read. */
export const CARD_FUNDING = 4;

/**
 * The top destinations of a recommendation and the funding routes that reach them, in the order
 * the results show them: the summary's (each destination's best way to pay first, then more
 * round-robin). Left out: own funds (no route to tell anyone about) and routes the student still
 * lacks something for (a card has no room to say what), so a card never shows a route its owner
 * cannot use.
 */
export function shareSelection(rec: Recommendation, knowledge: Knowledge): SharedSelection {
  const summary = summarize(rec, knowledge, 0, MAX_SHARED_DESTINATIONS);
  const top = summary.flatMap((item) => (item.ranked === undefined ? [] : [item.ranked]));
  const best = summary.map((item) => item.best?.id);
  const funding: string[] = [];
  for (const id of best) if (id !== undefined && !funding.includes(id)) funding.push(id);
  // Round-robin over the destinations, so each one's next route makes it onto the card.
  for (let i = 0; funding.length < CARD_FUNDING && i < 10; i++) {
    for (const ranked of top) {
      const match = ranked.funding.filter(
        (m) =>
          !m.missing && knowledge.funding.find((f) => f.id === m.fundingId)?.kind !== "own-funds",
      )[i];
      if (match !== undefined && !funding.includes(match.fundingId)) funding.push(match.fundingId);
      if (funding.length >= CARD_FUNDING) break;
    }
  }
  return { destinations: top.map((d) => d.destinationId), funding, best };
}

function span(years: Obligation["years"], ctx: RenderContext): { span: string; maxYears: number } {
  const [min, max] = typeof years === "number" ? [years, years] : (years ?? [0, 0]);
  const text =
    min === max
      ? formatNumber(min, ctx.locale)
      : `${formatNumber(min, ctx.locale)}–${formatNumber(max, ctx.locale)}`;
  return { span: text, maxYears: max };
}

/** One short sentence per obligation, in the words the results use. */
export function obligationSentence(o: Obligation, ctx: RenderContext): string {
  const t: Translate = ctx.t;
  switch (o.kind) {
    case "work-off":
      return o.years === undefined
        ? t("reason-funding-work-off-unspecified")
        : t("reason-funding-work-off", span(o.years, ctx));
    case "return-home":
      return o.years === undefined
        ? t("reason-funding-return-home-unspecified")
        : t("reason-funding-return-home", span(o.years, ctx));
    case "collateral":
      return t("reason-funding-collateral");
    case "language-course":
      return t("reason-funding-language-course");
    case "repay-if-broken":
      return t("reason-funding-repay-if-broken");
  }
}

/**
 * The card's content in the reader's language. `scores` are the student's own match scores;
 * costs are the cost model's at the student's `level` (a bachelor's without one).
 */
export function resultCardModel(
  selection: SharedSelection,
  ctx: RenderContext,
  options: {
    botUsername: string;
    date: string;
    scores?: ReadonlyMap<string, number>;
    /**
     * The card owner's degree level: only the obligations that bind it are printed, and the costs
     * are that level's.
     */
    level?: DegreeLevel;
  },
): ResultCard {
  const { knowledge, t, locale } = ctx;
  const level = options.level ?? "bachelor";
  // Each destination's way to pay, as the summary of the results names it.
  const best = new Map(
    sharedSummary(selection, knowledge).map((item) => [item.destinationId, item.best]),
  );
  const destinations = selection.destinations
    .map((id) => findDestination(knowledge, id))
    .filter((d) => d !== undefined)
    .map((d) => {
      const route = best.get(d.id);
      const model = modelOf(d, level, ctx);
      const cost = yearlyShort(model, ctx);
      const languages = d.languages.teaching.map((l) => t(`language-${l}`)).join(", ");
      const score = options.scores?.get(d.id);
      return {
        country: d.country,
        name: d.name[locale],
        ...(score === undefined ? {} : { score }),
        details: [
          cost === undefined
            ? t(`results-summary-gap-${model.gaps[0] ?? "tuition"}`)
            : t("share-card-cost", { cost }),
          route === undefined
            ? t("share-card-pay-none")
            : t("share-card-pay", { route: route.name[locale] }),
          t("share-card-languages", { languages }),
        ],
      };
    });
  const funding: CardFunding[] = selection.funding
    .map((id) => findFunding(knowledge, id))
    .filter((f): f is Funding => f !== undefined)
    .map((f) => ({
      name: f.name[locale],
      extent: fundingExtent(f, t),
      obligations: f.obligations
        .filter((o) => options.level === undefined || atLevel(o.levels, options.level))
        .map((o) => obligationSentence(o, ctx)),
    }));
  return {
    lang: locale,
    title: t("share-card-title"),
    subtitle: t("share-card-subtitle"),
    destinationsTitle: t("share-card-destinations"),
    destinations,
    fundingTitle: t("share-card-funding"),
    funding,
    footer: [
      t("share-card-footer", { bot: `@${options.botUsername}`, date: options.date }),
      ...(knowledge.rates === undefined
        ? []
        : [t("results-rates-date", { date: formatDay(knowledge.rates.date, locale) })]),
      t("share-card-neutral"),
    ],
  };
}
