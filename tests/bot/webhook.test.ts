/** The webhook server: secret checked on every request, health check, updates acknowledged after handling. */
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/create-bot.js";
import { FakeBotApi } from "../../src/chat/fake-bot-api.js";
import { startWebhook, type WebhookTransport } from "../../src/runtime/webhook.js";
import { createStorage } from "../../src/storage/index.js";
import { realKnowledge, TEST_TOKEN, tempDataDir } from "./harness.js";

const SECRET = "webhook_secret-123";

async function serve(healthy: () => Promise<void> = async () => {}) {
  const fake = new FakeBotApi({ queueUpdates: false, token: TEST_TOKEN });
  const bot = createBot({
    token: TEST_TOKEN,
    knowledge: await realKnowledge(),
    storage: await createStorage({ dataDir: await tempDataDir() }),
    logger: pino({ level: "silent" }),
    client: { fetch: fake.fetch, apiRoot: "http://bot-api.local" },
  });
  await bot.init();
  const transport = await startWebhook({
    bot,
    url: "https://bagdar.example/telegram/hook",
    secret: SECRET,
    port: 0,
    host: "127.0.0.1",
    logger: pino({ level: "silent" }),
    healthy,
  });
  return { fake, transport, base: `http://127.0.0.1:${transport.port}` };
}

describe("webhook mode", () => {
  let transport: WebhookTransport | undefined;
  afterEach(async () => {
    await transport?.stop();
    transport = undefined;
  });

  it("registers itself with Telegram with the secret and the update types it handles", async () => {
    const served = await serve();
    transport = served.transport;
    const call = served.fake.callsOf("setWebhook").at(-1);
    expect(call?.payload).toMatchObject({
      url: "https://bagdar.example/telegram/hook",
      secret_token: SECRET,
      allowed_updates: ["message", "callback_query"],
    });
  });

  it("handles an update with the right secret and refuses one without it", async () => {
    const served = await serve();
    transport = served.transport;
    const student = served.fake.user({ language_code: "en" });
    const update = served.fake.sendText(student, "/start");
    const post = (secret?: string) =>
      fetch(`${served.base}/telegram/hook`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}),
        },
        body: JSON.stringify(update),
      });
    expect((await post()).status).toBe(403);
    expect((await post("wrong")).status).toBe(403);
    expect(served.fake.messages(student.id)).toHaveLength(0);
    expect((await post(SECRET)).status).toBe(200);
    expect(served.fake.messages(student.id)).toHaveLength(1);
    expect((await fetch(`${served.base}/elsewhere`, { method: "POST" })).status).toBe(404);
  });

  it("answers /healthz with 200 only while its dependencies answer", async () => {
    let redisUp = true;
    const served = await serve(async () => {
      if (!redisUp) throw new Error("redis does not answer");
    });
    transport = served.transport;
    expect((await fetch(`${served.base}/healthz`)).status).toBe(200);
    redisUp = false;
    expect((await fetch(`${served.base}/healthz`)).status).toBe(503);
  });
});
