/**
 * For administrators only (user ids in `ADMIN_IDS`, in a private chat): `/stats` with the main
 * anonymous counts and a chart, `/export` with the counts as CSV. To anyone else these commands
 * do not exist: the update goes on to the "unknown command" answer like any unknown command.
 * Every cell under 5 students is suppressed in both (src/insight/report.ts).
 */
import { Composer, InputFile } from "grammy";
import { type ChartRow, chartSvg } from "../../insight/chart.js";
import { monthOf } from "../../insight/record.js";
import {
  ALL_MONTHS,
  buildReport,
  type Dimension,
  type Report,
  reportCsv,
  SUPPRESSED,
} from "../../insight/report.js";
import type { InsightStore } from "../../insight/store.js";
import type { Knowledge, Locale } from "../../knowledge/schema.js";
import { PLANS } from "../../recommend/profile.js";
import type { BotContext } from "../context.js";
import type { Translate } from "../i18n.js";
import { escapeHtml } from "../render/html.js";

export interface AdminFeatureDeps {
  adminIds: readonly number[];
  insight: InsightStore;
  /** SVG → PNG for the chart (src/image/render-png.ts). */
  renderPng: (svg: string) => Buffer;
}

/** How many destinations the chart shows. */
export const CHART_DESTINATIONS = 8;

/** The dimensions /stats lists, each with how its values are named in the locale files. */
const LISTED: { dimension: Dimension; label: (value: string) => string }[] = [
  { dimension: "plan", label: (v) => `plan-${v}` },
  { dimension: "level", label: (v) => `level-${v}` },
  { dimension: "budget", label: (v) => `budget-${v}` },
  { dimension: "field", label: (v) => `field-${v}` },
  { dimension: "language", label: (v) => `language-${v}` },
  { dimension: "priority", label: (v) => `priority-${v}` },
  { dimension: "region", label: (v) => (v === "none" ? "region-not-given" : `region-${v}`) },
];

function destinationName(knowledge: Knowledge, id: string, locale: Locale, t: Translate): string {
  if (id === "none") return t("stats-first-none");
  return knowledge.destinations.find((d) => d.id === id)?.name[locale] ?? id;
}

function shown(count: number | null): string {
  return count === null ? SUPPRESSED : String(count);
}

/** One line per dimension: the shown values, largest first, and how many are hidden. */
function dimensionLine(
  report: Report,
  dimension: Dimension,
  values: { value: string; label: string }[],
  t: Translate,
): string {
  const cells = values.map((v) => ({ ...v, count: report.get(ALL_MONTHS, dimension, v.value) }));
  const visible = cells
    .filter((c): c is typeof c & { count: number } => c.count !== null)
    .sort((a, b) => b.count - a.count);
  const hidden = cells.length - visible.length;
  const parts = visible.map((c) => `${escapeHtml(c.label)} ${c.count}`);
  if (hidden > 0) parts.push(t("stats-hidden", { count: hidden }));
  return `<b>${t(`stats-dimension-${dimension}`)}</b>: ${parts.join(" · ")}`;
}

export function statsText(
  report: Report,
  view: { knowledge: Knowledge; t: Translate; locale: Locale; month: string },
): string {
  const { t, knowledge, locale } = view;
  const values = (dimension: Dimension, label: (v: string) => string) =>
    report.rows
      .filter((r) => r.period === ALL_MONTHS && r.dimension === dimension)
      .map((r) => ({ value: r.value, label: t(label(r.value)) }));
  const lines = [
    t("stats-title"),
    // "<5" is text in an HTML message: unescaped, Telegram refuses the whole message.
    t("stats-students", {
      all: escapeHtml(shown(report.get(ALL_MONTHS, "students"))),
      month: escapeHtml(shown(report.get(view.month, "students"))),
      period: view.month,
    }),
    "",
  ];
  for (const { dimension, label } of LISTED) {
    lines.push(dimensionLine(report, dimension, values(dimension, label), t));
  }
  const firsts = report.destinations
    .concat("none")
    .map((id) => ({ value: id, label: destinationName(knowledge, id, locale, t) }));
  lines.push(dimensionLine(report, "first", firsts, t));
  lines.push("", t("stats-suppressed-note"));
  return lines.join("\n");
}

/** The chart's rows: destinations ranked first by at least 5 students, most first. */
export function chartRows(
  report: Report,
  view: { knowledge: Knowledge; t: Translate; locale: Locale },
): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const id of report.destinations) {
    const total = report.get(ALL_MONTHS, "first", id);
    if (total === null || total === 0) continue;
    const parts = Object.fromEntries(
      PLANS.map((plan) => [plan, report.get(ALL_MONTHS, "first-plan", `${id}/${plan}`)]),
    ) as ChartRow["parts"];
    rows.push({ label: destinationName(view.knowledge, id, view.locale, view.t), total, parts });
  }
  return rows.sort((a, b) => b.total - a.total).slice(0, CHART_DESTINATIONS);
}

export function createAdminFeature(deps: AdminFeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const admins = new Set(deps.adminIds);
  // Only in a private chat: in a group, everyone present would see the figures.
  const onlyAdmins = feature.filter(
    (ctx) => ctx.chat?.type === "private" && ctx.from !== undefined && admins.has(ctx.from.id),
  );

  const report = async (ctx: BotContext) =>
    buildReport(await deps.insight.months(), {
      destinations: ctx.deps.knowledge.destinations.map((d) => d.id),
    });

  onlyAdmins.command("stats", async (ctx) => {
    const locale = (await ctx.i18n.getLocale()) as Locale;
    const view = { knowledge: ctx.deps.knowledge, t: ctx.t, locale };
    const current = await report(ctx);
    await ctx.reply(statsText(current, { ...view, month: monthOf(ctx.deps.now()) }), {
      parse_mode: "HTML",
    });
    const svg = chartSvg(chartRows(current, view), {
      title: ctx.t("stats-chart-title"),
      subtitle: ctx.t("stats-chart-subtitle", {
        students: shown(current.get(ALL_MONTHS, "students")),
      }),
      legend: {
        return: ctx.t("plan-return"),
        "stay-abroad": ctx.t("plan-stay-abroad"),
        unsure: ctx.t("plan-unsure"),
        hidden: ctx.t("stats-chart-hidden"),
      },
      empty: ctx.t("stats-chart-empty"),
    });
    await ctx.replyWithPhoto(new InputFile(deps.renderPng(svg), "bagdar-stats.png"), {
      caption: ctx.t("stats-chart-title"),
    });
  });

  onlyAdmins.command("export", async (ctx) => {
    const csv = reportCsv(await report(ctx));
    const date = new Date(ctx.deps.now()).toISOString().slice(0, 10);
    await ctx.replyWithDocument(
      new InputFile(Buffer.from(csv, "utf8"), `bagdar-stats-${date}.csv`),
      {
        caption: ctx.t("stats-export-caption"),
      },
    );
  });

  return feature;
}
