/**
 * /forget is final across instances. Two webhook instances share Redis; a student's update on
 * instance A is caught in a Bot API call held past the chat lock's lifetime (Telegram's flood
 * control or a 5xx back-off can do that), and meanwhile the student sends /forget to instance B
 * and confirms. Afterwards no Redis key holds the student's id:
 * - while A runs, it keeps renewing its lock, so B waits and handles /forget after A is done;
 * - if A freezes (SIGSTOP, as a VM pause or a long GC would) for longer than its lock lives, B
 *   goes ahead, and A's session write when it wakes up is refused, with a warning in its log.
 */
import { randomBytes } from "node:crypto";
import type { Update } from "grammy/types";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { encodeCallback } from "../../src/bot/keyboards/callback-data.js";
import { CHAT_LOCK_TIMING } from "../../src/storage/chat-locks.js";
import { redisKeysContaining } from "../bot/privacy-support.js";
import { freePort } from "../support/free-port.js";
import { describeWithRedis } from "../support/redis.js";
import { type BotProcess, updateLogged } from "./support/bot-process.js";
import {
  answerQuestionnaire,
  SCHOOL_LEAVER,
  said,
  waitForResults,
} from "./support/questionnaire.js";
import type { Student } from "./support/student.js";
import { WebhookSender } from "./support/webhook-sender.js";
import { createWorld, type World } from "./support/world.js";

/** Longer than a chat lock lives without renewal. */
const PAST_THE_LOCK_MS = CHAT_LOCK_TIMING.ttlMs + 2000;
const STALE_WRITE = "stale write refused: the chat's lock was lost while the update ran";

// Held calls past the lock's life, on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

describeWithRedis("e2e: /forget while another instance is held up", (redisUrl) => {
  let world: World;
  let redis: Redis;
  let a: BotProcess;
  let b: BotProcess;
  let viaA: string;
  let viaB: string;
  let sender: WebhookSender;

  beforeAll(async () => {
    redis = new Redis(redisUrl);
    world = await createWorld({ redisUrl, webhook: true });
    const secret = randomBytes(16).toString("hex");
    const publicUrl = `https://bagdar.example/telegram/${randomBytes(8).toString("hex")}`;
    const ports = [await freePort(), await freePort()];
    [viaA, viaB] = ports.map((port) => `http://127.0.0.1:${port}`) as [string, string];
    [a, b] = ["instance A", "instance B"].map((name, i) =>
      world.startBot(
        { WEBHOOK_URL: publicUrl, WEBHOOK_SECRET: secret, PORT: String(ports[i]) },
        name,
      ),
    ) as [BotProcess, BotProcess];
    await Promise.all([a.waitUntilStarted(), b.waitUntilStarted()]);
    sender = new WebhookSender(world.fake);
  });
  afterEach(() => {
    // A stopped process must never be left behind, whatever failed.
    if (a?.running) process.kill(a.pid, "SIGCONT");
  });
  afterAll(async () => {
    await world?.dispose();
    redis?.disconnect();
  });

  /** A student who finished the questionnaire through B, and a way to send to either instance. */
  async function studentWithAnswers(): Promise<{ student: Student; via: { to: string } }> {
    const via = { to: viaB };
    const student = world.student("en", {
      deliver: (update: Update) => sender.deliver(update, { via: via.to }),
    });
    await student.send("/quiz");
    await answerQuestionnaire(student, SCHOOL_LEAVER);
    await waitForResults(student);
    await b.waitForLog(updateLogged(student.lastUpdate().update_id));
    expect(await keysWithId(student)).not.toEqual([]);
    return { student, via };
  }

  const keysWithId = (student: Student) =>
    redisKeysContaining(redis, "bagdar:", String(student.chatId));

  /** Taps "Yes, delete everything" on B and waits for "everything … deleted". */
  async function confirmForget(student: Student, via: { to: string }) {
    const confirm = await student.waitForButton(
      (data) => data === encodeCallback({ kind: "forget", action: "confirm" }),
      "the /forget confirmation",
      { timeoutMs: 40_000 },
    );
    via.to = viaB;
    await student.press(confirm);
    await student.waitForMessage((m) => m.text === said("en", "forget-done"), "forget-done");
  }

  it("B waits for A, which keeps its lock while its call is held past the lock's life", async () => {
    const { student, via } = await studentWithAnswers();
    const held = world.server.hold("sendMessage");
    via.to = viaA;
    const help = student.send("/help");
    await held.arrived;
    via.to = viaB;
    const forget = student.send("/forget");
    await new Promise((resolve) => setTimeout(resolve, PAST_THE_LOCK_MS));
    // A's lock outlived its TTL because A renewed it: B has not touched the chat yet.
    expect(student.texts()).not.toContain(said("en", "forget-confirm"));
    held.release();
    await Promise.all([help, forget]);
    await confirmForget(student, via);

    // One at a time: A's answer to /help came before B's confirmation question (since edited
    // into "everything … deleted").
    const sent = (text: string) => student.messages().find((m) => m.text === text)?.message_id;
    expect(sent(said("en", "forget-done"))).toBeGreaterThan(sent(said("en", "help")) ?? Infinity);
    expect(await keysWithId(student)).toEqual([]);
    for (const bot of [a, b]) {
      expect(bot.logs.filter((line) => line.level >= 40)).toEqual([]);
    }
  });

  it("A frozen past its lock's life writes nothing when it wakes: /forget on B stays done", async () => {
    const { student, via } = await studentWithAnswers();
    const held = world.server.hold("sendMessage");
    via.to = viaA;
    const help = student.send("/help");
    await held.arrived;
    process.kill(a.pid, "SIGSTOP");
    try {
      via.to = viaB;
      // B waits until A's lock runs out, then handles /forget.
      await student.send("/forget");
      await confirmForget(student, via);
      expect(await keysWithId(student)).toEqual([]);
    } finally {
      process.kill(a.pid, "SIGCONT");
    }
    held.release();
    await help;
    const refused = await a.waitForLog((line) => line.msg === STALE_WRITE);
    expect(refused.level).toBe(40);
    // Without the fence, A would have written back the session with every answer, for 90 days.
    expect(await keysWithId(student)).toEqual([]);
    const helpUpdate = student.updates.find((u) => u.message?.text === "/help");
    // The update's own line follows the warning once the update has ended.
    const helpLine = await a.waitForLog(updateLogged(helpUpdate?.update_id ?? -1));
    expect(helpLine.outcome).toBe("stale");
    expect([...a.logs, ...b.logs].filter((line) => line.level >= 50)).toEqual([]);
  });
});
