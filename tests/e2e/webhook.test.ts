/**
 * Webhook mode, one instance: it registers its webhook with Telegram (URL, secret, update types),
 * turns away requests without the right secret before handling anything, serves /healthz, takes
 * the questionnaire through webhook POSTs, and stops cleanly on SIGTERM.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { freePort } from "../support/free-port.js";
import { describeWithRedis } from "../support/redis.js";
import { type BotProcess, updateLogged } from "./support/bot-process.js";
import {
  answerQuestionnaire,
  SCHOOL_LEAVER,
  said,
  transcriptProblems,
  waitForResults,
} from "./support/questionnaire.js";
import { WebhookSender } from "./support/webhook-sender.js";
import { createWorld, type World } from "./support/world.js";

// Bot processes on a busy 2-core machine need more room than vitest's default 20 s.
vi.setConfig({ testTimeout: 60_000 });

describeWithRedis("e2e: webhook mode, one instance", (redisUrl) => {
  let world: World;
  let bot: BotProcess;
  let sender: WebhookSender;
  let origin: string;
  let webhookUrl: string;
  const secret = randomBytes(16).toString("hex");

  beforeAll(async () => {
    world = await createWorld({ redisUrl, webhook: true });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    webhookUrl = `${origin}/telegram/${randomBytes(8).toString("hex")}`;
    bot = world.startBot({ WEBHOOK_URL: webhookUrl, WEBHOOK_SECRET: secret, PORT: String(port) });
    await bot.waitUntilStarted();
    sender = new WebhookSender(world.fake);
  });
  afterAll(() => world?.dispose());

  it("registers its URL, secret and update types with setWebhook", () => {
    expect(world.fake.webhook()).toMatchObject({ url: webhookUrl, secretToken: secret });
    expect(world.fake.webhook()?.allowedUpdates?.sort()).toEqual(["callback_query", "message"]);
  });

  it("answers /healthz with 200 once serving", async () => {
    const response = await fetch(`${origin}/healthz`);
    expect(response.status).toBe(200);
  });

  it("refuses a wrong or missing secret with 403 and handles nothing", async () => {
    const student = world.student("en", { deliver: (update) => sender.deliver(update) });
    const forged = world.fake.sendText(student.user, "/start", { queue: false });
    const bare = world.fake.sendText(student.user, "/help", { queue: false });
    expect(await sender.post(forged, { secret: `${secret}x` })).toBe(403);
    expect(await sender.post(forged, { secret: secret.slice(1) })).toBe(403);
    expect(await sender.post(bare, { secret: null })).toBe(403);

    // A genuine update afterwards is handled (the response comes once it was): only it is seen.
    await student.send("/results");
    expect(student.texts()).toEqual([said("en", "results-none")]);
    // Log lines come in order: once the genuine update's is in, a forged one's would be too.
    await bot.waitForLog(updateLogged(student.lastUpdate().update_id));
    const handled = bot.logs.filter((line) => line.msg === "update").map((l) => l.update_id);
    expect(handled).not.toContain(forged.update_id);
    expect(handled).not.toContain(bare.update_id);
  });

  it("takes a whole questionnaire through webhook requests", async () => {
    const student = world.student("kk", { deliver: (update) => sender.deliver(update) });
    await student.send("/quiz");
    await answerQuestionnaire(student, SCHOOL_LEAVER);
    await waitForResults(student);
    expect(transcriptProblems(student, SCHOOL_LEAVER, world.knowledge)).toEqual([]);
    expect(world.fake.unansweredCallbackQueries()).toEqual([]);
  });

  it("stops on SIGTERM with exit code 0 and a stopped line, within 10 s", async () => {
    const signalledAt = Date.now();
    bot.kill("SIGTERM");
    const exit = await bot.exit;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(bot.logs.some((line) => line.msg === "stopped")).toBe(true);
    expect(bot.logs.filter((line) => line.level >= 50)).toEqual([]);
  });
});
