/**
 * What the questionnaire does in the chat: show a question, settle an answer, turn a wrong one
 * away. Each runs with the update's own context, called through `conversation.external` (so a
 * replay skips it and only its small result is logged) or from the stray-input middleware.
 */
import type { InlineKeyboard } from "grammy";
import type { Locale, Rates } from "../../knowledge/schema.js";
import type { BotContext, QuizPosition } from "../context.js";
import { localeOf, type Translate } from "../i18n.js";
import { QUESTIONS, type Question, questionsFor } from "./questions.js";
import { renderAnswered, renderQuestion } from "./render-question.js";

export interface QuizMessagesDeps {
  translator: (locale: Locale) => Translate;
  rates?: Rates;
}

/** The questions of the run at `position`: the main ones and the follow-ups it asks. */
export function questionsAt(position: QuizPosition): readonly Question[] {
  return position.followUps === undefined ? QUESTIONS : questionsFor(position.followUps);
}

export function createQuizMessages(deps: QuizMessagesDeps) {
  const { rates, translator } = deps;
  const translate = (ctx: BotContext) => translator(localeOf(ctx));

  /**
   * Shows the question at `position` (in the student's language of this moment, so /language in
   * the middle takes effect at once): edits `messageId` when given, otherwise sends a new message.
   * Remembers the position in the session. Returns the id of the message showing the question.
   */
  async function showQuestion(
    ctx: BotContext,
    position: QuizPosition,
    messageId?: number,
  ): Promise<number | undefined> {
    const view = renderQuestion(position.step, position.run, translate(ctx), {
      ...(rates ? { rates } : {}),
      questions: questionsAt(position),
    });
    let shownIn = messageId;
    if (shownIn === undefined) {
      const sent = await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
      shownIn = sent.message_id;
    } else {
      await editQuestion(ctx, shownIn, view.text, view.keyboard);
    }
    ctx.session.quiz = { ...position, message: shownIn };
    return shownIn;
  }

  /** Acknowledges the answer and turns the question's message into a record without buttons. */
  async function settleAnswer(
    ctx: BotContext,
    position: QuizPosition,
    chosen: readonly number[],
    messageId: number | undefined,
  ): Promise<void> {
    await ctx.answerCallbackQuery();
    if (messageId === undefined) return;
    const text = renderAnswered(position.step, chosen, translate(ctx), {
      ...(rates ? { rates } : {}),
      questions: questionsAt(position),
    });
    await editQuestion(ctx, messageId, text);
  }

  /** Tells the student why the tap did not count (too few or too many options, a stale option). */
  async function refuseAnswer(ctx: BotContext, question: Question | undefined): Promise<void> {
    const t = translate(ctx);
    await ctx.answerCallbackQuery(
      question?.kind === "multi"
        ? {
            text: t("quiz-choose-between", { min: question.min, max: question.max }),
            show_alert: true,
          }
        : { text: t("quiz-stale-button") },
    );
  }

  /** Re-renders a multi-choice question with the options now ticked (or refuses one too many). */
  async function showToggled(
    ctx: BotContext,
    position: QuizPosition,
    ticked: readonly number[],
  ): Promise<void> {
    const question = questionsAt(position)[position.step];
    if (question?.kind !== "multi") return refuseAnswer(ctx, question);
    const selected = ticked.filter((i) => i < question.options.length);
    if (selected.length > question.max) return refuseAnswer(ctx, question);
    const view = renderQuestion(position.step, position.run, translate(ctx), {
      ...(rates ? { rates } : {}),
      selected,
      questions: questionsAt(position),
    });
    await ctx.answerCallbackQuery();
    // Only the ticks change: the text stays, so only the keyboard is sent.
    const messageId = ctx.callbackQuery?.message?.message_id;
    const chatId = ctx.chat?.id;
    if (messageId === undefined || chatId === undefined) return;
    await ctx.api.editMessageReplyMarkup(chatId, messageId, { reply_markup: view.keyboard });
  }

  /**
   * Text, a sticker or a photo where a button is expected: a hint and the question again, under
   * the student's message. The earlier copy loses its buttons, so one question stays live.
   */
  async function askAgain(ctx: BotContext, position: QuizPosition): Promise<void> {
    const t = translate(ctx);
    const view = renderQuestion(position.step, position.run, t, {
      ...(rates ? { rates } : {}),
      questions: questionsAt(position),
    });
    const sent = await ctx.reply(`${t("quiz-use-buttons")}\n\n${view.text}`, {
      parse_mode: "HTML",
      reply_markup: view.keyboard,
    });
    ctx.session.quiz = { ...position, message: sent.message_id };
    const chatId = ctx.chat?.id;
    if (position.message === undefined || chatId === undefined) return;
    // Only tidying: a copy the student deleted, or one too old to edit, changes nothing.
    await ctx.api
      .editMessageReplyMarkup(chatId, position.message, { reply_markup: { inline_keyboard: [] } })
      .catch(() => undefined);
  }

  return { showQuestion, settleAnswer, refuseAnswer, showToggled, askAgain, translate };
}

export type QuizMessages = ReturnType<typeof createQuizMessages>;

/**
 * Edits a question message. A repeated edit to the same text ("message is not modified") is
 * turned into success by the `ignoreNotModified` API transformer, not here.
 */
async function editQuestion(
  ctx: BotContext,
  messageId: number,
  text: string,
  keyboard?: InlineKeyboard,
): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  await ctx.api.editMessageText(chatId, messageId, text, {
    parse_mode: "HTML",
    ...(keyboard ? { reply_markup: keyboard } : {}),
  });
}
