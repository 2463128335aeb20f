/**
 * Every place that says how many questions the questionnaire has says what the bot asks: the
 * README (written by hand) and the welcome, /help and /profile (given the count by the bot).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../src/bot/i18n.js";
import { QUESTIONS } from "../../src/bot/quiz/questions.js";
import { LOCALES } from "../../src/knowledge/schema.js";

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

describe("the number of questions", () => {
  it("in the README is the number the bot asks", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const said = /answers (\w+) questions with buttons/.exec(readme)?.[1];
    expect(said, "the README says how many questions a student answers").toBeDefined();
    const count = NUMBER_WORDS.indexOf(said ?? "");
    expect(count === -1 ? Number(said) : count).toBe(QUESTIONS.length);
    // …and lists one topic per question in the brackets after it.
    const topics = /answers \w+ questions with buttons \(([^)]*)\)/.exec(readme)?.[1] ?? "";
    expect(topics.split(",").length).toBe(QUESTIONS.length);
  });

  it.each(LOCALES)("in the welcome, /help and /profile in %s comes from the bot", (locale) => {
    const t = translatorFor(createI18n(), locale);
    for (const key of ["welcome", "help", "profile-none"]) {
      // The count is the bot's to give: another count reads another number, and no other.
      const other = QUESTIONS.length + 5;
      const text = t(key, { count: other });
      expect(text, key).toMatch(new RegExp(`(^|\\D)${other}(\\D|$)`));
      expect(text, key).not.toMatch(new RegExp(`(^|\\D)${QUESTIONS.length}(\\D|$)`));
    }
  });
});
