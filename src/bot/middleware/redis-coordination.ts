/**
 * Coordination between several instances sharing one Redis (webhook mode behind a load balancer):
 * a per-chat lock, so one chat's updates are handled one at a time across instances as
 * `sequentialize` does inside one, and a record of handled update ids, so an update Telegram
 * delivers twice (a webhook retry, a restart before the offset was confirmed) is handled once.
 */
import { randomUUID } from "node:crypto";
import type { Context, MiddlewareFn } from "grammy";
import type { Redis } from "ioredis";
import type { TraceFlavor } from "./trace.js";

/** Longer than any update takes; a crashed instance's lock frees itself after this. */
const LOCK_TTL_MS = 30_000;
/** How long an update waits for its chat's lock before it fails (and Telegram retries it). */
const LOCK_WAIT_MS = 20_000;
const LOCK_POLL_MS = 10;
/** Telegram keeps unconfirmed updates for 24 hours; remembering handled ids longer is useless. */
const HANDLED_TTL_SECONDS = 24 * 60 * 60;

const RELEASE_IF_OWNER = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export class ChatLockTimeoutError extends Error {
  override name = "ChatLockTimeoutError";
}

export interface CoordinationOptions {
  redis: Redis;
  /** Key prefix, e.g. "bagdar:" (namespaced in tests). */
  prefix: string;
  chatKey: (ctx: Context) => string | undefined;
  /** Take the cross-instance lock (needed only when several instances receive updates). */
  lock: boolean;
}

export function redisCoordination<C extends Context & TraceFlavor>(
  options: CoordinationOptions,
): MiddlewareFn<C> {
  const { redis, prefix, chatKey } = options;
  return async (ctx, next) => {
    const handledKey = `${prefix}handled:${ctx.me.id}:${ctx.update.update_id}`;
    const chat = chatKey(ctx);
    const run = async () => {
      if ((await redis.exists(handledKey)) === 1) {
        ctx.trace.outcome = "duplicate";
        return;
      }
      await next();
      await redis.set(handledKey, "1", "EX", HANDLED_TTL_SECONDS);
    };
    if (!options.lock || chat === undefined) return run();
    const lockKey = `${prefix}lock:${chat}`;
    const token = randomUUID();
    const deadline = Date.now() + LOCK_WAIT_MS;
    while ((await redis.set(lockKey, token, "PX", LOCK_TTL_MS, "NX")) !== "OK") {
      if (Date.now() > deadline) throw new ChatLockTimeoutError(`chat ${chat} stayed locked`);
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
    try {
      await run();
    } finally {
      await redis.eval(RELEASE_IF_OWNER, 1, lockKey, token).catch(() => undefined);
    }
  };
}
