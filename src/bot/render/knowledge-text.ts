/**
 * Small renderers for knowledge-base things: names, flags, money, sources. Every piece of
 * knowledge text is escaped here, once, so callers can put the result straight into HTML.
 */

import { formatDay } from "../../format/locale-format.js";
import { factCategory, RATES_FACT_ID } from "../../knowledge/fact-ids.js";
import { isPageStale, monthsBefore, STALE_AFTER_MONTHS } from "../../knowledge/freshness.js";
import type { AsOf, Knowledge, Locale, Text } from "../../knowledge/schema.js";
import { escapeHtml } from "./html.js";

export function localized(text: Text, locale: Locale): string {
  return escapeHtml(text[locale]);
}

/** Several texts in one language, each escaped, joined: an admission route's tests read "A; B". */
export function localizedList(texts: readonly Text[], locale: Locale, separator = "; "): string {
  return texts.map((text) => localized(text, locale)).join(separator);
}

/** 🇷🇺 from "RU": two regional-indicator symbols. */
export function flag(countryCode: string): string {
  return [...countryCode.toUpperCase()]
    .map((c) => String.fromCodePoint(0x1f1e6 + c.charCodeAt(0) - 65))
    .join("");
}

// Numbers, money and dates are formatted in one place, for every screen and button.
export { formatDay, formatKzt, formatNumber } from "../../format/locale-format.js";

/** A page's date as it is written: "2025", "2025/26", "25 Dec 2025"; undefined for `undated`. */
export function formatAsOf(asOf: AsOf | undefined, locale: Locale): string | undefined {
  if (asOf === undefined || asOf === "undated") return undefined;
  if (typeof asOf === "number" || /^\d{4}\/\d{2}$/.test(asOf)) return String(asOf);
  return formatDay(asOf, locale);
}

/**
 * A link to where a fact comes from, with the date it was checked: the official page, or the
 * research article for facts that rest on it. A money figure or rule whose page is more than 24
 * months old says so (`pageOld`), so it is not read as current.
 */
export function sourceLink(
  knowledge: Knowledge,
  factId: string,
  labels: {
    source: string;
    research: string;
    stale: string;
    pageOld?: (asOf: string) => string;
    /** "checked 2026-12-06", for a page that gives no date of its own. */
    checked: (date: string) => string;
  },
  today: string = new Date().toISOString().slice(0, 10),
): string | undefined {
  const fact = knowledge.facts.get(factId);
  if (fact === undefined) return undefined;
  const source = knowledge.sources.get(fact.source);
  if (source === undefined) return undefined;
  // The research article is named as such; an official page by its site, which says who speaks.
  const label =
    source.kind === "research" ? labels.research : (hostOf(source.url) ?? labels.source);
  const anchor =
    source.url === undefined
      ? `<i>${escapeHtml(label)}</i>`
      : `<a href="${escapeHtml(source.url)}">${escapeHtml(label)}</a>`;
  // A fact nobody has checked for a year may have changed: say so next to its link.
  const stale = fact.verified < staleBefore(today) ? ` ⚠️ ${escapeHtml(labels.stale)}` : "";
  // A rule or figure from an old page is not current, however recently someone looked at it. The
  // research article is named with its year already.
  const category = factCategory(factId);
  // The year is enough to say how old (and reads the same in every language).
  const asOf =
    fact.asOf === undefined || fact.asOf === "undated"
      ? undefined
      : String(fact.asOf).replace(/^(\d{4})-\d{2}-\d{2}$/, "$1");
  const old =
    labels.pageOld !== undefined &&
    asOf !== undefined &&
    source.kind !== "research" &&
    // The rates' day is said with every tenge amount ("at the National Bank rate of …").
    factId !== RATES_FACT_ID &&
    (category === "money" || category === "rule") &&
    isPageStale(fact, today)
      ? ` ⚠️ ${escapeHtml(labels.pageOld(asOf))}`
      : "";
  // The page's own date where it gives one (the research article's year is in its name), else the
  // day someone read it, said as such.
  const date =
    source.kind === "research" ? "" : `, ${escapeHtml(asOf ?? labels.checked(fact.verified))}`;
  return `${anchor}${date}${stale}${old}`;
}

/**
 * A link to the official page behind a fact, named by its site ("educationusa.state.gov"), for
 * "check it there"; `label` names a page without a URL (the research article) or a site that
 * cannot be read. Undefined when the fact or its source is unknown.
 */
export function pageLink(knowledge: Knowledge, factId: string, label: string): string | undefined {
  const fact = knowledge.facts.get(factId);
  const source = fact === undefined ? undefined : knowledge.sources.get(fact.source);
  if (source === undefined) return undefined;
  const name = escapeHtml(hostOf(source.url) ?? label);
  return source.url === undefined ? name : `<a href="${escapeHtml(source.url)}">${name}</a>`;
}

/** The cut-off date for "check the official page", worked out once per day rather than per link. */
let staleCutoff = { today: "", before: "" };
function staleBefore(today: string): string {
  if (staleCutoff.today !== today) {
    staleCutoff = { today, before: monthsBefore(today, STALE_AFTER_MONTHS) };
  }
  return staleCutoff.before;
}

/** Source links repeat in every result; parsing the same URL again each time is waste. */
const hosts = new Map<string, string | undefined>();
function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (!hosts.has(url)) hosts.set(url, parseHost(url));
  return hosts.get(url);
}

function parseHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
