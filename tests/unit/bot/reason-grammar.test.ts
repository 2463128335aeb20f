/**
 * The reasons a student reads agree with the names they hold, checked on generated students
 * against the real knowledge base in Russian and English. The checks are driven by data, not by
 * a list of known sentences: each name's grammar (`grammar:` in knowledge/), and Intl's plural
 * rules for a number before "year" or "day". A new template that puts a plural route before a
 * singular verb, drops "the" before "the United Kingdom" or writes «до 21 лет» fails here.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../../src/bot/i18n.js";
import { type RenderContext, renderReason } from "../../../src/bot/render/results.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import type { Knowledge, NameGrammar } from "../../../src/knowledge/schema.js";
import { recommend } from "../../../src/recommend/recommend.js";
import type { Reason } from "../../../src/recommend/types.js";
import { profiles } from "../recommend/arbitraries.js";

const TODAY = "2026-12-06";
const i18n = createI18n();
let kb: Knowledge;

beforeAll(async () => {
  kb = await loadKnowledgeOrThrow("knowledge");
});

interface Rendered {
  text: string;
  reason: Reason;
}

const renderedCache = new Map<string, Rendered[]>();

/** Every distinct reason line the matcher gives generated students, with the reason behind it. */
function renderedReasons(locale: "ru" | "en"): Rendered[] {
  let rendered = renderedCache.get(locale);
  if (rendered === undefined) {
    rendered = renderAll(locale);
    renderedCache.set(locale, rendered);
  }
  return rendered;
}

function renderAll(locale: "ru" | "en"): Rendered[] {
  const ctx: RenderContext = {
    knowledge: kb,
    t: translatorFor(i18n, locale),
    locale,
    today: TODAY,
  };
  const seen = new Map<string, Rendered>();
  for (const profile of fc.sample(profiles, { numRuns: 400, seed: 14 })) {
    for (const ranked of recommend(profile, kb, { today: TODAY }).destinations) {
      const destination = kb.destinations.find((d) => d.id === ranked.destinationId);
      const reasons = [...ranked.reasons, ...ranked.funding.flatMap((f) => f.reasons)];
      for (const reason of reasons) {
        const text = renderReason(reason, destination, ctx);
        if (!seen.has(text)) seen.set(text, { text, reason });
      }
    }
  }
  return [...seen.values()];
}

/** The names a reason puts in its sentence, each with its grammar. */
function namesIn(reason: Reason, locale: "ru" | "en") {
  const names: Array<{ name: string; grammar: NameGrammar; kind: string }> = [];
  const funding = kb.funding.find((f) => f.id === reason.params.funding);
  if (funding?.grammar)
    names.push({ name: funding.name[locale], grammar: funding.grammar, kind: "funding" });
  const destination = kb.destinations.find((d) => d.id === reason.params.destination);
  if (destination?.grammar)
    names.push({
      name: destination.name[locale],
      grammar: destination.grammar,
      kind: "destination",
    });
  return names;
}

/**
 * The words after each place `name` stands in `text` as a word of its own ("Russia", not the
 * start of "Russian"), and the text before it.
 */
function occurrences(text: string, name: string): Array<{ before: string; after: string[] }> {
  const out: Array<{ before: string; after: string[] }> = [];
  let at = text.indexOf(name);
  while (at >= 0) {
    const rest = text.slice(at + name.length);
    if (!/^\p{L}/u.test(rest) && !/\p{L}$/u.test(text.slice(0, at))) {
      out.push({ before: text.slice(0, at), after: rest.trim().split(/\s+/) });
    }
    at = text.indexOf(name, at + name.length);
  }
  return out;
}

/** A reason's text without its admission route's name, which may hold a country's name. */
function withoutRoute(text: string, reason: Reason, locale: "ru" | "en"): string {
  const destination = kb.destinations.find((d) => d.id === reason.params.destination);
  const route = destination?.admission.find((r) => r.id === reason.params.route);
  return route === undefined ? text : text.split(route.name[locale]).join("…");
}

/** Russian third-person present: singular ends in -ет/-ёт/-ит, plural in -ют/-ят/-ут/-ат. */
const RU_SINGULAR_VERB = /^[а-яё]+(ет|ёт|ит)$/;
const RU_PLURAL_VERB = /^[а-яё]+(ют|ят|ут|ат)$/;

/** The verb after a name, past a negation. */
function verbAfter(words: string[], negation: string): string | undefined {
  const [first, second] = words;
  return first === negation ? second : first;
}

describe("reasons agree with the names they hold", () => {
  it("a Russian verb after a route's name takes the name's number", () => {
    const problems: string[] = [];
    for (const rendered of renderedReasons("ru")) {
      const text = withoutRoute(rendered.text, rendered.reason, "ru");
      for (const { name, grammar } of namesIn(rendered.reason, "ru")) {
        for (const { after } of occurrences(text, name)) {
          const verb = verbAfter(after, "не");
          if (verb === undefined) continue;
          const wrong = grammar.ru.number === "plural" ? RU_SINGULAR_VERB : RU_PLURAL_VERB;
          if (wrong.test(verb)) problems.push(text);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("an English name takes 'the' where its grammar says so, and a verb of its number", () => {
    const problems: string[] = [];
    for (const rendered of renderedReasons("en")) {
      const text = withoutRoute(rendered.text, rendered.reason, "en");
      for (const { name, grammar } of namesIn(rendered.reason, "en")) {
        for (const { before, after } of occurrences(text, name)) {
          // A name before a colon is a label ("Bolashak International Scholarship: open to …").
          if (after[0] === undefined || after[0].startsWith(":") || name.endsWith(":")) continue;
          if (/^[:;,.]/.test(text.slice(before.length + name.length))) continue;
          const article = /\b[Tt]he $/.test(before);
          if (grammar.en.article === "the" && !article) problems.push(`no "the": ${text}`);
          if (grammar.en.article === "none" && article) problems.push(`"the": ${text}`);
          const verb = verbAfter(after, "not") ?? "";
          if (grammar.en.number === "plural" && /^(is|was|has|does|pays|asks)$/.test(verb))
            problems.push(`singular verb: ${text}`);
          if (grammar.en.number === "singular" && /^(are|were|have|do|pay|ask)$/.test(verb))
            problems.push(`plural verb: ${text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("a number before 'year' or 'day' takes the form Intl's plural rules give it", () => {
    const ruRules = new Intl.PluralRules("ru");
    const enRules = new Intl.PluralRules("en");
    // Russian after до / не менее / от / старше (genitive): 1 → года, else лет, 1,5 → года.
    const ruForms = {
      year: { nominative: { one: "год", few: "года", many: "лет", other: "года" } },
      day: { nominative: { one: "день", few: "дня", many: "дней", other: "дня" } },
    } as const;
    const problems: string[] = [];
    for (const { text } of renderedReasons("ru")) {
      for (const m of text.matchAll(
        /(до|не менее|от|старше|более)?\s?(\d+(?:,\d+)?)\s(год|года|лет|день|дня|дней)\b/g,
      )) {
        const [, preposition, figure = "", noun = ""] = m;
        const n = Number(figure.replace(",", "."));
        const category = ruRules.select(n) as "one" | "few" | "many" | "other";
        const kind = /^(год|года|лет)$/.test(noun) ? "year" : "day";
        const expected =
          preposition === undefined
            ? ruForms[kind].nominative[category]
            : category === "one" || category === "other"
              ? kind === "year"
                ? "года"
                : "дня"
              : kind === "year"
                ? "лет"
                : "дней";
        if (noun !== expected) problems.push(`${m[0]} (${category}): ${text}`);
      }
    }
    for (const { text } of renderedReasons("en")) {
      for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s(years?|days?)\b/g)) {
        const [, figure = "", noun = ""] = m;
        const one = enRules.select(Number(figure)) === "one";
        if (one !== !noun.endsWith("s")) problems.push(`${m[0]}: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("the checks above catch the errors they are for", () => {
    // The same checks on sentences with the known errors, so a check that never fires is noticed.
    const plural = kb.funding.find((f) => f.grammar?.ru.number === "plural");
    const the = kb.destinations.find((d) => d.grammar?.en.article === "the");
    expect(plural, "a route with a plural Russian name").toBeDefined();
    expect(the, "a destination that takes 'the'").toBeDefined();
    expect(RU_SINGULAR_VERB.test("оплачивает")).toBe(true);
    expect(RU_PLURAL_VERB.test("оплачивают")).toBe(true);
    const missing = occurrences(`Study in ${the?.name.en} takes 4 years.`, the?.name.en ?? "");
    expect(missing.every(({ before }) => !/\b[Tt]he $/.test(before))).toBe(true);
    expect(new Intl.PluralRules("ru").select(21)).toBe("one");
  });
});
