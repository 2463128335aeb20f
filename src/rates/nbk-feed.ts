/**
 * The National Bank of Kazakhstan's official daily rates, read from its public RSS feed
 * (`rates_all.xml`): one `<item>` per currency with its code (`title`), the rate in tenge
 * (`description`) for `quant` units (the bank quotes some currencies per 10, 100 or 1000 units)
 * and the day (`pubDate`, `DD.MM.YYYY`). The text is checked with zod before a rate is believed.
 * No grammY; the only I/O is one HTTP GET with a timeout.
 */
import { z } from "zod";
import { CURRENCIES, type Currency, type Rates } from "../knowledge/schema.js";

/** The feed's public address. */
export const NBK_RATES_FEED_URL = "https://nationalbank.kz/rss/rates_all.xml";

/** How long one read may take before the stored rates are kept. */
export const FEED_TIMEOUT_MS = 10_000;

const Decimal = z
  .string()
  .trim()
  .regex(/^\d+(?:[.,]\d+)?$/, "a rate is a decimal number")
  .transform((text) => Number(text.replace(",", ".")))
  .pipe(z.number().positive().finite());

const FeedDate = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
    const iso = dotted ? `${dotted[3]}-${dotted[2]}-${dotted[1]}` : text;
    if (!z.iso.date().safeParse(iso).success) {
      ctx.addIssue({ code: "custom", message: `'${text}' is not a day (DD.MM.YYYY)` });
      return z.NEVER;
    }
    return iso;
  });

const FeedItem = z.object({
  title: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, "a currency is a three-letter code"),
  description: Decimal,
  quant: z
    .string()
    .trim()
    .regex(/^\d+$/, "quant is a whole number")
    .transform(Number)
    .pipe(z.number().int().positive()),
  pubDate: FeedDate,
});

/** What one reading of the feed gave: tenge for one unit of each currency, and the day. */
export interface FeedRates {
  date: string;
  kzt: Partial<Record<Currency, number>>;
}

export type FeedResult = { ok: true; rates: FeedRates } | { ok: false; reason: string };

/**
 * Parses the feed's XML. Currencies Bagdar does not use are skipped; every item of one it uses
 * must be well formed, and all items must be of one day.
 */
export function parseNbkFeed(xml: string): FeedResult {
  const items = [...xml.matchAll(/<item\b[^>]*>([\s\S]*?)<\/item>/g)].map((m) => m[1] ?? "");
  if (items.length === 0) return { ok: false, reason: "no <item> in the feed" };
  const kzt: Partial<Record<Currency, number>> = {};
  const dates = new Set<string>();
  for (const body of items) {
    const raw = {
      title: field(body, "title"),
      description: field(body, "description"),
      quant: field(body, "quant"),
      pubDate: field(body, "pubDate"),
    };
    if (!(CURRENCIES as readonly string[]).includes(raw.title?.trim() ?? "")) continue;
    const parsed = FeedItem.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        reason: `item ${raw.title?.trim()}: ${issue?.path.join(".")} ${issue?.message}`,
      };
    }
    const item = parsed.data;
    // Ten significant digits: 35.20 per 100 is 0.352, not 0.35200000000000004.
    kzt[item.title as Currency] = Number((item.description / item.quant).toPrecision(10));
    dates.add(item.pubDate);
  }
  if (dates.size === 0) return { ok: false, reason: "none of the currencies Bagdar uses" };
  if (dates.size > 1)
    return { ok: false, reason: `items of several days: ${[...dates].join(", ")}` };
  return { ok: true, rates: { date: [...dates][0] as string, kzt } };
}

/** The text of `<name>` inside an item (CDATA unwrapped, entities decoded), or undefined. */
function field(body: string, name: string): string | undefined {
  const match = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(body);
  if (match === null) return undefined;
  const text = (match[1] ?? "").replace(/^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/, "$1");
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * Reads the feed at `url`, giving up after `timeoutMs`. Never throws: an unreachable, slow, failing
 * or malformed feed is a result with its reason.
 */
export async function fetchNbkFeed(
  url: string,
  options: { timeoutMs?: number; fetch?: typeof fetch } = {},
): Promise<FeedResult> {
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  // Node's own fetch and AbortSignal, reached through globalThis: a bare `AbortSignal` in the
  // bundle makes esbuild rename the polyfill grammY's HTTP client uses (its class would then be
  // `AbortSignal2`, which node-fetch refuses), and every Bot API call would fail.
  const get = options.fetch ?? globalThis.fetch;
  try {
    const response = await get(url, {
      signal: globalThis.AbortSignal.timeout(timeoutMs),
      headers: { accept: "application/rss+xml, application/xml, text/xml" },
    });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    return parseNbkFeed(await response.text());
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    if (name === "TimeoutError" || name === "AbortError") {
      return { ok: false, reason: `no answer within ${timeoutMs} ms` };
    }
    const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
    return { ok: false, reason: `unreachable${typeof cause === "string" ? ` (${cause})` : ""}` };
  }
}

/**
 * A rate more than this many times away from the stored one is taken for a unit mix-up (a rate
 * per 100 read as per 1), not a market move, and the whole reading is refused.
 */
export const MAX_RATE_JUMP = 10;

/**
 * The stored rates replaced by a feed reading, or why the reading is refused: it must give every
 * currency the stored rates have, be no older than them, and move no rate implausibly far. The
 * stored rates' source (the National Bank's page) stays theirs.
 */
export function ratesFromFeed(
  stored: Rates,
  feed: FeedRates,
  today: string,
): { ok: true; rates: Rates } | { ok: false; reason: string } {
  if (feed.date < stored.date) {
    return {
      ok: false,
      reason: `the feed's day ${feed.date} is older than the stored ${stored.date}`,
    };
  }
  const kzt: Partial<Record<Currency, number>> = {};
  for (const [currency, before] of Object.entries(stored.kzt) as [Currency, number][]) {
    const now = feed.kzt[currency];
    if (now === undefined) return { ok: false, reason: `no ${currency} rate in the feed` };
    if (now > before * MAX_RATE_JUMP || now < before / MAX_RATE_JUMP) {
      return { ok: false, reason: `${currency} ${now} is implausibly far from ${before}` };
    }
    kzt[currency] = now;
  }
  // The stored file's note speaks of its own day; the source (the National Bank) is the same.
  const { note: _storedNote, ...rest } = stored;
  return { ok: true, rates: { ...rest, kzt, date: feed.date, asOf: feed.date, verified: today } };
}
