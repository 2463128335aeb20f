/**
 * An answer to a question asked in the student's own words: the passages found, each with what
 * it is about and its source, or an honest "I don't know" with official pages to ask instead.
 * Pure: no grammY I/O (the keyboard is a plain builder).
 */
import { InlineKeyboard } from "grammy";
import {
  DEGREE_LEVELS,
  type DegreeLevel,
  type Funding,
  type Knowledge,
} from "../../knowledge/schema.js";
import type { EntityRef } from "../../search/documents.js";
import type { SearchAnswer } from "../../search/knowledge-search.js";
import { encodeCallback } from "../keyboards/callback-data.js";
import { livingLine, modelOf, ratesLine, requiredFundsLine, tuitionLine } from "./costs.js";
import { findDestination, findFunding, sources } from "./destination-facts.js";
import { escapeHtml, packMessages } from "./html.js";
import { flag, localized } from "./knowledge-text.js";
import type { RenderContext } from "./results.js";

function entityMark(entity: EntityRef, knowledge: Knowledge): string {
  if (entity.kind === "destination") {
    const destination = findDestination(knowledge, entity.id);
    return destination === undefined ? "📌" : flag(destination.country);
  }
  return entity.kind === "funding" ? "💰" : "📚";
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
      keyboard.url(`🔗 ${f.name[ctx.locale]}`, f.url).row();
    }
  }
  return keyboard;
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

export function renderAnswer(
  answer: SearchAnswer,
  ctx: RenderContext,
): { messages: string[]; keyboard: InlineKeyboard } {
  const { knowledge, t, locale } = ctx;
  if (answer.kind === "found") {
    const blocks = [`<b>${escapeHtml(t("ask-found-title"))}</b>`];
    let costs = false;
    for (const hit of answer.hits) {
      const { passage } = hit;
      const figure = costFigureLines(passage.fact, passage.entity, ctx);
      const text = `${entityMark(passage.entity, knowledge)} <b>${localized(passage.title, locale)}</b>: ${localized(passage.text, locale)}`;
      if (figure === undefined) {
        blocks.push(`${text}${sources(knowledge, [passage.fact], t)}`);
      } else {
        // The figure line carries the source itself.
        costs = true;
        blocks.push(`${text}\n${figure}`);
      }
    }
    const rates = costs ? ratesLine(ctx) : undefined;
    if (rates !== undefined) blocks.push(rates);
    blocks.push(`<i>${escapeHtml(t("ask-found-footer"))}</i>`);
    return {
      messages: packMessages(blocks),
      keyboard: entityKeyboard(
        answer.hits.map((h) => h.passage.entity),
        ctx,
      ),
    };
  }
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
    messages: packMessages([lines.join("\n")]),
    keyboard: entityKeyboard(
      answer.mentioned.filter((e) => e.kind === "destination"),
      ctx,
    ),
  };
}
