/**
 * /start and /language: greet, guess the language from Telegram, let the student choose, and
 * remember the choice in the session. A choice made during the questionnaire asks the current
 * question again in the new language.
 */
import { Composer } from "grammy";
import { safeEdit } from "../api/safe-edit.js";
import type { BotContext } from "../context.js";
import { decodeCallback } from "../keyboards/callback-data.js";
import { LANGUAGE_NAMES, languageKeyboard, startQuizKeyboard } from "../keyboards/menus.js";
import { QUESTIONNAIRE_ID } from "../quiz/conversation.js";
import type { QuizMessages } from "../quiz/question-messages.js";
import { QUESTIONS } from "../quiz/questions.js";
import { openDeepLink } from "./deep-link.js";

export interface LanguageFeatureDeps {
  /** The questionnaire's messages, to ask the current question again in the new language. */
  quiz: QuizMessages;
}

export function createLanguageFeature(deps: LanguageFeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command("start", async (ctx) => {
    // t.me/<bot>?start=<payload>: a country's card or shared results, else the welcome.
    const payload = ctx.match.trim();
    if (payload !== "" && (await openDeepLink(ctx, payload))) return;
    await ctx.reply(ctx.t("welcome", { count: QUESTIONS.length }), {
      parse_mode: "HTML",
      reply_markup: languageKeyboard(ctx.session.locale),
    });
  });

  feature.command("language", async (ctx) => {
    await ctx.reply(ctx.t("language-choose"), {
      reply_markup: languageKeyboard(ctx.session.locale),
    });
  });

  feature.on("callback_query:data", async (ctx, next) => {
    const data = decodeCallback(ctx.callbackQuery.data);
    if (data?.kind !== "lang") return next();
    await ctx.answerCallbackQuery({ text: LANGUAGE_NAMES[data.locale] });
    // The language already chosen: nothing to change, nothing to send.
    if (ctx.session.locale === data.locale) return;
    ctx.session.locale = data.locale;
    ctx.i18n.useLocale(data.locale);
    // The language message becomes a record of the choice, the new language ticked.
    const message = ctx.callbackQuery.message;
    if (message !== undefined && ctx.chat !== undefined) {
      await safeEdit(
        ctx,
        { chatId: ctx.chat.id, messageId: message.message_id },
        { keyboard: languageKeyboard(data.locale) },
      ).catch(() => undefined);
    }
    const position = ctx.session.quiz;
    if (position !== undefined && ctx.conversation.active(QUESTIONNAIRE_ID) > 0) {
      await deps.quiz.askAgain(ctx, position, ctx.t("language-set-in-quiz"));
      return;
    }
    await ctx.reply(ctx.t(ctx.session.profile ? "language-set-with-results" : "language-set"), {
      parse_mode: "HTML",
      reply_markup: startQuizKeyboard(ctx.t),
    });
  });

  return feature;
}
