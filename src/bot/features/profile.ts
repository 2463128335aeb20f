/**
 * /profile: the saved answers with a "change" button each. Changing one asks only that question
 * (buttons; multi-choice with toggles and Done), saves the profile and sends the recomputed
 * results. Plain callback handlers, outside the questionnaire conversation: the question's
 * position and the selection so far travel in the buttons' callback data. A student who agreed
 * to anonymous counting is counted with the changed answers, as after a re-take.
 */
import { Composer } from "grammy";
import type { InsightStore } from "../../insight/store.js";
import { pendingQuestions } from "../../recommend/index.js";
import { Profile } from "../../recommend/profile.js";
import { editPressedMessage, safeEdit } from "../api/safe-edit.js";
import type { BotContext } from "../context.js";
import { countAnswers } from "../insight.js";
import { decodeCallback, maskToIndexes } from "../keyboards/callback-data.js";
import { QUESTIONS } from "../quiz/questions.js";
import {
  currentIndexes,
  EDITABLE_QUESTIONS,
  renderEditAnswered,
  renderEditQuestion,
  renderProfile,
} from "../render/profile.js";
import { renderContextOf } from "./reply.js";
import { sendResults } from "./results.js";

export async function sendProfile(ctx: BotContext): Promise<void> {
  const profile = ctx.session.profile;
  if (profile === undefined) {
    await ctx.reply(ctx.t("profile-none", { count: QUESTIONS.length }), { parse_mode: "HTML" });
    return;
  }
  const view = renderProfile(profile, ctx.t, {
    ...(ctx.deps.knowledge.rates ? { rates: ctx.deps.knowledge.rates } : {}),
    pending: pendingQuestions(profile, ctx.deps.knowledge),
  });
  await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
}

async function askQuestion(
  ctx: BotContext,
  index: number,
  selected: readonly number[],
  mode: { edit: boolean; hint?: string },
): Promise<void> {
  const rates = ctx.deps.knowledge.rates;
  const view = renderEditQuestion(index, selected, ctx.t, {
    ...(rates ? { rates } : {}),
    ...(mode.hint !== undefined ? { hint: mode.hint } : {}),
  });
  if (view === undefined) return;
  const messageId = ctx.callbackQuery?.message?.message_id;
  if (mode.edit && messageId !== undefined && ctx.chat !== undefined) {
    await safeEdit(
      ctx,
      { chatId: ctx.chat.id, messageId },
      { html: view.text, keyboard: view.keyboard },
    );
    return;
  }
  await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
}

export interface ProfileFeatureDeps {
  insight: InsightStore;
}

/** Saves a changed answer, then asks a follow-up it made relevant, or shows the new results. */
async function saveAnswer(
  ctx: BotContext,
  index: number,
  chosen: number[],
  deps: ProfileFeatureDeps,
): Promise<void> {
  const question = EDITABLE_QUESTIONS[index];
  const profile = ctx.session.profile;
  if (question === undefined || profile === undefined) return;
  const values = chosen.map((i) => question.options[i]?.value);
  const value = question.kind === "multi" ? values : values[0];
  const parsed = Profile.safeParse({ ...profile, [question.key]: value });
  if (!parsed.success) {
    await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    return;
  }
  await ctx.answerCallbackQuery();
  ctx.session.profile = parsed.data;
  const messageId = ctx.callbackQuery?.message?.message_id;
  const chatId = ctx.chat?.id;
  if (messageId !== undefined && chatId !== undefined) {
    // Shown as changed once it is stored, as the questionnaire's answers are.
    const record = renderEditAnswered(index, chosen, ctx.t, ctx.deps.knowledge.rates);
    ctx.afterSave(() => safeEdit(ctx, { chatId, messageId }, { html: record }));
  }
  // A new answer can bring a scholarship with an age limit or a work-experience rule into the
  // top results: ask that one question too, as the questionnaire would, before the results.
  const followUp = pendingQuestions(parsed.data, ctx.deps.knowledge)[0];
  if (followUp !== undefined) {
    const followUpIndex = EDITABLE_QUESTIONS.findIndex((q) => q.key === followUp);
    await askQuestion(ctx, followUpIndex, [], {
      edit: false,
      hint: ctx.t("quiz-follow-up-hint"),
    });
    return;
  }
  await ctx.reply(ctx.t("profile-updated"), { parse_mode: "HTML" });
  const view = await renderContextOf(ctx);
  await sendResults(ctx, parsed.data, view);
  await countAnswers(ctx, deps.insight);
}

export function createProfileFeature(deps: ProfileFeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("profile", sendProfile);
  feature.on("callback_query:data", (ctx, next) => onProfileButton(ctx, next, deps));
  return feature;
}

async function onProfileButton(
  ctx: BotContext & { callbackQuery: { data: string } },
  next: () => Promise<void>,
  deps: ProfileFeatureDeps,
): Promise<void> {
  const data = decodeCallback(ctx.callbackQuery.data);
  if (data?.kind !== "profile") return next();
  const profile = ctx.session.profile;
  if (profile === undefined) {
    await ctx.answerCallbackQuery({ text: ctx.t("results-none-short") });
    return;
  }
  const question = EDITABLE_QUESTIONS[data.question];
  const options = question?.options.length ?? 0;
  const selected = maskToIndexes(data.value).filter((i) => i < options);

  switch (data.action) {
    case "show":
      await ctx.answerCallbackQuery();
      await sendProfile(ctx);
      return;
    case "cancel":
      await ctx.answerCallbackQuery();
      await editPressedMessage(ctx, { html: ctx.t("profile-edit-cancelled") });
      return;
    case "edit":
      if (question === undefined) break;
      await ctx.answerCallbackQuery();
      await askQuestion(ctx, data.question, currentIndexes(question, profile), { edit: false });
      return;
    case "toggle":
      if (question?.kind !== "multi") break;
      if (selected.length > question.max) {
        await ctx.answerCallbackQuery({
          text: ctx.t("quiz-choose-between", { min: question.min, max: question.max }),
          show_alert: true,
        });
        return;
      }
      await ctx.answerCallbackQuery();
      await askQuestion(ctx, data.question, selected, { edit: true });
      return;
    case "done":
      if (question?.kind !== "multi") break;
      if (selected.length < question.min || selected.length > question.max) {
        await ctx.answerCallbackQuery({
          text: ctx.t("quiz-choose-between", { min: question.min, max: question.max }),
          show_alert: true,
        });
        return;
      }
      await saveAnswer(ctx, data.question, selected, deps);
      return;
    case "answer": {
      const option = data.value === "" ? -1 : Number(data.value);
      if (question?.kind !== "single" || question.options[option] === undefined) break;
      await saveAnswer(ctx, data.question, [option], deps);
      return;
    }
  }
  // A question or option that no longer exists (an old message, or forged data).
  await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
}
