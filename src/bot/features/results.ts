/**
 * Results: shown when the questionnaire ends, again on /results, and paged with "more".
 * Always recomputed from the saved profile, so a knowledge update shows at once.
 */
import { Composer, type Context } from "grammy";
import type { Knowledge, Locale } from "../../knowledge/schema.js";
import { recommend } from "../../recommend/index.js";
import type { Profile } from "../../recommend/profile.js";
import type { BotContext } from "../context.js";
import type { Translate } from "../i18n.js";
import { decodeCallback } from "../keyboards/callback-data.js";
import { languageKeyboard, resultsKeyboard } from "../keyboards/menus.js";
import { RESULTS_PAGE_SIZE, renderFundingDetails, renderResultsPage } from "../render/results.js";
import { offerReminders } from "./reminders.js";

/** Today's date for deadlines (UTC, as the knowledge base's dates are). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Sends one page of results; the last message carries the results keyboard. */
export async function sendResults(
  ctx: Context,
  profile: Profile,
  view: { knowledge: Knowledge; t: Translate; locale: Locale; from?: number },
): Promise<void> {
  const from = view.from ?? 0;
  const recommendation = recommend(profile, view.knowledge, { today: today() });
  const messages = renderResultsPage(recommendation, from, view);
  const next =
    from + RESULTS_PAGE_SIZE < recommendation.destinations.length
      ? from + RESULTS_PAGE_SIZE
      : undefined;
  for (const [i, text] of messages.entries()) {
    const last = i === messages.length - 1;
    await ctx.reply(text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(last ? { reply_markup: resultsKeyboard(view.t, next) } : {}),
    });
  }
}

async function sendFundingDetails(ctx: BotContext, profile: Profile): Promise<void> {
  const locale = await ctx.i18n.getLocale();
  const view = { knowledge: ctx.deps.knowledge, t: ctx.t, locale: locale as Locale };
  const recommendation = recommend(profile, ctx.deps.knowledge, { today: today() });
  for (const text of renderFundingDetails(recommendation, view)) {
    await ctx.reply(text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
  }
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
    await sendFundingDetails(ctx, profile);
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
