/**
 * The chat lock and its fence against a real Redis, two "instances" being two connections: the
 * lock is held for as long as its holder runs (renewed past its TTL), and a holder that lost it
 * can write nothing — not the session, not a reminder — so a /forget done meanwhile stays done.
 */
import { Redis } from "ioredis";
import { afterAll, expect, it } from "vitest";
import { countCommands } from "../../../bench/measure.js";
import { RedisReminderStore } from "../../../src/reminders/store.js";
import {
  ChatLockTimeoutError,
  FencedSessionStore,
  RedisChatLocks,
  StaleWriteError,
} from "../../../src/storage/chat-locks.js";
import { describeWithRedis, freshRedisPrefix } from "../../support/redis.js";

const CHAT = "738291654";
const TTL_SECONDS = 60;

describeWithRedis("chat locks across instances", (redisUrl) => {
  const connections: Redis[] = [];
  const connect = () => {
    const redis = new Redis(redisUrl);
    connections.push(redis);
    return redis;
  };
  afterAll(() => {
    for (const redis of connections) redis.disconnect();
  });

  /** An instance: its own connection, its locks and its fenced session store. */
  function instance(prefix: string, timing: ConstructorParameters<typeof RedisChatLocks>[2]) {
    const redis = connect();
    const locks = new RedisChatLocks(redis, prefix, timing);
    const sessions = new FencedSessionStore(redis, locks, `${prefix}session:`, TTL_SECONDS);
    return { redis, locks, sessions, key: `${prefix}session:${CHAT}` };
  }

  it("keeps the lock for as long as its holder runs, well past the TTL", async () => {
    const prefix = freshRedisPrefix({ cleanUpWith: connect() });
    const timing = { ttlMs: 200, renewEveryMs: 50, waitMs: 5000 };
    const a = instance(prefix, timing);
    const b = instance(prefix, timing);
    const held = await a.locks.acquire(CHAT);
    const order: string[] = [];
    const bWaits = b.locks.acquire(CHAT).then((lock) => {
      order.push("b acquired");
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 800)); // four TTLs
    order.push("a done");
    await a.sessions.write(a.key, { from: "a" });
    expect(held.lost).toBe(false);
    await a.locks.release(held);
    const bLock = await bWaits;
    expect(order).toEqual(["a done", "b acquired"]);
    await b.sessions.write(b.key, { from: "b" });
    await b.locks.release(bLock);
    expect(await b.sessions.read(b.key)).toEqual({ from: "b" });
  });

  it("refuses the write of a holder whose lock ran out, so a /forget done meanwhile stays done", async () => {
    const prefix = freshRedisPrefix({ cleanUpWith: connect() });
    // A freezes: it never gets to renew (as a stopped process), and its lock runs out.
    const a = instance(prefix, { ttlMs: 150, renewEveryMs: 60_000, waitMs: 5000 });
    const b = instance(prefix, { ttlMs: 5000, renewEveryMs: 1000, waitMs: 5000 });
    await b.redis.set(b.key, JSON.stringify({ profile: "answers" }));
    const aLock = await a.locks.acquire(CHAT);
    const aSaw = await a.sessions.read(a.key);
    expect(aSaw).toEqual({ profile: "answers" });

    const bLock = await b.locks.acquire(CHAT); // waits until A's lock has run out
    await b.sessions.delete(b.key); // /forget
    await b.locks.release(bLock);

    await expect(a.sessions.write(a.key, aSaw)).rejects.toBeInstanceOf(StaleWriteError);
    await expect(a.sessions.delete(a.key)).rejects.toBeInstanceOf(StaleWriteError);
    await a.locks.release(aLock);
    expect(await a.redis.exists(a.key, a.locks.lockKey(CHAT))).toBe(0);
  });

  it("refuses a reminder subscription from a holder that lost its lock, and takes one that holds", async () => {
    const prefix = freshRedisPrefix({ cleanUpWith: connect() });
    const a = instance(prefix, { ttlMs: 150, renewEveryMs: 60_000, waitMs: 5000 });
    const b = instance(prefix, { ttlMs: 5000, renewEveryMs: 1000, waitMs: 5000 });
    const aReminders = new RedisReminderStore(a.redis, `${prefix}reminder:`, a.locks);
    const bReminders = new RedisReminderStore(b.redis, `${prefix}reminder:`, b.locks);
    const subscription = { fundingId: "bolashak", closes: "2027-03-01", locale: "kk" as const };
    const planned = [{ daysBefore: 7, dueAt: Date.parse("2027-02-22T04:00:00Z") }];

    const bFirst = await b.locks.acquire(CHAT);
    await bReminders.subscribe(Number(CHAT), subscription, planned);
    await b.locks.release(bFirst);
    expect(await bReminders.subscriptions(Number(CHAT))).toHaveLength(1);

    const aLock = await a.locks.acquire(CHAT);
    const bLock = await b.locks.acquire(CHAT); // A froze; its lock ran out
    await bReminders.forgetChat(Number(CHAT));
    await b.locks.release(bLock);
    await expect(aReminders.subscribe(Number(CHAT), subscription, planned)).rejects.toBeInstanceOf(
      StaleWriteError,
    );
    await a.locks.release(aLock);
    expect(await bReminders.subscriptions(Number(CHAT))).toEqual([]);
    const left = await a.redis.keys(`${prefix}*`);
    expect(left.filter((key) => key.includes(CHAT))).toEqual([]);
  });

  it("costs four commands per update: take, read, fenced write, give back", async () => {
    const prefix = freshRedisPrefix({ cleanUpWith: connect() });
    const a = instance(prefix, {});
    // The first use of a script on a server may load it (EVAL after EVALSHA's NOSCRIPT).
    const warm = await a.locks.acquire("warm-up");
    await a.sessions.write(`${prefix}session:warm-up`, {});
    await a.locks.release(warm);
    const counter = countCommands(a.redis);
    const lock = await a.locks.acquire(CHAT);
    await a.sessions.read(a.key);
    await a.sessions.write(a.key, { handled: [1] });
    await a.locks.release(lock);
    counter.stop();
    expect(counter.byName()).toEqual({ set: 1, get: 1, evalsha: 2 });
    expect(await a.redis.exists(a.locks.lockKey(CHAT))).toBe(0);
    expect(await a.redis.ttl(a.key)).toBeGreaterThan(TTL_SECONDS - 5);
  });

  it("gives up waiting after its wait time, and refuses a session write made outside any lock", async () => {
    const prefix = freshRedisPrefix({ cleanUpWith: connect() });
    const a = instance(prefix, { ttlMs: 5000, renewEveryMs: 1000, waitMs: 5000 });
    const b = instance(prefix, { ttlMs: 5000, renewEveryMs: 1000, waitMs: 150 });
    const lock = await a.locks.acquire(CHAT);
    await expect(b.locks.acquire(CHAT)).rejects.toBeInstanceOf(ChatLockTimeoutError);
    await a.locks.release(lock);
    await expect(b.sessions.write(b.key, {})).rejects.toThrow(/without its chat's lock/);
  });
});
