import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import {
  pressableButtons,
  renderBotOutput,
  renderFormattedText,
  renderHtml,
  renderKeyboard,
} from "../../src/chat/render.js";

const plain = { color: false };
const color = { color: true };

function botMessage(fields: Partial<Message>): Message {
  return {
    message_id: 12,
    date: 0,
    chat: { id: 1001, type: "private", first_name: "Student" },
    ...fields,
  } as Message;
}

const languageKeyboard = {
  inline_keyboard: [
    [
      { text: "Қазақша", callback_data: "lang:kk" },
      { text: "Русский", callback_data: "lang:ru" },
    ],
    [
      { text: "Source", url: "https://bolashak.gov.kz" },
      { text: "English", callback_data: "lang:en" },
    ],
  ],
};

describe("renderFormattedText", () => {
  it("shows a link as its text followed by the URL", () => {
    expect(renderHtml('See <a href="https://bolashak.gov.kz">Bolashak</a>.', plain)).toBe(
      "See Bolashak (https://bolashak.gov.kz).",
    );
  });

  it("does not repeat a URL that is the link's own text", () => {
    expect(renderHtml('<a href="https://a.kz">https://a.kz</a>', plain)).toBe("https://a.kz");
  });

  it("decodes entities and drops tags when colour is off", () => {
    expect(renderHtml("<b>1 &lt; 2</b> &amp; <i>so</i> <code>x</code>", plain)).toBe(
      "1 < 2 & so x",
    );
  });

  it("styles bold and italic with ANSI, closing inner styles first", () => {
    expect(renderHtml("<b>a<i>b</i></b>c", color)).toBe("\x1b[1ma\x1b[3mb\x1b[23m\x1b[22mc");
  });

  it("marks every line of a quote", () => {
    expect(renderHtml("Note:\n<blockquote>one\ntwo</blockquote>\nend", plain)).toBe(
      "Note:\n│ one\n│ two\nend",
    );
  });

  it("keeps characters outside the BMP intact around entities", () => {
    expect(
      renderFormattedText("🇰🇿 Kazakhstan", [{ type: "bold", offset: 5, length: 10 }], color),
    ).toBe("🇰🇿 \x1b[1mKazakhstan\x1b[22m");
  });
});

describe("keyboards", () => {
  it("numbers callback buttons across rows and shows URL buttons with their link", () => {
    const message = botMessage({ text: "?", reply_markup: languageKeyboard });
    expect(renderKeyboard(message, plain)).toEqual([
      "[1] Қазақша  [2] Русский",
      "[↗ Source: https://bolashak.gov.kz]  [3] English",
    ]);
    expect(pressableButtons(message).map((b) => b.callback_data)).toEqual([
      "lang:kk",
      "lang:ru",
      "lang:en",
    ]);
  });
});

describe("renderBotOutput", () => {
  const message = botMessage({
    text: "Choose\n\nyour language",
    entities: [{ type: "bold", offset: 0, length: 6 }],
    reply_markup: languageKeyboard,
  });

  it("shows a new message with its id, text and numbered buttons", () => {
    expect(renderBotOutput({ type: "sent", chatId: 1001, message }, plain)).toBe(
      [
        "bot #12",
        "  Choose",
        "",
        "  your language",
        "  [1] Қазақша  [2] Русский",
        "  [↗ Source: https://bolashak.gov.kz]  [3] English",
      ].join("\n"),
    );
  });

  it("marks edits and deletions", () => {
    const edited = botMessage({ text: "Done" });
    expect(
      renderBotOutput({ type: "edited", chatId: 1001, message: edited, before: message }, plain),
    ).toBe("✎ edited #12:\n  Done");
    expect(renderBotOutput({ type: "deleted", chatId: 1001, message }, plain)).toBe(
      "✗ deleted #12",
    );
  });

  it("shows a photo's caption and a document's name", () => {
    const photo = botMessage({
      photo: [{ file_id: "f", file_unique_id: "u", width: 1, height: 1 }],
      caption: "Map",
    });
    expect(renderBotOutput({ type: "sent", chatId: 1001, message: photo }, plain)).toBe(
      "bot #12\n  [photo]\n  Map",
    );
    const document = botMessage({
      document: { file_id: "f", file_unique_id: "u", file_name: "guide.pdf" },
    });
    expect(renderBotOutput({ type: "sent", chatId: 1001, message: document }, plain)).toBe(
      "bot #12\n  [document: guide.pdf]",
    );
  });

  it("shows button answers as a toast or an alert, and silent answers not at all", () => {
    const answer = { type: "callback_answered", chatId: 1001, callbackQueryId: "1" } as const;
    expect(renderBotOutput({ ...answer, text: "Русский", showAlert: false }, plain)).toBe(
      "🔔 Русский",
    );
    expect(renderBotOutput({ ...answer, text: "Choose 1 to 3", showAlert: true }, plain)).toBe(
      "⚠ alert: Choose 1 to 3",
    );
    expect(renderBotOutput({ ...answer, showAlert: false }, plain)).toBe("");
  });
});
