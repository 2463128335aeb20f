/** /help and /cancel: what Bagdar does and how to stop the questionnaire. */
import { Composer } from "grammy";
import { safeEdit } from "../api/safe-edit.js";
import type { BotContext } from "../context.js";
import { QUESTIONS } from "../quiz/questions.js";

export const helpFeature = new Composer<BotContext>();

helpFeature.command("help", async (ctx) => {
  await ctx.reply(ctx.t("help", { count: QUESTIONS.length }), {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
  });
});

helpFeature.command("cancel", async (ctx) => {
  const active = Object.keys(await ctx.conversation.active()).length > 0;
  await ctx.conversation.exitAll();
  // The stopped question keeps no live buttons.
  const shown = ctx.session.quiz?.message;
  const chatId = ctx.chat.id;
  if (shown !== undefined) {
    ctx.afterSave(() => safeEdit(ctx, { chatId, messageId: shown }, {}).catch(() => undefined));
  }
  delete ctx.session.quiz;
  await ctx.reply(ctx.t(active ? "cancel-done" : "cancel-nothing"), { parse_mode: "HTML" });
});
