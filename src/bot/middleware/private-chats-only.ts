/**
 * Bagdar talks with one student at a time, in a private chat: a session is a chat's, and in a
 * group everyone present would share it (read, change, consent for or /forget each other's
 * answers). So before anything reads or writes a session:
 * - in a group, a command or a message meant for Bagdar (a mention, a reply to it, adding it)
 *   gets one answer with a link to a private chat; everything else is ignored, and nothing is
 *   kept;
 * - a channel's posts are ignored;
 * - a command addressed to another bot (`/start@other_bot`) is ignored wherever it is sent.
 */
import type { Context, MiddlewareFn } from "grammy";
import type { Message } from "grammy/types";
import type { Locale } from "../../knowledge/schema.js";
import { guessLocale, type Translate } from "../i18n.js";
import type { TraceFlavor } from "./trace.js";

export interface PrivateChatsOnlyDeps {
  translator: (locale: Locale) => Translate;
}

export function privateChatsOnly<C extends Context & TraceFlavor>(
  deps: PrivateChatsOnlyDeps,
): MiddlewareFn<C> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    // Updates without a chat (none are asked for today) have no session either.
    if (chat === undefined) return next();
    const message = ctx.message ?? ctx.editedMessage;
    if (chat.type === "private") {
      if (message !== undefined && commandFor(message, ctx.me.username) === "other") {
        ctx.trace.feature = "other-bot";
        return;
      }
      return next();
    }
    ctx.trace.feature = "not-private";
    if (chat.type === "channel") return;
    const t = deps.translator(guessLocale(ctx.from?.language_code));
    if (ctx.callbackQuery !== undefined) {
      await ctx.answerCallbackQuery({ text: t("button-outdated") });
      return;
    }
    if (ctx.message === undefined || !meantForUs(ctx.message, ctx.me.id, ctx.me.username)) return;
    await ctx.reply(t("group-private-only", { bot: ctx.me.username }), {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true },
    });
  };
}

/**
 * Whose command a message starts with: "ours" (`/start`, `/start@bagdar_bot`), "other"
 * (`/start@other_bot`), or none.
 */
function commandFor(message: Message, username: string): "ours" | "other" | undefined {
  const entity = message.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (entity === undefined || message.text === undefined) return undefined;
  const command = message.text.slice(0, entity.length);
  const at = command.indexOf("@");
  if (at === -1) return "ours";
  return command.slice(at + 1).toLowerCase() === username.toLowerCase() ? "ours" : "other";
}

/** A command for Bagdar, a mention of it, a reply to it, or Bagdar just added to the group. */
function meantForUs(message: Message, botId: number, username: string): boolean {
  if (message.new_chat_members?.some((member) => member.id === botId)) return true;
  if (message.reply_to_message?.from?.id === botId) return true;
  const command = commandFor(message, username);
  if (command !== undefined) return command === "ours";
  const text = message.text ?? message.caption ?? "";
  return text.toLowerCase().includes(`@${username.toLowerCase()}`);
}
