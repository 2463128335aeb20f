/**
 * A per-chat lock in Redis for several instances receiving updates (webhook mode behind a load
 * balancer): one chat's updates are handled one at a time across instances, as `sequentialize`
 * does inside one, so a session is never read by one instance while another is changing it.
 */
import { randomUUID } from "node:crypto";
import type { Context, MiddlewareFn } from "grammy";
import type { Redis } from "ioredis";

/** Longer than any update takes; a crashed instance's lock frees itself after this. */
const LOCK_TTL_MS = 30_000;
/** How long an update waits for its chat's lock before it fails (and Telegram retries it). */
const LOCK_WAIT_MS = 20_000;
const LOCK_POLL_MS = 10;

const RELEASE_IF_OWNER = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export class ChatLockTimeoutError extends Error {
  override name = "ChatLockTimeoutError";
}

export interface ChatLockOptions {
  redis: Redis;
  /** Key prefix, e.g. "bagdar:" (namespaced in tests). */
  prefix: string;
  chatKey: (ctx: Context) => string | undefined;
}

export function redisChatLock<C extends Context>(options: ChatLockOptions): MiddlewareFn<C> {
  const { redis, prefix, chatKey } = options;
  return async (ctx, next) => {
    const chat = chatKey(ctx);
    if (chat === undefined) return next();
    const lockKey = `${prefix}lock:${chat}`;
    const token = randomUUID();
    const deadline = Date.now() + LOCK_WAIT_MS;
    while ((await redis.set(lockKey, token, "PX", LOCK_TTL_MS, "NX")) !== "OK") {
      if (Date.now() > deadline) throw new ChatLockTimeoutError(`chat ${chat} stayed locked`);
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
    try {
      await next();
    } finally {
      await redis.eval(RELEASE_IF_OWNER, 1, lockKey, token).catch(() => undefined);
    }
  };
}
