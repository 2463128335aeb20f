/**
 * Two bots sharing Redis as webhook instances do, one student: an update on instance A is held
 * up in a Bot API call while the student sends /forget to instance B and confirms. Whether A
 * keeps its chat lock (renewed while it runs: B waits) or loses it (A froze for longer than the
 * lock lives: B goes ahead), A can never write the student's session back — nothing with the
 * student's id is left in Redis.
 */
import { Redis } from "ioredis";
import { afterAll, expect, it } from "vitest";
import type { FakeBotApi } from "../../src/chat/fake-bot-api.js";
import type { ChatLockTiming } from "../../src/storage/chat-locks.js";
import { createStorage } from "../../src/storage/index.js";
import { describeWithRedis, freshRedisPrefix } from "../support/redis.js";
import { type Harness, plain, startHarness, tr } from "./harness.js";
import { distinctStudent, redisKeysContaining, STUDENT_ID } from "./privacy-support.js";
import { answerQuestionnaire, SCHOOL_LEAVER, tap } from "./quiz-flow.js";

/** Holds the next `method` call made through the returned fetch until `release()`. */
function gatedFetch(fake: FakeBotApi, method: string) {
  const original = fake.fetch;
  let release = () => {};
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let armed = false;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (armed && String(input).endsWith(`/${method}`)) {
      armed = false;
      arrive();
      await released;
    }
    return original(input, init);
  };
  return { fetch, arm: () => (armed = true), arrived, release: () => release() };
}

describeWithRedis("/forget across two instances", (redisUrl) => {
  const admin = new Redis(redisUrl);
  afterAll(() => admin.disconnect());

  async function twoInstances(aTiming: Partial<ChatLockTiming>) {
    const namespace = freshRedisPrefix({ cleanUpWith: admin });
    const { fake, student } = distinctStudent();
    const storageOf = (chatLockTiming: Partial<ChatLockTiming>) =>
      createStorage({ redisUrl, dataDir: "unused", namespace, chatLockTiming });
    // Instance A talks to Telegram through a fetch that can hold one call.
    const gate = gatedFetch(fake, "sendMessage");
    const original = fake.fetch;
    (fake as { fetch: typeof fetch }).fetch = gate.fetch;
    const a = await startHarness({
      fake,
      student,
      storage: await storageOf(aTiming),
      distributed: true,
    });
    (fake as { fetch: typeof fetch }).fetch = original;
    const b = await startHarness({
      fake,
      student,
      storage: await storageOf({ ttlMs: 2000, renewEveryMs: 500 }),
      distributed: true,
    });
    await b.send("/quiz");
    await answerQuestionnaire(b, "en", SCHOOL_LEAVER);
    expect(await redisKeysContaining(admin, namespace, String(STUDENT_ID))).not.toEqual([]);
    return { a, b, gate, namespace };
  }

  async function close(...harnesses: Harness[]) {
    for (const h of harnesses) await h.storage.close();
  }

  it("waits on B while A's held-up update keeps its lock, then forgets everything", async () => {
    // A's lock lives 300 ms and is renewed every 100 ms; the call is held for 1.2 s.
    const { a, b, gate, namespace } = await twoInstances({ ttlMs: 300, renewEveryMs: 100 });
    gate.arm();
    const help = a.send("/help");
    await gate.arrived;
    const forget = b.send("/forget");
    await new Promise((resolve) => setTimeout(resolve, 1200));
    // B is still waiting for the chat: nothing was asked yet.
    expect(b.texts()).not.toContain(plain(tr("en", "forget-confirm")));
    gate.release();
    await Promise.all([help, forget]);
    // One at a time: A answered /help before B could even ask for the confirmation.
    const texts = b.texts();
    const helpAt = texts.lastIndexOf(plain(tr("en", "help")));
    expect(helpAt).toBeGreaterThanOrEqual(0);
    expect(texts.lastIndexOf(plain(tr("en", "forget-confirm")))).toBe(helpAt + 1);
    await tap(b, "en", "forget-confirm-button");
    expect(b.last().text).toBe(tr("en", "forget-done"));

    expect(await redisKeysContaining(admin, namespace, String(STUDENT_ID))).toEqual([]);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await close(a, b);
  });

  it("refuses A's write when A lost its lock while frozen, so the /forget on B stays done", async () => {
    // A never renews (a frozen process): its lock runs out after 300 ms.
    const { a, b, gate, namespace } = await twoInstances({ ttlMs: 300, renewEveryMs: 60_000 });
    gate.arm();
    const help = a.send("/help");
    await gate.arrived;
    await b.send("/forget");
    await tap(b, "en", "forget-confirm-button");
    expect(b.last().text).toBe(tr("en", "forget-done"));
    expect(await redisKeysContaining(admin, namespace, String(STUDENT_ID))).toEqual([]);

    gate.release();
    await help;
    // A's session, with the student's answers, would have come back here for 90 days.
    expect(await redisKeysContaining(admin, namespace, String(STUDENT_ID))).toEqual([]);
    const warnings = a.errors.map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(warnings.map((w) => [w.level, w.msg])).toEqual([
      [40, "stale write refused: the chat's lock was lost while the update ran"],
    ]);
    expect(b.errors).toEqual([]);
    await close(a, b);
  });
});
