/**
 * The cost model as the student reads it, in one language: every figure with its own meaning
 * ("up to" never becomes "from"), what it covers, the date its page gives ("as of 2025/26"), its
 * source, the tenge it comes to and the day of the rate used. A figure too old to count is shown
 * as old with its page, never as current. Every screen that shows a cost renders it from here.
 * Pure: no grammY.
 */
import {
  type CostModel,
  costModel,
  type KztFigure,
  type LivingFigure,
  meaningOf,
  type RequiredFundsFigure,
  type Span,
  type TuitionFigure,
} from "../../costs/index.js";
import { formatAmount, formatNumberSpan } from "../../format/locale-format.js";
import type { AsOf, DegreeLevel, Destination } from "../../knowledge/schema.js";
import type { Translate } from "../i18n.js";
import { escapeHtml } from "./html.js";
import {
  formatAsOf,
  formatDay,
  formatKzt,
  formatNumber,
  localized,
  sourceLink,
} from "./knowledge-text.js";
import type { RenderContext } from "./results.js";

/** Today as YYYY-MM-DD, from the render context (or the clock). */
export function todayOf(ctx: RenderContext): string {
  return ctx.today ?? new Date().toISOString().slice(0, 10);
}

/** The cost model of a destination at a level, for this render. */
export function modelOf(destination: Destination, level: DegreeLevel, ctx: RenderContext) {
  return costModel(ctx.knowledge, destination, level, { today: todayOf(ctx) });
}

/**
 * A span in words, each end formatted by `format`: "100 – 300", "up to 300", "from 100",
 * "about 250". Plain text (the caller escapes).
 */
export function spanText(span: Span, format: (value: number) => string, t: Translate): string {
  const about = span.approximate;
  switch (meaningOf(span)) {
    case "exact":
      return t(about ? "cost-about" : "cost-exact", { amount: format(span.low as number) });
    case "range":
      return t(about ? "cost-about-range" : "cost-range", {
        low: format(span.low as number),
        high: format(span.high as number),
      });
    case "up-to":
      return t(about ? "cost-up-to-about" : "cost-up-to", { high: format(span.high as number) });
    case "from":
      return t(about ? "cost-from-about" : "cost-from", { low: format(span.low as number) });
  }
}

/** A tenge span: "1 500 000 – 2 000 000 ₸", "up to 1 333 000 ₸". */
export function kztText(span: Span, ctx: RenderContext): string {
  if (meaningOf(span) === "range" && !span.approximate) {
    // The unit once, at the end: "3 495 000 – 4 108 000 ₸".
    const low = formatKzt(span.low as number, ctx.locale).replace(/\s*₸$/, "");
    return ctx.t("cost-range", { low, high: formatKzt(span.high as number, ctx.locale) });
  }
  return spanText(span, (value) => formatKzt(value, ctx.locale), ctx.t);
}

/** A span in its source's currency: "up to 300 USD", "0 – 3,000 EUR" (the currency once). */
function amountText(span: Span, currency: string, ctx: RenderContext): string {
  if (meaningOf(span) === "range" && !span.approximate) {
    const low = formatNumber(span.low as number, ctx.locale);
    const high = formatAmount(span.high as number, currency, ctx.locale);
    return ctx.t("cost-range", { low, high });
  }
  return spanText(span, (value) => formatAmount(value, currency, ctx.locale), ctx.t);
}

/** "💱 ₸ at the National Bank rate of 5 Dec 2026", or nothing without rates. */
export function ratesLine(ctx: RenderContext): string | undefined {
  const rates = ctx.knowledge.rates;
  if (rates === undefined) return undefined;
  return `💱 ${escapeHtml(ctx.t("results-rates-date", { date: formatDay(rates.date, ctx.locale) }))}`;
}

/** The labels `sourceLink` needs, in the reader's language. */
export function linkLabels(t: Translate) {
  return {
    source: t("results-source"),
    research: t("results-source-research"),
    stale: t("results-fact-stale"),
    pageOld: (asOf: string) => t("results-page-old", { asOf }),
    checked: (date: string) => t("results-source-checked", { date }),
  };
}

/** " (site, date)" for a figure; an old figure's age is said by its own line, not again here. */
function sourceOf(figure: { factId: string; stale: boolean }, ctx: RenderContext): string {
  const { pageOld, ...plain } = linkLabels(ctx.t);
  const labels = figure.stale ? plain : { ...plain, pageOld };
  const link = sourceLink(ctx.knowledge, figure.factId, labels, todayOf(ctx));
  return link === undefined ? "" : ` (${link})`;
}

/** " · as of 2025/26", or the old-figure warning, or nothing for an undated page. */
function dateNote(figure: { asOf?: AsOf; stale: boolean }, ctx: RenderContext): string {
  const asOf = formatAsOf(figure.asOf, ctx.locale);
  if (figure.stale) {
    return ` — ⚠️ ${escapeHtml(ctx.t("cost-stale", { asOf: asOf ?? "?" }))}`;
  }
  return asOf === undefined ? "" : ` · ${escapeHtml(ctx.t("cost-as-of", { asOf }))}`;
}

function placeName(where: string, ctx: RenderContext): string | undefined {
  if (where === "all") return undefined;
  if (where === "capital" || where === "other-cities") return ctx.t(`cost-where-${where}`);
  // A city id (`moscow`): shown as written, capitalised.
  return where.charAt(0).toUpperCase() + where.slice(1).replace(/-/g, " ");
}

/** "Tuition (Bachelor's, public universities): 190 000 – 450 000 RUB a year ≈ … · as of 2025 (source)" */
export function tuitionLine(figure: TuitionFigure, level: DegreeLevel, ctx: RenderContext): string {
  const { t } = ctx;
  const levelName = t(`level-${level}`);
  const head =
    figure.segment === "all"
      ? t("cost-tuition", { level: levelName })
      : t("cost-tuition-segment", {
          level: levelName,
          segment: t(`cost-segment-${figure.segment}`),
        });
  const amount = t(`cost-per-${figure.per}`, {
    amount: amountText(figure.amount, figure.currency, ctx),
  });
  const kzt =
    figure.yearlyKzt === undefined
      ? ""
      : ` ${figure.per === "year" ? t("cost-in-kzt", { cost: kztText(figure.yearlyKzt, ctx) }) : t("cost-per-year", { amount: t("cost-in-kzt", { cost: kztText(figure.yearlyKzt, ctx) }) })}`;
  return `🎓 ${escapeHtml(`${head}: ${amount}${kzt}`)}${dateNote(figure, ctx)}${sourceOf(figure, ctx)}`;
}

/** "Living (the capital): up to 300 USD a month (housing only) ≈ up to 150 000 ₸ a month, …" */
export function livingLine(figure: LivingFigure, ctx: RenderContext): string {
  const { t } = ctx;
  const where = placeName(figure.where, ctx);
  const head = where === undefined ? t("cost-living") : t("cost-living-where", { where });
  const covers = figure.covers === "all" ? "" : ` (${t(`cost-covers-${figure.covers}`)})`;
  const amount = t("cost-per-month", { amount: amountText(figure.amount, figure.currency, ctx) });
  const kzt =
    figure.monthlyKzt === undefined || figure.yearlyKzt === undefined
      ? ""
      : ` ${t("cost-in-kzt-monthly", { monthly: kztText(figure.monthlyKzt, ctx), yearly: kztText(figure.yearlyKzt, ctx) })}`;
  return `🏠 ${escapeHtml(`${head}: ${amount}${covers}${kzt}`)}${dateNote(figure, ctx)}${sourceOf(figure, ctx)}`;
}

/** "Visa funds (the capital): 1 483 GBP a month for 9 months ≈ 8 676 000 ₸ in all" */
export function requiredFundsLine(figure: RequiredFundsFigure, ctx: RenderContext): string {
  const { t } = ctx;
  const where = placeName(figure.where, ctx);
  const head =
    where === undefined ? t("cost-required-funds") : t("cost-required-funds-where", { where });
  const amount = t("cost-required-funds-amount", {
    amount: amountText(figure.amount, figure.currency, ctx),
    months: figure.months,
  });
  const kzt =
    figure.totalKzt === undefined
      ? ""
      : ` ${t("cost-in-kzt-total", { cost: kztText(figure.totalKzt, ctx) })}`;
  return `🛂 ${escapeHtml(`${head}: ${amount}${kzt}`)}${dateNote(figure, ctx)}${sourceOf(figure, ctx)}`;
}

/** The sources of a tenge figure: " (site, date; site, date)". */
export function figureSources(figure: KztFigure, ctx: RenderContext): string {
  const links = figure.facts
    .map((id) => sourceLink(ctx.knowledge, id, linkLabels(ctx.t), todayOf(ctx)))
    .filter((link): link is string => link !== undefined);
  const unique = [...new Set(links)];
  return unique.length === 0 ? "" : ` (${unique.join("; ")})`;
}

/**
 * The yearly cost line: the figure with its meaning, or exactly why there is none (so no screen
 * sets "no figure" next to a figure). `withLevel` names the level in the line.
 */
export function yearlyLine(
  model: CostModel,
  ctx: RenderContext,
  options: { withLevel?: boolean; sources?: boolean } = {},
): string {
  const { t } = ctx;
  const level = t(`level-${model.level}`);
  if (model.yearly === undefined) {
    const gap = model.gaps[0] ?? "tuition";
    return escapeHtml(t(`cost-gap-${gap}`, { level }));
  }
  const cost = kztText(model.yearly, ctx);
  const text = options.withLevel
    ? t("cost-yearly-level", { level, cost })
    : t("cost-yearly", { cost });
  // Say what the living part leaves out: food too where it counts housing only.
  const covers = model.living.covers === "housing-food" ? "housing-food" : "housing";
  const partial = model.yearly.complete ? "" : ` (${t("cost-yearly-partial", { covers })})`;
  const sources = options.sources === false ? "" : figureSources(model.yearly, ctx);
  return `${escapeHtml(`${text}${partial}`)}${sources}`;
}

/** "🎓 The whole degree (4 years): …", when the model has it. */
export function degreeLine(model: CostModel, ctx: RenderContext): string | undefined {
  const degree = model.degree;
  if (degree === undefined) return undefined;
  const [min, max] = degree.years;
  const span = formatNumberSpan(min, max, ctx.locale);
  return escapeHtml(ctx.t("cost-degree", { span, maxYears: max, cost: kztText(degree, ctx) }));
}

/**
 * Every cost line of a destination for the levels asked: per level its yearly and whole-degree
 * cost, or exactly why there is none; its tuition (or why there is none); then living and the
 * visa's funds (the same at every level), then the day of the rates.
 */
export function costLines(
  destination: Destination,
  levels: readonly DegreeLevel[],
  ctx: RenderContext,
): string[] {
  const { t, locale } = ctx;
  const models = levels.map((level) => modelOf(destination, level, ctx));
  const totals: string[] = [];
  const tuition: string[] = [];
  for (const model of models) {
    if (model.yearly !== undefined) {
      totals.push(yearlyLine(model, ctx, { withLevel: true }));
      const degree = degreeLine(model, ctx);
      if (degree !== undefined) totals.push(degree);
    } else {
      totals.push(`▫️ ${yearlyLine(model, ctx)}`);
    }
    for (const figure of model.tuition.figures) tuition.push(tuitionLine(figure, model.level, ctx));
    if (model.tuition.missing !== undefined) {
      const head = t("cost-tuition-missing", { level: t(`level-${model.level}`) });
      tuition.push(`🎓 ${escapeHtml(head)} ${localized(model.tuition.missing, locale)}`);
    }
  }
  // Levels that lack only a tuition figure say so in one line.
  const noTuition = models.filter((m) => m.yearly === undefined && m.gaps[0] === "tuition");
  if (noTuition.length > 1) {
    const levelNames = noTuition.map((m) => t(`level-${m.level}`)).join(", ");
    const merged = `▫️ ${escapeHtml(t("cost-gap-tuition", { level: levelNames }))}`;
    const single = new Set(noTuition.map((m) => `▫️ ${yearlyLine(m, ctx)}`));
    const at = totals.findIndex((line) => single.has(line));
    const rest = totals.filter((line) => !single.has(line));
    rest.splice(at, 0, merged);
    totals.splice(0, totals.length, ...rest);
  }
  const lines = [...new Set(totals), ...tuition];
  const first = models[0];
  if (first !== undefined) {
    for (const figure of first.living.figures) lines.push(livingLine(figure, ctx));
    if (first.living.missing !== undefined) {
      lines.push(
        `🏠 ${escapeHtml(t("cost-living-missing"))} ${localized(first.living.missing, locale)}`,
      );
    }
    for (const figure of first.requiredFunds.figures) lines.push(requiredFundsLine(figure, ctx));
  }
  const rates = ratesLine(ctx);
  if (rates !== undefined) lines.push(rates);
  return lines;
}

/**
 * The figures behind a yearly cost on one short line, each in its source's currency with its own
 * meaning, then the day of the rates: "💱 Tuition (Bachelor's): 0 – 3 000 EUR a year · Living (the
 * capital): up to 300 USD a month (housing only) · ₸ at the National Bank rate of 5 Dec 2026".
 * Old figures are left out here (the card shows them with their page). Undefined with no figures.
 */
export function costBreakdown(
  model: CostModel,
  ctx: RenderContext,
  options: { rates?: boolean } = {},
): string | undefined {
  const { t } = ctx;
  const level = t(`level-${model.level}`);
  const parts: string[] = [];
  for (const f of model.tuition.figures.filter((figure) => !figure.stale)) {
    const head =
      f.segment === "all"
        ? t("cost-tuition", { level })
        : t("cost-tuition-segment", { level, segment: t(`cost-segment-${f.segment}`) });
    parts.push(
      `${head}: ${t(`cost-per-${f.per}`, { amount: amountText(f.amount, f.currency, ctx) })}`,
    );
  }
  for (const f of model.living.figures.filter((figure) => !figure.stale)) {
    const where = placeName(f.where, ctx);
    const head = where === undefined ? t("cost-living") : t("cost-living-where", { where });
    const covers = f.covers === "all" ? "" : ` (${t(`cost-covers-${f.covers}`)})`;
    parts.push(
      `${head}: ${t("cost-per-month", { amount: amountText(f.amount, f.currency, ctx) })}${covers}`,
    );
  }
  for (const f of model.requiredFunds.figures.filter((figure) => !figure.stale)) {
    const where = placeName(f.where, ctx);
    const head =
      where === undefined ? t("cost-required-funds") : t("cost-required-funds-where", { where });
    const amount = t("cost-required-funds-amount", {
      amount: amountText(f.amount, f.currency, ctx),
      months: f.months,
    });
    parts.push(`${head}: ${amount}`);
  }
  if (parts.length === 0) return undefined;
  const rates = ctx.knowledge.rates;
  if (rates !== undefined && options.rates !== false) {
    parts.push(t("results-rates-date", { date: formatDay(rates.date, ctx.locale) }));
    return `💱 ${escapeHtml(parts.join(" · "))}`;
  }
  return escapeHtml(parts.join(" · "));
}

/**
 * The yearly cost in a few words for small spaces (the share card, a comparison row): "up to
 * 2 500 000 ₸", or undefined when the model has no yearly figure. Plain text.
 */
export function yearlyShort(model: CostModel, ctx: RenderContext): string | undefined {
  return model.yearly === undefined ? undefined : kztText(model.yearly, ctx);
}
