/**
 * The questionnaire feature: `/quiz`, the Start button and "Start over" all begin a fresh run.
 * The trigger is handled twice on purpose: before the conversation middleware (to end a run in
 * progress, which would otherwise swallow the command) and after it (to enter the new run, which
 * needs the conversation registered for this update).
 */
import { createConversation } from "@grammyjs/conversations";
import { Composer, type Context } from "grammy";
import type { Knowledge } from "../../knowledge/schema.js";
import type { BotContext, QuizContext } from "../context.js";
import { localeOf } from "../i18n.js";
import { decodeCallback } from "../keyboards/callback-data.js";
import { createQuestionnaire, QUESTIONNAIRE_ID } from "../quiz/conversation.js";
import type { QuizMessages } from "../quiz/question-messages.js";
import { strayInput } from "../quiz/stray-input.js";
import { sendResults } from "./results.js";

export interface QuestionnaireFeatureDeps {
  knowledge: Knowledge;
  /** What the questionnaire shows in the chat (shared with /language, which redraws it). */
  messages: QuizMessages;
  /**
   * Called after a run completes and its results were sent: the consent question and counting.
   */
  onCompleted?: (ctx: BotContext) => Promise<void>;
}

function isQuizTrigger(ctx: Context): boolean {
  if (ctx.hasCommand("quiz")) return true;
  const data = decodeCallback(ctx.callbackQuery?.data);
  return data?.kind === "start-quiz" || (data?.kind === "results" && data.action === "restart");
}

export function createQuestionnaireFeature(deps: QuestionnaireFeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { messages } = deps;

  feature.filter(isQuizTrigger, async (ctx, next) => {
    await ctx.conversation.exitAll();
    // The run it replaces keeps no live button: one questionnaire on screen at a time.
    const replaced = ctx.session.quiz?.message;
    if (replaced !== undefined) ctx.afterSave(() => messages.stripButtons(ctx, replaced));
    delete ctx.session.quiz;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await next();
  });

  // A completed run saves a new profile during this update; follow up once the results are out.
  feature.use(async (ctx, next) => {
    if (deps.onCompleted === undefined || ctx.chat === undefined) return next();
    const before = ctx.session.profile;
    await next();
    const after = ctx.session?.profile;
    if (after !== undefined && after !== before) await deps.onCompleted(ctx);
  });

  feature.use(strayInput(messages));

  feature.use(
    createConversation<BotContext, QuizContext>(
      createQuestionnaire({
        knowledge: deps.knowledge,
        messages,
        onComplete: async (ctx, profile) => {
          const t = messages.translate(ctx);
          await ctx.reply(t("quiz-finished"), { parse_mode: "HTML" });
          await sendResults(ctx, profile, { knowledge: deps.knowledge, t, locale: localeOf(ctx) });
        },
      }),
      // No plugins: the conversation makes no API calls through its own contexts (they run in
      // `external` with the update's context, whose API has auto-retry and the other transformers).
      { id: QUESTIONNAIRE_ID },
    ),
  );

  feature.filter(isQuizTrigger, async (ctx) => {
    await ctx.conversation.enter(QUESTIONNAIRE_ID);
  });

  return feature;
}
