/**
 * `/stats` for an administrator with 0, 3 and 17 students counted: small counts are shown as
 * "<5", which must reach Telegram as text (escaped), not as a broken tag that makes Telegram
 * refuse the whole message — which happened on every new deployment and in the first days of
 * every month. The bot runs as a process; the counters are in a Redis of the test's own.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { parseTelegramHtml } from "../../src/chat/bot-api/telegram-html.js";
import { countChanges, type InsightRecord, monthOf } from "../../src/insight/record.js";
import { RedisInsightStore } from "../../src/insight/store.js";
import type { BotProcess } from "./support/bot-process.js";
import { said } from "./support/questionnaire.js";
import {
  describeWithRedisServer,
  type RedisServerProcess,
  startRedisServer,
} from "./support/redis-server.js";
import type { Student } from "./support/student.js";
import { createWorld, type World } from "./support/world.js";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const RECORD: Omit<InsightRecord, "month"> = {
  level: "bachelor",
  budget: "under-2m",
  languages: ["kk", "ru"],
  field: "social-humanities",
  priorities: ["low-cost"],
  plan: "return",
  first: "russia",
  region: null,
};

describeWithRedisServer("e2e: /stats with few students", () => {
  let redis: RedisServerProcess;
  let client: Redis;
  let world: World;
  let bot: BotProcess;
  let admin: Student;
  let counted = 0;

  beforeAll(async () => {
    redis = await startRedisServer();
    client = new Redis(redis.url);
    world = await createWorld({ redisUrl: redis.url });
    admin = world.student("en");
    bot = world.startBot({ ADMIN_IDS: String(admin.chatId) });
    await bot.waitUntilStarted();
  });
  afterAll(async () => {
    await world?.dispose();
    client?.disconnect();
    await redis?.dispose();
  });

  /** Counts students as their consent would, up to `total`, this month. */
  async function countUpTo(total: number) {
    const store = new RedisInsightStore(client, "bagdar:insight:");
    for (; counted < total; counted++) {
      const record = { ...RECORD, month: monthOf(Date.now()) };
      for (const [month, counts] of countChanges(undefined, record))
        await store.apply(month, counts);
    }
  }

  it.each([
    [0, "<5"],
    [3, "<5"],
    [17, "17"],
  ])(
    "with %i students shows the counts as %s, in a message Telegram accepts",
    async (students, shown) => {
      await countUpTo(students);
      const before = admin.lastMessageId();
      const sentBefore = world.fake.callsOf("sendMessage").length;
      await admin.send("/stats");
      await admin.waitForMessage((m) => m.photo !== undefined, "the chart", { after: before });

      const text = admin.messages().find((m) => m.message_id > before && m.text !== undefined);
      expect(text?.text).toContain(`Students counted: ${shown} in all months, ${shown} in`);
      expect(admin.texts()).not.toContain(said("en", "error-try-again"));
      const sent = world.fake.callsOf("sendMessage").slice(sentBefore);
      expect(sent.map((call) => call.error)).toEqual([undefined]);
      // What Telegram checks, checked again here: the HTML parses, and the message fits a phone.
      const html = String(sent[0]?.payload.text);
      expect(() => parseTelegramHtml(html)).not.toThrow();
      expect(parseTelegramHtml(html).text.length).toBeLessThanOrEqual(2000);
      expect(bot.logs.filter((line) => line.level >= 50)).toEqual([]);
    },
  );
});
