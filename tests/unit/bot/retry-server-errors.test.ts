/**
 * Retries of Bot API calls that fail on Telegram's side (5xx) or on the way: a doubling back-off
 * that never waits longer in all than the cap — which grammY's auto-retry ignores for these.
 */
import { HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { retryServerErrors, serverErrorDelays } from "../../../src/bot/api/retry-server-errors.js";

type Prev = Parameters<ReturnType<typeof retryServerErrors>>[0];
type Answer = Awaited<ReturnType<Prev>>;

const serverError = { ok: false, error_code: 502, description: "Bad Gateway" } as Answer;
const ok = { ok: true, result: true } as Answer;

/** A Bot API that answers with `answers` in turn, recording when each call came. */
function botApi(answers: (Answer | Error)[]) {
  const times: number[] = [];
  const prev = (async () => {
    times.push(performance.now());
    const next = answers.shift();
    if (next === undefined) throw new Error("called more often than expected");
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as Prev;
  return { prev, times };
}

describe("retries after 5xx and network errors", () => {
  it("double from 1 s and stop before their sum would pass the cap", () => {
    expect(serverErrorDelays({ maxDelaySeconds: 30, maxRetryAttempts: 3 })).toEqual([1, 2, 4]);
    expect(serverErrorDelays({ maxDelaySeconds: 10, maxRetryAttempts: 5 })).toEqual([1, 2, 4]);
    expect(serverErrorDelays({ maxDelaySeconds: 3, maxRetryAttempts: 3 })).toEqual([1, 2]);
    expect(serverErrorDelays({ maxDelaySeconds: 0, maxRetryAttempts: 3 })).toEqual([]);
  });

  it("give up after four 5xx in a row with no wait after the last, within the cap", async () => {
    const { prev, times } = botApi([serverError, serverError, serverError, serverError]);
    const retry = retryServerErrors({
      maxDelaySeconds: 0.7,
      maxRetryAttempts: 3,
      firstDelaySeconds: 0.1,
    });
    const started = performance.now();
    expect(await retry(prev, "sendMessage", {} as never)).toEqual(serverError);
    const answeredAt = performance.now();
    expect(times).toHaveLength(4);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    // 100, 200 and 400 ms (a busy machine only makes them longer) ...
    for (const [i, wanted] of [100, 200, 400].entries()) {
      expect(gaps[i]).toBeGreaterThanOrEqual(wanted - 5);
    }
    // ... then the answer at once, not after another wait (auto-retry waits 24 s more there).
    expect(answeredAt - (times.at(-1) as number)).toBeLessThan(100);
    expect(answeredAt - started).toBeLessThan(700 + 300);
  });

  it("return the first good answer, and pass on 4xx at once", async () => {
    const options = { maxDelaySeconds: 1, maxRetryAttempts: 3, firstDelaySeconds: 0.01 };
    const flaky = botApi([
      serverError,
      new HttpError("Network request failed", new Error("ECONNRESET")),
      ok,
    ]);
    expect(await retryServerErrors(options)(flaky.prev, "sendMessage", {} as never)).toEqual(ok);
    expect(flaky.times).toHaveLength(3);
    const refused = { ok: false, error_code: 400, description: "Bad Request" } as Answer;
    const bad = botApi([refused]);
    expect(await retryServerErrors(options)(bad.prev, "sendMessage", {} as never)).toEqual(refused);
  });

  it("throw the network error itself when the connection never comes", async () => {
    const down = () =>
      new HttpError("Network request for 'getMe' failed!", new Error("ECONNREFUSED"));
    const { prev, times } = botApi([down(), down(), down()]);
    const retry = retryServerErrors({
      maxDelaySeconds: 1,
      maxRetryAttempts: 2,
      firstDelaySeconds: 0.01,
    });
    await expect(retry(prev, "getMe", {} as never)).rejects.toThrow(/getMe/);
    expect(times).toHaveLength(3);
  });
});
