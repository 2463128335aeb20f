/**
 * Renders a {@link Recommendation} as Telegram HTML in one language: each destination with its
 * score bar, the reasons (✓ ✗ •), key facts with links to their sources, and the funding routes
 * that fit with what they oblige. Pure: no grammY, no I/O.
 */

import { spanOf } from "../../costs/index.js";
import { formatList, inlineLabel } from "../../format/locale-format.js";
import {
  type AdmissionRoute,
  atLevel,
  type DegreeLevel,
  type Destination,
  type Funding,
  type Knowledge,
  type Locale,
} from "../../knowledge/schema.js";
import { UNKNOWN_KZT } from "../../recommend/reasons.js";
import type {
  FundingMatch,
  RankedDestination,
  Reason,
  Recommendation,
} from "../../recommend/types.js";
import type { Translate } from "../i18n.js";
import { costBreakdown, kztText, linkLabels, modelOf, todayOf, yearlyLine } from "./costs.js";
import { fundingExtent } from "./destination-facts.js";
import { escapeHtml, packMessages } from "./html.js";
import {
  flag,
  formatKzt,
  formatNumber,
  localized,
  localizedList,
  pageLink,
  sourceLink,
} from "./knowledge-text.js";
import { nameGrammarParams } from "./name-grammar.js";
import { renderSummary } from "./results-summary.js";
import { SUMMARY_SIZE, summarize } from "./summary.js";
import { windowLine } from "./window.js";

const OBLIGATION_REASONS = new Set([
  "reason-funding-work-off",
  "reason-funding-work-off-unspecified",
  "reason-funding-return-home",
  "reason-funding-return-home-unspecified",
  "reason-funding-collateral",
  "reason-funding-language-course",
  "reason-funding-repay-if-broken",
]);

/** The matcher's reasons for a destination without a yearly cost; the cost model says why instead. */
const COST_UNKNOWN = new Set(["reason-cost-unknown", "reason-living-cost-unknown"]);

/** How many destinations one results page shows. */
export const RESULTS_PAGE_SIZE = SUMMARY_SIZE;

export interface RenderContext {
  knowledge: Knowledge;
  t: Translate;
  locale: Locale;
  /** Today (YYYY-MM-DD), for the age of facts and figures; the clock's when absent. */
  today?: string;
}

/**
 * Reason variables named by a button's label, which reads lower-case inside a sentence. (Names of
 * languages keep their capital in English; statuses and coverage items are written lower-case.)
 */
const INLINE_LABELS = new Set(["priority", "level", "field", "plan", "english"]);

/** Reason variables that may hold several ids: they come with their count (`languageCount`). */
const LIST_PARAMS = new Set(["language", "priority", "covers", "status"]);

const MARKS = { positive: "✅", negative: "❌", neutral: "▫️" } as const;
const MEDALS = ["🥇", "🥈", "🥉"];

export function scoreBar(score: number): string {
  const filled = Math.round(Math.max(0, Math.min(100, score)) / 10);
  return "▰".repeat(filled) + "▱".repeat(10 - filled);
}

/**
 * Fluent variables for a reason: knowledge ids become names, tenge amounts get formatted, and the
 * variables of `RENDERED_PARAMS` (src/recommend/reasons.ts) are added: `cost`, `span`, and `test`,
 * an admission route's tests or a funding route's language requirement in the student's language.
 */
export function reasonParams(
  reason: Reason,
  destination: Destination | undefined,
  { knowledge, t, locale }: RenderContext,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const destinationOf = (id: unknown) =>
    knowledge.destinations.find((d) => d.id === id) ?? destination;
  let route: AdmissionRoute | undefined;
  let funding: Funding | undefined;
  for (const [key, value] of Object.entries(reason.params)) {
    const text = String(value);
    if (key === "destination") {
      const named = destinationOf(value);
      out[key] = escapeHtml(named?.name[locale] ?? text);
      Object.assign(out, nameGrammarParams("destination", named?.grammar, locale));
    } else if (key === "route") {
      route = destinationOf(reason.params.destination)?.admission.find((r) => r.id === value);
      out[key] = route ? localized(route.name, locale) : escapeHtml(text);
    } else if (key === "funding") {
      funding = knowledge.funding.find((f) => f.id === value);
      out[key] = funding ? localized(funding.name, locale) : escapeHtml(text);
      Object.assign(out, nameGrammarParams("funding", funding?.grammar, locale));
    } else if (key === "page") {
      // Where to check what Bagdar has no data on: the official page, linked by its site.
      out[key] =
        pageLink(knowledge, text, t("results-official-page")) ??
        escapeHtml(t("results-official-page"));
    } else if (
      ["priority", "language", "level", "field", "plan", "english", "covers", "status"].includes(
        key,
      )
    ) {
      // Labels of buttons, read inside a sentence: lower-case, as a list ("a, b and c"), with
      // their count (`languageCount`) for a template that says "it" or "them".
      const labels = text
        .split(",")
        .filter((part) => part !== "")
        .map((part) => t(`${key}-${part}`))
        .map((label) => escapeHtml(INLINE_LABELS.has(key) ? inlineLabel(label, locale) : label));
      out[key] = formatList(labels, locale);
      if (LIST_PARAMS.has(key)) out[`${key}Count`] = labels.length;
    } else if (/kzt$/i.test(key) && typeof value === "number") {
      out[key] = value === UNKNOWN_KZT ? "" : formatKzt(value, locale);
    }
    // Other numbers stay numbers, so Fluent can choose plural forms ("1 year", "5 лет").
    else if (typeof value === "number") out[key] = value;
    else out[key] = escapeHtml(text);
  }
  // A cost reads "X – Y ₸", "up to Y ₸" or "from X ₸" (each end as the cost model knows it), and
  // a span of years "4" or "4–5": Fluent cannot compare two variables itself.
  const { minKzt, maxKzt } = reason.params;
  if (typeof minKzt === "number" && typeof maxKzt === "number") {
    const span = spanOf(
      minKzt === UNKNOWN_KZT ? undefined : minKzt,
      maxKzt === UNKNOWN_KZT ? undefined : maxKzt,
    );
    out.cost = span === undefined ? "" : kztText(span, { knowledge, t, locale });
  }
  const { minYears, maxYears } = reason.params;
  if (typeof minYears === "number" && typeof maxYears === "number") {
    out.span =
      minYears === maxYears
        ? formatNumber(minYears, locale)
        : `${formatNumber(minYears, locale)}–${formatNumber(maxYears, locale)}`;
  }
  // An admission route's tests and a funding route's language requirement are knowledge text: the
  // reason names the route (and the language), the text is read here in the student's language.
  // Always given (empty for a route or requirement not found), so a translation that uses `test`
  // never fails.
  if ("destination" in reason.params && "route" in reason.params) {
    out.test = route === undefined ? "" : localizedList(route.tests, locale);
  } else if ("funding" in reason.params && "language" in reason.params) {
    const language = reason.params.language;
    const requirement = funding?.eligibility.languages.find((r) => r.language === language);
    out.test = requirement === undefined ? "" : localized(requirement.level, locale);
  }
  return out;
}

/** "1 333 000 ₸" for one figure, "3 495 000 – 4 108 000 ₸" for a range. */
export function costRange(min: number, max: number, locale: Locale): string {
  const low = formatKzt(min, locale);
  const high = formatKzt(max, locale);
  return low === high ? low : `${low.replace(/\s*₸$/, "")} – ${high}`;
}

export function renderReason(
  reason: Reason,
  destination: Destination | undefined,
  ctx: RenderContext,
): string {
  return `${MARKS[reason.kind]} ${ctx.t(reason.message, reasonParams(reason, destination, ctx))}`;
}

/**
 * "💰 Bolashak — covers study and living ⚠️": what a route obliges is said once, in the funding
 * view; here a ⚠️ only marks that it obliges something at the student's level.
 */
function renderFundingLine(funding: Funding, ctx: RenderContext, level: DegreeLevel): string {
  const obliges = funding.obligations.some((o) => atLevel(o.levels, level));
  const head = `💰 <b>${localized(funding.name, ctx.locale)}</b> — ${escapeHtml(fundingExtent(funding, ctx.t))}`;
  return obliges ? `${head} ⚠️` : head;
}

/**
 * One destination as a block of HTML. Its cost is the cost model's for the student's `level`, the
 * same figure every other screen shows.
 */
/** Reasons that say Bagdar has no checked data on a criterion (a priority, the field, the level). */
const NO_DATA_REASONS = new Set([
  "reason-priority-no-data",
  "reason-field-no-data",
  "reason-level-no-data",
]);

/**
 * "▫️ No checked data yet on “Prestige and quality”, “Engineering and IT”: not counted in the
 * score. Check uni.edu": the no-data reasons of one destination as one line (they share the page).
 */
function noDataLine(reasons: readonly Reason[], destination: Destination, ctx: RenderContext) {
  if (reasons.length === 1) return renderReason(reasons[0] as Reason, destination, ctx);
  const [open, close] = ctx.locale === "en" ? ["“", "”"] : ["«", "»"];
  const items = reasons.map((r) => {
    const params = reasonParams(r, destination, ctx);
    return `${open}${params.priority ?? params.field ?? params.level}${close}`;
  });
  const page = reasonParams(reasons[0] as Reason, destination, ctx).page ?? "";
  return `${MARKS.neutral} ${ctx.t("results-no-data", { items: items.join(", "), page })}`;
}

/** "📊 Based on 5 of 7 criteria". */
export function basisLine(ranked: RankedDestination, t: Translate): string {
  const { known, total } = ranked.basis;
  return known === total ? t("results-basis-all", { total }) : t("results-basis", { known, total });
}

export function renderDestination(
  ranked: RankedDestination,
  position: number,
  ctx: RenderContext,
  level: DegreeLevel,
): string {
  const { knowledge, t, locale } = ctx;
  const destination = knowledge.destinations.find((d) => d.id === ranked.destinationId);
  if (destination === undefined) return "";
  const medal = MEDALS[position] ?? `${position + 1}.`;
  const lines = [
    `${medal} ${flag(destination.country)} <b>${localized(destination.name, locale)}</b> — ${ranked.score}%`,
    scoreBar(ranked.score),
    escapeHtml(basisLine(ranked, t)),
  ];
  const model = modelOf(destination, level, ctx);
  // The yearly figure, or exactly what it lacks: the matcher's general "no checked figure" is
  // left out for it, so a figure never sits next to a "no figure" that contradicts it.
  lines.push(
    model.yearly === undefined
      ? `▫️ ${yearlyLine(model, ctx)}`
      : yearlyLine(model, ctx, { sources: false }),
  );
  const breakdown = costBreakdown(model, ctx);
  if (breakdown !== undefined) lines.push(breakdown);
  const noData = ranked.reasons.filter((r) => NO_DATA_REASONS.has(r.message));
  for (const reason of ranked.reasons) {
    // The cost model's line above says what a yearly figure lacks, so the matcher's general
    // "no checked figure" is not said again next to it.
    if (COST_UNKNOWN.has(reason.message)) continue;
    // What has no checked data is said once, on one line, where the first such reason stands.
    if (!NO_DATA_REASONS.has(reason.message)) lines.push(renderReason(reason, destination, ctx));
    else if (reason === noData[0]) lines.push(noDataLine(noData, destination, ctx));
  }
  const highlights = destination.highlights.filter((h) => atLevel(h.levels, level));
  for (const highlight of highlights.slice(0, 2)) {
    const links = highlight.facts
      .map((f) => sourceLink(knowledge, `${destination.id}.${f}`, linkLabels(t), todayOf(ctx)))
      .filter((link): link is string => link !== undefined);
    const unique = [...new Set(links)];
    lines.push(
      `📌 ${localized(highlight.text, locale)}${unique.length ? ` (${unique.join("; ")})` : ""}`,
    );
  }
  const funding = ranked.funding
    .map((match) => knowledge.funding.find((f) => f.id === match.fundingId))
    .filter((f): f is Funding => f !== undefined);
  if (funding.length > 0) {
    lines.push(`<b>${t("results-funding-title")}</b>`);
    const shown = funding.slice(0, 3).map((route) => renderFundingLine(route, ctx, level));
    lines.push(...shown);
    if (shown.some((line) => line.endsWith("⚠️"))) {
      lines.push(`<i>${escapeHtml(t("results-details-funding"))}</i>`);
    }
  }
  return lines.join("\n");
}

/**
 * A page of results: the summary of three destinations from `from` (0 for the top of the list),
 * as one message that fits a phone screen. The details are a tap away
 * ({@link renderDestinationDetails}, {@link renderFundingDetails}).
 */
export function renderResultsPage(rec: Recommendation, from: number, ctx: RenderContext): string[] {
  const { t } = ctx;
  const head =
    from === 0
      ? [t("results-title"), t("results-neutrality")]
      : [`<b>${escapeHtml(t("results-summary-more"))}</b>`];
  return [
    renderSummary(summarize(rec, ctx.knowledge, from), ctx, {
      level: rec.level,
      head,
      scores: true,
      why: true,
      foot: escapeHtml(t("results-summary-tap")),
    }),
  ];
}

/**
 * One destination of a student's results in detail: score, every reason, the cost and what it is
 * made of, highlights with their sources, and the ways to pay (their obligations are in the
 * funding view). Empty for a destination the recommendation does not rank.
 */
export function renderDestinationDetails(
  rec: Recommendation,
  destinationId: string,
  ctx: RenderContext,
): string[] {
  const position = rec.destinations.findIndex((d) => d.destinationId === destinationId);
  const ranked = rec.destinations[position];
  if (ranked === undefined) return [];
  return packMessages([renderDestination(ranked, position, ctx, rec.level)]);
}

/**
 * The funding routes that fit a page of destinations (the top three unless `from` says
 * otherwise), each once, in detail: which of those destinations it serves, why it fits, its
 * rules, its obligations, its dates and sources.
 */
export function renderFundingDetails(rec: Recommendation, ctx: RenderContext, from = 0): string[] {
  const { knowledge, t, locale } = ctx;
  const top = rec.destinations.slice(from, from + RESULTS_PAGE_SIZE);
  const ids = [...new Set(top.flatMap((d) => d.funding.map((f) => f.fundingId)))];
  // Why each route fits this student, and what they still lack, from the first destination it serves.
  const matches = new Map<string, { match: FundingMatch; destination: Destination | undefined }>();
  for (const ranked of top) {
    const destination = knowledge.destinations.find((d) => d.id === ranked.destinationId);
    for (const match of ranked.funding) {
      if (!matches.has(match.fundingId)) matches.set(match.fundingId, { match, destination });
    }
  }
  const blocks = ids
    .map((id) => knowledge.funding.find((f) => f.id === id))
    .filter((f): f is Funding => f !== undefined)
    .map((funding) => {
      // Which of the student's top destinations it pays for: said once here, with its rules and
      // obligations, instead of under every destination.
      const served = top
        .filter((ranked) => ranked.funding.some((m) => m.fundingId === funding.id))
        .map((ranked) => knowledge.destinations.find((d) => d.id === ranked.destinationId))
        .filter((d): d is Destination => d !== undefined)
        .map((d) => `${flag(d.country)} ${localized(d.name, locale)}`);
      const lines = [
        `💰 <b>${localized(funding.name, locale)}</b>`,
        ...(served.length > 0 ? [t("funding-serves", { destinations: served.join(", ") })] : []),
        localized(funding.summary, locale),
      ];
      const found = matches.get(funding.id);
      for (const reason of found?.match.reasons ?? []) {
        // Obligations are shown below in the funder's own words, with their source; that a route
        // listed here takes the student's level goes without saying.
        if (OBLIGATION_REASONS.has(reason.message) || reason.message === "reason-funding-level")
          continue;
        lines.push(renderReason(reason, found?.destination, ctx));
      }
      // What it covers and that it fits the student's level, the reasons above say; said again
      // only for a route shown without them.
      const reasons = found?.match.reasons ?? [];
      if (!reasons.some((r) => r.message.startsWith("reason-funding-covers"))) {
        const items = funding.covers.items.map((i) => escapeHtml(t(`covers-${i}`)));
        if (items.length > 0) lines.push(`${t("funding-covers")}: ${items.join(", ")}`);
      }
      for (const other of funding.eligibility.other) {
        if (atLevel(other.levels, rec.level)) lines.push(`• ${localized(other, locale)}`);
      }
      for (const obligation of funding.obligations) {
        if (atLevel(obligation.levels, rec.level))
          lines.push(`⚠️ ${localized(obligation.text, locale)}`);
      }
      if (funding.window !== undefined) lines.push(windowLine(funding.window, ctx));
      const link = sourceLink(knowledge, `${funding.id}.covers`, linkLabels(t), todayOf(ctx));
      const official = funding.url
        ? `<a href="${escapeHtml(funding.url)}">${t("funding-official-page")}</a>`
        : undefined;
      const footer = [official, link].filter((part) => part !== undefined).join(" · ");
      if (footer !== "") lines.push(`🔗 ${footer}`);
      return lines.join("\n");
    });
  if (blocks.length === 0) return [t("funding-none")];
  return packMessages([t("funding-title"), ...blocks, t("funding-scam-warning")]);
}
