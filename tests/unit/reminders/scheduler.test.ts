/**
 * The scheduler against both stores: each reminder is sent once, also across a restart and (with
 * Redis) across two instances; sends are spaced; blocked students are dropped; failures retried
 * a bounded number of times.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { plannedReminders } from "../../../src/reminders/schedule.js";
import { type DeliveryOutcome, ReminderScheduler } from "../../../src/reminders/scheduler.js";
import {
  FileReminderStore,
  RedisReminderStore,
  type ReminderJob,
  type ReminderStore,
} from "../../../src/reminders/store.js";
import { describeWithRedis, freshRedisPrefix } from "../../support/redis.js";

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse("2026-11-28T12:00:00Z");
const CLOSES = "2027-01-07"; // 40 days ahead: reminders on Dec 8, Dec 31, Jan 6

class Blocked extends Error {}
const silent = { info: () => {}, warn: () => {} };

interface Sent {
  chatId: number;
  daysBefore: number;
  instance: string;
}

function scheduler(
  store: ReminderStore,
  clock: { now: number },
  sent: Sent[],
  options: {
    instance?: string;
    fail?: (job: ReminderJob) => Error | undefined;
    sleeps?: number[];
    perSecond?: number;
  } = {},
) {
  return new ReminderScheduler({
    store,
    now: () => clock.now,
    logger: silent,
    isBlocked: (error) => error instanceof Blocked,
    sleep: async (ms) => {
      options.sleeps?.push(ms);
    },
    ...(options.perSecond === undefined ? {} : { perSecond: options.perSecond }),
    deliver: async (job): Promise<DeliveryOutcome> => {
      const failure = options.fail?.(job);
      if (failure) throw failure;
      sent.push({
        chatId: job.chatId,
        daysBefore: job.daysBefore,
        instance: options.instance ?? "a",
      });
      return "sent";
    },
  });
}

async function subscribe(store: ReminderStore, chatId: number, fundingId = "bolashak") {
  await store.subscribe(
    chatId,
    { fundingId, closes: CLOSES, locale: "kk" },
    plannedReminders(CLOSES, START),
  );
}

/** Ticks through the days until after the deadline. */
async function runDays(tick: () => Promise<unknown>, clock: { now: number }, days = 41) {
  for (let day = 0; day <= days; day++) {
    clock.now = START + day * DAY;
    await tick();
  }
}

function stores(kind: string, make: () => Promise<ReminderStore>) {
  describe(`reminders in the ${kind} store`, () => {
    it("sends each reminder once, on its day, then forgets the subscription", async () => {
      const store = await make();
      const clock = { now: START };
      const sent: Sent[] = [];
      const a = scheduler(store, clock, sent);
      await subscribe(store, 101);
      expect((await store.subscriptions(101)).map((s) => s.pending.length)).toEqual([3]);
      clock.now = Date.parse("2026-12-08T03:59:00Z");
      expect(await a.tick()).toBe(0);
      clock.now = Date.parse("2026-12-08T04:00:00Z");
      expect(await a.tick()).toBe(1);
      expect(await a.tick()).toBe(0);
      await runDays(() => a.tick(), clock);
      expect(sent.map((s) => s.daysBefore)).toEqual([30, 7, 1]);
      expect(await store.subscriptions(101)).toEqual([]);
    });

    it("sends nothing twice after a restart, and what was due meanwhile once", async () => {
      const store = await make();
      const clock = { now: START };
      const sent: Sent[] = [];
      await subscribe(store, 102);
      clock.now = Date.parse("2026-12-10T12:00:00Z");
      await scheduler(store, clock, sent).tick();
      // The process restarts: new store and scheduler over the same data.
      const again = await make();
      const b = scheduler(again, clock, sent, { instance: "after restart" });
      await b.tick();
      clock.now = Date.parse("2027-01-02T12:00:00Z"); // it was down over the 7-day reminder
      await b.tick();
      await runDays(() => b.tick(), clock);
      expect(sent.map((s) => [s.daysBefore, s.instance])).toEqual([
        [30, "a"],
        [7, "after restart"],
        [1, "after restart"],
      ]);
    });

    it("drops every reminder of a student who blocked the bot, without retrying", async () => {
      const store = await make();
      const clock = { now: START };
      const sent: Sent[] = [];
      let attempts = 0;
      await subscribe(store, 103, "bolashak");
      await subscribe(store, 103, "chevening");
      await subscribe(store, 104);
      const a = scheduler(store, clock, sent, {
        fail: (job) => {
          if (job.chatId !== 103) return undefined;
          attempts++;
          return new Blocked("403");
        },
      });
      await runDays(() => a.tick(), clock);
      expect(attempts).toBe(1);
      expect(await store.subscriptions(103)).toEqual([]);
      expect(sent.filter((s) => s.chatId === 104)).toHaveLength(3);
    });

    it("retries a failed send with growing pauses and gives up after 5 attempts", async () => {
      const store = await make();
      const clock = { now: Date.parse("2026-12-08T05:00:00Z") };
      const sent: Sent[] = [];
      let attempts = 0;
      await store.subscribe(105, { fundingId: "bolashak", closes: CLOSES, locale: "en" }, [
        { daysBefore: 30, dueAt: clock.now - 1 },
      ]);
      const a = scheduler(store, clock, sent, {
        fail: () => {
          attempts++;
          return new Error("502");
        },
      });
      for (let minute = 0; minute < 6 * 60; minute++) {
        clock.now += 60_000;
        await a.tick();
      }
      expect(attempts).toBe(5);
      expect(await store.subscriptions(105)).toEqual([]);
    });

    it("spaces its sends to at most 25 a second", async () => {
      const store = await make();
      const clock = { now: Date.parse("2026-12-08T04:00:00Z") };
      const sent: Sent[] = [];
      const sleeps: number[] = [];
      for (let chat = 1; chat <= 60; chat++) await subscribe(store, 1000 + chat);
      const a = scheduler(store, clock, sent, { sleeps });
      expect(await a.tick()).toBe(25);
      expect(sleeps).toEqual(Array(24).fill(40));
      clock.now += 1000;
      expect(await a.tick()).toBe(25);
      clock.now += 1000;
      expect(await a.tick()).toBe(10);
      expect(new Set(sent.map((s) => s.chatId)).size).toBe(60);
    });

    it("cancelling a subscription removes its reminders", async () => {
      const store = await make();
      await subscribe(store, 106);
      expect(await store.cancel(106, "bolashak")).toBe(true);
      expect(await store.cancel(106, "bolashak")).toBe(false);
      const sent: Sent[] = [];
      const clock = { now: START };
      await runDays(() => scheduler(store, clock, sent).tick(), clock);
      expect(sent).toEqual([]);
    });
  });
}

const dir = mkdtemp(join(tmpdir(), "bagdar-reminders-"));
let fileRun = 0;
let currentDir = "";
stores("file", async () => {
  // Each test gets its own folder; a second `make()` in a test reopens the same one.
  const { currentTestName } = expect.getState();
  if (!currentDir.endsWith(`${currentTestName}`)) {
    currentDir = join(await dir, `${fileRun++}-${currentTestName}`);
  }
  return new FileReminderStore(currentDir);
});

describeWithRedis("reminders with Redis", (redisUrl) => {
  const connections: Redis[] = [];
  const connect = () => {
    const redis = new Redis(redisUrl);
    connections.push(redis);
    return redis;
  };
  afterAll(() => {
    for (const c of connections) c.disconnect();
  });
  let prefix = "";
  let testName = "";
  stores("Redis", async () => {
    const { currentTestName } = expect.getState();
    if (currentTestName !== testName) {
      testName = currentTestName ?? "";
      prefix = `${freshRedisPrefix({ cleanUpWith: connect() })}bagdar:reminder:`;
    }
    return new RedisReminderStore(connect(), prefix);
  });

  it("two instances sharing Redis send each reminder exactly once", async () => {
    const prefix = `${freshRedisPrefix({ cleanUpWith: connect() })}bagdar:reminder:`;
    const one = new RedisReminderStore(connect(), prefix);
    const two = new RedisReminderStore(connect(), prefix);
    const clock = { now: START };
    const sent: Sent[] = [];
    for (let chat = 1; chat <= 40; chat++) await subscribe(chat % 2 ? one : two, 2000 + chat);
    const a = scheduler(one, clock, sent, { instance: "a" });
    const b = scheduler(two, clock, sent, { instance: "b" });
    for (let day = 0; day <= 41; day++) {
      clock.now = START + day * DAY;
      // Both instances tick at the same moment, several times a day.
      for (let i = 0; i < 3; i++) {
        await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
        clock.now += 1000;
      }
    }
    expect(sent).toHaveLength(40 * 3);
    const keys = sent.map((s) => `${s.chatId}:${s.daysBefore}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Which instance wins each claim is a race, so who sent what is not asserted.
  });

  it("instances together claim at most 25 reminders a second", async () => {
    const prefix = `${freshRedisPrefix({ cleanUpWith: connect() })}bagdar:reminder:`;
    const one = new RedisReminderStore(connect(), prefix);
    const two = new RedisReminderStore(connect(), prefix);
    const clock = { now: Date.parse("2026-12-08T04:00:00.000Z") };
    const sent: Sent[] = [];
    for (let chat = 1; chat <= 60; chat++) await subscribe(one, 3000 + chat);
    const a = scheduler(one, clock, sent, { instance: "a" });
    const b = scheduler(two, clock, sent, { instance: "b" });
    const [n1, n2] = await Promise.all([a.tick(), b.tick()]);
    expect((n1 ?? 0) + (n2 ?? 0)).toBe(25);
  });

  it("a reminder claimed by an instance that died is sent by another once its lease runs out", async () => {
    const prefix = `${freshRedisPrefix({ cleanUpWith: connect() })}bagdar:reminder:`;
    const dying = new RedisReminderStore(connect(), prefix);
    const clock = { now: Date.parse("2026-12-08T04:00:00Z") };
    await subscribe(dying, 4001);
    const claimed = await dying.claimDue(clock.now, { max: 10, leaseMs: 60_000, perSecond: 25 });
    expect(claimed).toHaveLength(1);
    // The instance dies here, before sending. Another one takes over.
    const sent: Sent[] = [];
    const survivor = scheduler(new RedisReminderStore(connect(), prefix), clock, sent);
    expect(await survivor.tick()).toBe(0);
    clock.now += 61_000;
    expect(await survivor.tick()).toBe(1);
    expect(await survivor.tick()).toBe(0);
    expect(sent.map((s) => s.daysBefore)).toEqual([30]);
  });
});
