/**
 * Deadline reminders after the bot was down (or its clock jumped) for 45 days, through the real
 * scheduler, delivery and store (file and Redis), restarted after the jump: the reminders missed
 * meanwhile become one message that counts the days from now, the ones still ahead come on their
 * day, and nothing comes after the deadline.
 */
import { Api } from "grammy";
import { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { createReminderScheduler } from "../../src/bot/reminder-delivery.js";
import type { Knowledge } from "../../src/knowledge/schema.js";
import { type BotStorage, createStorage } from "../../src/storage/index.js";
import { describeWithRedis, freshRedisPrefix } from "../support/redis.js";
import { type Harness, labels, startHarness, TEST_TOKEN, tempDataDir } from "./harness.js";
import { knowledgeWithDeadline } from "./privacy-support.js";
import { answerQuestionnaire, SCHOOL_LEAVER, tap } from "./quiz-flow.js";

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse("2026-11-28T12:00:00Z");
const JUMP_DAYS = 45;

async function subscribedTo(deadlineInDays: number, storage: BotStorage) {
  const clock = { now: START };
  const knowledge = await knowledgeWithDeadline(START, deadlineInDays);
  const h = await startHarness({ storage, deps: { knowledge, now: () => clock.now } });
  await h.send("/quiz");
  await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
  await tap(h, "en", "results-funding-button");
  await h.press(labels(h.last())[0] as string);
  expect((await storage.reminders.subscriptions(h.student.id))[0]?.pending).toHaveLength(3);
  return { h, clock, knowledge };
}

/** A scheduler as `main.ts` starts one, on `storage`, with the test's clock. */
function scheduler(h: Harness, storage: BotStorage, knowledge: Knowledge, clock: { now: number }) {
  const api = new Api(TEST_TOKEN, {
    fetch: h.fake.fetch,
    apiRoot: "http://bot-api.local",
  } as never);
  const logger = pino({ level: "silent" });
  return createReminderScheduler({
    api,
    knowledge,
    storage,
    logger,
    now: () => clock.now,
    sleep: async () => {},
  });
}

/** The reminders the student got, as "<when it arrived>: <first line>". */
function remindersOf(h: Harness, from: number): string[] {
  return h.fake
    .messages(h.student.id)
    .slice(from)
    .map((m) => m.text?.split("\n")[0] ?? "")
    .map((line) => line.replace(/\. Check the documents.*$/, ""));
}

function scenarios(
  kind: string,
  open: () => Promise<{ storage: BotStorage; reopen: () => Promise<BotStorage> }>,
) {
  describe(`reminders after ${JUMP_DAYS} days of downtime (${kind} store)`, () => {
    it("send one reminder for those missed, counted from now, and the next one on its day", async () => {
      const { storage, reopen } = await open();
      // Closes on 17 January 2027: reminders due 18 Dec (30 days), 10 Jan (7), 16 Jan (1).
      const { h, clock, knowledge } = await subscribedTo(50, storage);
      const before = h.fake.messages(h.student.id).length;
      clock.now = START + JUMP_DAYS * DAY; // 12 January 2027, 12:00 UTC
      const restarted = await reopen();
      const after = scheduler(h, restarted, knowledge, clock);
      for (let day = JUMP_DAYS; day <= 60; day++) {
        clock.now = START + day * DAY;
        await after.tick();
        await after.tick();
      }
      expect(remindersOf(h, before)).toEqual([
        "🔔 Russian Government quota: applications close in 5 days, on 17 January 2027",
        "🔔 Russian Government quota: applications close tomorrow, on 17 January 2027",
      ]);
      expect(await restarted.reminders.subscriptions(h.student.id)).toEqual([]);
      await restarted.close();
    });

    it("send nothing at all when the deadline passed during the downtime", async () => {
      const { storage, reopen } = await open();
      const { h, clock, knowledge } = await subscribedTo(40, storage);
      const before = h.fake.messages(h.student.id).length;
      clock.now = START + JUMP_DAYS * DAY;
      const restarted = await reopen();
      const after = scheduler(h, restarted, knowledge, clock);
      for (let day = JUMP_DAYS; day <= 60; day++) {
        clock.now = START + day * DAY;
        await after.tick();
      }
      expect(remindersOf(h, before)).toEqual([]);
      expect(await restarted.reminders.subscriptions(h.student.id)).toEqual([]);
      await restarted.close();
    });
  });
}

scenarios("file", async () => {
  const dataDir = await tempDataDir();
  const storage = await createStorage({ dataDir });
  return { storage, reopen: () => createStorage({ dataDir }) };
});

describeWithRedis("reminders after downtime with Redis", (redisUrl) => {
  const admin = new Redis(redisUrl);
  afterAll(() => admin.disconnect());
  scenarios("Redis", async () => {
    const namespace = freshRedisPrefix({ cleanUpWith: admin });
    const options = { redisUrl, dataDir: "unused", namespace };
    const storage = await createStorage(options);
    return {
      storage,
      reopen: async () => {
        await storage.close();
        return createStorage(options);
      },
    };
  });
});
