/**
 * The questionnaire feature: `/quiz`, the Start button and "Start over" all begin a fresh run.
 * The trigger is handled twice on purpose: before the conversation middleware (to end a run in
 * progress, which would otherwise swallow the command) and after it (to enter the new run, which
 * needs the conversation registered for this update).
 */
import { createConversation } from "@grammyjs/conversations";
import { Composer, type Context, type Middleware } from "grammy";
import type { Knowledge, Locale } from "../../knowledge/schema.js";
import type { BotContext, QuizContext } from "../context.js";
import type { Translate } from "../i18n.js";
import { decodeCallback } from "../keyboards/callback-data.js";
import { createQuestionnaire, QUESTIONNAIRE_ID } from "../quiz/conversation.js";
import { sendResults } from "./results.js";

export interface QuestionnaireFeatureDeps {
  knowledge: Knowledge;
  translator: (locale: Locale) => Translate;
  /** API plugins for the contexts inside the conversation (they do not inherit `bot.api`'s). */
  conversationPlugins: Middleware<QuizContext>[];
  /**
   * Called after a run completes and its results were sent, with the outer context (where the
   * session is readable, unlike inside the conversation): the consent question and counting.
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

  feature.filter(isQuizTrigger, async (ctx, next) => {
    await ctx.conversation.exitAll();
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

  feature.use(
    createConversation(
      createQuestionnaire({
        knowledge: deps.knowledge,
        translator: deps.translator,
        onComplete: async (ctx, profile, t, locale) => {
          await ctx.reply(t("quiz-finished"), { parse_mode: "HTML" });
          await sendResults(ctx, profile, { knowledge: deps.knowledge, t, locale });
        },
      }),
      { id: QUESTIONNAIRE_ID, plugins: deps.conversationPlugins },
    ),
  );

  feature.filter(isQuizTrigger, async (ctx) => {
    await ctx.conversation.enter(QUESTIONNAIRE_ID);
  });

  return feature;
}
