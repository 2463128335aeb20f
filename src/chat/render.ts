/**
 * How the local chat shows the bot on a terminal: formatting as ANSI styles (or plain text when
 * the output is not a terminal), links as "text (url)", inline buttons as numbered choices.
 */
import type { InlineKeyboardButton, Message, MessageEntity } from "grammy/types";
import { parseTelegramHtml } from "./bot-api/telegram-html.js";
import type { BotOutput } from "./fake-bot-api.js";

export interface RenderOptions {
  /** ANSI colours and styles; off for pipes and files, and when NO_COLOR is set. */
  color: boolean;
}

/** A button the person can press in the chat: it sends a callback query. */
export type PressableButton = InlineKeyboardButton.CallbackButton;

const STYLES: Partial<Record<MessageEntity["type"], [string, string]>> = {
  bold: ["\x1b[1m", "\x1b[22m"],
  italic: ["\x1b[3m", "\x1b[23m"],
  underline: ["\x1b[4m", "\x1b[24m"],
  strikethrough: ["\x1b[9m", "\x1b[29m"],
  spoiler: ["\x1b[7m", "\x1b[27m"],
  code: ["\x1b[36m", "\x1b[39m"],
  pre: ["\x1b[36m", "\x1b[39m"],
  text_link: ["\x1b[4m", "\x1b[24m"],
};
const GREY: [string, string] = ["\x1b[90m", "\x1b[39m"];
const QUOTE_BAR = "│ ";

/**
 * Renders a message text with its entities for the terminal.
 *
 * @example
 * renderFormattedText("Bolashak grant", [{ type: "text_link", offset: 0, length: 8, url: "https://bolashak.gov.kz" }], { color: false })
 * // "Bolashak (https://bolashak.gov.kz) grant"
 */
export function renderFormattedText(
  text: string,
  entities: readonly MessageEntity[] | undefined,
  options: RenderOptions,
): string {
  const paint = (style: [string, string] | undefined, which: 0 | 1) =>
    options.color && style !== undefined ? style[which] : "";
  const opening = new Map<number, MessageEntity[]>();
  const closing = new Map<number, MessageEntity[]>();
  for (const entity of entities ?? []) {
    const end = entity.offset + entity.length;
    opening.set(entity.offset, [...(opening.get(entity.offset) ?? []), entity]);
    // Inner entities close first, so they go to the front.
    closing.set(end, [entity, ...(closing.get(end) ?? [])]);
  }

  let out = "";
  let quoteDepth = 0;
  for (let i = 0; i <= text.length; i++) {
    for (const entity of closing.get(i) ?? []) {
      out += paint(STYLES[entity.type], 1);
      if (entity.type === "text_link" && entity.url !== text.slice(entity.offset, i)) {
        out += ` ${paint(GREY, 0)}(${entity.url})${paint(GREY, 1)}`;
      }
      if (isQuote(entity)) quoteDepth--;
    }
    if (i === text.length) break;
    for (const entity of opening.get(i) ?? []) {
      if (isQuote(entity)) {
        quoteDepth++;
        if (i === 0 || text[i - 1] === "\n") out += QUOTE_BAR;
      }
      out += paint(STYLES[entity.type], 0);
    }
    const char = text[i] as string;
    out += char;
    if (char === "\n" && quoteDepth > 0) out += QUOTE_BAR.repeat(quoteDepth);
  }
  return out;
}

/** Renders Telegram HTML (as a bot would send it) for the terminal. */
export function renderHtml(html: string, options: RenderOptions): string {
  const { text, entities } = parseTelegramHtml(html, { strictAmpersand: false });
  return renderFormattedText(text, entities, options);
}

/** The buttons the person can press, in the order they are numbered: row by row. */
export function pressableButtons(message: Message | undefined): PressableButton[] {
  return (message?.reply_markup?.inline_keyboard.flat() ?? []).filter(
    (button): button is PressableButton => "callback_data" in button,
  );
}

/**
 * One line per keyboard row: callback buttons numbered across the whole keyboard, URL buttons
 * with their link and no number (they open a browser, they are not pressed in the chat).
 *
 * @example
 * renderKeyboard(message, { color: false }) // ["[1] Қазақша  [2] Русский  [3] English"]
 */
export function renderKeyboard(message: Message, options: RenderOptions): string[] {
  let number = 0;
  const bold = (s: string) => (options.color ? `\x1b[1m${s}\x1b[22m` : s);
  return (message.reply_markup?.inline_keyboard ?? []).map((row) =>
    row
      .map((button) => {
        if ("callback_data" in button) return `${bold(`[${++number}]`)} ${button.text}`;
        if ("url" in button) return `[↗ ${button.text}: ${button.url}]`;
        return `[${button.text}: not available in the chat]`;
      })
      .join("  "),
  );
}

/**
 * What the chat prints for something the bot did: a new message (with its id, so `m<id>.<n>`
 * can press its buttons later), an edit, a deletion, or the toast of an answered button.
 */
export function renderBotOutput(output: BotOutput, options: RenderOptions): string {
  const dim = (s: string) => (options.color ? `\x1b[2m${s}\x1b[22m` : s);
  const accent = (s: string) => (options.color ? `\x1b[1;35m${s}\x1b[22;39m` : s);
  switch (output.type) {
    case "sent":
      return [accent(`bot #${output.message.message_id}`), ...messageBody(output, options)].join(
        "\n",
      );
    case "edited":
      return [
        accent(`✎ edited #${output.message.message_id}:`),
        ...messageBody(output, options),
      ].join("\n");
    case "deleted":
      return dim(`✗ deleted #${output.message.message_id}`);
    case "callback_answered":
      if (output.text === undefined) return "";
      return output.showAlert ? `⚠ alert: ${output.text}` : dim(`🔔 ${output.text}`);
  }
}

function messageBody(output: BotOutput & { message: Message }, options: RenderOptions): string[] {
  const { message } = output;
  const lines: string[] = [];
  if (message.photo !== undefined) lines.push("[photo]");
  if (message.document !== undefined) {
    lines.push(`[document: ${message.document.file_name ?? "file"}]`);
  }
  if (message.text !== undefined) {
    lines.push(...renderFormattedText(message.text, message.entities, options).split("\n"));
  }
  if (message.caption !== undefined) {
    lines.push(
      ...renderFormattedText(message.caption, message.caption_entities, options).split("\n"),
    );
  }
  const body = lines.map((line) => (line === "" ? "" : `  ${line}`));
  for (const row of renderKeyboard(message, options)) body.push(`  ${row}`);
  if ("chatKeyboard" in output && output.chatKeyboard !== undefined) {
    body.push(`  ${describeChatKeyboard(output.chatKeyboard)}`);
  }
  return body;
}

function describeChatKeyboard(markup: Record<string, unknown>): string {
  if (Array.isArray(markup.keyboard)) {
    const labels = (markup.keyboard as unknown[][])
      .flat()
      .map((button) =>
        typeof button === "string" ? button : String((button as { text?: unknown }).text),
      );
    return `keyboard (type one): ${labels.join(" | ")}`;
  }
  if (markup.remove_keyboard === true) return "(keyboard removed)";
  return "(the bot asks for a reply)";
}

function isQuote(entity: MessageEntity): boolean {
  return entity.type === "blockquote" || entity.type === "expandable_blockquote";
}
