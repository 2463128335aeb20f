/**
 * Results someone shared through a link, as the person who opens it sees them in their own
 * language: the destinations and funding routes only, with costs, obligations and sources; the
 * sharer's answers are not in the link and so never shown. Pure: no grammY.
 */

import {
  findDestination,
  findFunding,
  fundingBlock,
  languagesLine,
  yearlyCostLine,
} from "./destination-facts.js";
import { escapeHtml, PHONE_MESSAGE_LIMIT, packMessages } from "./html.js";
import { flag, localized } from "./knowledge-text.js";
import type { RenderContext } from "./results.js";

const MEDALS = ["🥇", "🥈", "🥉"];

export function renderSharedResults(
  shared: { destinations: readonly string[]; funding: readonly string[] },
  ctx: RenderContext,
): string[] {
  const { knowledge, t, locale } = ctx;
  const blocks = [
    `<b>${escapeHtml(t("shared-title"))}</b>\n<i>${escapeHtml(t("shared-private"))}</i>`,
  ];
  shared.destinations.forEach((id, i) => {
    const destination = findDestination(knowledge, id);
    if (destination === undefined) return;
    blocks.push(
      [
        `${MEDALS[i] ?? `${i + 1}.`} ${flag(destination.country)} <b>${localized(destination.name, locale)}</b>`,
        localized(destination.summary, locale),
        yearlyCostLine(destination, ctx),
        `🗣 ${languagesLine(destination, ctx)}`,
      ].join("\n"),
    );
  });
  const funding = shared.funding
    .map((id) => findFunding(knowledge, id))
    .filter((f) => f !== undefined);
  if (funding.length > 0) {
    blocks.push(`<b>${escapeHtml(t("shared-funding"))}</b>`);
    for (const route of funding) blocks.push(fundingBlock(route, ctx));
  }
  blocks.push(`<i>${escapeHtml(t("shared-own-quiz"))}</i>`);
  // A parent reads this on a phone: three destinations with their costs and sources, then the
  // routes' obligations, can run longer than one message.
  return packMessages(blocks, PHONE_MESSAGE_LIMIT);
}
