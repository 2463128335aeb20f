/** Last in line: anything no feature took gets a short, translated pointer instead of silence. */
import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const unhandledFeature = new Composer<BotContext>();

unhandledFeature.on("callback_query", async (ctx) => {
  // Buttons from old messages, or forged data: answered so the client stops its spinner.
  await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
});

unhandledFeature.on("message:text", async (ctx) => {
  const command = ctx.message.text.startsWith("/");
  await ctx.reply(ctx.t(command ? "unknown-command" : "unhandled-text"), { parse_mode: "HTML" });
});

unhandledFeature.on("message", async (ctx) => {
  await ctx.reply(ctx.t("unhandled-media"), { parse_mode: "HTML" });
});
