import { describe, expect, it } from "vitest";
import { parseChatInput } from "../../src/chat/chat-input.js";
import { chatLanguageCode } from "../../src/chat/chat-language.js";

describe("parseChatInput", () => {
  it.each([
    ["", { kind: "nothing" }],
    ["   ", { kind: "nothing" }],
    ["/quit", { kind: "quit" }],
    ["2", { kind: "press", button: 2 }],
    [" 10 ", { kind: "press", button: 10 }],
    ["m12.3", { kind: "press", button: 3, messageId: 12 }],
    ["> 19", { kind: "send", text: "19" }],
    [">", { kind: "nothing" }],
    ["/start", { kind: "send", text: "/start" }],
    ["  Сәлем  ", { kind: "send", text: "Сәлем" }],
    ["m12", { kind: "send", text: "m12" }],
  ] as const)("reads %j", (line, expected) => {
    expect(parseChatInput(line)).toEqual(expected);
  });
});

describe("chatLanguageCode", () => {
  it.each([
    [{ CHAT_LANG: "kk" }, "kk"],
    [{ CHAT_LANG: "RU" }, "ru"],
    [{ CHAT_LANG: "de", LANG: "ru_RU.UTF-8" }, "de"],
    [{ CHAT_LANG: "kk_KZ.UTF-8" }, "kk"],
    [{ LANG: "ru_RU.UTF-8" }, "ru"],
    [{ LANG: "kk_KZ.UTF-8" }, "kk"],
    [{ LC_ALL: "kk_KZ.UTF-8", LANG: "ru_RU.UTF-8" }, "kk"],
    [{ LANG: "C.UTF-8" }, "en"],
    [{ LANG: "de_DE.UTF-8" }, "en"],
    [{}, "en"],
  ])("%j → %s", (env, expected) => {
    expect(chatLanguageCode(env)).toBe(expected);
  });
});
