/**
 * One destination's card, as Telegram HTML split to fit the message limit: summary, highlights,
 * costs, languages and degree lengths, admission routes with their tests, work rights, visa, and
 * the funding routes usable there with what they oblige. Every fact carries its source and the
 * date it was checked. Pure: no grammY.
 */
import { levelsOffered } from "../../knowledge/coverage.js";
import {
  atLevel,
  type DegreeLevel,
  type Destination,
  type Funding,
  type LevelText,
} from "../../knowledge/schema.js";
import { costLines } from "./costs.js";
import {
  degreeYearsLine,
  findFunding,
  fundingBlock,
  fundingFor,
  languagesLine,
  sourceLinks,
  sources,
  workLine,
} from "./destination-facts.js";
import { escapeHtml, packMessages } from "./html.js";
import { flag, localized, localizedList } from "./knowledge-text.js";
import type { RenderContext } from "./results.js";

/**
 * What the card is shown for: a student's degree level and the funding routes that fit them (from
 * their recommendation), or nobody in particular (every level, every route usable there).
 */
export interface CardReader {
  level: DegreeLevel;
  /** Ids of the funding routes that fit the student here, best first. */
  funding: readonly string[];
}

/**
 * A caveat the knowledge base keeps next to a fact ("varies by university"), in italics; left out
 * when it holds for other levels than the reader's.
 */
function note(text: LevelText | undefined, ctx: RenderContext, level?: DegreeLevel) {
  if (text === undefined || (level !== undefined && !atLevel(text.levels, level))) return [];
  return [`<i>ℹ️ ${localized(text, ctx.locale)}</i>`];
}

function section(title: string, lines: readonly string[]): string {
  return [`<b>${title}</b>`, ...lines].join("\n");
}

/**
 * The card. With a `reader`, only the facts of their degree level (admission routes, tests,
 * highlights, lengths, notes, costs) and only the funding routes that fit them: a master's
 * applicant never reads about the Studienkolleg. Without, the costs of every level offered.
 */
export function renderDestinationCard(
  destination: Destination,
  ctx: RenderContext,
  reader?: CardReader,
): string[] {
  const { knowledge, t, locale } = ctx;
  const level = reader?.level;
  const forLevel = (levels: readonly DegreeLevel[] | undefined) =>
    level === undefined || atLevel(levels, level);
  const id = destination.id;
  const head = [
    `${flag(destination.country)} <b>${localized(destination.name, locale)}</b>`,
    localized(destination.summary, locale),
  ];
  if (destination.kazakhstaniStudents !== undefined) {
    const { count, year } = destination.kazakhstaniStudents;
    head.push(
      `👥 ${escapeHtml(t("explore-students", { count, year: String(year) }))}${sources(knowledge, [`${id}.kazakhstaniStudents`], t)}`,
    );
  }

  // Read by nobody in particular, a fact of some levels says which ("Studienkolleg… (Bachelor's)").
  const levelsOf = (levels: readonly DegreeLevel[] | undefined) =>
    reader === undefined && levels !== undefined
      ? ` (${levels.map((l) => escapeHtml(t(`level-${l}`))).join(", ")})`
      : "";
  const highlights = destination.highlights
    .filter((h) => forLevel(h.levels))
    .map(
      (h) =>
        `• ${localized(h.text, locale)}${levelsOf(h.levels)}${sources(
          knowledge,
          h.facts.map((f) => `${id}.${f}`),
          t,
        )}`,
    );

  const levels = level === undefined ? levelsOffered(destination) : [level];
  const costs = costLines(destination, levels.length > 0 ? levels : ["bachelor"], ctx);
  // Each figure's caveat once (the same range can stand at several levels).
  const caveats = [
    ...levels.flatMap((l) => {
      const written = destination.tuition[l];
      return Array.isArray(written) ? written.map((range) => range.note) : [];
    }),
    ...(destination.living ?? []).map((range) => range.note),
    ...(destination.requiredFunds ?? []).map((funds) => funds.note),
  ];
  const seen = new Set<string>();
  for (const caveat of caveats) {
    if (caveat === undefined || seen.has(caveat.en)) continue;
    seen.add(caveat.en);
    costs.push(...note(caveat, ctx, level));
  }

  const study = [`🗣 ${languagesLine(destination, ctx)}`];
  const years = degreeYearsLine(destination, ctx, level === undefined ? undefined : [level]);
  if (years !== undefined) study.push(`🎓 ${years}`);
  study.push(...note(destination.degreeYears.note, ctx, level));

  const open = destination.admission.filter((route) => forLevel(route.levels));
  const routes = open.map((route) => {
    const levels = route.levels.map((l) => escapeHtml(t(`level-${l}`))).join(", ");
    const price = escapeHtml(t(route.tuitionFree ? "explore-route-free" : "explore-route-paid"));
    const lines = [
      `🚪 <b>${localized(route.name, locale)}</b> — ${price} · ${levels}`,
      localized(route.description, locale),
    ];
    if (route.tests.length > 0) {
      // The tests come escaped, like every knowledge text; the translation around them is ours.
      lines.push(`📝 ${t("explore-route-tests", { tests: localizedList(route.tests, locale) })}`);
    }
    lines.push(...note(route.note, ctx, level));
    const link = sourceLinks(knowledge, [`${id}.admission.${route.id}`], t);
    if (link !== "") lines.push(`🔗 ${link}`);
    return lines.join("\n");
  });

  const life = [`💼 ${workLine(destination, ctx)}`];
  life.push(...note(destination.work?.note, ctx, level));
  const visa = t(
    destination.closeness.visa === "required" ? "explore-visa-required" : "explore-visa-free",
  );
  life.push(`🛂 ${escapeHtml(visa)}${sources(knowledge, [`${id}.closeness`], t)}`);

  const funding = reader === undefined ? fundingFor(knowledge, destination) : fitting(reader, ctx);
  const fundingLines = funding.specific.map((f) => fundingBlock(f, ctx, level));
  if (funding.anywhere.length > 0) {
    const names = funding.anywhere.map((f) => localized(f.name, locale)).join(", ");
    fundingLines.push(`🌐 ${escapeHtml(t("explore-funding-anywhere"))} ${names}`);
  }
  if (fundingLines.length === 0) fundingLines.push(escapeHtml(t("compare-funding-none")));

  return packMessages([
    head.join("\n"),
    ...(highlights.length > 0 ? [section(t("explore-highlights"), highlights)] : []),
    section(t("explore-costs"), costs),
    section(t("explore-study"), study),
    // The section's title travels with its first route, so a split never leaves it alone.
    ...(routes.length === 0
      ? [section(t("explore-admission"), [escapeHtml(t("compare-admission-none"))])]
      : routes.map((route, i) => (i === 0 ? section(t("explore-admission"), [route]) : route))),
    section(t("explore-life"), life),
    section(t("explore-funding"), fundingLines),
    `<i>${escapeHtml(t("explore-check-official"))}</i>`,
  ]);
}

/** The routes that fit the reader here, split as {@link fundingFor} splits them. */
function fitting(
  reader: CardReader,
  ctx: RenderContext,
): { specific: Funding[]; anywhere: Funding[] } {
  const routes = reader.funding
    .map((id) => findFunding(ctx.knowledge, id))
    // Own funds is no route to tell anyone about here.
    .filter((f): f is Funding => f !== undefined && f.kind !== "own-funds");
  return {
    specific: routes.filter((f) => f.destinations.values !== "any"),
    anywhere: routes.filter((f) => f.destinations.values === "any"),
  };
}
