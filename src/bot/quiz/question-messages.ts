/**
 * What the questionnaire does in the chat: show a question, settle an answer, turn a wrong one
 * away, and bring the chat back in line with the stored state when they disagree. Each runs with
 * the update's own context, called through `conversation.external` (so a replay skips it and only
 * its small result is logged) or from the stray-input middleware.
 *
 * One rule keeps a step all or nothing for the student: a change that shows an answer as taken
 * (the "✅" record, Back's redrawn question) is made only after the session is stored
 * (`ctx.afterSave`). A new message is sent before, because its id must be stored; if the store
 * then fails, that message is an orphan, and the next tap on it repairs the chat.
 */
import type { Locale, Rates } from "../../knowledge/schema.js";
import { safeEdit } from "../api/safe-edit.js";
import type { BotContext, QuizPosition } from "../context.js";
import { localeOf, type Translate } from "../i18n.js";
import { QUESTIONS, type Question, questionsFor } from "./questions.js";
import { type QuestionView, renderAnswered, renderQuestion } from "./render-question.js";

export interface QuizMessagesDeps {
  translator: (locale: Locale) => Translate;
  rates?: Rates;
}

/** The questions of the run at `position`: the main ones and the follow-ups it asks. */
export function questionsAt(position: QuizPosition): readonly Question[] {
  return position.followUps === undefined ? QUESTIONS : questionsFor(position.followUps);
}

/** What the session keeps of a position: where the run is, the message showing it, the ticks. */
function remembered(
  position: QuizPosition,
  message: number | undefined,
  selected: readonly number[] | undefined,
): QuizPosition {
  return {
    run: position.run,
    step: position.step,
    ...(position.followUps === undefined ? {} : { followUps: position.followUps }),
    ...(message === undefined ? {} : { message }),
    ...(selected === undefined || selected.length === 0 ? {} : { selected: [...selected] }),
  };
}

export function createQuizMessages(deps: QuizMessagesDeps) {
  const { rates, translator } = deps;
  const translate = (ctx: BotContext) => translator(localeOf(ctx));

  /** The question at `position` in the student's language of this moment, with `selected` ticked. */
  function view(
    ctx: BotContext,
    position: QuizPosition,
    selected?: readonly number[],
  ): QuestionView {
    return renderQuestion(position.step, position.run, translate(ctx), {
      ...(rates ? { rates } : {}),
      ...(selected === undefined ? {} : { selected }),
      questions: questionsAt(position),
    });
  }

  /**
   * Sends the question at `position` as a new message (under `hint`, if given) and remembers it
   * in the session. Returns the message's id.
   */
  async function showQuestion(
    ctx: BotContext,
    position: QuizPosition,
    options: { selected?: readonly number[]; hint?: string } = {},
  ): Promise<number> {
    const shown = view(ctx, position, options.selected);
    const text = options.hint === undefined ? shown.text : `${options.hint}\n\n${shown.text}`;
    const sent = await ctx.reply(text, { parse_mode: "HTML", reply_markup: shown.keyboard });
    ctx.session.quiz = remembered(position, sent.message_id, options.selected);
    return sent.message_id;
  }

  /**
   * Back: the message the student pressed Back on shows the earlier question again, with the
   * earlier answer ticked. The session takes the step now; the message changes once it is stored,
   * so a lost step leaves the question the session still has on screen.
   */
  async function showInPlace(
    ctx: BotContext,
    position: QuizPosition,
    messageId: number | undefined,
    selected: readonly number[] | undefined,
  ): Promise<void> {
    const chatId = ctx.chat?.id;
    if (messageId === undefined || chatId === undefined) {
      await showQuestion(ctx, position, selected === undefined ? {} : { selected });
      return;
    }
    ctx.session.quiz = remembered(position, messageId, selected);
    const shown = view(ctx, position, selected);
    ctx.afterSave(() =>
      safeEdit(ctx, { chatId, messageId }, { html: shown.text, keyboard: shown.keyboard }),
    );
  }

  /**
   * Turns the answered question's message into a record of the answer, without buttons, once the
   * answer is stored. Another copy of the same question still showing buttons loses them too.
   */
  function settleAnswer(
    ctx: BotContext,
    position: QuizPosition,
    chosen: readonly number[],
    messageId: number | undefined,
  ): void {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    const otherCopy = ctx.session.quiz?.message;
    const record = renderAnswered(position.step, chosen, translate(ctx), {
      ...(rates ? { rates } : {}),
      questions: questionsAt(position),
    });
    ctx.afterSave(async () => {
      if (messageId !== undefined) {
        await safeEdit(ctx, { chatId, messageId }, { html: record });
      }
      if (otherCopy !== undefined && otherCopy !== messageId) {
        await stripButtons(ctx, otherCopy);
      }
    });
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

  /** A button of a question that is not the one on screen now: "closed", and nothing changes. */
  async function refuseStale(ctx: BotContext): Promise<void> {
    await ctx.answerCallbackQuery({ text: translate(ctx)("quiz-stale-button") });
  }

  /**
   * Re-renders a multi-choice question with the options now ticked (or refuses one too many),
   * and keeps the ticks in the session so a redrawn question shows them too.
   */
  async function showToggled(
    ctx: BotContext,
    position: QuizPosition,
    ticked: readonly number[],
  ): Promise<void> {
    const question = questionsAt(position)[position.step];
    if (question?.kind !== "multi") return refuseAnswer(ctx, question);
    const selected = ticked.filter((i) => i < question.options.length);
    if (selected.length > question.max) return refuseAnswer(ctx, question);
    await ctx.answerCallbackQuery();
    const messageId = ctx.callbackQuery?.message?.message_id;
    const chatId = ctx.chat?.id;
    // A double tap: the first tap already shows these ticks (the message a tap comes with is the
    // one the student saw when tapping, so it cannot tell).
    if (messageId === position.message && sameOptions(selected, position.selected ?? [])) return;
    ctx.session.quiz = remembered(position, position.message, selected);
    if (messageId === undefined || chatId === undefined) return;
    // Only the ticks change: the text stays, so only the keyboard is sent.
    await safeEdit(
      ctx,
      { chatId, messageId },
      { keyboard: view(ctx, position, selected).keyboard },
    );
  }

  /**
   * The question again, under the student's message, with their ticks: after stray text (with a
   * hint to use the buttons), after a language change, after a lost step. The earlier copy loses
   * its buttons, so one question stays live.
   */
  async function askAgain(ctx: BotContext, position: QuizPosition, hint?: string): Promise<void> {
    const previous = position.message;
    await showQuestion(ctx, position, {
      hint: hint ?? translate(ctx)("quiz-use-buttons"),
      ...(position.selected === undefined ? {} : { selected: position.selected }),
    });
    if (previous !== undefined) await stripButtons(ctx, previous);
  }

  /**
   * A tap on the message the session says shows the current question, on a button of another
   * question of the run: the message shows something else than the stored state (a redraw that
   * failed after the step was stored). It is redrawn in place with the current question.
   */
  async function redraw(ctx: BotContext, position: QuizPosition): Promise<void> {
    await refuseStale(ctx);
    const chatId = ctx.chat?.id;
    if (position.message === undefined || chatId === undefined) return;
    const shown = view(ctx, position, position.selected);
    await safeEdit(
      ctx,
      { chatId, messageId: position.message },
      { html: shown.text, keyboard: shown.keyboard },
    );
  }

  /**
   * A tap on a later question of the run than the stored one: that question was sent for an
   * answer that was never stored (the store failed or the process died right after). The student
   * is told, and gets the stored question again with live buttons; the orphan loses its buttons.
   */
  async function repairLostStep(ctx: BotContext, position: QuizPosition): Promise<void> {
    await ctx.answerCallbackQuery();
    await askAgain(ctx, position, translate(ctx)("quiz-answer-not-saved"));
    const orphan = ctx.callbackQuery?.message?.message_id;
    if (orphan !== undefined && orphan !== position.message) await stripButtons(ctx, orphan);
  }

  /** Only tidying: a copy the student deleted, or one too old to edit, changes nothing. */
  async function stripButtons(ctx: BotContext, messageId: number): Promise<void> {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    await safeEdit(ctx, { chatId, messageId }, {}).catch(() => undefined);
  }

  return {
    showQuestion,
    showInPlace,
    settleAnswer,
    refuseAnswer,
    refuseStale,
    showToggled,
    askAgain,
    redraw,
    repairLostStep,
    stripButtons,
    translate,
  };
}

export type QuizMessages = ReturnType<typeof createQuizMessages>;

function sameOptions(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((option) => b.includes(option));
}
