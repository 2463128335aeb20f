/**
 * One destination's card, as Telegram HTML split to fit the message limit: summary, highlights,
 * costs, languages and degree lengths, admission routes with their tests, work rights, visa, and
 * the funding routes usable there with what they oblige. Every fact carries its source and the
 * date it was checked. Pure: no grammY.
 */
import { levelsOffered } from "../../knowledge/coverage.js";
import type { DegreeLevel, Destination } from "../../knowledge/schema.js";
import { costLines } from "./costs.js";
import {
  degreeYearsLine,
  fundingBlock,
  fundingFor,
  languagesLine,
  sourceLinks,
  sources,
  workLine,
} from "./destination-facts.js";
import { escapeHtml, packMessages } from "./html.js";
import { flag, formatNumber, localized, localizedList } from "./knowledge-text.js";
import type { RenderContext } from "./results.js";

/** A caveat the knowledge base keeps next to a fact ("varies by university"), in italics. */
function note(text: { kk: string; ru: string; en: string } | undefined, ctx: RenderContext) {
  return text === undefined ? [] : [`<i>ℹ️ ${localized(text, ctx.locale)}</i>`];
}

function section(title: string, lines: readonly string[]): string {
  return [`<b>${title}</b>`, ...lines].join("\n");
}

/**
 * The card. With the student's `level` its costs are that level's; without, every level the
 * destination offers.
 */
export function renderDestinationCard(
  destination: Destination,
  ctx: RenderContext,
  level?: DegreeLevel,
): string[] {
  const { knowledge, t, locale } = ctx;
  const id = destination.id;
  const head = [
    `${flag(destination.country)} <b>${localized(destination.name, locale)}</b>`,
    localized(destination.summary, locale),
  ];
  if (destination.kazakhstaniStudents !== undefined) {
    const { count, year } = destination.kazakhstaniStudents;
    head.push(
      `👥 ${escapeHtml(t("explore-students", { count: formatNumber(count, locale), year: String(year) }))}${sources(knowledge, [`${id}.kazakhstaniStudents`], t)}`,
    );
  }

  const highlights = destination.highlights.map(
    (h) =>
      `• ${localized(h.text, locale)}${sources(
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
    costs.push(...note(caveat, ctx));
  }

  const study = [`🗣 ${languagesLine(destination, ctx)}`];
  const years = degreeYearsLine(destination, ctx);
  if (years !== undefined) study.push(`🎓 ${years}`);
  study.push(...note(destination.degreeYears.note, ctx));

  const routes = destination.admission.map((route) => {
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
    lines.push(...note(route.note, ctx));
    const link = sourceLinks(knowledge, [`${id}.admission.${route.id}`], t);
    if (link !== "") lines.push(`🔗 ${link}`);
    return lines.join("\n");
  });

  const life = [`💼 ${workLine(destination, ctx)}`];
  life.push(...note(destination.work?.note, ctx));
  const visa = t(
    destination.closeness.visa === "required" ? "explore-visa-required" : "explore-visa-free",
  );
  life.push(`🛂 ${escapeHtml(visa)}${sources(knowledge, [`${id}.closeness`], t)}`);

  const funding = fundingFor(knowledge, destination);
  const fundingLines = funding.specific.map((f) => fundingBlock(f, ctx));
  if (funding.anywhere.length > 0) {
    const names = funding.anywhere.map((f) => localized(f.name, locale)).join(", ");
    fundingLines.push(`🌐 ${escapeHtml(t("explore-funding-anywhere"))} ${names}`);
  }

  return packMessages([
    head.join("\n"),
    ...(highlights.length > 0 ? [section(t("explore-highlights"), highlights)] : []),
    section(t("explore-costs"), costs),
    section(t("explore-study"), study),
    // The section's title travels with its first route, so a split never leaves it alone.
    ...routes.map((route, i) => (i === 0 ? section(t("explore-admission"), [route]) : route)),
    section(t("explore-life"), life),
    section(t("explore-funding"), fundingLines),
    `<i>${escapeHtml(t("explore-check-official"))}</i>`,
  ]);
}
