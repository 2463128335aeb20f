/**
 * Chooses where sessions and questionnaire state live: Redis when `REDIS_URL` is set (needed for
 * several instances), otherwise JSON files in `DATA_DIR`. Both go through the same code path.
 */
import { join } from "node:path";
import { RedisAdapter } from "@grammyjs/storage-redis";
import type { Redis } from "ioredis";
import { FileInsightStore, type InsightStore, RedisInsightStore } from "../insight/store.js";
import { FileReminderStore, RedisReminderStore, type ReminderStore } from "../reminders/store.js";
import { type ChatLockTiming, FencedSessionStore, RedisChatLocks } from "./chat-locks.js";
import { FileStore } from "./file-store.js";
import type { KeyValueStore } from "./types.js";

export type { KeyValueStore } from "./types.js";

/** Inactive students' sessions and unfinished questionnaires are forgotten after this long. */
export const SESSION_TTL_SECONDS = 90 * 24 * 60 * 60;

/** Key prefixes in Redis, so Bagdar can share a Redis with other programs. */
export const REDIS_PREFIXES = {
  session: "bagdar:session:",
  lock: "bagdar:",
  insight: "bagdar:insight:",
  reminder: "bagdar:reminder:",
} as const;

export interface BotStorage {
  kind: "redis" | "file";
  /** Sessions, the questionnaire in progress included (see `src/bot/quiz/conversation-storage.ts`). */
  // biome-ignore lint/suspicious/noExplicitAny: the payload is typed by the session plugin that uses it
  sessions: KeyValueStore<any>;
  /** Anonymous per-month counters (no ids); kept until deleted by hand. */
  insight: InsightStore;
  /** Deadline reminders; each is deleted once sent, cancelled or forgotten. */
  reminders: ReminderStore;
  /** Prefixes the stores expect callers to put before their keys. */
  prefixes: { session: string; lock: string };
  /** Resolves when the backing store answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
  redis?: Redis;
  /**
   * Redis only, for several instances receiving updates: per-chat locks, and the session store
   * whose writes pass only while the writing update holds its chat's lock (`chat-locks.ts`).
   */
  distributed?: {
    locks: RedisChatLocks;
    // biome-ignore lint/suspicious/noExplicitAny: the payload is typed by the session plugin that uses it
    sessions: KeyValueStore<any>;
  };
}

export interface StorageOptions {
  redisUrl?: string | undefined;
  dataDir: string;
  ttlSeconds?: number;
  /** Key prefix namespace, e.g. to isolate tests sharing one Redis. */
  namespace?: string;
  /** Chat lock timing (tests: a lock that lives a fraction of a second). */
  chatLockTiming?: Partial<ChatLockTiming>;
}

export class StorageUnavailableError extends Error {
  override name = "StorageUnavailableError";
}

/**
 * Opens the configured storage and checks it answers. With Redis, an unreachable server is an
 * error that names `REDIS_URL` (the URL itself may hold a password, so it is not repeated).
 */
export async function createStorage(options: StorageOptions): Promise<BotStorage> {
  const ttl = options.ttlSeconds ?? SESSION_TTL_SECONDS;
  const ns = options.namespace ?? "";
  if (options.redisUrl === undefined) {
    return {
      kind: "file",
      sessions: new FileStore(join(options.dataDir, ns, "sessions"), ttl),
      insight: new FileInsightStore(join(options.dataDir, ns, "insight")),
      reminders: new FileReminderStore(join(options.dataDir, ns, "reminders")),
      prefixes: { session: "", lock: "" },
      ping: async () => {},
      close: async () => {},
    };
  }
  // Loaded only when Redis is configured: a file-store start does without it.
  const { Redis } = await import("ioredis");
  const redis = new Redis(options.redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    // Fail a command quickly while Redis is away instead of queueing it forever; the update
    // fails visibly and the student is asked to try again.
    maxRetriesPerRequest: 1,
  });
  // ioredis reports connection problems as events; without a listener Node would crash.
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new StorageUnavailableError(
      `Cannot reach Redis at REDIS_URL (${(error as Error).message}). Check that Redis runs and REDIS_URL is right.`,
    );
  }
  const prefixes = {
    session: `${ns}${REDIS_PREFIXES.session}`,
    lock: `${ns}${REDIS_PREFIXES.lock}`,
  };
  const locks = new RedisChatLocks(redis, prefixes.lock, options.chatLockTiming);
  return {
    kind: "redis",
    sessions: new RedisAdapter({ instance: redis, ttl }),
    insight: new RedisInsightStore(redis, `${ns}${REDIS_PREFIXES.insight}`),
    // A subscription made by an update that lost its chat's lock is refused like its session.
    reminders: new RedisReminderStore(redis, `${ns}${REDIS_PREFIXES.reminder}`, locks),
    prefixes,
    distributed: {
      locks,
      sessions: new FencedSessionStore(redis, locks, prefixes.session, ttl),
    },
    ping: async () => {
      await redis.ping();
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
    redis,
  };
}
