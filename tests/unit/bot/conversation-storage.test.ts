/**
 * The questionnaire's log is stored with each update cut down to what the questionnaire reads:
 * the callback data, the pressed message and the chat. Everything else the plugin logged stays.
 */
import type { ConversationData } from "@grammyjs/conversations";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { slimStoredUpdates, slimUpdate } from "../../../src/bot/quiz/conversation-storage.js";

const tap: Update = {
  update_id: 41,
  callback_query: {
    id: "9001",
    from: { id: 7, is_bot: false, first_name: "Aruzhan", username: "aruzhan", language_code: "kk" },
    chat_instance: "-42",
    data: "q:abcde:2:d:3",
    message: {
      message_id: 12,
      date: 1_790_000_000,
      chat: { id: 7, type: "private", first_name: "Aruzhan" },
      text: "3/8 · Which languages can you study in?",
      reply_markup: { inline_keyboard: [[{ text: "✅ Қазақша", callback_data: "q:abcde:2:t:1" }]] },
    },
  },
};

const command: Update = {
  update_id: 40,
  message: {
    message_id: 11,
    date: 1_790_000_000,
    chat: { id: 7, type: "private", first_name: "Aruzhan" },
    from: { id: 7, is_bot: false, first_name: "Aruzhan" },
    text: "/quiz",
    entities: [{ type: "bot_command", offset: 0, length: 5 }],
  },
};

describe("slimUpdate", () => {
  it("keeps a tap's data, its message id and chat, and nothing personal or heavy", () => {
    const slim = slimUpdate(tap);
    expect(slim).toEqual({
      update_id: 41,
      callback_query: {
        id: "9001",
        data: "q:abcde:2:d:3",
        message: { message_id: 12, chat: { id: 7 } },
      },
    });
    expect(JSON.stringify(slim)).not.toMatch(/Aruzhan|languages|inline_keyboard/);
  });

  it("keeps only the ids of a message", () => {
    expect(slimUpdate(command)).toEqual({
      update_id: 40,
      message: { message_id: 11, chat: { id: 7 } },
    });
  });
});

describe("slimStoredUpdates", () => {
  it("slims the logged updates and leaves the other logged results as they were", () => {
    const data: ConversationData = {
      questionnaire: [
        {
          replay: {
            send: [{ payload: "wait" }, { payload: "external" }, { payload: "until" }],
            receive: [
              { send: 0, returnValue: command },
              { send: 1, returnValue: { ok: true, ret: 12 } },
              { send: 2, returnValue: tap },
            ],
          },
          interrupts: [3],
        },
      ],
    };
    const before = JSON.stringify(data);
    const slim = slimStoredUpdates(data);
    expect(slim.questionnaire?.[0]?.replay.receive.map((r) => r.returnValue)).toEqual([
      slimUpdate(command),
      { ok: true, ret: 12 },
      slimUpdate(tap),
    ]);
    expect(slim.questionnaire?.[0]?.interrupts).toEqual([3]);
    // A copy: the plugin's live data is not changed under it.
    expect(JSON.stringify(data)).toBe(before);
  });
});
