/**
 * Results someone shared through a link, as the person who opens it sees them in their own
 * language: the same summary the sharer read (destinations, yearly cost, the best way to pay),
 * then each shared funding route once with what it obliges and its sources. The sharer's answers
 * are not in the link and so never shown: no scores, no reasons. Pure: no grammY.
 */
import type { DegreeLevel } from "../../knowledge/schema.js";
import { findFunding, fundingBlock } from "./destination-facts.js";
import { escapeHtml, packMessages } from "./html.js";
import type { RenderContext } from "./results.js";
import { renderSummary } from "./results-summary.js";
import { sharedSummary } from "./summary.js";

export function renderSharedResults(
  shared: {
    destinations: readonly string[];
    funding: readonly string[];
    best?: readonly (string | undefined)[];
  },
  ctx: RenderContext,
  // The link does not say the sharer's level: costs are a bachelor's, as on a card for anyone.
  level: DegreeLevel = "bachelor",
): string[] {
  const { knowledge, t } = ctx;
  const summary = renderSummary(sharedSummary(shared, knowledge), ctx, {
    level,
    withLevel: true,
    obligationsNote: t("shared-obligations"),
    head: [`<b>${escapeHtml(t("shared-title"))}</b>\n<i>${escapeHtml(t("shared-private"))}</i>`],
  });
  const funding = shared.funding
    .map((id) => findFunding(knowledge, id))
    .filter((f) => f !== undefined)
    .map((route) => fundingBlock(route, ctx));
  const details =
    funding.length === 0 ? [] : [`<b>${escapeHtml(t("shared-funding"))}</b>`, ...funding];
  return [summary, ...packMessages([...details, `<i>${escapeHtml(t("shared-own-quiz"))}</i>`])];
}
