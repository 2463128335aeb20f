/** HTML for Telegram's parse mode: escaping and splitting to the 4096-character limit. */

export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** The longest message Bagdar sends, as shown: more than this does not read well on a phone. */
export const PHONE_MESSAGE_LIMIT = 2000;

/** Escapes text (knowledge or the student's own) for Telegram HTML. */
export function escapeHtml(text: string): string {
  // Most texts (names, numbers, translations) have nothing to escape: skip the four passes.
  if (!/[&<>"]/.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The length Telegram counts: the text without tags, with entities decoded, in UTF-16 units. */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]+>/g, "").replace(/&(lt|gt|amp|quot|#\d+);/g, "x").length;
}

/**
 * Joins blocks into as few messages as fit a phone ({@link PHONE_MESSAGE_LIMIT}). Blocks are never cut in the middle,
 * so tags stay balanced; a single block that is too long on its own is split at line breaks.
 */
export function packMessages(blocks: readonly string[], limit = PHONE_MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = "";
  const pieces = blocks.flatMap((block) =>
    visibleLength(block) > limit ? splitLines(block, limit) : [block],
  );
  for (const piece of pieces) {
    const candidate = current === "" ? piece : `${current}\n\n${piece}`;
    if (visibleLength(candidate) <= limit) {
      current = candidate;
    } else {
      if (current !== "") messages.push(current);
      current = piece;
    }
  }
  if (current !== "") messages.push(current);
  return messages;
}

function splitLines(block: string, limit: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const line of block.split("\n")) {
    const candidate = current === "" ? line : `${current}\n${line}`;
    if (visibleLength(candidate) <= limit) current = candidate;
    else {
      if (current !== "") out.push(current);
      // A single line longer than the limit only comes from plain text; cut it safely.
      current = visibleLength(line) <= limit ? line : `${line.slice(0, limit - 1)}…`;
    }
  }
  if (current !== "") out.push(current);
  return out;
}
