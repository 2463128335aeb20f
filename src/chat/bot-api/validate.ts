/** Telegram's checks on reply markup and command lists, with its error texts. */
import type { BotCommand, InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { badRequest } from "./api-error.js";

const BUTTON_ACTIONS = [
  "callback_data",
  "url",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

const MAX_INLINE_BUTTONS = 100;

/** What a message keeps: an inline keyboard, or nothing. Reply keyboards belong to the chat. */
export interface CheckedMarkup {
  inline?: InlineKeyboardMarkup;
  /** A reply keyboard, `remove_keyboard` or `force_reply`, as sent. */
  chatKeyboard?: Record<string, unknown>;
}

/**
 * Checks `reply_markup` as Telegram does. An inline keyboard with no buttons counts as none,
 * because Telegram drops it too.
 */
export function checkReplyMarkup(markup: unknown, inlineOnly = false): CheckedMarkup {
  if (markup === undefined || markup === null) return {};
  if (typeof markup !== "object" || Array.isArray(markup)) {
    throw badRequest("can't parse reply keyboard markup JSON object");
  }
  const record = markup as Record<string, unknown>;
  if (!("inline_keyboard" in record)) {
    if (inlineOnly) throw badRequest("inline keyboard expected");
    if ("keyboard" in record || "remove_keyboard" in record || "force_reply" in record) {
      return { chatKeyboard: record };
    }
    throw badRequest("can't parse reply keyboard markup JSON object");
  }
  const rows = record.inline_keyboard;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest('can\'t parse inline keyboard: Field "inline_keyboard" must be of type Array');
  }
  const buttons = (rows as unknown[][]).flat();
  if (buttons.length > MAX_INLINE_BUTTONS) throw badRequest("reply markup is too long");
  for (const button of buttons) checkInlineButton(button);
  const nonEmptyRows = (rows as InlineKeyboardButton[][]).filter((row) => row.length > 0);
  return nonEmptyRows.length === 0 ? {} : { inline: { inline_keyboard: nonEmptyRows } };
}

function checkInlineButton(button: unknown): void {
  if (typeof button !== "object" || button === null) {
    throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  }
  const fields = button as Record<string, unknown>;
  if (typeof fields.text !== "string") {
    throw badRequest("can't parse inline keyboard button: Can't find field \"text\"");
  }
  const actions = BUTTON_ACTIONS.filter((action) => fields[action] !== undefined);
  if (actions.length === 0) {
    throw badRequest(
      "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
  }
  if (fields.callback_data !== undefined) {
    const data = fields.callback_data;
    const bytes = typeof data === "string" ? Buffer.byteLength(data, "utf8") : 0;
    if (bytes < 1 || bytes > 64) throw badRequest("BUTTON_DATA_INVALID");
  }
  if (fields.url !== undefined && !isButtonUrl(fields.url)) throw badRequest("BUTTON_URL_INVALID");
}

function isButtonUrl(url: unknown): boolean {
  if (typeof url !== "string") return false;
  try {
    return ["http:", "https:", "tg:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Checks a `setMyCommands` list: 1–32 of a-z, 0-9, _ per command; 1–256 chars per description. */
export function checkCommands(commands: unknown): BotCommand[] {
  if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object");
  if (commands.length > 100) throw badRequest("too many commands");
  for (const entry of commands as Partial<BotCommand>[]) {
    if (typeof entry.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(entry.command)) {
      throw badRequest("BOT_COMMAND_INVALID");
    }
    const description = typeof entry.description === "string" ? entry.description.trim() : "";
    if (description.length < 1 || description.length > 256) {
      throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
    }
  }
  return commands as BotCommand[];
}

/** Telegram compares content field by field; key order in the JSON must not matter. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === "object" && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}
