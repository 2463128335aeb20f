/**
 * An answer to a question asked in the student's own words: the facts of the facet asked about
 * the destination or route named, each with its source; the passages found by full-text search;
 * an honest "no checked data" or "I don't know" with official pages to ask instead; a question
 * back with choices; or a greeting with the way in. Pure: no grammY I/O (the keyboard is a plain
 * builder).
 */
import { InlineKeyboard } from "grammy";
import {
  DEGREE_LEVELS,
  type DegreeLevel,
  type Funding,
  type Knowledge,
  type Locale,
} from "../../knowledge/schema.js";
import type { EntityRef } from "../../search/documents.js";
import type { Facet } from "../../search/facets.js";
import type { SearchAnswer, SearchHit, Topic } from "../../search/knowledge-search.js";
import { encodeCallback } from "../keyboards/callback-data.js";
import { livingLine, modelOf, ratesLine, requiredFundsLine, tuitionLine } from "./costs.js";
import { findDestination, findFunding, sources, yearlyCostLine } from "./destination-facts.js";
import { escapeHtml, packMessages } from "./html.js";
import { flag, localized } from "./knowledge-text.js";
import type { RenderContext } from "./results.js";

/** What fits a phone screen: an answer is a few facts, never a wall of text. */
const ANSWER_LIMIT = 2000;

/**
 * Questions a greeting offers as buttons, each labelled by `ask-example-<facet>-<id>` ("🇨🇳 How
 * much is housing in China?"); those whose entry is missing are left out.
 */
export const GREETING_EXAMPLES: readonly { entity: EntityRef; facet: Facet }[] = [
  { entity: { kind: "destination", id: "china" }, facet: "living" },
  { entity: { kind: "funding", id: "bolashak" }, facet: "eligibility" },
  { entity: { kind: "destination", id: "south-korea" }, facet: "work" },
];

function entityMark(entity: EntityRef, knowledge: Knowledge): string {
  if (entity.kind === "destination") {
    const destination = findDestination(knowledge, entity.id);
    return destination === undefined ? "📌" : flag(destination.country);
  }
  return entity.kind === "funding" ? "💰" : "📚";
}

/** The entry's name in the reader's language, unescaped (for buttons); undefined if unknown. */
function entityName(entity: EntityRef, knowledge: Knowledge, locale: Locale): string | undefined {
  const entry =
    entity.kind === "destination"
      ? findDestination(knowledge, entity.id)
      : entity.kind === "funding"
        ? findFunding(knowledge, entity.id)
        : undefined;
  return entry?.name[locale];
}

/** Buttons to the cards of the destinations and the official pages of the routes named. */
function entityKeyboard(entities: readonly EntityRef[], ctx: RenderContext): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const seen = new Set<string>();
  for (const entity of entities) {
    const key = `${entity.kind}:${entity.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (entity.kind === "destination") {
      const d = findDestination(ctx.knowledge, entity.id);
      if (d === undefined) continue;
      keyboard
        .text(
          `${flag(d.country)} ${d.name[ctx.locale]}`,
          encodeCallback({ kind: "country", destination: d.id }),
        )
        .row();
    } else if (entity.kind === "funding") {
      const f = findFunding(ctx.knowledge, entity.id);
      if (f?.url === undefined) continue;
      keyboard.url(buttonLabel(`🔗 ${f.name[ctx.locale]}`), f.url).row();
    }
  }
  return keyboard;
}

/** What a phone shows of a button: longer labels (long route names) are cut with "…". */
const BUTTON_CHARS = 48;

function buttonLabel(text: string): string {
  const chars = [...text];
  return chars.length <= BUTTON_CHARS ? text : `${chars.slice(0, BUTTON_CHARS - 1).join("")}…`;
}

/** A button that asks one facet of one entry, labelled "🇨🇳 China — housing and living costs". */
function askButton(
  keyboard: InlineKeyboard,
  entity: EntityRef,
  facet: Facet,
  label: string,
): InlineKeyboard {
  if (entity.kind === "research") return keyboard;
  return keyboard.text(
    buttonLabel(label),
    encodeCallback({ kind: "ask", facet, entity: entity.kind, id: entity.id }),
  );
}

/** Official pages to ask instead: the routes the question named, or the state programmes. */
function officialPages(mentioned: readonly EntityRef[], knowledge: Knowledge): Funding[] {
  const named = mentioned
    .filter((e) => e.kind === "funding")
    .map((e) => findFunding(knowledge, e.id))
    .filter((f): f is Funding => f?.url !== undefined);
  if (named.length > 0) return named;
  return knowledge.funding.filter((f) => f.kind === "kazakhstan-government" && f.url !== undefined);
}

/**
 * Links where an entry's facts come from: a route's own page, or for a destination the routes
 * made for it and the official pages its facts cite. At most three.
 */
function pagesAbout(
  entities: readonly EntityRef[],
  knowledge: Knowledge,
  locale: Locale,
): string[] {
  const links = new Map<string, string>();
  for (const entity of entities) {
    if (entity.kind === "funding") {
      const f = findFunding(knowledge, entity.id);
      if (f?.url !== undefined) links.set(f.url, localized(f.name, locale));
      continue;
    }
    for (const f of knowledge.funding) {
      const only = f.destinations.values;
      if (f.url !== undefined && only !== "any" && only.length === 1 && only[0] === entity.id) {
        links.set(f.url, localized(f.name, locale));
      }
    }
    for (const fact of knowledge.facts.values()) {
      if (!fact.id.startsWith(`${entity.id}.`)) continue;
      const source = knowledge.sources.get(fact.source);
      // Official pages only: not the seed article, nor news or aggregators.
      const official = source?.kind !== "research" && source?.kind !== "secondary";
      if (source?.url === undefined || !official || links.has(source.url)) continue;
      links.set(source.url, escapeHtml(source.title));
    }
  }
  return [...links]
    .slice(0, 3)
    .map(([url, label]) => `🔗 <a href="${escapeHtml(url)}">${label}</a>`);
}

/**
 * The figures a passage about a cost stands for, from the cost model (their bounds, tenge, page
 * date and source), so an answer shows the same figures as the card: the passage's own and those
 * its caveat also covers (London's and the rest of the UK's visa funds share one). Undefined for
 * other passages.
 */
function costFigureLines(fact: string, entity: EntityRef, ctx: RenderContext): string | undefined {
  if (entity.kind !== "destination") return undefined;
  const destination = findDestination(ctx.knowledge, entity.id);
  const [, field, part] = fact.split(".");
  if (destination === undefined || field === undefined) return undefined;
  const noteOf = (written: readonly { id: string; note?: { en: string } }[], prefix: string) => {
    const notes = new Map(written.map((w) => [`${prefix}.${w.id}`, w.note?.en]));
    const note = notes.get(fact);
    return (id: string) => id === fact || (note !== undefined && notes.get(id) === note);
  };
  let lines: string[] = [];
  if (field === "tuition") {
    const level = DEGREE_LEVELS.find((l) => l === part) as DegreeLevel | undefined;
    const written = level === undefined ? undefined : destination.tuition[level];
    if (level === undefined || !Array.isArray(written)) return undefined;
    const same = noteOf(written, `${destination.id}.tuition.${level}`);
    lines = modelOf(destination, level, ctx)
      .tuition.figures.filter((f) => same(f.factId))
      .map((f) => tuitionLine(f, level, ctx));
  } else if (field === "living" || field === "requiredFunds") {
    const model = modelOf(destination, "bachelor", ctx);
    if (field === "living") {
      const same = noteOf(destination.living ?? [], `${destination.id}.living`);
      lines = model.living.figures.filter((f) => same(f.factId)).map((f) => livingLine(f, ctx));
    } else {
      const same = noteOf(destination.requiredFunds ?? [], `${destination.id}.requiredFunds`);
      lines = model.requiredFunds.figures
        .filter((f) => same(f.factId))
        .map((f) => requiredFundsLine(f, ctx));
    }
  }
  return lines.length === 0 ? undefined : lines.join("\n");
}

/**
 * One fact: its text with its source, or for a cost its caveat and the figures from the cost
 * model (which carry their own sources), as the country card shows them.
 */
function hitLine(hit: SearchHit, ctx: RenderContext, withTitle: boolean): string {
  const { passage } = hit;
  const { knowledge, t, locale } = ctx;
  const figures = costFigureLines(passage.fact, passage.entity, ctx);
  const said = localized(passage.text, locale);
  const text =
    figures === undefined
      ? `${said}${sources(knowledge, [passage.fact], t)}`
      : `${said}\n${figures}`;
  return withTitle
    ? `${entityMark(passage.entity, knowledge)} <b>${localized(passage.title, locale)}</b>: ${text}`
    : `• ${text}`;
}

/** Whether any of these facts is shown with cost figures (then the rates' day is told). */
function showsCosts(hits: readonly SearchHit[], ctx: RenderContext): boolean {
  return hits.some((h) => costFigureLines(h.passage.fact, h.passage.entity, ctx) !== undefined);
}

/** "🇨🇳 <b>China</b> — housing and living costs" */
function topicHeading(topic: Topic, ctx: RenderContext): string {
  const [entity] = topic.entities;
  const facet = escapeHtml(ctx.t(`ask-topic-${topic.facet}`));
  if (entity === undefined) return `<b>${facet}</b>`;
  const name = entityName(entity, ctx.knowledge, ctx.locale) ?? entity.id;
  return `${entityMark(entity, ctx.knowledge)} <b>${escapeHtml(name)}</b> — ${facet}`;
}

function renderFound(
  hits: readonly SearchHit[],
  topic: Topic | undefined,
  ctx: RenderContext,
): string[] {
  const { knowledge, t } = ctx;
  const blocks: string[] = [];
  const lead = hits.filter((h) => h.related !== true);
  const related = hits.filter((h) => h.related === true);
  if (topic === undefined) {
    blocks.push(`<b>${escapeHtml(t("ask-found-title"))}</b>`);
    for (const hit of lead) blocks.push(hitLine(hit, ctx, true));
  } else {
    const [main] = topic.entities;
    const lines = [topicHeading(topic, ctx)];
    // Asked what study costs in a country, the whole year in tenge comes first when it is known.
    const destination =
      main?.kind === "destination" ? findDestination(knowledge, main.id) : undefined;
    if (topic.facet === "cost" && destination !== undefined) {
      const line = yearlyCostLine(destination, ctx);
      if (line.includes("₸")) lines.push(line);
    }
    // Facts of the entry asked about as bullets; a route made for it under its own name.
    for (const hit of lead) {
      const own = main !== undefined && hit.passage.entity.id === main.id;
      lines.push(hitLine(hit, ctx, !own));
    }
    blocks.push(lines.join("\n"));
  }
  for (const hit of related) {
    blocks.push(`<i>${escapeHtml(t("ask-related"))}</i>\n${hitLine(hit, ctx, true)}`);
  }
  const rates = showsCosts(hits, ctx) ? ratesLine(ctx) : undefined;
  if (rates !== undefined) blocks.push(rates);
  blocks.push(`<i>${escapeHtml(t("ask-found-footer"))}</i>`);
  return packMessages(blocks, ANSWER_LIMIT);
}

function renderGreeting(thanks: boolean, ctx: RenderContext): InlineKeyboard {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("start-quiz-button"), encodeCallback({ kind: "start-quiz" }))
    .row();
  if (thanks) return keyboard;
  for (const { entity, facet } of GREETING_EXAMPLES) {
    if (entityName(entity, ctx.knowledge, ctx.locale) === undefined) continue;
    const label = `${entityMark(entity, ctx.knowledge)} ${ctx.t(`ask-example-${facet}-${entity.id}`)}`;
    askButton(keyboard, entity, facet, label).row();
  }
  return keyboard;
}

function renderClarify(
  facet: Facet,
  options: readonly EntityRef[],
  ctx: RenderContext,
): { messages: string[]; keyboard: InlineKeyboard } {
  const funding = options.some((o) => o.kind === "funding");
  const topic = ctx.t(`ask-topic-${facet}`);
  const text = ctx.t(funding ? "ask-clarify-funding" : "ask-clarify-country", { topic });
  const keyboard = new InlineKeyboard();
  // Two short country names fit a row; route names are long, one to a row.
  const perRow = funding ? 1 : 2;
  options.forEach((option, i) => {
    const name = entityName(option, ctx.knowledge, ctx.locale);
    if (name === undefined) return;
    askButton(keyboard, option, facet, `${entityMark(option, ctx.knowledge)} ${name}`);
    if ((i + 1) % perRow === 0) keyboard.row();
  });
  keyboard.row().text(ctx.t("start-quiz-button"), encodeCallback({ kind: "start-quiz" }));
  return { messages: [escapeHtml(text)], keyboard };
}

export function renderAnswer(
  answer: SearchAnswer,
  ctx: RenderContext,
): { messages: string[]; keyboard: InlineKeyboard } {
  const { knowledge, t, locale } = ctx;
  switch (answer.kind) {
    case "found":
      return {
        messages: renderFound(answer.hits, answer.topic, ctx),
        keyboard: entityKeyboard(
          [...(answer.topic?.entities ?? []), ...answer.hits.map((h) => h.passage.entity)],
          ctx,
        ),
      };
    case "greeting":
      return {
        messages: [escapeHtml(t(answer.thanks ? "ask-thanks" : "ask-greeting"))],
        keyboard: renderGreeting(answer.thanks, ctx),
      };
    case "clarify":
      return renderClarify(answer.facet, answer.options, ctx);
    case "no-data": {
      const lines = [topicHeading(answer.topic, ctx), escapeHtml(t("ask-no-data"))];
      const pages = pagesAbout(answer.topic.entities, knowledge, locale);
      if (pages.length > 0) lines.push("", escapeHtml(t("ask-unknown-official")), ...pages);
      const blocks = [lines.join("\n")];
      for (const hit of answer.related) {
        blocks.push(`<i>${escapeHtml(t("ask-related"))}</i>\n${hitLine(hit, ctx, true)}`);
      }
      blocks.push(escapeHtml(t("ask-unknown-commands")));
      return {
        messages: packMessages(blocks, ANSWER_LIMIT),
        keyboard: entityKeyboard(
          answer.topic.entities.filter((e) => e.kind === "destination"),
          ctx,
        ),
      };
    }
    case "unknown": {
      const lines = [escapeHtml(t("ask-unknown", { countries: knowledge.destinations.length }))];
      const pages = officialPages(answer.mentioned, knowledge);
      if (pages.length > 0) {
        lines.push("", escapeHtml(t("ask-unknown-official")));
        for (const f of pages) {
          lines.push(`🔗 <a href="${escapeHtml(f.url ?? "")}">${localized(f.name, locale)}</a>`);
        }
      }
      lines.push("", escapeHtml(t("ask-unknown-commands")));
      return {
        messages: packMessages([lines.join("\n")], ANSWER_LIMIT),
        keyboard: entityKeyboard(
          answer.mentioned.filter((e) => e.kind === "destination"),
          ctx,
        ),
      };
    }
  }
}
