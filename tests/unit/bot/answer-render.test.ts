/**
 * Every kind of free-text answer, rendered in every language, is HTML Telegram accepts and fits a
 * phone: found facts with their sources, "no checked data", a question back, a greeting, "I don't
 * know".
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../../src/bot/i18n.js";
import { renderAnswer } from "../../../src/bot/render/answer.js";
import type { RenderContext } from "../../../src/bot/render/results.js";
import { parseTelegramHtml } from "../../../src/chat/bot-api/telegram-html.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import { type Knowledge, LOCALES } from "../../../src/knowledge/schema.js";
import {
  type KnowledgeSearch,
  knowledgeSearch,
  type SearchAnswer,
} from "../../../src/search/knowledge-search.js";

const QUESTIONS: [string, string, SearchAnswer["kind"]][] = [
  ["facts", "сколько стоит учеба в германии", "found"],
  ["facts with a route", "стипендия Турции возраст", "found"],
  ["full text", "what is an unconditional offer", "found"],
  ["an overview", "Болашак", "found"],
  ["no checked data", "можно ли работать в китае во время учебы", "no-data"],
  ["a country asked back", "how much does it cost", "clarify"],
  ["a route asked back", "какие дедлайны", "clarify"],
  ["a greeting", "сәлем", "greeting"],
  ["thanks", "рахмет", "greeting"],
  ["I don't know", "курс биткоина", "unknown"],
];

let knowledge: Knowledge;
let search: KnowledgeSearch;
const i18n = createI18n();

beforeAll(async () => {
  knowledge = await loadKnowledgeOrThrow("knowledge");
  search = knowledgeSearch(knowledge);
});

describe("free-text answers on a phone", () => {
  it.each(QUESTIONS)("%s («%s») is valid HTML under 2,000 characters", (_, q, kind) => {
    const answer = search.ask(q);
    expect(answer.kind).toBe(kind);
    for (const locale of LOCALES) {
      const ctx = { knowledge, t: translatorFor(i18n, locale), locale } as RenderContext;
      const { messages, keyboard } = renderAnswer(answer, ctx);
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) {
        expect(parseTelegramHtml(message).text.length).toBeLessThanOrEqual(2000);
      }
      for (const row of keyboard.inline_keyboard) {
        // A phone shows about this much of a button; longer names are cut with "…".
        for (const button of row) expect([...button.text].length).toBeLessThanOrEqual(48);
      }
    }
  });
});
