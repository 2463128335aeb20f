/**
 * /start and /language: greet, guess the language from Telegram, let the student choose, and
 * remember the choice in the session.
 */
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { decodeCallback } from "../keyboards/callback-data.js";
import { LANGUAGE_NAMES, languageKeyboard, startQuizKeyboard } from "../keyboards/menus.js";
import { openDeepLink } from "./deep-link.js";

export const languageFeature = new Composer<BotContext>();

languageFeature.command("start", async (ctx) => {
  // t.me/<bot>?start=<payload>: a country's card or shared results, else the welcome.
  const payload = ctx.match.trim();
  if (payload !== "" && (await openDeepLink(ctx, payload))) return;
  await ctx.reply(ctx.t("welcome"), {
    parse_mode: "HTML",
    reply_markup: languageKeyboard(ctx.session.locale),
  });
});

languageFeature.command("language", async (ctx) => {
  await ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard(ctx.session.locale) });
});

languageFeature.on("callback_query:data", async (ctx, next) => {
  const data = decodeCallback(ctx.callbackQuery.data);
  if (data?.kind !== "lang") return next();
  ctx.session.locale = data.locale;
  ctx.i18n.useLocale(data.locale);
  await ctx.answerCallbackQuery({ text: LANGUAGE_NAMES[data.locale] });
  // The language message becomes a record of the choice; its buttons are no longer needed.
  await ctx
    .editMessageReplyMarkup({ reply_markup: languageKeyboard(data.locale) })
    .catch(() => undefined);
  const inQuestionnaire = Object.keys(await ctx.conversation.active()).length > 0;
  if (inQuestionnaire) {
    await ctx.reply(ctx.t("language-set-in-quiz"), { parse_mode: "HTML" });
    return;
  }
  await ctx.reply(ctx.t(ctx.session.profile ? "language-set-with-results" : "language-set"), {
    parse_mode: "HTML",
    reply_markup: startQuizKeyboard(ctx.t),
  });
});
