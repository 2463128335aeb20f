/**
 * Runs each update under its chat's lock in Redis, for several instances receiving updates
 * (webhook mode behind a load balancer): one chat's updates are handled one at a time across
 * instances, as `sequentialize` does inside one, and for as long as each runs (the lock is
 * renewed). The session store of this mode writes only through the lock's fence, so an update
 * that lost its lock — its instance froze or lost Redis for longer than the lock lives — writes
 * nothing: its write is refused and logged here. See `src/storage/chat-locks.ts`.
 */
import type { Context, MiddlewareFn } from "grammy";
import type { Logger } from "../../logger.js";
import { type RedisChatLocks, StaleWriteError } from "../../storage/chat-locks.js";
import type { TraceFlavor } from "./trace.js";

export { ChatLockTimeoutError } from "../../storage/chat-locks.js";

export interface ChatLockOptions {
  locks: RedisChatLocks;
  chatKey: (ctx: Context) => string | undefined;
  logger: Logger;
}

export function redisChatLock<C extends Context & TraceFlavor>(
  options: ChatLockOptions,
): MiddlewareFn<C> {
  const { locks, chatKey, logger } = options;
  return async (ctx, next) => {
    const chat = chatKey(ctx);
    if (chat === undefined) return next();
    const lock = await locks.acquire(chat);
    try {
      await next();
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
      // Another instance has handled this chat since (it may have deleted everything with
      // /forget): what this update saw is out of date, and it must not be written back. Its
      // messages are already sent; nothing else is to be done, and nothing to apologise for.
      ctx.trace.outcome = "stale";
      logger.warn(
        { update_id: ctx.update.update_id },
        "stale write refused: the chat's lock was lost while the update ran",
      );
    } finally {
      await locks.release(lock);
    }
  };
}
