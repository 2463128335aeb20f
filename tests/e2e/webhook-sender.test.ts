/** The webhook side of the emulator: Telegram's POSTs, secret header and redelivery. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { FakeBotApi } from "../../src/chat/fake-bot-api.js";
import { freePort } from "../support/free-port.js";
import { WebhookSender } from "./support/webhook-sender.js";

interface Received {
  path: string;
  secret: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

describe("e2e support: webhook delivery like Telegram's", () => {
  let receiver: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => receiver?.close(resolve) ?? resolve(undefined));
    receiver = undefined;
  });

  /** A webhook endpoint answering the given statuses in turn (200 once they run out). */
  async function endpoint(statuses: number[] = []) {
    const received: Received[] = [];
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        received.push({
          path: req.url ?? "",
          secret: req.headers["x-telegram-bot-api-secret-token"] as string | undefined,
          contentType: req.headers["content-type"],
          body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
        });
        res.writeHead(statuses.shift() ?? 200).end();
      });
    });
    await new Promise<void>((resolve) => receiver?.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    return { received, origin };
  }

  async function botWithWebhook(url: string, allowed?: string[]) {
    const fake = new FakeBotApi({ queueUpdates: false });
    const api = new Api("1:test", { fetch: fake.fetch, apiRoot: "http://bot-api.local" });
    await api.setWebhook(url, {
      secret_token: "right_secret",
      ...(allowed ? { allowed_updates: allowed as never } : {}),
    });
    return { fake, student: fake.user() };
  }

  it("POSTs the update as JSON to the registered URL with the registered secret", async () => {
    const { received, origin } = await endpoint();
    const { fake, student } = await botWithWebhook(`${origin}/tg/hook`);
    const update = fake.sendText(student, "/start");
    await expect(new WebhookSender(fake).deliver(update)).resolves.toEqual({ attempts: [200] });
    expect(received).toEqual([
      { path: "/tg/hook", secret: "right_secret", contentType: "application/json", body: update },
    ]);
  });

  it("sends through another origin, as a load balancer, keeping the path", async () => {
    const { received, origin } = await endpoint();
    const { fake, student } = await botWithWebhook("https://bagdar.example/tg/hook");
    await new WebhookSender(fake).deliver(fake.sendText(student, "hi"), { via: origin });
    expect(received.map((r) => r.path)).toEqual(["/tg/hook"]);
  });

  it("delivers again after a non-2xx answer until the bot takes it", async () => {
    const { received, origin } = await endpoint([500, 503]);
    const { fake, student } = await botWithWebhook(`${origin}/hook`);
    const update = fake.sendText(student, "hi");
    const delivery = await new WebhookSender(fake, { retryDelayMs: 1 }).deliver(update);
    expect(delivery.attempts).toEqual([500, 503, 200]);
    expect(received.map((r) => r.body)).toEqual([update, update, update]);
  });

  it("retries an unreachable bot and gives up after the last attempt", async () => {
    const port = await freePort();
    const { fake, student } = await botWithWebhook(`http://127.0.0.1:${port}/hook`);
    const sender = new WebhookSender(fake, { retryDelayMs: 1, maxAttempts: 3 });
    await expect(sender.deliver(fake.sendText(student, "hi"))).rejects.toThrow(
      /refused 3 times \(0, 0, 0\)/,
    );
  });

  it("sends a forged or missing secret when asked, once, and reports the status", async () => {
    const { received, origin } = await endpoint([403, 403]);
    const { fake, student } = await botWithWebhook(`${origin}/hook`);
    const sender = new WebhookSender(fake);
    const update = fake.sendText(student, "hi");
    expect(await sender.post(update, { secret: "wrong" })).toBe(403);
    expect(await sender.post(update, { secret: null })).toBe(403);
    expect(received.map((r) => r.secret)).toEqual(["wrong", undefined]);
  });

  it("drops update types the bot did not subscribe to", async () => {
    const { received, origin } = await endpoint();
    const { fake, student } = await botWithWebhook(`${origin}/hook`, ["callback_query"]);
    const delivery = await new WebhookSender(fake).deliver(fake.sendText(student, "hi"));
    expect(delivery).toEqual({ attempts: [] });
    expect(received).toEqual([]);
  });

  it("refuses to deliver while no webhook is set", async () => {
    const fake = new FakeBotApi({ queueUpdates: false });
    const update = fake.sendText(fake.user(), "hi");
    await expect(new WebhookSender(fake).deliver(update)).rejects.toThrow(/setWebhook/);
  });
});
