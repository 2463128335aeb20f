/**
 * Retries a Bot API call that failed on Telegram's side (5xx) or on the way (no connection),
 * with a back-off that doubles from 1 s and never waits more than `maxDelaySeconds` for one call
 * in all. grammY's auto-retry plugin stays in charge of flood control (429 `retry_after`); its own
 * 5xx and network back-off (3, 6, 12, 24 s … and a last wait after the final attempt, with no
 * cap) would hold an update for 45 s, far past Telegram's webhook timeout and the chat's lock.
 *
 * @example
 * bot.api.config.use(retryServerErrors({ maxDelaySeconds: 10, maxRetryAttempts: 3 }));
 */
import { HttpError, type Transformer } from "grammy";

export interface ServerErrorRetryOptions {
  /** The most one call waits between its attempts, summed. */
  maxDelaySeconds: number;
  /** Attempts after the first. */
  maxRetryAttempts: number;
  /** The first pause; each next one is twice as long. Default: 1 s. */
  firstDelaySeconds?: number;
}

/** The pauses before each retry: doubling, stopped before their sum would pass the cap. */
export function serverErrorDelays(options: ServerErrorRetryOptions): number[] {
  // In whole milliseconds, so that sums of fractions of a second compare exactly.
  const cap = Math.round(options.maxDelaySeconds * 1000);
  const delays: number[] = [];
  let next = Math.round((options.firstDelaySeconds ?? 1) * 1000);
  let total = 0;
  while (delays.length < options.maxRetryAttempts && total + next <= cap) {
    delays.push(next);
    total += next;
    next *= 2;
  }
  return delays.map((ms) => ms / 1000);
}

/** The signal grammY hands a transformer (typed from a polyfill, with what is needed here). */
interface CallSignal {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void, options?: { once: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** Waits `seconds`; false when `signal` aborted the wait. */
function pause(seconds: number, signal: CallSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve(true);
    }, seconds * 1000);
    const abort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener("abort", abort, { once: true });
  });
}

export function retryServerErrors(options: ServerErrorRetryOptions): Transformer {
  const delays = serverErrorDelays(options);
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      const delay = delays[attempt];
      // What the caller gets if this attempt is the last: the answer, or the network error.
      let last: () => never | Awaited<ReturnType<typeof prev>>;
      try {
        const result = await prev(method, payload, signal);
        if (result.ok || result.error_code < 500 || delay === undefined) return result;
        last = () => result;
      } catch (error) {
        if (!(error instanceof HttpError) || delay === undefined) throw error;
        last = () => {
          throw error;
        };
      }
      // Aborted while waiting (the caller gave up): it gets the latest failure, not a vaguer one.
      if (!(await pause(delay, signal))) return last();
    }
  };
}
