/**
 * Two or three destinations side by side, built for a phone: not a table (it would wrap into
 * nonsense) but one block per attribute with one line per destination, each line with its source.
 * With the student's answers, degree lengths and admission routes are those of their level and the
 * funding lines are the routes that fit them (from `recommend`). Pure: no grammY.
 */
import {
  atLevel,
  type DegreeLevel,
  type Destination,
  type Funding,
} from "../../knowledge/schema.js";
import type { Recommendation } from "../../recommend/index.js";
import { costBreakdown, figureSources, kztText, modelOf, ratesLine, yearlyLine } from "./costs.js";
import {
  degreeYearsLine,
  findFunding,
  fundingExtent,
  fundingFor,
  languagesLine,
  sourceLinks,
  sources,
  workLine,
} from "./destination-facts.js";
import { escapeHtml, packMessages } from "./html.js";
import { flag, localized, localizedList } from "./knowledge-text.js";
import type { RenderContext } from "./results.js";

/** How many funding routes one destination's line names. */
const FUNDING_PER_LINE = 3;

function block(title: string, lines: readonly string[]): string {
  return [`<b>${escapeHtml(title)}</b>`, ...lines].join("\n");
}

/**
 * A destination's yearly cost at the level compared, from the cost model: the figure with its
 * sources, or why there is none followed by the parts there are, in their own currency.
 */
function costLine(destination: Destination, level: DegreeLevel, ctx: RenderContext): string {
  const model = modelOf(destination, level, ctx);
  if (model.yearly !== undefined) {
    return `${escapeHtml(kztText(model.yearly, ctx))}${figureSources(model.yearly, ctx)}`;
  }
  // The parts there are, with their sources; the rates' day is said once under the block.
  const parts = costBreakdown(model, ctx, { rates: false });
  if (parts === undefined) return yearlyLine(model, ctx);
  const facts = [...model.tuition.figures, ...model.living.figures, ...model.requiredFunds.figures]
    .filter((figure) => !figure.stale)
    .map((figure) => figure.factId);
  return `${yearlyLine(model, ctx)} ${parts}${figureSources({ low: 0, approximate: false, facts }, ctx)}`;
}

function admissionLine(
  destination: Destination,
  level: DegreeLevel | undefined,
  ctx: RenderContext,
): string {
  const routes = destination.admission.filter(
    (r) => level === undefined || r.levels.includes(level),
  );
  if (routes.length === 0) return escapeHtml(ctx.t("compare-admission-none"));
  const parts = routes.map((route) => {
    const price = ctx.t(route.tuitionFree ? "explore-route-free" : "explore-route-paid");
    const tests = route.tests.length > 0 ? `: ${localizedList(route.tests, ctx.locale)}` : "";
    return `${localized(route.name, ctx.locale)} (${escapeHtml(price)})${tests}`;
  });
  const links = sourceLinks(
    ctx.knowledge,
    routes.map((r) => `${destination.id}.admission.${r.id}`),
    ctx.t,
  );
  return `${parts.join(" · ")}${links === "" ? "" : ` (${links})`}`;
}

function fundingLine(routes: readonly Funding[], ctx: RenderContext, level?: DegreeLevel): string {
  if (routes.length === 0) return escapeHtml(ctx.t("compare-funding-none"));
  const shown = routes.slice(0, FUNDING_PER_LINE).map((f) => {
    const extent = fundingExtent(f, ctx.t);
    const binds = f.obligations.some((o) => level === undefined || atLevel(o.levels, level));
    const duty = binds ? " ⚠️" : "";
    return `${localized(f.name, ctx.locale)} — ${escapeHtml(extent)}${duty}${sources(ctx.knowledge, [`${f.id}.covers`], ctx.t)}`;
  });
  const more = routes.length - shown.length;
  if (more > 0) shown.push(escapeHtml(ctx.t("compare-funding-more", { count: more })));
  return shown.join("; ");
}

/**
 * The comparison as messages. `recommendation` is the student's (from their saved answers), or
 * undefined for someone without answers: then every level is shown, and the funding made for
 * each destination.
 */
export function renderComparison(
  destinations: readonly Destination[],
  ctx: RenderContext,
  recommendation?: Recommendation,
): string[] {
  const { t, locale } = ctx;
  const level = recommendation?.level;
  // Costs need a level: the student's, or a bachelor's for someone without answers.
  const costLevel: DegreeLevel = level ?? "bachelor";
  const rates = ratesLine(ctx);
  const rows = (line: (d: Destination) => string) =>
    destinations.map((d) => `${flag(d.country)} ${line(d)}`);

  const title = destinations
    .map((d) => `${flag(d.country)} ${localized(d.name, locale)}`)
    .join(" · ");
  const blocks = [
    `<b>⚖️ ${title}</b>`,
    block(`${t("compare-cost")} (${t(`level-${costLevel}`)})`, [
      ...rows((d) => costLine(d, costLevel, ctx)),
      ...(rates === undefined ? [] : [rates]),
    ]),
    block(
      t("compare-languages"),
      rows((d) => languagesLine(d, ctx)),
    ),
    block(
      level === undefined
        ? t("compare-degree-years")
        : t("compare-degree-years-level", { level: t(`level-${level}`) }),
      rows(
        (d) =>
          degreeYearsLine(d, ctx, level === undefined ? undefined : [level]) ??
          escapeHtml(t("compare-degree-years-unknown")),
      ),
    ),
    block(
      level === undefined
        ? t("compare-admission")
        : t("compare-admission-level", { level: t(`level-${level}`) }),
      rows((d) => admissionLine(d, level, ctx)),
    ),
  ];

  if (recommendation === undefined) {
    blocks.push(
      block(
        t("compare-funding-specific"),
        rows((d) => fundingLine(fundingFor(ctx.knowledge, d).specific, ctx)),
      ),
    );
  } else {
    blocks.push(
      block(
        t("compare-funding-fits"),
        rows((d) => {
          const ranked = recommendation.destinations.find((r) => r.destinationId === d.id);
          const routes = (ranked?.funding ?? [])
            .map((m) => findFunding(ctx.knowledge, m.fundingId))
            .filter((f): f is Funding => f !== undefined && f.kind !== "own-funds");
          return fundingLine(routes, ctx, level);
        }),
      ),
    );
  }
  blocks.push(
    block(
      t("compare-work"),
      rows((d) => workLine(d, ctx)),
    ),
  );
  blocks.push(`<i>${escapeHtml(t("compare-footer"))}</i>`);
  return packMessages(blocks);
}
