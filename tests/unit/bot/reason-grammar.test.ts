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

/** The verb after a name, past a negation, without the punctuation after it. */
function verbAfter(words: string[], negation: string): string | undefined {
  const [first, second] = words;
  return (first === negation ? second : first)?.replace(/[^\p{L}]+$/u, "");
}

type Name = { name: string; grammar: NameGrammar };

/** Where a Russian verb after a name disagrees with the name's number. */
function ruAgreementProblems(text: string, names: readonly Name[]): string[] {
  const problems: string[] = [];
  for (const { name, grammar } of names) {
    for (const { after } of occurrences(text, name)) {
      const verb = verbAfter(after, "не");
      if (verb === undefined) continue;
      const wrong = grammar.ru.number === "plural" ? RU_SINGULAR_VERB : RU_PLURAL_VERB;
      if (wrong.test(verb)) problems.push(`«${name} ${verb}»: ${text}`);
    }
  }
  return problems;
}

/** Where an English name lacks the article its grammar asks, or meets a verb of another number. */
function enAgreementProblems(text: string, names: readonly Name[]): string[] {
  const problems: string[] = [];
  for (const { name, grammar } of names) {
    for (const { before, after } of occurrences(text, name)) {
      // A name before a colon is a label ("Bolashak International Scholarship: open to …").
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
  return problems;
}

const RU_RULES = new Intl.PluralRules("ru");
const EN_RULES = new Intl.PluralRules("en");
/** Russian forms of "year" and "day" by Intl's plural category, counted and after до / не менее. */
const RU_FORMS = {
  year: {
    counted: { one: "год", few: "года", many: "лет", other: "года" },
    genitive: { one: "года", few: "лет", many: "лет", other: "года" },
  },
  day: {
    counted: { one: "день", few: "дня", many: "дней", other: "дня" },
    genitive: { one: "дня", few: "дней", many: "дней", other: "дня" },
  },
} as const;

/** Where a number before "year" or "day" takes a form Intl's plural rules do not give it. */
function countProblems(text: string, locale: "ru" | "en"): string[] {
  const problems: string[] = [];
  if (locale === "ru") {
    const pattern =
      /(до|не менее|от|старше|более)?\s?(\d+(?:,\d+)?)\s(год|года|лет|день|дня|дней)(?!\p{L})/gu;
    for (const m of text.matchAll(pattern)) {
      const [, preposition, figure = "", noun = ""] = m;
      const category = RU_RULES.select(Number(figure.replace(",", "."))) as
        | "one"
        | "few"
        | "many"
        | "other";
      const forms = RU_FORMS[/^(год|года|лет)$/.test(noun) ? "year" : "day"];
      const expected = (preposition === undefined ? forms.counted : forms.genitive)[category];
      if (noun !== expected) problems.push(`${m[0]} (${category}): ${text}`);
    }
  } else {
    for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s(years?|days?)\b/g)) {
      const [, figure = "", noun = ""] = m;
      const one = EN_RULES.select(Number(figure)) === "one";
      if (one !== !noun.endsWith("s")) problems.push(`${m[0]}: ${text}`);
    }
  }
  return problems;
}

describe("reasons agree with the names they hold", () => {
  it("a Russian verb after a route's name takes the name's number", () => {
    const problems = renderedReasons("ru").flatMap(({ text, reason }) =>
      ruAgreementProblems(withoutRoute(text, reason, "ru"), namesIn(reason, "ru")),
    );
    expect(problems).toEqual([]);
  });

  it("an English name takes 'the' where its grammar says so, and a verb of its number", () => {
    const problems = renderedReasons("en").flatMap(({ text, reason }) =>
      enAgreementProblems(withoutRoute(text, reason, "en"), namesIn(reason, "en")),
    );
    expect(problems).toEqual([]);
  });

  it("a number before 'year' or 'day' takes the form Intl's plural rules give it", () => {
    const problems = [
      ...renderedReasons("ru").flatMap(({ text }) => countProblems(text, "ru")),
      ...renderedReasons("en").flatMap(({ text }) => countProblems(text, "en")),
    ];
    expect(problems).toEqual([]);
  });

  it("the checks catch the errors they are for, on the names of the knowledge base", () => {
    // Each kind of error the checks look for, made from a real name, must be caught: a check that
    // never fires would pass anything.
    const plural = kb.funding.find((f) => f.grammar?.ru.number === "plural");
    const singular = kb.funding.find((f) => f.grammar?.ru.number === "singular");
    const the = kb.destinations.find((d) => d.grammar?.en.article === "the");
    const pluralEn = kb.funding.find((f) => f.grammar?.en.number === "plural");
    if (!plural?.grammar || !singular?.grammar || !the?.grammar || !pluralEn?.grammar) {
      throw new Error("the knowledge base lacks a name of each grammar");
    }
    const ru = (f: typeof plural) => [{ name: f.name.ru, grammar: f.grammar as NameGrammar }];
    expect(ruAgreementProblems(`${plural.name.ru} оплачивает: обучение.`, ru(plural))).toHaveLength(
      1,
    );
    expect(ruAgreementProblems(`${plural.name.ru} не покрывает жильё.`, ru(plural))).toHaveLength(
      1,
    );
    expect(ruAgreementProblems(`${singular.name.ru} подходят вам.`, ru(singular))).toHaveLength(1);
    expect(ruAgreementProblems(`${plural.name.ru} оплачивают: обучение.`, ru(plural))).toEqual([]);
    const theName = [{ name: the.name.en, grammar: the.grammar }];
    expect(enAgreementProblems(`Study in ${the.name.en} takes 4 years.`, theName)).toHaveLength(1);
    expect(enAgreementProblems(`Study in the ${the.name.en} takes 4 years.`, theName)).toEqual([]);
    expect(enAgreementProblems(`${the.name.en}: costs.`, theName)).toEqual([]);
    const pluralName = [{ name: pluralEn.name.en, grammar: pluralEn.grammar }];
    expect(enAgreementProblems(`${pluralEn.name.en} is a competition.`, pluralName)).toHaveLength(
      1,
    );
    expect(countProblems("Возраст — до 21 лет.", "ru")).toHaveLength(1);
    expect(countProblems("Возраст — до 21 года.", "ru")).toEqual([]);
    expect(countProblems("нужен стаж не менее 2 лет, обучение 4 года, 1,5 года", "ru")).toEqual([]);
    expect(countProblems("за 5 дня", "ru")).toHaveLength(1);
    expect(countProblems("for 1 years", "en")).toHaveLength(1);
  });
});
