import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { monthOf } from "../../src/insight/record.js";
import { createStorage } from "../../src/storage/index.js";
import { describeWithRedis, freshRedisPrefix } from "../support/redis.js";
import { type Harness, labels, startHarness, tempDataDir, tr } from "./harness.js";
import {
  allFiles,
  distinctStudent,
  filesContaining,
  knowledgeWithDeadline,
  redisKeys,
  redisKeysContaining,
  STUDENT_ID,
} from "./privacy-support.js";
import { answerQuestionnaire, SCHOOL_LEAVER, tap } from "./quiz-flow.js";

/** Everything a student can leave behind: answers, consent, region, a reminder, a half-done run. */
async function leaveEverything(h: Harness): Promise<void> {
  await h.send("/start");
  await h.send("/quiz");
  await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
  await tap(h, "en", "consent-yes-button");
  await tap(h, "en", "region-karaganda");
  await tap(h, "en", "results-funding-button");
  const remind = labels(h.last()).find((l) => l.startsWith("🔔"));
  expect(remind, "the funding details offer a reminder").toBeDefined();
  await h.press(remind as string);
  await h.send("/quiz");
  await tap(h, "en", "situation-graduated");
  await tap(h, "en", "level-master");
}

async function forget(h: Harness): Promise<void> {
  await h.send("/forget");
  await tap(h, "en", "forget-confirm-button");
  expect(h.last().text).toBe(tr("en", "forget-done"));
}

describe("/privacy", () => {
  it.each(["en", "ru", "kk"] as const)(
    "explains what is stored, where, for how long and why, in %s, with the consent button",
    async (locale) => {
      const h = await startHarness({ languageCode: locale });
      await h.send("/privacy");
      const text = h.last().text ?? "";
      expect(text).toContain("90");
      expect(text).toContain("Redis");
      expect(text).toContain("/forget");
      expect(text).toContain(tr(locale, "privacy-status-unset").replace(/<\/?b>/g, ""));
      expect(labels(h.last())).toEqual([
        tr(locale, "privacy-consent-on-button"),
        tr(locale, "privacy-forget-button"),
      ]);
      expect(h.errors).toEqual([]);
    },
  );

  it("turns consent on and off from /privacy, and the message shows the new state", async () => {
    const h = await startHarness();
    await h.send("/privacy");
    await tap(h, "en", "privacy-consent-on-button");
    expect(h.fake.messages(h.student.id).at(-2)?.text).toContain("on. Thank you!");
    expect(h.last().text).toBe(tr("en", "region-question"));
    await tap(h, "en", "privacy-consent-off-button");
    expect(h.fake.messages(h.student.id).at(-2)?.text).toContain("Anonymous statistics: off");
  });
});

describe("/forget", () => {
  let h: Harness | undefined;
  afterEach(() => {
    expect(h?.errors ?? []).toEqual([]);
  });

  it("asks first, and keeps everything when the student says no", async () => {
    h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    await h.send("/forget");
    expect(labels(h.last())).toEqual([
      tr("en", "forget-confirm-button"),
      tr("en", "forget-cancel-button"),
    ]);
    await tap(h, "en", "forget-cancel-button");
    expect(h.last().text).toBe(tr("en", "forget-cancelled"));
    await h.send("/results");
    expect(h.texts().at(-1)).not.toBe(tr("en", "results-none"));
  });

  it("leaves nothing with the student's id in the file store", async () => {
    const dataDir = await tempDataDir();
    const knowledge = await knowledgeWithDeadline(Date.now());
    h = await startHarness({
      storage: await createStorage({ dataDir }),
      deps: { knowledge },
      ...studentOptions(),
    });
    await leaveEverything(h);
    // The scan can fail: before /forget the id is in the session (which holds the unfinished
    // questionnaire too) and the reminder.
    const before = (await filesContaining(dataDir, String(STUDENT_ID))).map((f) =>
      f.slice(dataDir.length).replace(/[0-9a-f]{32}/, "…"),
    );
    expect(before.sort()).toEqual(["/reminders/reminders.json", "/sessions/….json"]);
    expect(await h.storage.insight.months()).toEqual({
      [monthOf(Date.now())]: expect.objectContaining({ students: 1, "region:karaganda": 1 }),
    });
    await forget(h);
    expect(await filesContaining(dataDir, String(STUDENT_ID))).toEqual([]);
    // What is left is the anonymous counters, which hold no id at all.
    expect((await allFiles(dataDir)).map((f) => f.slice(dataDir.length))).toEqual([
      "/insight/counts.json",
      "/reminders/reminders.json",
    ]);
    // What this student added this month was taken out again, leaving no trace.
    expect(await h.storage.insight.months()).toEqual({});
    await h.send("/results");
    expect(h.last().text).toBe(tr("en", "results-none"));
  });

  it("the first questionnaire after /forget asks for consent again", async () => {
    h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    await tap(h, "en", "consent-no-button");
    await forget(h);
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    expect(h.last().text).toBe(plainText(tr("en", "consent-question")));
  });
});

describeWithRedis("/forget with Redis", (redisUrl) => {
  const redis = new Redis(redisUrl);
  afterAll(() => redis.disconnect());

  it("leaves nothing with the student's id in Redis", async () => {
    const namespace = freshRedisPrefix({ cleanUpWith: redis });
    const storage = await createStorage({ redisUrl, dataDir: "unused", namespace });
    const h = await startHarness({
      storage,
      deps: { knowledge: await knowledgeWithDeadline(Date.now()) },
      ...studentOptions(),
    });
    try {
      await leaveEverything(h);
      const before = await redisKeysContaining(redis, namespace, String(STUDENT_ID));
      const kinds = before.map((k) => k.slice(namespace.length).replace(/\d{6,}.*$/, "…")).sort();
      expect(kinds).toEqual([
        "bagdar:reminder:chat:…",
        "bagdar:reminder:due",
        "bagdar:reminder:job:…",
        "bagdar:reminder:job:…",
        "bagdar:reminder:job:…",
        "bagdar:session:…",
      ]);
      // The unfinished questionnaire lives in the session, so deleting it takes the run too.
      const sessionKey = before.find((k) => k.includes("bagdar:session:")) as string;
      expect(JSON.parse((await redis.get(sessionKey)) ?? "{}")).toHaveProperty("conversation");
      await forget(h);
      expect(await redisKeysContaining(redis, namespace, String(STUDENT_ID))).toEqual([]);
      // Nothing is left at all: no counters either, as this student's count was taken out.
      expect(await redisKeys(redis, namespace)).toEqual([]);
      expect(h.errors).toEqual([]);
    } finally {
      await storage.close();
    }
  });
});

function studentOptions() {
  return distinctStudent();
}

function plainText(html: string): string {
  return html.replace(/<[^>]+>/g, "");
}
