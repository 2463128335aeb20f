/**
 * The questionnaire as a grammY conversation (v2). The builder is replayed from the top on every
 * update, so everything that is not the same on replay goes through `conversation.external` or
 * `conversation.random`, and every wait is bounded.
 *
 * Multi-select toggles are answered in `otherwise` (outside the replay log): the selection lives in
 * the buttons' own callback data, so toggling costs no stored state and the Done button carries it.
 */
import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { Knowledge, Locale } from "../../knowledge/schema.js";
import { pendingQuestions } from "../../recommend/index.js";
import { Profile } from "../../recommend/profile.js";
import type { BotContext, QuizContext } from "../context.js";
import { guessLocale, type Translate } from "../i18n.js";
import { decodeCallback, maskToIndexes, type QuizAnswer } from "../keyboards/callback-data.js";
import { QUESTIONS, type Question, questionsFor } from "./questions.js";
import { renderAnswered, renderQuestion } from "./render-question.js";

export const QUESTIONNAIRE_ID = "questionnaire";

/** More turns than any honest run needs (8 answers, a few Backs); a bound instead of `while (true)`. */
const MAX_TURNS = 60;

/** Unfinished questionnaires are dropped after a week of silence. */
const MAX_WAIT_MS = 7 * 24 * 60 * 60 * 1000;

export interface QuestionnaireDeps {
  knowledge: Knowledge;
  translator: (locale: Locale) => Translate;
  /** Called with the finished profile, still inside the conversation, to show the results. */
  onComplete: (ctx: Context, profile: Profile, t: Translate, locale: Locale) => Promise<void>;
}

type Answers = Partial<Record<keyof Profile, unknown>>;

function quizData(ctx: Context): QuizAnswer | undefined {
  const data = decodeCallback(ctx.callbackQuery?.data);
  return data?.kind === "quiz" ? data : undefined;
}

/** Builds the conversation function, closing over the knowledge and the translator. */
export function createQuestionnaire(deps: QuestionnaireDeps) {
  const rates = deps.knowledge.rates;

  return async function questionnaire(
    conversation: Conversation<BotContext, QuizContext>,
    ctx: QuizContext,
  ): Promise<void> {
    const run = Math.floor((await conversation.random()) * 36 ** 5)
      .toString(36)
      .padStart(5, "0");
    const answers: Answers = {};
    let step = 0;
    /** The message that shows the current question; undefined when a new one must be sent. */
    let questionMessage: number | undefined;

    // The locale is read at every step, live, so /language in the middle takes effect at once.
    const currentLocale = () =>
      conversation.external(
        (outer) => outer.session.locale ?? guessLocale(outer.from?.language_code),
      );

    // Follow-ups (work experience, age) are asked only when a route in the student's top results
    // depends on them. Derived from the answers alone, so the list is the same on every replay.
    const questionsNow = (): readonly Question[] => {
      if (step < QUESTIONS.length) return QUESTIONS;
      // From the main answers only: answering a follow-up must not shrink the list under our feet.
      const draft = Profile.safeParse(
        Object.fromEntries(QUESTIONS.map((q) => [q.key, answers[q.key]])),
      );
      return draft.success ? questionsFor(pendingQuestions(draft.data, deps.knowledge)) : QUESTIONS;
    };

    for (let turn = 0; turn < MAX_TURNS; turn++) {
      const questions = questionsNow();
      if (step >= questions.length) break;
      const locale = await currentLocale();
      const t = deps.translator(locale);
      const question = questions[step];
      if (question === undefined) break;
      const view = renderQuestion(step, run, t, { rates, questions });
      if (questionMessage === undefined) {
        const sent = await ctx.reply(view.text, {
          parse_mode: "HTML",
          reply_markup: view.keyboard,
        });
        questionMessage = sent.message_id;
      } else {
        await editQuietly(ctx, questionMessage, view.text, view.keyboard);
      }

      const currentStep = step;
      const answer = await conversation.waitUntil(
        (update) => {
          const data = quizData(update);
          return (
            data !== undefined &&
            data.run === run &&
            data.step === currentStep &&
            data.action !== "toggle"
          );
        },
        {
          maxMilliseconds: MAX_WAIT_MS,
          otherwise: (stray) => answerStray(stray, { run, step: currentStep, t, rates, questions }),
        },
      );
      const data = quizData(answer) as QuizAnswer;
      const pressed = answer.callbackQuery?.message?.message_id;

      if (data.action === "back") {
        await answer.answerCallbackQuery();
        step = Math.max(0, step - 1);
        questionMessage = pressed;
        continue;
      }

      let chosen: number[];
      if (question.kind === "multi") {
        chosen = maskToIndexes(data.value).filter((i) => i < question.options.length);
        if (chosen.length < question.min || chosen.length > question.max) {
          await answer.answerCallbackQuery({
            text: t("quiz-choose-between", { min: question.min, max: question.max }),
            show_alert: true,
          });
          questionMessage = pressed;
          continue;
        }
        answers[question.key] = chosen.map((i) => question.options[i]?.value);
      } else {
        const index = Number(data.value);
        const option = question.options[index];
        if (option === undefined) {
          await answer.answerCallbackQuery({ text: t("quiz-stale-button") });
          questionMessage = pressed;
          continue;
        }
        chosen = [index];
        answers[question.key] = option.value;
      }
      await answer.answerCallbackQuery();
      if (pressed !== undefined)
        await editQuietly(
          answer,
          pressed,
          renderAnswered(step, chosen, t, { ...(rates ? { rates } : {}), questions }),
        );
      questionMessage = undefined;
      step++;
    }

    const profile = Profile.safeParse(answers);
    const locale = await currentLocale();
    const t = deps.translator(locale);
    if (!profile.success) {
      // Only reachable by exhausting MAX_TURNS; say so instead of ending in silence.
      await ctx.reply(t("quiz-too-long"), { parse_mode: "HTML" });
      return;
    }
    await conversation.external((outer) => {
      outer.session.profile = profile.data;
    });
    await deps.onComplete(ctx, profile.data, t, locale);
  };
}

interface StrayContext {
  run: string;
  step: number;
  t: Translate;
  rates: Knowledge["rates"];
  questions: readonly Question[];
}

/**
 * Anything that is not an answer to the current question: toggles (handled here so they stay
 * out of the replay log), buttons from older messages, and text, stickers or photos.
 */
async function answerStray(
  stray: Context,
  { run, step, t, rates, questions }: StrayContext,
): Promise<void> {
  const data = quizData(stray);
  if (stray.callbackQuery !== undefined) {
    if (data !== undefined && data.run === run && data.step === step && data.action === "toggle") {
      const question = questions[step];
      const selected = maskToIndexes(data.value).filter((i) => i < (question?.options.length ?? 0));
      if (question?.kind === "multi" && selected.length > question.max) {
        await stray.answerCallbackQuery({
          text: t("quiz-choose-between", { min: question.min, max: question.max }),
          show_alert: true,
        });
        return;
      }
      const view = renderQuestion(step, run, t, { rates, selected, questions });
      await stray.answerCallbackQuery();
      const messageId = stray.callbackQuery.message?.message_id;
      if (messageId !== undefined) await editQuietly(stray, messageId, view.text, view.keyboard);
      return;
    }
    // A button of an answered question, an earlier run, or another feature's old message.
    await stray.answerCallbackQuery({ text: t("quiz-stale-button") });
    return;
  }
  if (stray.message === undefined) return;
  const view = renderQuestion(step, run, t, { rates, questions });
  await stray.reply(`${t("quiz-use-buttons")}\n\n${view.text}`, {
    parse_mode: "HTML",
    reply_markup: view.keyboard,
  });
}

/**
 * Edits a question message. A repeated edit to the same text ("message is not modified") is
 * turned into success by the `ignoreNotModified` API transformer, not here.
 */
async function editQuietly(
  ctx: Context,
  messageId: number,
  text: string,
  keyboard?: import("grammy").InlineKeyboard,
): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  await ctx.api.editMessageText(chatId, messageId, text, {
    parse_mode: "HTML",
    ...(keyboard ? { reply_markup: keyboard } : {}),
  });
}
