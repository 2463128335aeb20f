/**
 * One writer per chat across instances (webhook mode behind a load balancer, all sharing Redis).
 *
 * - **Lock.** An update takes its chat's lock (`SET NX PX` with a random token) before it reads
 *   the session, and keeps it while it runs: a timer renews it every {@link ChatLockTiming.renewEveryMs}
 *   as long as the token is still the one in Redis. An update shorter than that costs no renewal.
 *   A crashed or frozen instance stops renewing, and its lock frees itself after the TTL.
 * - **Fence.** Every write of the chat's data checks, in the same Lua script that writes, that
 *   the lock still holds this update's token. A token is never set twice, so a write that passes
 *   proves the update held the lock from before it read the session until this write: nobody
 *   else wrote the chat in between. An instance that lost its lock (frozen longer than the TTL,
 *   cut off from Redis) is refused, whatever it then tries: it cannot bring back a session
 *   another instance deleted with /forget.
 * - **Release.** Once the update is over — after the session write and what waits for it
 *   (`after-save.ts`) — a script deletes the lock if it still holds the token. An update costs
 *   four Redis commands (take, read, fenced write, give back), as many as before the fence,
 *   which replaced a plain `SET`.
 *
 * No grammY here: `src/bot/middleware/redis-chat-lock.ts` runs an update under the lock, and
 * {@link FencedSessionStore} is the session storage in that mode.
 *
 * Why not Redlock: its auto-extending `using()` exists only in a beta that is no longer kept up,
 * its quorum over several Redis servers is not needed with one, and it has no fencing — the part
 * that makes /forget final would have to be written here anyway.
 */
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { KeyValueStore } from "./types.js";

export interface ChatLockTiming {
  /** How long a lock lives without renewal: how soon a crashed instance's chats are free. */
  ttlMs: number;
  /** How often a running update renews its lock; well under the TTL. */
  renewEveryMs: number;
  /** How long an update waits for its chat's lock before it fails (and Telegram retries it). */
  waitMs: number;
}

export const CHAT_LOCK_TIMING: ChatLockTiming = {
  ttlMs: 10_000,
  renewEveryMs: 3_000,
  waitMs: 20_000,
};

/** Polling for a busy lock starts fast (a double tap waits for a few ms) and slows down. */
const FIRST_POLL_MS = 10;
const LONGEST_POLL_MS = 200;

export class ChatLockTimeoutError extends Error {
  override name = "ChatLockTimeoutError";
}

/** A write from an update whose instance no longer holds the chat's lock; nothing was written. */
export class StaleWriteError extends Error {
  override name = "StaleWriteError";
}

/** A chat's lock as held by one update. */
export interface HeldChatLock {
  readonly chat: string;
  readonly key: string;
  readonly token: string;
  /** A renewal found the lock expired or taken: every write of this update will be refused. */
  lost: boolean;
  /** Given back by `release`. */
  released: boolean;
  /** @internal the renewal timer */
  timer?: NodeJS.Timeout;
}

// KEYS: lock. ARGV: token, ttl ms.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
// KEYS: lock. ARGV: token.
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
// KEYS: lock, target. ARGV: token, value ('' deletes), ttl seconds.
const FENCED_WRITE = `if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[2]) else redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3]) end
return 1`;
// KEYS: lock, then every key the commands touch. ARGV: token, JSON list of commands
// ([name, ...args]). Runs them all only while the lock holds the token.
const FENCED_BATCH = `if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
for _, command in ipairs(cjson.decode(ARGV[2])) do redis.call(unpack(command)) end
return 1`;

interface FencingCommands {
  bagdarLockRenew(key: string, token: string, ttlMs: number): Promise<number>;
  bagdarLockRelease(key: string, token: string): Promise<number>;
  bagdarFencedWrite(
    lock: string,
    target: string,
    token: string,
    value: string,
    ttlSeconds: number,
  ): Promise<number>;
  bagdarFencedBatch(keyCount: number, ...keysAndArgs: string[]): Promise<number>;
}

/** A Redis command as sent in a fenced batch: name, then arguments (keys included). */
export type RedisCommand = [string, ...(string | number)[]];

export class RedisChatLocks {
  private readonly held = new Map<string, HeldChatLock>();
  private readonly commands: FencingCommands;
  readonly timing: ChatLockTiming;

  /** @param prefix e.g. `bagdar:`; the lock of chat 42 is `bagdar:lock:42`. */
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    timing: Partial<ChatLockTiming> = {},
  ) {
    this.timing = { ...CHAT_LOCK_TIMING, ...timing };
    // EVALSHA with a fall-back to EVAL: one round trip, the script sent once per connection.
    if (!("bagdarFencedWrite" in redis)) {
      redis.defineCommand("bagdarLockRenew", { numberOfKeys: 1, lua: RENEW });
      redis.defineCommand("bagdarLockRelease", { numberOfKeys: 1, lua: RELEASE });
      redis.defineCommand("bagdarFencedWrite", { numberOfKeys: 2, lua: FENCED_WRITE });
      redis.defineCommand("bagdarFencedBatch", { lua: FENCED_BATCH });
    }
    this.commands = redis as unknown as FencingCommands;
  }

  lockKey(chat: string): string {
    return `${this.prefix}lock:${chat}`;
  }

  /** The lock this instance holds for `chat` now (an update of that chat is running), if any. */
  heldFor(chat: string): HeldChatLock | undefined {
    return this.held.get(chat);
  }

  /** Waits for the chat's lock and keeps it renewed until {@link release}. */
  async acquire(chat: string): Promise<HeldChatLock> {
    const key = this.lockKey(chat);
    const token = randomUUID();
    const deadline = Date.now() + this.timing.waitMs;
    let pause = FIRST_POLL_MS;
    while ((await this.redis.set(key, token, "PX", this.timing.ttlMs, "NX")) !== "OK") {
      if (Date.now() > deadline) throw new ChatLockTimeoutError(`chat ${chat} stayed locked`);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(LONGEST_POLL_MS, pause * 2);
    }
    const lock: HeldChatLock = { chat, key, token, lost: false, released: false };
    lock.timer = setInterval(() => void this.renew(lock), this.timing.renewEveryMs);
    lock.timer.unref();
    this.held.set(chat, lock);
    return lock;
  }

  private async renew(lock: HeldChatLock): Promise<void> {
    if (lock.released || lock.lost) return;
    try {
      const renewed = await this.commands.bagdarLockRenew(lock.key, lock.token, this.timing.ttlMs);
      if (renewed === 0 && !lock.released) lock.lost = true;
    } catch {
      // Redis away for a moment: the next renewal tries again; if the TTL runs out first, the
      // fence refuses this update's write.
    }
  }

  /** Ends the update's hold: stops renewing and gives the lock back, unless it was lost. */
  async release(lock: HeldChatLock): Promise<void> {
    this.stopRenewing(lock);
    if (this.held.get(lock.chat) === lock) this.held.delete(lock.chat);
    if (lock.released || lock.lost) return;
    lock.released = true;
    await this.commands.bagdarLockRelease(lock.key, lock.token).catch(() => undefined);
  }

  private stopRenewing(lock: HeldChatLock): void {
    if (lock.timer !== undefined) clearInterval(lock.timer);
  }

  /**
   * Sets `target` to `value` (deletes it when `value` is null) only if `lock` is still held.
   * Throws {@link StaleWriteError} otherwise.
   */
  async fencedWrite(
    lock: HeldChatLock,
    target: string,
    value: string | null,
    ttlSeconds: number,
  ): Promise<void> {
    if (lock.released) throw new Error(`chat ${lock.chat}: written after its lock was given back`);
    if (lock.lost) throw new StaleWriteError(`chat ${lock.chat}: write refused, the lock was lost`);
    const written = await this.commands.bagdarFencedWrite(
      lock.key,
      target,
      lock.token,
      value ?? "",
      ttlSeconds,
    );
    if (written === 0) {
      lock.lost = true;
      this.stopRenewing(lock);
      throw new StaleWriteError(`chat ${lock.chat}: write refused, the lock was lost`);
    }
  }

  /** Runs `commands` (touching `keys`) atomically, only if `lock` is still held. */
  async fencedBatch(lock: HeldChatLock, keys: string[], commands: RedisCommand[]): Promise<void> {
    if (lock.released) throw new Error(`chat ${lock.chat}: written after its lock was given back`);
    if (lock.lost) throw new StaleWriteError(`chat ${lock.chat}: write refused, the lock was lost`);
    const done = await this.commands.bagdarFencedBatch(
      1 + keys.length,
      lock.key,
      ...keys,
      lock.token,
      JSON.stringify(commands.map((command) => command.map(String))),
    );
    if (done === 0) {
      lock.lost = true;
      this.stopRenewing(lock);
      throw new StaleWriteError(`chat ${lock.chat}: write refused, the lock was lost`);
    }
  }
}

/**
 * The session storage when several instances share Redis: reads like `@grammyjs/storage-redis`
 * (the same JSON under the same key), writes and deletes only through the fence of the update
 * that holds the chat's lock.
 */
export class FencedSessionStore implements KeyValueStore<unknown> {
  /** @param sessionPrefix what comes before the chat id in a session key, e.g. `bagdar:session:` */
  constructor(
    private readonly redis: Redis,
    private readonly locks: RedisChatLocks,
    private readonly sessionPrefix: string,
    private readonly ttlSeconds: number,
  ) {}

  async read(key: string): Promise<unknown> {
    const json = await this.redis.get(key);
    return json === null ? undefined : JSON.parse(json);
  }

  async write(key: string, value: unknown): Promise<void> {
    await this.locks.fencedWrite(this.lockOf(key), key, JSON.stringify(value), this.ttlSeconds);
  }

  async delete(key: string): Promise<void> {
    await this.locks.fencedWrite(this.lockOf(key), key, null, this.ttlSeconds);
  }

  private lockOf(key: string): HeldChatLock {
    const chat = key.startsWith(this.sessionPrefix) ? key.slice(this.sessionPrefix.length) : key;
    const lock = this.locks.heldFor(chat);
    // Every session write runs inside an update, under its chat's lock: anything else is a bug
    // that would undo the fence, so it fails loudly.
    if (lock === undefined) throw new Error(`session ${key} written without its chat's lock`);
    return lock;
  }
}
