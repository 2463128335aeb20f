import { Api } from "grammy";
import { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { createReminderScheduler } from "../../src/bot/reminder-delivery.js";
import { createStorage } from "../../src/storage/index.js";
import { describeWithRedis, freshRedisPrefix } from "../support/redis.js";
import { type Harness, labels, startHarness, TEST_TOKEN, tr } from "./harness.js";
import { isoDay, knowledgeWithDeadline } from "./privacy-support.js";
import { answerQuestionnaire, SCHOOL_LEAVER, tap } from "./quiz-flow.js";

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse("2026-11-28T12:00:00Z");

async function subscribed(
  options: { languageCode?: string; storage?: Awaited<ReturnType<typeof createStorage>> } = {},
) {
  const clock = { now: START };
  const knowledge = await knowledgeWithDeadline(START, 40);
  const h = await startHarness({
    ...(options.languageCode ? { languageCode: options.languageCode } : {}),
    ...(options.storage ? { storage: options.storage } : {}),
    deps: { knowledge, now: () => clock.now },
  });
  const locale = (options.languageCode ?? "en") as "en" | "ru" | "kk";
  await h.send("/quiz");
  await answerQuestionnaire(h, locale, SCHOOL_LEAVER);
  await tap(h, locale, "results-funding-button");
  return { h, clock, knowledge, locale };
}

function schedulerFor(
  h: Harness,
  knowledge: Awaited<ReturnType<typeof knowledgeWithDeadline>>,
  clock: { now: number },
) {
  const api = new Api(TEST_TOKEN, {
    fetch: h.fake.fetch,
    apiRoot: "http://bot-api.local",
  } as never);
  const logs: string[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void logs.push(line) });
  const scheduler = createReminderScheduler({
    api,
    knowledge,
    storage: h.storage,
    logger,
    now: () => clock.now,
    sleep: async () => {},
  });
  return { scheduler, logs };
}

async function runDays(scheduler: { tick(): Promise<number> }, clock: { now: number }, days = 41) {
  for (let day = 0; day <= days; day++) {
    clock.now = START + day * DAY;
    await scheduler.tick();
  }
}

describe("deadline reminders", () => {
  it("are offered under the funding details only for routes with a dated deadline", async () => {
    const { h } = await subscribed();
    const closes = isoDay(START + 40 * DAY);
    expect(h.last().text).toBe(tr("en", "reminders-offer").replace(/<\/?b>/g, ""));
    expect(labels(h.last())).toEqual([
      tr("en", "reminders-subscribe-button", {
        funding: "Russian Government quota",
        date: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
          new Date(closes),
        ),
      }),
    ]);
  });

  it("are not offered at all with the real knowledge base, which has no dated deadline yet", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    await tap(h, "en", "results-funding-button");
    expect(h.texts().some((t) => t.startsWith("🔔"))).toBe(false);
  });

  it("are listed and cancelled with /reminders", async () => {
    const { h } = await subscribed();
    await h.press(labels(h.last())[0] as string);
    expect(h.last().text).toContain("Russian Government quota");
    expect(h.last().text).toContain("3 reminders are ahead, the first on 8 December 2026");
    await h.send("/reminders");
    expect(h.last().text).toContain("next reminder on 8 December 2026 (30 days before)");
    await h.press("❌ Russian Government quota");
    expect(h.last().text).toBe(tr("en", "reminders-none"));
    expect(await h.storage.reminders.subscriptions(h.student.id)).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it("arrive 30, 7 and 1 day before, once each, in the student's language, with the official link", async () => {
    const { h, clock, knowledge } = await subscribed({ languageCode: "kk" });
    await h.press(labels(h.last())[0] as string);
    const { scheduler } = schedulerFor(h, knowledge, clock);
    const before = h.fake.messages(h.student.id).length;
    await runDays(scheduler, clock);
    await runDays(scheduler, clock); // again: nothing is sent twice
    const reminders = h.fake.messages(h.student.id).slice(before);
    expect(reminders.map((m) => m.text?.split("\n")[0])).toEqual([
      "🔔 Ресей үкіметінің квотасы: өтінім қабылдау 30 күннен кейін аяқталады (2027 ж. 7 қаңтар). Қажетті құжаттарды тексеріп, өтінімді ресми бетте беріңіз.",
      "🔔 Ресей үкіметінің квотасы: өтінім қабылдау 7 күннен кейін аяқталады (2027 ж. 7 қаңтар). Қажетті құжаттарды тексеріп, өтінімді ресми бетте беріңіз.",
      "🔔 Ресей үкіметінің квотасы: өтінім қабылдау ертең аяқталады (2027 ж. 7 қаңтар). Қажетті құжаттарды тексеріп, өтінімді ресми бетте беріңіз.",
    ]);
    const link = reminders[0]?.entities?.find((e) => e.type === "text_link");
    expect(link && "url" in link ? link.url : undefined).toBe("https://education-in-russia.com");
    expect(await h.storage.reminders.subscriptions(h.student.id)).toEqual([]);
  });

  it("follow the student's language when they change it after subscribing", async () => {
    const { h, clock, knowledge } = await subscribed();
    await h.press(labels(h.last())[0] as string);
    await h.send("/language");
    await h.press("Русский");
    const { scheduler } = schedulerFor(h, knowledge, clock);
    await runDays(scheduler, clock, 11);
    expect(h.last().text).toMatch(
      /^🔔 Квота Правительства России: приём заявок заканчивается через 30 дней/,
    );
  });

  it("to a student who blocked the bot are dropped after one try, and logged", async () => {
    const { h, clock, knowledge } = await subscribed();
    await h.press(labels(h.last())[0] as string);
    h.fake.blockBot(h.student.id);
    const { scheduler, logs } = schedulerFor(h, knowledge, clock);
    const calls = h.fake.calls.length;
    await runDays(scheduler, clock);
    const sends = h.fake.calls.slice(calls).filter((c) => c.method === "sendMessage");
    expect(sends).toHaveLength(1);
    expect(sends[0]?.error?.error_code).toBe(403);
    expect(await h.storage.reminders.subscriptions(h.student.id)).toEqual([]);
    expect(logs.join("\n")).toContain("blocked the bot");
  });
});

describeWithRedis("deadline reminders with Redis", (redisUrl) => {
  const admin = new Redis(redisUrl);
  afterAll(() => admin.disconnect());

  it("fire once across two bot instances sharing Redis, and not again after a restart", async () => {
    const namespace = freshRedisPrefix({ cleanUpWith: admin });
    const storage = await createStorage({ redisUrl, dataDir: "unused", namespace });
    const other = await createStorage({ redisUrl, dataDir: "unused", namespace });
    try {
      const { h, clock, knowledge } = await subscribed({ storage });
      await h.press(labels(h.last())[0] as string);
      const before = h.fake.messages(h.student.id).length;
      const one = schedulerFor(h, knowledge, clock).scheduler;
      const two = schedulerFor({ ...h, storage: other }, knowledge, clock).scheduler;
      for (let day = 0; day <= 20; day++) {
        clock.now = START + day * DAY;
        await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);
      }
      // Restart: new connections, new schedulers, same Redis.
      const restarted = await createStorage({ redisUrl, dataDir: "unused", namespace });
      try {
        const three = schedulerFor({ ...h, storage: restarted }, knowledge, clock).scheduler;
        for (let day = 20; day <= 41; day++) {
          clock.now = START + day * DAY;
          await Promise.all([three.tick(), two.tick()]);
        }
      } finally {
        await restarted.close();
      }
      const reminders = h.fake.messages(h.student.id).slice(before);
      expect(reminders.map((m) => m.text?.match(/(\d+ days|tomorrow)/)?.[0])).toEqual([
        "30 days",
        "7 days",
        "tomorrow",
      ]);
    } finally {
      await storage.close();
      await other.close();
    }
  });
});
