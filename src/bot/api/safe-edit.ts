/**
 * The one way Bagdar edits a message it sent: the edit is left out when it would change nothing,
 * judged against what the chat shows (the message a button was pressed on, as Telegram hands it
 * over with the callback query). When the bot cannot know what is shown, it sends the edit, and
 * Telegram's "message is not modified" is success, not an error (`ignoreNotModified`).
 */
import type { Context } from "grammy";
import type { InlineKeyboardButton, InlineKeyboardMarkup, Message } from "grammy/types";
import { trimFormattedText } from "../../chat/bot-api/message-text.js";
import { parseTelegramHtml } from "../../chat/bot-api/telegram-html.js";

export interface EditTarget {
  chatId: number;
  messageId: number;
}

export interface EditContent {
  /** New HTML text; absent to change only the buttons. */
  html?: string;
  /** New inline keyboard; absent or empty removes the buttons. */
  keyboard?: InlineKeyboardMarkup;
  /** No link preview under the new text. */
  noLinkPreview?: boolean;
}

/** Entities Telegram finds by itself in any text: not part of what the bot sends. */
const DETECTED = new Set([
  "url",
  "email",
  "mention",
  "hashtag",
  "cashtag",
  "bot_command",
  "phone_number",
]);

/**
 * Edits `target` to `content`, unless the message as the chat shows it (`shown`, default: the
 * message the pressed button is on, when that is the target) has it already. Returns whether an
 * edit was sent.
 *
 * @example
 * await safeEdit(ctx, { chatId, messageId }, { keyboard: languageKeyboard("kk") });
 */
export async function safeEdit(
  ctx: Context,
  target: EditTarget,
  content: EditContent,
  shown: Message | undefined = pressedMessage(ctx, target.messageId),
): Promise<boolean> {
  if (shown !== undefined && showsAlready(shown, content)) return false;
  const keyboard = buttonsOf(content.keyboard).length > 0 ? content.keyboard : undefined;
  if (content.html === undefined) {
    await ctx.api.editMessageReplyMarkup(target.chatId, target.messageId, {
      reply_markup: keyboard ?? { inline_keyboard: [] },
    });
  } else {
    await ctx.api.editMessageText(target.chatId, target.messageId, content.html, {
      parse_mode: "HTML",
      ...(keyboard ? { reply_markup: keyboard } : {}),
      ...(content.noLinkPreview ? { link_preview_options: { is_disabled: true } } : {}),
    });
  }
  return true;
}

/**
 * {@link safeEdit} of the message the pressed button is on. Throws, as `ctx.editMessageText`
 * does, when the update has no such message.
 */
export async function editPressedMessage(ctx: Context, content: EditContent): Promise<boolean> {
  const messageId = ctx.callbackQuery?.message?.message_id;
  const chatId = ctx.chat?.id;
  if (messageId === undefined || chatId === undefined) {
    throw new Error("there is no pressed message to edit");
  }
  return safeEdit(ctx, { chatId, messageId }, content);
}

/** The message the pressed button is on, if it is `messageId` and Telegram sent its content. */
export function pressedMessage(ctx: Context, messageId: number): Message | undefined {
  const message = ctx.callbackQuery?.message;
  // An inaccessible message (too old) comes with date 0 and no content.
  if (message === undefined || message.message_id !== messageId || message.date === 0) {
    return undefined;
  }
  return message as Message;
}

/** Whether `shown` already has `content` (its text, formatting and buttons). */
export function showsAlready(shown: Message, content: EditContent): boolean {
  if (!sameButtons(buttonsOf(shown.reply_markup), buttonsOf(content.keyboard))) return false;
  if (content.html === undefined) return true;
  if (shown.text === undefined) return false;
  let wanted: { text: string; entities: readonly { type: string }[] };
  try {
    wanted = trimFormattedText(parseTelegramHtml(content.html, { strictAmpersand: false }));
  } catch {
    // Telegram will say what is wrong with it; not for this check to decide.
    return false;
  }
  return wanted.text === shown.text && sameEntities(wanted.entities, shown.entities ?? []);
}

function buttonsOf(markup: InlineKeyboardMarkup | undefined): InlineKeyboardButton[][] {
  return (markup?.inline_keyboard ?? []).filter((row) => row.length > 0);
}

function sameButtons(a: InlineKeyboardButton[][], b: InlineKeyboardButton[][]): boolean {
  if (a.length !== b.length) return false;
  return a.every((row, r) => {
    const other = b[r] ?? [];
    return (
      row.length === other.length &&
      row.every((button, c) => canonical(button) === canonical(other[c]))
    );
  });
}

function sameEntities(wanted: readonly object[], shown: readonly object[]): boolean {
  const own = (list: readonly object[]) =>
    list.filter((entity) => !DETECTED.has((entity as { type: string }).type)).map(canonical);
  const a = own(wanted);
  const b = own(shown);
  return a.length === b.length && a.every((entity, i) => entity === b[i]);
}

/** JSON with keys in a fixed order, so two copies of one object compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
}
