/**
 * Telegram answering 5xx, with the bot in webhook mode, where a call may wait at most
 * `maxRetryDelaySeconds` (10 s) in all so an update never outlives Telegram's webhook timeout
 * or its chat lock: the bot retries after 1, 2 and 4 s, and after four 5xx in a row gives up at
 * once — the student is told to try again, once — instead of the 3 + 6 + 12 + 24 s grammY's
 * auto-retry would wait.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { freePort } from "../support/free-port.js";
import type { BotProcess } from "./support/bot-process.js";
import { said } from "./support/questionnaire.js";
import { WebhookSender } from "./support/webhook-sender.js";
import { createWorld, type World } from "./support/world.js";

const WEBHOOK_CAP_MS = 10_000;
const BAD_GATEWAY = { ok: false as const, error_code: 502, description: "Bad Gateway" };

vi.setConfig({ testTimeout: 60_000 });

let world: World;
let bot: BotProcess;
let sender: WebhookSender;
/** When each sendMessage reached Telegram, and what it answered. */
const sends: { chatId: unknown; at: number; status: number }[] = [];

beforeAll(async () => {
  world = await createWorld({ webhook: true });
  const original = world.fake.fetch;
  (world.fake as { fetch: typeof fetch }).fetch = async (input, init) => {
    const request = input instanceof Request ? input.clone() : undefined;
    const response = await original(input, init);
    if (request?.url.endsWith("/sendMessage")) {
      const body = (await request.json()) as { chat_id?: unknown };
      const answer = (await response.clone().json()) as { ok: boolean; error_code?: number };
      sends.push({ chatId: body.chat_id, at: Date.now(), status: answer.error_code ?? 200 });
    }
    return response;
  };
  const port = await freePort();
  bot = world.startBot({
    WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/${randomBytes(6).toString("hex")}`,
    WEBHOOK_SECRET: randomBytes(16).toString("hex"),
    PORT: String(port),
  });
  await bot.waitUntilStarted();
  sender = new WebhookSender(world.fake);
});
afterAll(() => world?.dispose());

const sendsTo = (chatId: number) => sends.filter((s) => s.chatId === chatId);

it("gives up after four 5xx in a row within the cap, tells the student once, and goes on", async () => {
  const student = world.student("en", { deliver: (update) => sender.deliver(update) });
  world.fake.failNext("sendMessage", BAD_GATEWAY, 4);
  const sentAt = Date.now();
  await student.send("/help");
  const answeredAt = Date.now();

  const attempts = sendsTo(student.chatId);
  expect(attempts.map((s) => s.status)).toEqual([502, 502, 502, 502, 200]);
  expect(student.texts()).toEqual([said("en", "error-try-again")]);
  const gaps = attempts.slice(1, 4).map((s, i) => s.at - (attempts[i]?.at ?? 0));
  for (const [i, seconds] of [1, 2, 4].entries()) {
    expect(gaps[i]).toBeGreaterThanOrEqual(seconds * 1000 - 50);
  }
  // The apology follows the last 5xx at once, and the whole update stays within the cap.
  expect((attempts[4]?.at ?? 0) - (attempts[3]?.at ?? 0)).toBeLessThan(1000);
  expect(answeredAt - sentAt).toBeLessThan(WEBHOOK_CAP_MS);
  expect(bot.logs.filter((line) => line.msg === "update failed")).toHaveLength(1);

  await student.send("/help");
  expect(student.texts().at(-1)).toBe(said("en", "help"));
  expect(bot.running).toBe(true);
});

it("delivers the message after three 5xx, once", async () => {
  const student = world.student("ru", { deliver: (update) => sender.deliver(update) });
  world.fake.failNext("sendMessage", BAD_GATEWAY, 3);
  await student.send("/help");
  expect(sendsTo(student.chatId).map((s) => s.status)).toEqual([502, 502, 502, 200]);
  expect(student.texts()).toEqual([said("ru", "help")]);
});
