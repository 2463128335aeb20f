import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { showsAlready } from "../../../src/bot/api/safe-edit.js";

/** A message as Telegram hands it over with a callback query. */
function shown(text: string, extra: Partial<Message> = {}): Message {
  return {
    message_id: 7,
    date: 1,
    chat: { id: 1, type: "private", first_name: "S" },
    text,
    ...extra,
  } as Message;
}

const keyboard = { inline_keyboard: [[{ text: "A", callback_data: "a" }]] };

describe("an edit that would change nothing", () => {
  it("is recognised from the text, its formatting and the buttons the chat shows", () => {
    const message = shown("3/8 · Which?", {
      entities: [{ type: "bold", offset: 0, length: 3 }],
      reply_markup: keyboard,
    });
    expect(showsAlready(message, { html: "<b>3/8</b> · Which?", keyboard })).toBe(true);
    // Buttons only: the text stays as it is.
    expect(showsAlready(message, { keyboard })).toBe(true);
    // Key order does not matter.
    expect(
      showsAlready(message, {
        keyboard: { inline_keyboard: [[{ callback_data: "a", text: "A" }]] },
      }),
    ).toBe(true);
  });

  it("is not assumed when anything differs: text, formatting, buttons", () => {
    const message = shown("Which?", { reply_markup: keyboard });
    expect(showsAlready(message, { html: "Which one?", keyboard })).toBe(false);
    expect(showsAlready(message, { html: "<i>Which?</i>", keyboard })).toBe(false);
    expect(showsAlready(message, { html: "Which?" })).toBe(false);
    expect(showsAlready(shown("Which?"), { html: "Which?", keyboard })).toBe(false);
  });

  it("ignores what Telegram finds in a text by itself, and leaves broken HTML to Telegram", () => {
    const message = shown("See t.me/bagdar_bot", {
      entities: [{ type: "url", offset: 4, length: 15 }],
    });
    expect(showsAlready(message, { html: "See t.me/bagdar_bot" })).toBe(true);
    expect(showsAlready(shown("a < b"), { html: "a < b" })).toBe(false);
  });
});
