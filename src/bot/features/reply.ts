/** Small helpers the exploring features share: the render context and sending split messages. */
import type { InlineKeyboard } from "grammy";
import type { Locale } from "../../knowledge/schema.js";
import type { BotContext } from "../context.js";
import { isLocale } from "../i18n.js";
import type { RenderContext } from "../render/results.js";

/** Knowledge, translator and language of this update, for the pure renderers. */
export async function renderContextOf(ctx: BotContext): Promise<RenderContext> {
  const negotiated = await ctx.i18n.getLocale();
  const locale: Locale = isLocale(negotiated) ? negotiated : "en";
  const today = new Date(ctx.deps.now()).toISOString().slice(0, 10);
  return { knowledge: ctx.deps.knowledge, t: ctx.t, locale, today };
}

/** Sends messages in order as HTML without link previews; the last one carries the keyboard. */
export async function replyAll(
  ctx: BotContext,
  messages: readonly string[],
  keyboard?: InlineKeyboard,
): Promise<void> {
  for (const [i, text] of messages.entries()) {
    const last = i === messages.length - 1;
    await ctx.reply(text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(last && keyboard !== undefined ? { reply_markup: keyboard } : {}),
    });
  }
}
