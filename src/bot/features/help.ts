/** /help and /cancel: what Bagdar does and how to stop the questionnaire. */
import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const helpFeature = new Composer<BotContext>();

helpFeature.command("help", async (ctx) => {
  await ctx.reply(ctx.t("help"), {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
  });
});

helpFeature.command("cancel", async (ctx) => {
  const active = Object.keys(await ctx.conversation.active()).length > 0;
  await ctx.conversation.exitAll();
  await ctx.reply(ctx.t(active ? "cancel-done" : "cancel-nothing"), { parse_mode: "HTML" });
});
