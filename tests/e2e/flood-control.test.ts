/**
 * Telegram's flood control: a 429 with `retry_after` on sendMessage is waited out and retried,
 * so the student still gets the message, once — outside the questionnaire (the welcome) and
 * inside it (a question, sent from the conversation's own API).
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { describeWithRedis } from "../support/redis.js";
import type { BotProcess } from "./support/bot-process.js";
import { isQuizButton, said } from "./support/questionnaire.js";
import { createWorld, type World } from "./support/world.js";

const RETRY_AFTER_SECONDS = 1;

// Bot processes on a busy 2-core machine need more room than vitest's default 20 s.
vi.setConfig({ testTimeout: 60_000 });

describeWithRedis("e2e: flood control (429 retry_after) on sendMessage", (redisUrl) => {
  let world: World;
  let bot: BotProcess;
  beforeAll(async () => {
    world = await createWorld({ redisUrl });
    bot = world.startBot();
    await bot.waitUntilStarted();
  });
  afterAll(() => world?.dispose());

  /** The sendMessage calls to one chat: what Telegram answered to each. */
  const sendsTo = (chatId: number) =>
    world.fake
      .callsOf("sendMessage")
      .filter((call) => call.payload.chat_id === chatId)
      .map((call) => call.error?.error_code ?? 200);

  it("retries the welcome after retry_after, and the student sees it once", async () => {
    const student = world.student("en");
    world.fake.failNextWithTooManyRequests("sendMessage", RETRY_AFTER_SECONDS);
    const sentAt = Date.now();
    await student.send("/start");
    await student.waitForMessage((m) => m.text === said("en", "welcome"), "the welcome");

    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(RETRY_AFTER_SECONDS * 1000 - 50);
    expect(sendsTo(student.chatId)).toEqual([429, 200]);
    expect(student.texts()).toEqual([said("en", "welcome")]);
  });

  it("retries a question sent from inside the questionnaire", async () => {
    const student = world.student("kk");
    world.fake.failNextWithTooManyRequests("sendMessage", RETRY_AFTER_SECONDS);
    await student.send("/quiz");
    await student.waitForButton((data) => isQuizButton(data, 0, "answer"), "question 1");

    expect(sendsTo(student.chatId).slice(-2)).toEqual([429, 200]);
    expect(student.texts().filter((text) => text.startsWith("1/"))).toHaveLength(1);
    expect(bot.logs.filter((line) => line.level >= 50)).toEqual([]);
  });
});
