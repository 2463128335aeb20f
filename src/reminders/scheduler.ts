/**
 * Sends due deadline reminders. Every tick it takes back claims of instances that died, claims
 * the jobs that are due (atomically, so several instances never send the same one) and sends them
 * spaced out to stay under Telegram's flood limit. A student who blocked the bot loses all their
 * reminders at once; any other failure is retried a few times with growing pauses, then dropped.
 * No grammY here: sending and recognising "blocked" are handed in.
 *
 * @example
 * const scheduler = new ReminderScheduler({ store, deliver, isBlocked, logger });
 * scheduler.start();
 * …
 * await scheduler.stop();
 */
import type { ReminderJob, ReminderStore } from "./store.js";

/**
 * What became of a reminder that did not throw: sent; obsolete (nothing to send any more);
 * superseded by a later reminder of the same deadline that is due too; or found due only after
 * the deadline (see `dueReminder` in schedule.ts).
 */
export type DeliveryOutcome = "sent" | "obsolete" | "superseded" | "deadline passed";

export interface SchedulerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface ReminderSchedulerOptions {
  store: ReminderStore;
  /** Sends one reminder; "obsolete" when there is nothing to send any more. Throws on failure. */
  deliver: (job: ReminderJob) => Promise<DeliveryOutcome>;
  /** Whether a failure means the student blocked the bot (or deleted their account). */
  isBlocked: (error: unknown) => boolean;
  logger: SchedulerLogger;
  /** Default: Date.now. */
  now?: () => number;
  /** Pause between ticks, ms. Default: 1000. */
  tickMs?: number;
  /** Most messages a second, across all instances (Telegram allows about 30). Default: 25. */
  perSecond?: number;
  /** How long a claimed job stays claimed before another instance may take it. Default: 5 min. */
  leaseMs?: number;
  /** Sends tried before a reminder is dropped. Default: 5. */
  maxAttempts?: number;
  /** Default: a timer. Tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
}

/** Pauses before the 2nd, 3rd, … attempt. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ReminderScheduler {
  private readonly now: () => number;
  private readonly tickMs: number;
  private readonly perSecond: number;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;

  constructor(private readonly options: ReminderSchedulerOptions) {
    this.now = options.now ?? Date.now;
    this.tickMs = options.tickMs ?? 1000;
    this.perSecond = options.perSecond ?? 25;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.sleep = options.sleep ?? realSleep;
  }

  /** Starts ticking; does nothing if already started. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule();
  }

  /**
   * Stops ticking and waits for the tick in progress (its claimed reminders are sent), at most
   * `waitMs`: a send stuck in Telegram's flood control must not hold up a shutdown. A claim left
   * unfinished is taken up again when its lease runs out.
   */
  async stop(waitMs = 3000): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      this.running,
      new Promise((resolve) => {
        timeout = setTimeout(resolve, waitMs);
      }),
    ]);
    clearTimeout(timeout);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) =>
          this.options.logger.warn({ error: String(error) }, "reminder tick failed"),
        )
        .finally(() => this.schedule());
    }, this.tickMs);
    this.timer.unref();
  }

  /** One pass: sends what is due now. Returns how many reminders were handled. */
  async tick(): Promise<number> {
    const { store } = this.options;
    const now = this.now();
    await store.releaseExpiredClaims(now);
    const jobs = await store.claimDue(now, {
      max: this.perSecond,
      leaseMs: this.leaseMs,
      perSecond: this.perSecond,
    });
    // A student found to have blocked the bot is tried once, not once per reminder.
    const blocked = new Set<number>();
    for (const [i, job] of jobs.entries()) {
      if (blocked.has(job.chatId)) continue;
      if (i > 0) await this.sleep(1000 / this.perSecond);
      if (!(await this.handle(job))) blocked.add(job.chatId);
    }
    return jobs.length;
  }

  /** Returns false when the student cannot be reached any more. */
  private async handle(job: ReminderJob): Promise<boolean> {
    const { store, logger } = this.options;
    const about = { funding: job.fundingId, days_before: job.daysBefore };
    try {
      const outcome = await this.options.deliver(job);
      await store.complete(job);
      logger.info({ ...about, outcome }, "reminder");
    } catch (error) {
      if (this.options.isBlocked(error)) {
        await store.forgetChat(job.chatId);
        logger.info(about, "reminder: the student blocked the bot; their reminders are dropped");
        return false;
      }
      if (job.attempts + 1 >= this.maxAttempts) {
        await store.complete(job);
        logger.warn({ ...about, error: String(error) }, "reminder dropped after repeated failures");
      } else {
        const delay = RETRY_DELAYS_MS[job.attempts] ?? RETRY_DELAYS_MS.at(-1) ?? 60_000;
        await store.retryLater(job, this.now() + delay);
        logger.warn({ ...about, error: String(error), retry_in_ms: delay }, "reminder failed");
      }
    }
    return true;
  }
}
