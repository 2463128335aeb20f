/**
 * Results in layers: a summary that fits one screen (when the questionnaire ends, on /results,
 * paged with "more"), one destination in detail a tap away, and the funding view that lists each
 * route once with what it obliges. Always recomputed from the saved profile, so a knowledge update
 * shows at once, and buttons from an older results message still lead somewhere true.
 */
import { Composer, type Context } from "grammy";
import type { Knowledge, Locale } from "../../knowledge/schema.js";
import { recommend } from "../../recommend/index.js";
import type { Profile } from "../../recommend/profile.js";
import type { BotContext } from "../context.js";
import type { Translate } from "../i18n.js";
import { decodeCallback } from "../keyboards/callback-data.js";
import { languageKeyboard } from "../keyboards/menus.js";
import { detailsKeyboard, resultsKeyboard } from "../keyboards/results.js";
import { findDestination } from "../render/destination-facts.js";
import { flag } from "../render/knowledge-text.js";
import {
  renderDestinationDetails,
  renderFundingDetails,
  renderResultsPage,
} from "../render/results.js";
import { medalOf } from "../render/results-summary.js";
import { nextPage, SUMMARY_SIZE, summarize } from "../render/summary.js";
import { offerReminders } from "./reminders.js";
import { renderContextOf, replyAll } from "./reply.js";

/** Today's date for deadlines (UTC, as the knowledge base's dates are). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Sends one page of the summary with its buttons. A `from` past the end (a "more" button from
 * results that have since grown shorter) shows the last page.
 */
export async function sendResults(
  ctx: Context,
  profile: Profile,
  view: { knowledge: Knowledge; t: Translate; locale: Locale; from?: number },
): Promise<void> {
  const recommendation = recommend(profile, view.knowledge, { today: today() });
  const count = recommendation.destinations.length;
  const last = Math.max(0, Math.floor((count - 1) / SUMMARY_SIZE) * SUMMARY_SIZE);
  const from = Math.min(view.from ?? 0, last);
  const messages = renderResultsPage(recommendation, from, view);
  const destinations = summarize(recommendation, view.knowledge, from).flatMap((item) => {
    const d = findDestination(view.knowledge, item.destinationId);
    return d === undefined
      ? []
      : [
          {
            id: d.id,
            label: `${medalOf(item.position)} ${flag(d.country)} ${d.name[view.locale]}`,
          },
        ];
  });
  const keyboard = resultsKeyboard(view.t, {
    destinations,
    from,
    next: nextPage(recommendation, from),
  });
  for (const [i, text] of messages.entries()) {
    await ctx.reply(text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(i === messages.length - 1 ? { reply_markup: keyboard } : {}),
    });
  }
}

async function sendFundingDetails(ctx: BotContext, profile: Profile, from: number): Promise<void> {
  const view = await renderContextOf(ctx);
  const recommendation = recommend(profile, ctx.deps.knowledge, { today: today() });
  // A page past the end (results that have since grown shorter) shows the top three's.
  const start = from < recommendation.destinations.length ? from : 0;
  await replyAll(ctx, renderFundingDetails(recommendation, view, start));
  await offerReminders(ctx, recommendation, { ...view, now: ctx.deps.now() });
}

export const resultsFeature = new Composer<BotContext>();

resultsFeature.command("results", async (ctx) => {
  const profile = ctx.session.profile;
  if (profile === undefined) {
    await ctx.reply(ctx.t("results-none"), { parse_mode: "HTML" });
    return;
  }
  const locale = (await ctx.i18n.getLocale()) as Locale;
  await sendResults(ctx, profile, { knowledge: ctx.deps.knowledge, t: ctx.t, locale });
});

resultsFeature.on("callback_query:data", async (ctx, next) => {
  const data = decodeCallback(ctx.callbackQuery.data);
  if (data?.kind === "result-details") {
    const profile = ctx.session.profile;
    if (profile === undefined) {
      await ctx.answerCallbackQuery({ text: ctx.t("results-none-short") });
      return;
    }
    const view = await renderContextOf(ctx);
    const recommendation = recommend(profile, view.knowledge, { today: view.today });
    const messages = renderDestinationDetails(recommendation, data.destination, view);
    if (messages.length === 0) {
      // A destination removed from the knowledge base since the results were sent.
      await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
      return;
    }
    await ctx.answerCallbackQuery();
    // Its funding button opens the funding view of the page the destination stands on.
    const position = recommendation.destinations.findIndex(
      (d) => d.destinationId === data.destination,
    );
    const page = Math.floor(position / SUMMARY_SIZE) * SUMMARY_SIZE;
    await replyAll(ctx, messages, detailsKeyboard(view.t, data.destination, page));
    return;
  }
  if (data?.kind !== "results" || data.action === "restart") return next();
  if (data.action === "language") {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("language-choose"), {
      reply_markup: languageKeyboard(ctx.session.locale),
    });
    return;
  }
  const profile = ctx.session.profile;
  if (profile === undefined) {
    await ctx.answerCallbackQuery({ text: ctx.t("results-none-short") });
    return;
  }
  await ctx.answerCallbackQuery();
  if (data.action === "funding") {
    await sendFundingDetails(ctx, profile, data.from);
    return;
  }
  const locale = (await ctx.i18n.getLocale()) as Locale;
  await sendResults(ctx, profile, {
    knowledge: ctx.deps.knowledge,
    t: ctx.t,
    locale,
    from: data.from,
  });
});
