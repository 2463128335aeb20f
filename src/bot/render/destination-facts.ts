/**
 * Pieces of a destination shared by its card, the comparison and the shared results: teaching
 * languages, degree lengths, admission routes, work rights and the funding routes usable there,
 * each as escaped HTML with its source (costs come from the cost model, `costs.ts`). Pure: no
 * grammY.
 */

import { formatNumberSpan } from "../../format/locale-format.js";
import {
  atLevel,
  type DegreeLevel,
  type Destination,
  type Funding,
  type Knowledge,
  type Locale,
} from "../../knowledge/schema.js";
import type { Translate } from "../i18n.js";
import { linkLabels, modelOf, yearlyLine } from "./costs.js";
import { escapeHtml } from "./html.js";
import { flag, localized, sourceLink } from "./knowledge-text.js";
import type { RenderContext } from "./results.js";

/** The labels `sourceLink` needs, in the reader's language. */
export const sourceLabels = linkLabels;

/** "hse.ru, 2026-11-28; msu.ru, 2026-11-28": the facts' sources, each once; "" when none. */
export function sourceLinks(
  knowledge: Knowledge,
  factIds: readonly string[],
  t: Translate,
): string {
  const links = factIds
    .map((id) => sourceLink(knowledge, id, linkLabels(t)))
    .filter((link): link is string => link !== undefined);
  return [...new Set(links)].join("; ");
}

/** " (hse.ru, 2026-11-28)" to put after a statement; "" when none of its facts has a source. */
export function sources(knowledge: Knowledge, factIds: readonly string[], t: Translate): string {
  const links = sourceLinks(knowledge, factIds, t);
  return links === "" ? "" : ` (${links})`;
}

/** "🇷🇺 Russia", escaped. */
export function destinationTitle(destination: Destination, locale: Locale): string {
  return `${flag(destination.country)} ${localized(destination.name, locale)}`;
}

export function findDestination(knowledge: Knowledge, id: string): Destination | undefined {
  return knowledge.destinations.find((d) => d.id === id);
}

export function findFunding(knowledge: Knowledge, id: string): Funding | undefined {
  return knowledge.funding.find((f) => f.id === id);
}

/**
 * The yearly cost at `level` from the cost model (the figure every screen shows), with its
 * sources, or exactly why there is none.
 */
export function yearlyCostLine(
  destination: Destination,
  ctx: RenderContext,
  level: DegreeLevel = "bachelor",
): string {
  return yearlyLine(modelOf(destination, level, ctx), ctx, { withLevel: true });
}

/** "Russian, English; preparatory language year" */
export function languagesLine(destination: Destination, ctx: RenderContext): string {
  const names = destination.languages.teaching.map((l) => escapeHtml(ctx.t(`language-${l}`)));
  const prep = destination.languages.preparatoryYear
    ? `; ${escapeHtml(ctx.t("explore-prep-year"))}`
    : "";
  return `${names.join(", ")}${prep}${sources(ctx.knowledge, [`${destination.id}.languages`], ctx.t)}`;
}

/** "Bachelor's: 4 years · Master's: 2 years", only the levels with a sourced length. */
export function degreeYearsLine(
  destination: Destination,
  ctx: RenderContext,
  levels: readonly DegreeLevel[] = ["bachelor", "master", "doctorate"],
): string | undefined {
  const parts: string[] = [];
  for (const level of levels) {
    const years = destination.degreeYears[level];
    if (years === undefined) continue;
    const [min, max] = typeof years === "number" ? [years, years] : years;
    const span = formatNumberSpan(min, max, ctx.locale);
    // One level asked for: its name is in the heading already.
    const text =
      levels.length === 1
        ? ctx.t("explore-years", { span, maxYears: max })
        : ctx.t("explore-degree-years", { level: ctx.t(`level-${level}`), span, maxYears: max });
    parts.push(escapeHtml(text));
  }
  if (parts.length === 0) return undefined;
  return `${parts.join(" · ")}${sources(ctx.knowledge, [`${destination.id}.degreeYears`], ctx.t)}`;
}

/** "While studying: limited. After graduating: a permit to look for a job. (source)" */
export function workLine(destination: Destination, ctx: RenderContext): string {
  const work = destination.work;
  if (work === undefined) return escapeHtml(ctx.t("explore-work-unknown"));
  const text = ctx.t("explore-work", {
    during: ctx.t(`explore-work-during-${work.duringStudy}`),
    after: ctx.t(`explore-work-after-${work.afterStudy}`),
  });
  return `${escapeHtml(text)}${sources(ctx.knowledge, [`${destination.id}.work`], ctx.t)}`;
}

/** Whether a funding route can be used in a destination at all (at any level). */
export function usableIn(funding: Funding, destination: Destination): boolean {
  const targets = funding.destinations.values;
  return targets === "any" || targets.includes(destination.id);
}

/** Funding routes made for this destination, then the ones open for study anywhere. */
export function fundingFor(
  knowledge: Knowledge,
  destination: Destination,
): { specific: Funding[]; anywhere: Funding[] } {
  const usable = knowledge.funding.filter((f) => usableIn(f, destination));
  return {
    specific: usable.filter((f) => f.destinations.values !== "any"),
    anywhere: usable.filter((f) => f.destinations.values === "any"),
  };
}

/**
 * What a route does for the student, in a few words: what it covers, that it is a way in but no
 * money, or, for their own money, that they pay themselves ("a way in, not money" would be wrong).
 */
export function fundingExtent(funding: Funding, t: Translate): string {
  return funding.kind === "own-funds"
    ? t("funding-extent-own")
    : t(`funding-extent-${funding.covers.extent}`);
}

/**
 * "💰 Chevening — covers study and living" with its obligations, each with its source; with a
 * `level`, only the obligations that bind a student of that level.
 */
export function fundingBlock(funding: Funding, ctx: RenderContext, level?: DegreeLevel): string {
  const { knowledge, t, locale } = ctx;
  const lines = [
    `💰 <b>${localized(funding.name, locale)}</b> — ${escapeHtml(fundingExtent(funding, t))}${sources(knowledge, [`${funding.id}.covers`], t)}`,
  ];
  for (const obligation of funding.obligations) {
    if (level !== undefined && !atLevel(obligation.levels, level)) continue;
    lines.push(
      `   ⚠️ ${localized(obligation.text, locale)}${sources(knowledge, [`${funding.id}.obligations.${obligation.id}`], t)}`,
    );
  }
  if (funding.url !== undefined) {
    lines.push(
      `   🔗 <a href="${escapeHtml(funding.url)}">${escapeHtml(t("funding-official-page"))}</a>`,
    );
  }
  return lines.join("\n");
}

/** Destinations in the reader's alphabet order, for lists of buttons. */
export function destinationsByName(knowledge: Knowledge, locale: Locale): Destination[] {
  return [...knowledge.destinations].sort((a, b) =>
    a.name[locale].localeCompare(b.name[locale], locale),
  );
}
