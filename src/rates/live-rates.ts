/**
 * Keeps the knowledge base's exchange rates current: at start and then daily it reads the National
 * Bank's feed and, when the reading is sound, swaps the rates in (`knowledge.rates` and the
 * `rates` fact). Start-up never waits for it: until the feed answers, and whenever it fails, the
 * stored `rates.yaml` (or the last good reading) stays.
 */
import type { Logger } from "pino";
import { RATES_FACT_ID } from "../knowledge/fact-ids.js";
import type { Knowledge } from "../knowledge/schema.js";
import { FEED_TIMEOUT_MS, fetchNbkFeed, ratesFromFeed } from "./nbk-feed.js";

/** How often the feed is read again. */
export const RATES_REFRESH_MS = 24 * 60 * 60 * 1000;

export interface LiveRatesOptions {
  knowledge: Knowledge;
  /** The feed's address; undefined leaves the stored rates alone. */
  url: string | undefined;
  logger: Pick<Logger, "info" | "warn">;
  timeoutMs?: number;
  refreshMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export type RatesUpdate =
  | { updated: true; date: string }
  | { updated: false; reason: string; date: string | undefined };

export interface LiveRates {
  /** Reads the feed once now; resolves with what happened (never rejects). */
  refresh(): Promise<RatesUpdate>;
  /** Stops the daily reading. */
  stop(): void;
}

/**
 * Starts reading the feed (at once, without waiting, then every `refreshMs`).
 *
 * @example
 * const rates = startLiveRates({ knowledge, url: config.ratesFeedUrl, logger });
 * // … on shutdown:
 * rates.stop();
 */
export function startLiveRates(options: LiveRatesOptions): LiveRates {
  const { knowledge, url, logger } = options;
  const now = options.now ?? Date.now;
  let running: Promise<RatesUpdate> | undefined;

  const readOnce = async (): Promise<RatesUpdate> => {
    const current = knowledge.rates;
    if (url === undefined) return { updated: false, reason: "no feed", date: current?.date };
    if (current === undefined) {
      return { updated: false, reason: "no stored rates to check the feed by", date: undefined };
    }
    const read = await fetchNbkFeed(url, {
      timeoutMs: options.timeoutMs ?? FEED_TIMEOUT_MS,
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    });
    const today = new Date(now()).toISOString().slice(0, 10);
    const checked = read.ok ? ratesFromFeed(current, read.rates, today) : read;
    if (!checked.ok) {
      logger.warn(
        { reason: checked.reason, kept: current.date },
        "exchange rates feed not used; keeping the rates in hand",
      );
      return { updated: false, reason: checked.reason, date: current.date };
    }
    knowledge.rates = checked.rates;
    const fact = knowledge.facts.get(RATES_FACT_ID);
    knowledge.facts.set(RATES_FACT_ID, {
      id: RATES_FACT_ID,
      source: checked.rates.source,
      verified: today,
      asOf: checked.rates.date,
      ...(fact?.approximate === undefined ? {} : { approximate: fact.approximate }),
    });
    logger.info({ date: checked.rates.date }, "exchange rates updated from the National Bank");
    return { updated: true, date: checked.rates.date };
  };

  // One reading at a time: a slow feed must not pile readings up.
  const refresh = () => {
    running ??= readOnce().finally(() => {
      running = undefined;
    });
    return running;
  };

  let timer: NodeJS.Timeout | undefined;
  if (url !== undefined) {
    void refresh();
    timer = setInterval(() => void refresh(), options.refreshMs ?? RATES_REFRESH_MS);
    timer.unref();
  }
  return {
    refresh,
    stop: () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    },
  };
}
