/**
 * The whole questionnaire over long polling, the bot in its own process against the emulated Bot
 * API over HTTP, sessions and conversations in real Redis: once in each language, chosen with
 * the buttons even where the Telegram app speaks another one.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { encodeCallback } from "../../src/bot/keyboards/callback-data.js";
import type { Locale } from "../../src/knowledge/schema.js";
import { describeWithRedis } from "../support/redis.js";
import type { BotProcess } from "./support/bot-process.js";
import {
  answerQuestionnaire,
  SCHOOL_LEAVER,
  transcriptProblems,
  waitForResults,
} from "./support/questionnaire.js";
import { createWorld, type World } from "./support/world.js";

/** The language chosen with the buttons, and the different one the student's app is set to. */
const CASES: [Locale, string][] = [
  ["kk", "ru"],
  ["ru", "en"],
  ["en", "kk"],
];

// Bot processes on a busy 2-core machine need more room than vitest's default 20 s.
vi.setConfig({ testTimeout: 60_000 });

describeWithRedis("e2e: the questionnaire over long polling with Redis", (redisUrl) => {
  let world: World;
  let bot: BotProcess;

  beforeAll(async () => {
    world = await createWorld({ redisUrl });
    bot = world.startBot();
    await bot.waitUntilStarted();
  });
  afterAll(() => world?.dispose());

  it.each(CASES)(
    "a student who picks %s (app in %s) answers everything in that language and gets their results",
    async (locale, appLanguage) => {
      const student = world.student(locale, { languageCode: appLanguage });
      await student.send("/start");
      await student.pressWhenShown(
        (data) => data === encodeCallback({ kind: "lang", locale }),
        `the ${locale} language button`,
      );
      await student.pressWhenShown(
        (data) => data === encodeCallback({ kind: "start-quiz" }),
        "the start button",
      );
      await answerQuestionnaire(student, SCHOOL_LEAVER);
      await waitForResults(student);

      expect(transcriptProblems(student, SCHOOL_LEAVER, world.knowledge)).toEqual([]);
      expect(world.fake.unansweredCallbackQueries()).toEqual([]);
      expect(bot.logs.filter((line) => line.level >= 50)).toEqual([]);
    },
  );
});
