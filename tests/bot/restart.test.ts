/** A restart in the middle of the questionnaire loses nothing, with either store. */
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createStorage } from "../../src/storage/index.js";
import { deleteRedisKeys, describeWithRedis, freshRedisPrefix } from "../support/redis.js";
import { plain, startHarness, tempDataDir, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER, tap } from "./quiz-flow.js";

async function restartHalfWay(storageFactory: () => ReturnType<typeof createStorage>) {
  const first = await startHarness({ languageCode: "kk", storage: await storageFactory() });
  await first.send("/quiz");
  // Three answers, one multi-select toggle still open on the fourth question.
  await answerQuestionnaire(first, "kk", SCHOOL_LEAVER, 0, 3);
  await tap(first, "kk", "language-kk");
  await first.storage.close();

  // A new process: new bot, new storage connection, the same Telegram chat.
  const second = await startHarness({
    storage: await storageFactory(),
    fake: first.fake,
    student: first.student,
  });
  await tap(second, "kk", "language-ru");
  await tap(second, "kk", "quiz-done", { count: 2 });
  await answerQuestionnaire(second, "kk", SCHOOL_LEAVER, 4);
  const texts = second.texts();
  expect(texts.join("\n")).toContain(plain(tr("kk", "results-title")));
  // The answers given before the restart are the ones the results rest on.
  expect(texts.find((t) => t.startsWith("✅ 2/"))).toContain(tr("kk", "level-bachelor"));
  expect(texts.find((t) => t.startsWith("✅ 4/"))).toContain(
    `${tr("kk", "language-kk")}, ${tr("kk", "language-ru")}`,
  );
  await second.send("/results");
  expect(second.last().reply_markup).toBeDefined();
  await second.storage.close();
}

describe("a restart in the middle of the questionnaire", () => {
  it("continues where the student was, with the file store", async () => {
    const dataDir = await tempDataDir();
    await restartHalfWay(() => createStorage({ dataDir }));
  });
});

describeWithRedis("a restart in the middle of the questionnaire, with Redis", (redisUrl) => {
  const admin = new Redis(redisUrl);
  afterAll(async () => {
    admin.disconnect();
  });

  it("continues where the student was, and keeps its keys under Bagdar's prefixes with a TTL", async () => {
    const namespace = freshRedisPrefix({ cleanUpWith: admin });
    await restartHalfWay(() => createStorage({ redisUrl, dataDir: "unused", namespace }));
    const keys = await admin.keys(`${namespace}*`);
    expect(keys.some((k) => k.startsWith(`${namespace}bagdar:session:`))).toBe(true);
    for (const key of keys) expect(await admin.ttl(key)).toBeGreaterThan(0);
    await deleteRedisKeys(admin, namespace);
  });

  it("fails clearly when Redis cannot be reached, naming REDIS_URL", async () => {
    await expect(
      createStorage({ redisUrl: "redis://127.0.0.1:1", dataDir: "unused" }),
    ).rejects.toThrow(/REDIS_URL/);
  });
});
