/**
 * Numbers, money, dates and lists as each language writes them: Russian and Kazakh group digits
 * with a space and use a decimal comma ("4 500", "5,5"), English a comma and a point ("4,500",
 * "5.5"). Every screen and button formats through here, so a figure reads the same everywhere and
 * a Russian reader never takes "4,500" for four and a half. (A number handed to Fluent as a number
 * is grouped the same way by Fluent itself: the budget buttons rely on that.) Pure: no grammY.
 */
import type { Locale } from "../knowledge/schema.js";

/** The Intl locale behind each of Bagdar's languages. */
const INTL_LOCALES: Record<Locale, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-GB" };

// Building an Intl formatter costs far more than using one: each is built once and kept.
const cache = new Map<string, unknown>();
function cached<T>(key: string, build: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  return cached(
    `number:${locale}:${digits}`,
    () => new Intl.NumberFormat(INTL_LOCALES[locale], { maximumFractionDigits: digits }),
  );
}

/** "4 500", "5,5" (ru, kk); "4,500", "5.5" (en). At most `digits` decimals (one by default). */
export function formatNumber(value: number, locale: Locale, digits = 1): string {
  return numberFormat(locale, digits).format(value);
}

/** "4–5" or "4" when both ends are the same: a span of years, of months. */
export function formatNumberSpan(min: number, max: number, locale: Locale): string {
  return min === max
    ? formatNumber(min, locale)
    : `${formatNumber(min, locale)}–${formatNumber(max, locale)}`;
}

/** Tenge amounts above this are rounded to thousands: no one reads "1 333 417 ₸" to the tenge. */
const ROUND_KZT_FROM = 100_000;

/** "1 250 000 ₸": tenge rounded to thousands, grouped the way each language writes them. */
export function formatKzt(amount: number, locale: Locale): string {
  const rounded = amount >= ROUND_KZT_FROM ? Math.round(amount / 1000) * 1000 : Math.round(amount);
  return `${formatNumber(rounded, locale, 0)} ₸`;
}

/** "300 USD", "3 000 EUR": an amount in a source's currency, the code after the figure. */
export function formatAmount(amount: number, currency: string, locale: Locale): string {
  return `${formatNumber(amount, locale)} ${currency}`;
}

/** "5 Dec 2026", "6 дек. 2026 г.", "2026 ж. 6 жел." from an ISO date: a date in a line. */
export function formatDay(iso: string, locale: Locale): string {
  const format = cached(
    `day:${locale}`,
    () =>
      new Intl.DateTimeFormat(INTL_LOCALES[locale], {
        day: "numeric",
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      }),
  );
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** "15 January 2027", "15 января 2027 г.", "2027 ж. 15 қаңтар" for an ISO date or a moment. */
export function formatDate(date: string | number, locale: Locale): string {
  const moment = typeof date === "number" ? new Date(date) : new Date(`${date}T00:00:00Z`);
  const format = cached(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: "long", timeZone: "UTC" }),
  );
  return format.format(moment);
}

/**
 * Items read as a list: "tuition, housing and travel", «обучение, жильё и проезд», "оқу ақысы,
 * тұрғын үй және жол ақысы"; `or` for a choice ("Hungarian or English"). Kazakh's Intl data joins
 * three or more with commas only and a choice with the colloquial «не», so Kazakh is joined here:
 * commas, then «және» / «немесе» before the last.
 */
export function formatList(
  items: readonly string[],
  locale: Locale,
  type: "and" | "or" = "and",
): string {
  if (locale === "kk") {
    if (items.length < 2) return items.join("");
    const word = type === "and" ? "және" : "немесе";
    return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
  }
  const format = cached(
    `list:${locale}:${type}`,
    () =>
      new Intl.ListFormat(INTL_LOCALES[locale], {
        type: type === "and" ? "conjunction" : "disjunction",
      }),
  );
  return format.format(items);
}

/**
 * A button label as it reads inside a sentence: its first letter lower-case ("Prestige and
 * quality" → "prestige and quality", «Бакалавриат» → «бакалавриат»), unless the first word is an
 * abbreviation or "I" ("IT and engineering", "I don't speak English" stay as they are).
 */
export function inlineLabel(label: string, locale: Locale): string {
  const first = label.match(/^\p{L}+/u)?.[0];
  if (first === undefined || first === "I") return label;
  if (first.slice(1) !== first.slice(1).toLocaleLowerCase(INTL_LOCALES[locale])) return label;
  return label.charAt(0).toLocaleLowerCase(INTL_LOCALES[locale]) + label.slice(1);
}
