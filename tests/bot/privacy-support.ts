/**
 * Support for the privacy, statistics and reminder tests: knowledge with a dated deadline (the
 * real knowledge base has none yet), a student with a distinctive id, and scanners that look for
 * that id anywhere in the file store or in Redis.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { User } from "grammy/types";
import type { Redis } from "ioredis";
import { FakeBotApi } from "../../src/chat/fake-bot-api.js";
import type { Knowledge } from "../../src/knowledge/schema.js";
import { realKnowledge, TEST_TOKEN } from "./harness.js";

/** A Telegram-like id that no counter, date or update id in a test can contain by chance. */
export const STUDENT_ID = 738291654;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A Bot API stand-in with the student {@link STUDENT_ID}, who has a name and a username. */
export function distinctStudent(languageCode = "en"): { fake: FakeBotApi; student: User } {
  const fake = new FakeBotApi({ queueUpdates: false, token: TEST_TOKEN });
  const student = fake.user({
    id: STUDENT_ID,
    first_name: "Aigerim",
    username: "aigerim_kz",
    language_code: languageCode,
  });
  return { fake, student };
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The real knowledge, with `fundingId`'s application window announced, closing `days` after
 * `now` and checked today, as an editor would write a real deadline.
 */
export async function knowledgeWithDeadline(
  now: number,
  days = 40,
  fundingId = "russian-quota",
): Promise<Knowledge> {
  const knowledge = structuredClone(await realKnowledge());
  const funding = knowledge.funding.find((f) => f.id === fundingId);
  if (funding?.window === undefined) throw new Error(`${fundingId} has no window to date`);
  const closes = isoDay(now + days * DAY_MS);
  funding.window = {
    ...funding.window,
    status: "announced",
    cycle: Number(closes.slice(0, 4)),
    closes,
    verified: isoDay(now),
  };
  return knowledge;
}

/** Every file under `dir` whose name or content contains `needle`. */
export async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (path: string) => {
    for (const entry of await readdir(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.includes(needle) || (await readFile(full, "utf8")).includes(needle)) {
        found.push(full);
      }
    }
  };
  await walk(dir);
  return found;
}

/** Every file under `dir`, as paths. */
export async function allFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (path: string) => {
    for (const entry of await readdir(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) await walk(full);
      else found.push(full);
    }
  };
  await walk(dir);
  return found;
}

/** Every Redis key under `prefix` whose name or value (any type) contains `needle`. */
export async function redisKeysContaining(
  redis: Redis,
  prefix: string,
  needle: string,
): Promise<string[]> {
  const found: string[] = [];
  for (const key of await redisKeys(redis, prefix)) {
    if (key.includes(needle) || (await redisValue(redis, key)).includes(needle)) found.push(key);
  }
  return found;
}

export async function redisKeys(redis: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = "0";
  do {
    const [next, batch] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== "0");
  return keys;
}

/** A key's whole value as text, whatever its type. */
export async function redisValue(redis: Redis, key: string): Promise<string> {
  const type = await redis.type(key);
  switch (type) {
    case "string":
      return (await redis.get(key)) ?? "";
    case "hash":
      return JSON.stringify(await redis.hgetall(key));
    case "zset":
      return JSON.stringify(await redis.zrange(key, 0, -1, "WITHSCORES"));
    case "set":
      return JSON.stringify(await redis.smembers(key));
    case "list":
      return JSON.stringify(await redis.lrange(key, 0, -1));
    default:
      return "";
  }
}

/** A file the bot uploaded, with its bytes (the stand-in keeps only names and sizes). */
export interface Upload {
  method: string;
  field: string;
  filename: string;
  bytes: Buffer;
}

/**
 * Records the files the bot uploads (sendPhoto, sendDocument) through `fake.fetch`. Call before
 * the bot is built, since grammY takes `fetch` when it is created.
 */
export function captureUploads(fake: FakeBotApi): Upload[] {
  const uploads: Upload[] = [];
  const original = fake.fetch;
  (fake as { fetch: typeof fetch }).fetch = async (input, init) => {
    const type = new Headers(init?.headers).get("content-type") ?? "";
    const boundary = /boundary=("?)([^";]+)\1/.exec(type)?.[2];
    if (boundary === undefined || init?.body === undefined || init.body === null) {
      return original(input, init);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of init.body as unknown as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
    }
    const body = Buffer.concat(chunks);
    const method = String(input).split("/").at(-1) ?? "";
    for (const part of body.toString("latin1").split(`--${boundary}`)) {
      const head = /name="([^"]*)";\s*filename=("?)([^"\r\n;]*)\2[\s\S]*?\r\n\r\n/i.exec(part);
      if (head === null) continue;
      const start = head.index + head[0].length;
      const content = part.slice(start).replace(/\r\n$/, "");
      uploads.push({
        method,
        field: head[1] ?? "",
        filename: head[3] ?? "",
        bytes: Buffer.from(content, "latin1"),
      });
    }
    return original(input, { ...init, body });
  };
  return uploads;
}
