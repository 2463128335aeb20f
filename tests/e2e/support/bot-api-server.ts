/**
 * The in-process {@link FakeBotApi} served over real HTTP on 127.0.0.1, so a bot running as its
 * own process can use it as `TELEGRAM_API_ROOT`. Each request becomes one `fake.fetch(Request)`
 * call and its Response is streamed back; a client that hangs up aborts its call (a killed bot's
 * long poll ends as it would at Telegram).
 *
 * @example
 * const fake = new FakeBotApi({ token });
 * const server = await startBotApiServer(fake);
 * startBotProcess({ env: { BOT_TOKEN: token, TELEGRAM_API_ROOT: server.apiRoot } });
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { FakeBotApi } from "../../../src/chat/fake-bot-api.js";

/** A request held back before the fake sees it, to catch the bot in the middle of a call. */
export interface HeldRequest {
  /** Resolves when the bot has made the request (it is now waiting for the answer). */
  readonly arrived: Promise<void>;
  /** Lets the request through to the fake. */
  release(): void;
}

export interface BotApiServer {
  /** The Bot API root to give the bot, e.g. `http://127.0.0.1:41234`. */
  readonly apiRoot: string;
  /** The port the OS gave the server. */
  readonly port: number;
  /** Holds the next request of `method` (case-insensitive) until `release()`. */
  hold(method: string): HeldRequest;
  /** Stops the server and drops open connections (a waiting long poll among them). */
  close(): Promise<void>;
}

/** Connection-level headers belong to this hop, not to the request the fake reads. */
const HOP_HEADERS = new Set(["host", "connection", "keep-alive", "transfer-encoding"]);
const METHOD_IN_PATH = /\/bot[^/]+\/(?:test\/)?([A-Za-z0-9_]+)\/?$/;

/** Starts serving `fake` on a free port of 127.0.0.1. */
export async function startBotApiServer(fake: FakeBotApi): Promise<BotApiServer> {
  const holds = new Map<string, { arrive: () => void; released: Promise<void> }[]>();

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // A hung-up client (its aborted long poll lands here) has nobody left to answer.
      if (res.destroyed) return;
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error_code: 500, description: String(error) }));
      } else {
        res.destroy();
      }
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readAll(req);
    const hangUp = new AbortController();
    res.once("close", () => {
      if (!res.writableFinished) hangUp.abort();
    });

    const method = METHOD_IN_PATH.exec(new URL(req.url ?? "/", "http://x").pathname)?.[1];
    const hold = method === undefined ? undefined : holds.get(method.toLowerCase())?.shift();
    if (hold !== undefined) {
      hold.arrive();
      await hold.released;
    }

    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || HOP_HEADERS.has(name)) continue;
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(`${apiRoot}${req.url ?? "/"}`, {
      method: req.method ?? "GET",
      headers,
      ...(hasBody ? { body } : {}),
    });
    const response = await fake.fetch(request, { signal: hangUp.signal });
    if (hangUp.signal.aborted) return;
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body === null) {
      res.end();
      return;
    }
    Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const apiRoot = `http://127.0.0.1:${port}`;

  return {
    apiRoot,
    port,
    hold(method) {
      let arrive = () => {};
      let release = () => {};
      const arrived = new Promise<void>((resolve) => {
        arrive = resolve;
      });
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      const key = method.toLowerCase();
      holds.set(key, [...(holds.get(key) ?? []), { arrive, released }]);
      return { arrived, release };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
