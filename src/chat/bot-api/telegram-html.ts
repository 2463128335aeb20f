/**
 * Telegram's HTML parse mode, as the Bot API server applies it: the subset of tags it accepts,
 * the entities it produces (offsets in UTF-16 code units) and its error texts. The walk follows
 * TDLib's `parse_html`, so a message the fake accepts is one Telegram accepts.
 */
import type { MessageEntity } from "grammy/types";

/** The text a user sees and the formatting Telegram attaches to it. */
export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

/** A parse failure; `message` is what Telegram writes after "can't parse entities: ". */
export class EntityParseError extends Error {
  override name = "EntityParseError";
}

export interface HtmlParseOptions {
  /**
   * Telegram shows an `&` that starts no known entity as it is. By default the fake rejects it
   * instead, because an unescaped `&` means some text was not escaped, and the next such text
   * may hold a `<` that breaks the message for real.
   */
  strictAmpersand?: boolean;
}

const SUPPORTED_TAGS = new Set([
  "a",
  "b",
  "strong",
  "i",
  "em",
  "s",
  "strike",
  "del",
  "u",
  "ins",
  "tg-spoiler",
  "tg-emoji",
  "span",
  "pre",
  "code",
  "blockquote",
]);

const SIMPLE_ENTITY_TYPES: Record<string, MessageEntity.CommonMessageEntity["type"]> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  u: "underline",
  ins: "underline",
  "tg-spoiler": "spoiler",
  span: "spoiler",
};

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

interface OpenTag {
  name: string;
  /** href, code language, emoji id, or "expandable" for a blockquote. */
  argument: string;
  /** Where the tag's text starts in the output, in UTF-16 code units. */
  start: number;
}

const isSpace = (c: string | undefined) =>
  c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\f" || c === "\v";

const isNameTokenChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9.-]/.test(c);

/**
 * Parses `html` the way Telegram does for `parse_mode: "HTML"`.
 * Throws {@link EntityParseError} with Telegram's wording and UTF-8 byte offsets.
 *
 * @example
 * parseTelegramHtml("<b>Hi</b> &amp; bye")
 * // { text: "Hi & bye", entities: [{ type: "bold", offset: 0, length: 2 }] }
 */
export function parseTelegramHtml(html: string, options: HtmlParseOptions = {}): FormattedText {
  const strictAmpersand = options.strictAmpersand ?? true;
  const byteOffset = (index: number) => Buffer.byteLength(html.slice(0, index), "utf8");
  const fail = (message: string): never => {
    throw new EntityParseError(message);
  };
  const n = html.length;
  const open: OpenTag[] = [];
  const entities: Draft[] = [];
  let text = "";
  let i = 0;

  while (i < n) {
    const c = html[i];
    if (c === "&") {
      const decoded = decodeHtmlEntity(html, i);
      if (decoded !== undefined) {
        text += decoded.char;
        i = decoded.end;
        continue;
      }
      if (strictAmpersand) {
        fail(
          `Unescaped "&" at byte offset ${byteOffset(i)} (write &amp;; Telegram would show it as is, the fake is stricter)`,
        );
      }
      text += c;
      i++;
      continue;
    }
    if (c !== "<") {
      text += c;
      i++;
      continue;
    }

    const begin = i;
    i++;
    if (html[i] !== "/") {
      let tagEnd = i;
      while (tagEnd < n && !isSpace(html[tagEnd]) && html[tagEnd] !== ">") tagEnd++;
      if (tagEnd >= n) fail(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
      const name = html.slice(i, tagEnd).toLowerCase();
      if (!SUPPORTED_TAGS.has(name)) {
        fail(`Unsupported start tag "${name}" at byte offset ${byteOffset(begin)}`);
      }

      let argument = "";
      i = tagEnd;
      while (html[i] !== ">") {
        while (i < n && isSpace(html[i])) i++;
        if (i >= n) fail(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
        if (html[i] === ">") break;
        const attributeBegin = i;
        while (i < n && !isSpace(html[i]) && html[i] !== "=" && html[i] !== ">") i++;
        const attributeName = html.slice(attributeBegin, i).toLowerCase();
        if (attributeName === "") {
          fail(`Empty attribute name in the tag "${name}" at byte offset ${byteOffset(begin)}`);
        }
        while (i < n && isSpace(html[i])) i++;
        if (html[i] !== "=") {
          if (name === "blockquote" && attributeName === "expandable") {
            argument = "expandable";
            continue;
          }
          fail(
            `Expected equal sign in declaration of an attribute of the tag "${name}" at byte offset ${byteOffset(begin)}`,
          );
        }
        i++;
        while (i < n && isSpace(html[i])) i++;
        if (i >= n) fail(`Unclosed start tag "${name}" at byte offset ${byteOffset(begin)}`);

        let value = "";
        const quote = html[i];
        if (quote !== "'" && quote !== '"') {
          const tokenBegin = i;
          while (isNameTokenChar(html[i])) i++;
          value = html.slice(tokenBegin, i).toLowerCase();
          if (i < n && !isSpace(html[i]) && html[i] !== ">") {
            fail(`Unexpected end of name token at byte offset ${byteOffset(tokenBegin)}`);
          }
        } else {
          i++;
          while (i < n && html[i] !== quote) {
            const decoded = html[i] === "&" ? decodeHtmlEntity(html, i) : undefined;
            if (decoded !== undefined) {
              value += decoded.char;
              i = decoded.end;
            } else {
              value += html[i];
              i++;
            }
          }
          if (html[i] === quote) i++;
        }
        if (i >= n) fail(`Unclosed start tag at byte offset ${byteOffset(begin)}`);

        if (name === "a" && attributeName === "href") argument = value;
        else if (name === "code" && attributeName === "class" && value.startsWith("language-")) {
          argument = value.slice("language-".length);
        } else if (name === "span" && attributeName === "class" && value.startsWith("tg-")) {
          argument = value.slice("tg-".length);
        } else if (name === "tg-emoji" && attributeName === "emoji-id") argument = value;
      }

      if (name === "span" && argument !== "spoiler") {
        fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(begin)}`);
      }
      open.push({ name, argument, start: text.length });
      i++; // past ">"
      continue;
    }

    if (open.length === 0) fail(`Unexpected end tag at byte offset ${byteOffset(begin)}`);
    i = begin + 2;
    while (i < n && !isSpace(html[i]) && html[i] !== ">") i++;
    const endName = html.slice(begin + 2, i);
    while (i < n && isSpace(html[i])) i++;
    if (html[i] !== ">") fail(`Unclosed end tag at byte offset ${byteOffset(begin)}`);
    i++;

    const tag = open.pop() as OpenTag;
    if (endName !== "" && endName !== tag.name) {
      fail(
        `Unmatched end tag at byte offset ${byteOffset(begin)}, expected "</${tag.name}>", found "</${endName}>"`,
      );
    }
    const entity = entityFor(tag, text);
    if (entity !== undefined) mergeEntity(entities, entity);
  }

  const unclosed = open.at(-1);
  if (unclosed !== undefined) {
    fail(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  }
  return { text, entities: sortEntities(entities) };
}

/** An entity while parsing; `language` on code is kept only if a <pre> wraps it exactly. */
type Draft = MessageEntity & { codeLanguage?: string };

function entityFor(tag: OpenTag, text: string): Draft | undefined {
  const offset = tag.start;
  const length = text.length - tag.start;
  if (length === 0) return undefined;
  const simple = SIMPLE_ENTITY_TYPES[tag.name];
  if (simple !== undefined) return { type: simple, offset, length };
  switch (tag.name) {
    case "a": {
      // Telegram links `<a>` without href to its own text, if that text is a URL.
      const url = tag.argument === "" ? text.slice(offset) : tag.argument;
      return /^(https?|tg):\/\//i.test(url) || /^[\w-]+(\.[\w-]+)+/.test(url)
        ? { type: "text_link", offset, length, url }
        : undefined;
    }
    case "code":
      return tag.argument === ""
        ? { type: "code", offset, length }
        : { type: "code", offset, length, codeLanguage: tag.argument };
    case "pre":
      return { type: "pre", offset, length };
    case "blockquote":
      return {
        type: tag.argument === "expandable" ? "expandable_blockquote" : "blockquote",
        offset,
        length,
      };
    case "tg-emoji":
      return tag.argument === ""
        ? undefined
        : { type: "custom_emoji", offset, length, custom_emoji_id: tag.argument };
    default:
      return undefined;
  }
}

/** `<pre><code class="language-x">…</code></pre>` is one pre entity with a language. */
function mergeEntity(entities: Draft[], entity: Draft): void {
  const last = entities.at(-1);
  if (
    entity.type === "pre" &&
    last?.type === "code" &&
    last.codeLanguage !== undefined &&
    last.offset === entity.offset &&
    last.length === entity.length
  ) {
    entities.pop();
    entities.push({ ...entity, language: last.codeLanguage });
    return;
  }
  entities.push(entity);
}

function sortEntities(entities: Draft[]): MessageEntity[] {
  return entities
    .map(({ codeLanguage: _, ...entity }) => entity as MessageEntity)
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
}

/** Decodes `&lt;`, `&gt;`, `&amp;`, `&quot;` and numeric entities; anything else is not one. */
function decodeHtmlEntity(html: string, at: number): { char: string; end: number } | undefined {
  const match = /^&(?:([a-zA-Z]+)|#(\d+)|#[xX]([0-9a-fA-F]+));/.exec(html.slice(at, at + 16));
  if (match === null) return undefined;
  const end = at + match[0].length;
  if (match[1] !== undefined) {
    const char = NAMED_ENTITIES[match[1]];
    return char === undefined ? undefined : { char, end };
  }
  const code = match[2] !== undefined ? Number(match[2]) : Number.parseInt(match[3] ?? "", 16);
  if (
    !Number.isFinite(code) ||
    code === 0 ||
    code > 0x10ffff ||
    (code >= 0xd800 && code < 0xe000)
  ) {
    return undefined;
  }
  return { char: String.fromCodePoint(code), end };
}
