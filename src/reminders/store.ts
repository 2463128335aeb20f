/**
 * Where deadline reminders live between restarts: Redis (shared by every instance) or one JSON
 * file in `DATA_DIR/reminders/` (one instance only).
 *
 * A subscription (a student, a funding route, its deadline) becomes up to three jobs, one per
 * reminder (30, 7 and 1 day before). A job is *due* until an instance *claims* it; claiming is
 * atomic, so with several instances each job is sent by exactly one. A claim is a lease: if the
 * instance dies before it reports the job done, the lease runs out and the job is due again.
 */
import { join } from "node:path";
import type { Redis } from "ioredis";
import type { Locale } from "../knowledge/schema.js";
import type { RedisChatLocks, RedisCommand } from "../storage/chat-locks.js";
import { JsonFile } from "../storage/json-file.js";
import { type PlannedReminder, REMINDER_DAYS_BEFORE } from "./schedule.js";

export interface Subscription {
  fundingId: string;
  /** The deadline subscribed to, YYYY-MM-DD. */
  closes: string;
  /** The student's language when they subscribed (used if their session has expired). */
  locale: Locale;
}

export interface ReminderJob extends Subscription {
  /** `<chatId>:<fundingId>:<closes>:<daysBefore>`: the same reminder always has the same id. */
  id: string;
  chatId: number;
  daysBefore: number;
  dueAt: number;
  /** Failed sends so far. */
  attempts: number;
}

export interface SubscriptionView extends Subscription {
  /** Reminders not sent yet, soonest first. */
  pending: PlannedReminder[];
}

export interface ClaimOptions {
  /** Most jobs to claim in this call. */
  max: number;
  /** How long a claim lasts before the job is due again (a crashed sender). */
  leaseMs: number;
  /** Most jobs claimed per second by all instances together (Redis); Telegram's flood limit. */
  perSecond: number;
}

export interface ReminderStore {
  /** Subscribes a chat to a route's deadline, replacing an earlier subscription to that route. */
  subscribe(chatId: number, subscription: Subscription, planned: PlannedReminder[]): Promise<void>;
  /** A chat's subscriptions with reminders still to come. */
  subscriptions(chatId: number): Promise<SubscriptionView[]>;
  /** Cancels a chat's reminders for one route; false when there were none. */
  cancel(chatId: number, fundingId: string): Promise<boolean>;
  /** Deletes everything about a chat (`/forget`, or the student blocked the bot). */
  forgetChat(chatId: number): Promise<void>;
  /** Claims jobs due at `now`; no other caller gets them until their lease runs out. */
  claimDue(now: number, options: ClaimOptions): Promise<ReminderJob[]>;
  /** A claimed job is finished (sent, or dropped for good). */
  complete(job: ReminderJob): Promise<void>;
  /** A claimed job failed for a passing reason: due again at `at`, with one more attempt counted. */
  retryLater(job: ReminderJob, at: number): Promise<void>;
  /** Claims whose lease ran out (their instance died) become due again; returns how many. */
  releaseExpiredClaims(now: number): Promise<number>;
}

export function jobId(chatId: number, fundingId: string, closes: string, daysBefore: number) {
  return `${chatId}:${fundingId}:${closes}:${daysBefore}`;
}

function jobIdsOf(chatId: number, subscription: Subscription): string[] {
  return REMINDER_DAYS_BEFORE.map((d) =>
    jobId(chatId, subscription.fundingId, subscription.closes, d),
  );
}

function viewOf(subscription: Subscription, jobs: (ReminderJob | undefined)[]): SubscriptionView {
  const pending = jobs
    .filter((j): j is ReminderJob => j !== undefined)
    .map((j) => ({ daysBefore: j.daysBefore, dueAt: j.dueAt }))
    .sort((a, b) => a.dueAt - b.dueAt);
  return {
    fundingId: subscription.fundingId,
    closes: subscription.closes,
    locale: subscription.locale,
    pending,
  };
}

// Claims up to ARGV[2] due jobs, within the per-second budget shared by every instance.
// KEYS: due, claimed, rate counter of this second. ARGV: now, max, lease until, per second.
const CLAIM = `
local used = tonumber(redis.call('GET', KEYS[3]) or '0')
local room = math.min(tonumber(ARGV[2]), tonumber(ARGV[4]) - used)
if room <= 0 then return {} end
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, room)
for _, id in ipairs(ids) do
  redis.call('ZREM', KEYS[1], id)
  redis.call('ZADD', KEYS[2], ARGV[3], id)
end
if #ids > 0 then
  redis.call('INCRBY', KEYS[3], #ids)
  redis.call('PEXPIRE', KEYS[3], 5000)
end
return ids`;

// KEYS: claimed, due. ARGV: now.
const RELEASE_EXPIRED = `
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
for _, id in ipairs(ids) do
  redis.call('ZREM', KEYS[1], id)
  redis.call('ZADD', KEYS[2], ARGV[1], id)
end
return #ids`;

// Puts a failed job back only if nobody cancelled it meanwhile.
// KEYS: job, claimed, due. ARGV: job JSON, id, due at.
const RETRY = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[2])
return 1`;

export class RedisReminderStore implements ReminderStore {
  private readonly due: string;
  private readonly claimed: string;

  /**
   * @param prefix e.g. `bagdar:reminder:`
   * @param locks when an update holds its chat's lock, a subscription is written only while it
   *   still does (several instances: a late update cannot add reminders after /forget)
   */
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly locks?: RedisChatLocks,
  ) {
    this.due = `${prefix}due`;
    this.claimed = `${prefix}claimed`;
  }

  private jobKey(id: string) {
    return `${this.prefix}job:${id}`;
  }

  private chatKey(chatId: number) {
    return `${this.prefix}chat:${chatId}`;
  }

  private async subscriptionsOf(chatId: number): Promise<Subscription[]> {
    const raw = await this.redis.hgetall(this.chatKey(chatId));
    return Object.values(raw).map((json) => JSON.parse(json) as Subscription);
  }

  private removeJobs(multi: ReturnType<Redis["multi"]>, ids: string[]) {
    if (ids.length === 0) return;
    multi
      .zrem(this.due, ...ids)
      .zrem(this.claimed, ...ids)
      .del(...ids.map((id) => this.jobKey(id)));
  }

  async subscribe(chatId: number, subscription: Subscription, planned: PlannedReminder[]) {
    const previous = await this.redis.hget(this.chatKey(chatId), subscription.fundingId);
    const commands: RedisCommand[] = [];
    const jobKeys: string[] = [];
    if (previous !== null) {
      const ids = jobIdsOf(chatId, JSON.parse(previous));
      jobKeys.push(...ids.map((id) => this.jobKey(id)));
      commands.push(
        ["ZREM", this.due, ...ids],
        ["ZREM", this.claimed, ...ids],
        ["DEL", ...jobKeys],
      );
    }
    commands.push([
      "HSET",
      this.chatKey(chatId),
      subscription.fundingId,
      JSON.stringify(subscription),
    ]);
    for (const { daysBefore, dueAt } of planned) {
      const id = jobId(chatId, subscription.fundingId, subscription.closes, daysBefore);
      const job: ReminderJob = { ...subscription, id, chatId, daysBefore, dueAt, attempts: 0 };
      jobKeys.push(this.jobKey(id));
      commands.push(["SET", this.jobKey(id), JSON.stringify(job)], ["ZADD", this.due, dueAt, id]);
    }
    const lock = this.locks?.heldFor(String(chatId));
    if (lock !== undefined) {
      const keys = new Set([this.chatKey(chatId), this.due, this.claimed, ...jobKeys]);
      await this.locks?.fencedBatch(lock, [...keys], commands);
      return;
    }
    const multi = this.redis.multi();
    for (const [name, ...args] of commands) multi.call(name, ...args);
    await execOrThrow(multi);
  }

  async subscriptions(chatId: number): Promise<SubscriptionView[]> {
    const views: SubscriptionView[] = [];
    for (const subscription of await this.subscriptionsOf(chatId)) {
      const ids = jobIdsOf(chatId, subscription);
      const jobs = (await this.redis.mget(...ids.map((id) => this.jobKey(id)))).map((json) =>
        json === null ? undefined : (JSON.parse(json) as ReminderJob),
      );
      const view = viewOf(subscription, jobs);
      if (view.pending.length > 0) views.push(view);
      else await this.redis.hdel(this.chatKey(chatId), subscription.fundingId);
    }
    return views.sort((a, b) => a.closes.localeCompare(b.closes));
  }

  async cancel(chatId: number, fundingId: string): Promise<boolean> {
    const raw = await this.redis.hget(this.chatKey(chatId), fundingId);
    if (raw === null) return false;
    const multi = this.redis.multi();
    this.removeJobs(multi, jobIdsOf(chatId, JSON.parse(raw)));
    multi.hdel(this.chatKey(chatId), fundingId);
    await execOrThrow(multi);
    return true;
  }

  async forgetChat(chatId: number): Promise<void> {
    const multi = this.redis.multi();
    for (const subscription of await this.subscriptionsOf(chatId)) {
      this.removeJobs(multi, jobIdsOf(chatId, subscription));
    }
    multi.del(this.chatKey(chatId));
    await execOrThrow(multi);
  }

  async claimDue(now: number, options: ClaimOptions): Promise<ReminderJob[]> {
    const second = Math.floor(now / 1000);
    const ids = (await this.redis.eval(
      CLAIM,
      3,
      this.due,
      this.claimed,
      `${this.prefix}rate:${second}`,
      now,
      options.max,
      now + options.leaseMs,
      options.perSecond,
    )) as string[];
    if (ids.length === 0) return [];
    const raw = await this.redis.mget(...ids.map((id) => this.jobKey(id)));
    const jobs: ReminderJob[] = [];
    for (const [i, json] of raw.entries()) {
      if (json !== null) jobs.push(JSON.parse(json) as ReminderJob);
      // Cancelled between being due and being claimed: nothing to send.
      else await this.redis.zrem(this.claimed, ids[i] as string);
    }
    return jobs;
  }

  async complete(job: ReminderJob): Promise<void> {
    const multi = this.redis.multi().del(this.jobKey(job.id)).zrem(this.claimed, job.id);
    await execOrThrow(multi);
    const rest = jobIdsOf(job.chatId, job).filter((id) => id !== job.id);
    const left = await this.redis.exists(...rest.map((id) => this.jobKey(id)));
    if (left === 0) {
      const raw = await this.redis.hget(this.chatKey(job.chatId), job.fundingId);
      if (raw !== null && (JSON.parse(raw) as Subscription).closes === job.closes) {
        await this.redis.hdel(this.chatKey(job.chatId), job.fundingId);
      }
    }
  }

  async retryLater(job: ReminderJob, at: number): Promise<void> {
    const next: ReminderJob = { ...job, attempts: job.attempts + 1, dueAt: at };
    await this.redis.eval(
      RETRY,
      3,
      this.jobKey(job.id),
      this.claimed,
      this.due,
      JSON.stringify(next),
      job.id,
      at,
    );
  }

  async releaseExpiredClaims(now: number): Promise<number> {
    return (await this.redis.eval(RELEASE_EXPIRED, 2, this.claimed, this.due, now)) as number;
  }
}

async function execOrThrow(multi: ReturnType<Redis["multi"]>): Promise<void> {
  const results = await multi.exec();
  const failed = results?.find(([error]) => error !== null)?.[0];
  if (failed) throw failed;
}

interface FileDocument {
  jobs: Record<string, ReminderJob & { claimedUntil?: number }>;
  chats: Record<string, Record<string, Subscription>>;
}

/** The file store's reminders: one instance only, so claims need no lock across processes. */
export class FileReminderStore implements ReminderStore {
  private readonly file: JsonFile<FileDocument>;

  /** @param dir the folder for `reminders.json` */
  constructor(dir: string) {
    this.file = new JsonFile(join(dir, "reminders.json"), () => ({ jobs: {}, chats: {} }));
  }

  async subscribe(chatId: number, subscription: Subscription, planned: PlannedReminder[]) {
    await this.file.update((doc) => {
      const chat = doc.chats[chatId] ?? {};
      doc.chats[chatId] = chat;
      const previous = chat[subscription.fundingId];
      if (previous !== undefined) for (const id of jobIdsOf(chatId, previous)) delete doc.jobs[id];
      chat[subscription.fundingId] = subscription;
      for (const { daysBefore, dueAt } of planned) {
        const id = jobId(chatId, subscription.fundingId, subscription.closes, daysBefore);
        doc.jobs[id] = { ...subscription, id, chatId, daysBefore, dueAt, attempts: 0 };
      }
    });
  }

  async subscriptions(chatId: number): Promise<SubscriptionView[]> {
    const doc = await this.file.read();
    return Object.values(doc.chats[chatId] ?? {})
      .map((s) =>
        viewOf(
          s,
          jobIdsOf(chatId, s).map((id) => doc.jobs[id]),
        ),
      )
      .filter((view) => view.pending.length > 0)
      .sort((a, b) => a.closes.localeCompare(b.closes));
  }

  async cancel(chatId: number, fundingId: string): Promise<boolean> {
    return this.file.update((doc) => {
      const subscription = doc.chats[chatId]?.[fundingId];
      if (subscription === undefined) return false;
      for (const id of jobIdsOf(chatId, subscription)) delete doc.jobs[id];
      delete doc.chats[chatId]?.[fundingId];
      if (Object.keys(doc.chats[chatId] ?? {}).length === 0) delete doc.chats[chatId];
      return true;
    });
  }

  async forgetChat(chatId: number): Promise<void> {
    await this.file.update((doc) => {
      delete doc.chats[chatId];
      for (const [id, job] of Object.entries(doc.jobs))
        if (job.chatId === chatId) delete doc.jobs[id];
    });
  }

  async claimDue(now: number, options: ClaimOptions): Promise<ReminderJob[]> {
    // Most ticks find nothing due: look before writing the file.
    const current = await this.file.read();
    if (!Object.values(current.jobs).some((j) => j.claimedUntil === undefined && j.dueAt <= now)) {
      return [];
    }
    return this.file.update((doc) => {
      const due = Object.values(doc.jobs)
        .filter((j) => j.claimedUntil === undefined && j.dueAt <= now)
        .sort((a, b) => a.dueAt - b.dueAt)
        .slice(0, Math.min(options.max, options.perSecond));
      for (const job of due) job.claimedUntil = now + options.leaseMs;
      return due.map(({ claimedUntil: _, ...job }) => job);
    });
  }

  async complete(job: ReminderJob): Promise<void> {
    await this.file.update((doc) => {
      delete doc.jobs[job.id];
      const left = jobIdsOf(job.chatId, job).some((id) => doc.jobs[id] !== undefined);
      const chat = doc.chats[job.chatId];
      if (!left && chat?.[job.fundingId]?.closes === job.closes) {
        delete chat[job.fundingId];
        if (Object.keys(chat).length === 0) delete doc.chats[job.chatId];
      }
    });
  }

  async retryLater(job: ReminderJob, at: number): Promise<void> {
    await this.file.update((doc) => {
      if (doc.jobs[job.id] === undefined) return;
      doc.jobs[job.id] = { ...job, attempts: job.attempts + 1, dueAt: at };
    });
  }

  async releaseExpiredClaims(now: number): Promise<number> {
    const current = await this.file.read();
    const expired = (j: { claimedUntil?: number }) =>
      j.claimedUntil !== undefined && j.claimedUntil <= now;
    if (!Object.values(current.jobs).some(expired)) return 0;
    return this.file.update((doc) => {
      let released = 0;
      for (const job of Object.values(doc.jobs)) {
        if (job.claimedUntil !== undefined && job.claimedUntil <= now) {
          delete job.claimedUntil;
          released++;
        }
      }
      return released;
    });
  }
}
