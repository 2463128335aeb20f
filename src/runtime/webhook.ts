/**
 * Webhook mode: an HTTP server that takes Telegram's POSTs at the path of `WEBHOOK_URL`, checks
 * the secret token on every request, and answers `GET /healthz` for load balancers and Docker.
 *
 * An update is acknowledged only after it was handled: if handling fails (Redis away, a chat lock
 * that timed out), Telegram gets a 500 and delivers the update again later.
 */
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import type { Logger } from "../logger.js";
import { ALLOWED_UPDATES, type Transport } from "./transport.js";

/** Telegram's updates are small; anything larger is not from Telegram. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface WebhookOptions {
  bot: Bot<BotContext>;
  url: string;
  secret: string;
  port: number;
  host?: string;
  logger: Logger;
  /** Resolves when every dependency (Redis) answers; rejects otherwise. */
  healthy: () => Promise<void>;
}

export interface WebhookTransport extends Transport {
  /** The port actually bound (useful with port 0). */
  port: number;
}

function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== "string") return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function reply(res: ServerResponse, status: number, body = ""): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(body);
}

export async function startWebhook(options: WebhookOptions): Promise<WebhookTransport> {
  const { bot, logger } = options;
  const path = new URL(options.url).pathname;
  const inFlight = new Set<Promise<unknown>>();
  let accepting = true;

  const server = createServer(async (req, res) => {
    const requestPath = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && requestPath === "/healthz") {
      try {
        if (!bot.isInited()) throw new Error("bot not initialised");
        await options.healthy();
        reply(res, 200, "ok");
      } catch (error) {
        reply(res, 503, (error as Error).message);
      }
      return;
    }
    if (requestPath !== path) return reply(res, 404, "not found");
    if (req.method !== "POST") return reply(res, 405, "method not allowed");
    if (!secretMatches(req.headers["x-telegram-bot-api-secret-token"], options.secret)) {
      logger.warn({ path: requestPath }, "webhook request with a wrong secret token");
      return reply(res, 403, "forbidden");
    }
    if (!accepting) return reply(res, 503, "shutting down");
    let update: Update;
    try {
      update = JSON.parse(await readBody(req)) as Update;
      if (typeof update?.update_id !== "number") throw new TypeError("not an update");
    } catch {
      return reply(res, 400, "bad request");
    }
    const task = bot.handleUpdate(update);
    inFlight.add(task);
    try {
      await task;
      reply(res, 200);
    } catch (error) {
      logger.error({ update_id: update.update_id, error: String(error) }, "webhook update failed");
      reply(res, 500);
    } finally {
      inFlight.delete(task);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  await bot.api.setWebhook(options.url, {
    secret_token: options.secret,
    allowed_updates: [...ALLOWED_UPDATES],
  });

  return {
    mode: "webhook",
    port: (server.address() as AddressInfo).port,
    stop: async () => {
      accepting = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...inFlight]);
      server.closeIdleConnections();
      await closed;
    },
  };
}
