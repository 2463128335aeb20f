/**
 * What Telegram does to a message's text after parsing: trims surrounding whitespace (moving
 * the entities with it), enforces the length limits, and finds commands in what users type.
 */
import type { MessageEntity } from "grammy/types";
import { badRequest } from "./api-error.js";
import { EntityParseError, type FormattedText, parseTelegramHtml } from "./telegram-html.js";

export const MESSAGE_TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

const WHITESPACE = /[ \t\r\n\f\v]/;

/** Removes leading and trailing whitespace as Telegram does, keeping entities on their text. */
export function trimFormattedText({ text, entities }: FormattedText): FormattedText {
  let start = 0;
  let end = text.length;
  while (start < end && WHITESPACE.test(text[start] as string)) start++;
  while (end > start && WHITESPACE.test(text[end - 1] as string)) end--;
  if (start === 0 && end === text.length) return { text, entities };
  const trimmed: MessageEntity[] = [];
  for (const entity of entities) {
    const from = Math.max(entity.offset, start);
    const to = Math.min(entity.offset + entity.length, end);
    if (to > from) trimmed.push({ ...entity, offset: from - start, length: to - from });
  }
  return { text: text.slice(start, end), entities: trimmed };
}

export interface TextRules {
  /** The payload's text and how to read it. */
  raw: unknown;
  parseMode: unknown;
  entities: unknown;
  /** A message text is 1–4096 long; a caption 0–1024. */
  kind: "message" | "caption";
  strictAmpersand: boolean;
}

/**
 * Turns a text field of a payload into what the chat shows, or throws Telegram's error.
 * Length is counted in UTF-16 code units: never less than what Telegram counts, so a text that
 * passes here passes there.
 */
export function formattedTextFrom(rules: TextRules): FormattedText {
  const raw = rules.raw === undefined || rules.raw === null ? "" : String(rules.raw);
  const parsed = parseWithMode(raw, rules.parseMode, rules.entities, rules.strictAmpersand);
  const result = trimFormattedText(parsed);
  if (rules.kind === "message") {
    if (result.text.length === 0) throw badRequest("message text is empty");
    if (result.text.length > MESSAGE_TEXT_LIMIT) throw badRequest("message is too long");
  } else if (result.text.length > CAPTION_LIMIT) {
    throw badRequest("message caption is too long");
  }
  return result;
}

function parseWithMode(
  raw: string,
  parseMode: unknown,
  entities: unknown,
  strictAmpersand: boolean,
): FormattedText {
  if (parseMode === undefined || parseMode === null || parseMode === "") {
    return { text: raw, entities: Array.isArray(entities) ? (entities as MessageEntity[]) : [] };
  }
  const mode = String(parseMode).toLowerCase();
  if (mode === "html") {
    try {
      return parseTelegramHtml(raw, { strictAmpersand });
    } catch (error) {
      if (error instanceof EntityParseError) {
        throw badRequest(`can't parse entities: ${error.message}`);
      }
      throw error;
    }
  }
  // Markdown modes are not emulated: the text is kept as written, without entities.
  if (mode === "markdown" || mode === "markdownv2") return { text: raw, entities: [] };
  throw badRequest(`unsupported parse_mode "${String(parseMode)}"`);
}

/**
 * The `bot_command` entities Telegram adds to a user's message: `/start`, `/start@my_bot`, at the
 * start of the text or after whitespace. grammY's `bot.command()` relies on them.
 */
export function findBotCommands(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const pattern = /(^|\s)(\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?)(?=$|[\s.,!?;:])/g;
  for (const match of text.matchAll(pattern)) {
    const offset = (match.index ?? 0) + (match[1]?.length ?? 0);
    entities.push({ type: "bot_command", offset, length: match[2]?.length ?? 0 });
  }
  return entities;
}
