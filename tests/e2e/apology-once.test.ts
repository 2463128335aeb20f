/**
 * Redis is down in webhook mode, and Telegram delivers each refused update again and again (five
 * times in 12 s was seen). The student is told "something went wrong" once per update — not once
 * per delivery — and the tap counts once Redis is back.
 */
import { afterEach, expect, it, vi } from "vitest";
import { freePort } from "../support/free-port.js";
import { updateLogged } from "./support/bot-process.js";
import { answerButton, SCHOOL_LEAVER, said } from "./support/questionnaire.js";
import {
  describeWithRedisServer,
  type RedisServerProcess,
  startRedisServer,
} from "./support/redis-server.js";
import { WebhookSender } from "./support/webhook-sender.js";
import { createWorld, type World } from "./support/world.js";

const DELIVERIES_WHILE_DOWN = 5;

vi.setConfig({ testTimeout: 60_000 });

describeWithRedisServer("e2e: webhook redeliveries while Redis is down", () => {
  let redis: RedisServerProcess | undefined;
  let world: World | undefined;
  afterEach(async () => {
    await world?.dispose();
    await redis?.dispose();
  });

  it("apologises once per update however often Telegram delivers it", async () => {
    redis = await startRedisServer();
    world = await createWorld({ redisUrl: redis.url, webhook: true });
    const port = await freePort();
    const bot = world.startBot({
      WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/hook`,
      WEBHOOK_SECRET: "apology_secret",
      PORT: String(port),
    });
    await bot.waitUntilStarted();
    const sender = new WebhookSender(world.fake);
    const student = world.student("kk", { deliver: (update) => sender.deliver(update) });
    const tryAgain = said("kk", "error-try-again");
    await student.send("/quiz");
    const question1 = await answerButton(student, 0, SCHOOL_LEAVER.choices[0]?.[0] ?? 0);

    await redis.stop();
    const tap = world.fake.pressButton(student.chatId, question1.messageId, question1.data, {
      queue: false,
    });
    const text = world.fake.sendText(student.user, "/help", { queue: false });
    for (let delivery = 0; delivery < DELIVERIES_WHILE_DOWN; delivery++) {
      expect(await sender.post(tap)).toBe(500);
      expect(await sender.post(text)).toBe(500);
    }
    expect(bot.logs.filter(updateLogged(tap.update_id))).toHaveLength(DELIVERIES_WHILE_DOWN);
    expect(student.texts().filter((t) => t === tryAgain)).toHaveLength(2);
    // The tap's spinner was stopped once; answering it again would be refused by Telegram.
    const answers = world.fake
      .callsOf("answerCallbackQuery")
      .filter((call) => call.payload.callback_query_id === tap.callback_query?.id);
    expect(answers.map((call) => call.error?.error_code ?? 200)).toEqual([200]);

    await redis.start();
    const { attempts } = await sender.deliver(tap);
    expect(attempts.at(-1)).toBe(200);
    await answerButton(student, 1, SCHOOL_LEAVER.choices[1]?.[0] ?? 0);
    expect(student.texts().filter((t) => t === tryAgain)).toHaveLength(2);
    // Handled at last, the tap answers its query again; Telegram refuses that (already answered),
    // which the bot expects. Nothing else it sent was refused.
    const refused = world.fake.calls.filter((call) => call.error !== undefined);
    expect(refused.filter((call) => call.method !== "answerCallbackQuery")).toEqual([]);
  });
});
