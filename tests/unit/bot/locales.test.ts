/**
 * Every user-facing string exists in Kazakh, Russian and English, parses cleanly, uses the same
 * variables in each language, and every id the code asks for is there.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Entry, type Expression, Junk, Message, type Pattern, parse } from "@fluent/syntax";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/bot/commands.js";
import { createI18n, LOCALES_DIR, translatorFor } from "../../../src/bot/i18n.js";
import { questionMessageIds } from "../../../src/bot/quiz/questions.js";
import { GREETING_EXAMPLES } from "../../../src/bot/render/answer.js";
import { reasonParams } from "../../../src/bot/render/results.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import { COVERAGE_ITEMS, LOCALES, TEACHING_LANGUAGES } from "../../../src/knowledge/schema.js";
import { REASON_MESSAGES, REASON_PARAMS, RENDERED_PARAMS } from "../../../src/recommend/reasons.js";
import type { Reason } from "../../../src/recommend/types.js";
import { FACETS } from "../../../src/search/facets.js";

/** A value of the kind the matcher gives for a reason variable: real ids, tenge, years. */
function sampleParam(key: string): string | number {
  const ids: Record<string, string> = {
    destination: "russia",
    route: "equal-terms",
    funding: "bolashak",
    level: "bachelor",
    // Bolashak asks for Kazakh: a funding route's requirement is found by its language.
    language: "kk",
    english: "b1",
    priority: "low-cost",
    field: "engineering-it",
    covers: "tuition,living",
    opens: "2026-01-01",
    closes: "2026-12-31",
  };
  return ids[key] ?? (/kzt$/i.test(key) ? 1_500_000 : 2);
}

function entries(locale: string): Entry[] {
  return parse(readFileSync(join(LOCALES_DIR, `${locale}.ftl`), "utf8"), {}).body;
}

function messages(locale: string): Map<string, Message> {
  return new Map(
    entries(locale)
      .filter((e): e is Message => e instanceof Message)
      .map((m) => [m.id.name, m]),
  );
}

function variablesOf(pattern: Pattern | null): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    const n = node as { type?: string; id?: { name: string } } & Record<string, unknown>;
    if (n.type === "VariableReference" && n.id) found.add(n.id.name);
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object") visit(value as Expression);
    }
  };
  visit(pattern);
  return [...found].sort();
}

/** Literal ids passed to a translate function anywhere in src/ (t("..."), ctx.t("...")). */
function idsUsedInSource(dir: string): string[] {
  const ids = new Set<string>();
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) {
        for (const match of readFileSync(full, "utf8").matchAll(/\bt\(\s*"([a-z0-9-]+)"/g)) {
          ids.add(match[1] as string);
        }
      }
    }
  };
  walk(dir);
  return [...ids];
}

/**
 * Variables that carry no content, only grammar: a plural's number, a name's number, gender and
 * article, a list's count. One language may need them where another does not.
 */
function isGrammar(variable: string): boolean {
  return variable === "maxYears" || /(Number|Gender|Article|Count)$/.test(variable);
}

/** A reason's grammar variable the renderer gives for that reason (RENDERED_PARAMS). */
function isRenderedFor(id: string, variable: string): boolean {
  const matcher = (REASON_PARAMS as Record<string, readonly string[] | undefined>)[id];
  const sets = (RENDERED_PARAMS as Record<string, readonly (readonly string[])[] | undefined>)[
    variable
  ];
  if (matcher === undefined) return false;
  return sets?.some((from) => from.every((f) => matcher.includes(f))) ?? false;
}

describe("translations", () => {
  it.each(LOCALES)("%s.ftl parses without errors", (locale) => {
    const junk = entries(locale).filter((e) => e instanceof Junk) as Junk[];
    expect(junk.map((j) => j.content.slice(0, 80))).toEqual([]);
  });

  it("has the same message ids in every language", () => {
    const en = [...messages("en").keys()].sort();
    for (const locale of LOCALES) {
      expect([...messages(locale).keys()].sort(), `${locale}.ftl`).toEqual(en);
    }
  });

  it("uses only variables the English message is given, and every one that carries content", () => {
    const en = messages("en");
    for (const locale of LOCALES) {
      for (const [id, message] of messages(locale)) {
        const source = variablesOf(en.get(id)?.value ?? null);
        const used = variablesOf(message.value);
        expect(
          used.filter((v) => !source.includes(v) && !(isGrammar(v) && isRenderedFor(id, v))),
          `${locale}:${id} uses unknown variables`,
        ).toEqual([]);
        // A variable may be dropped only where it serves grammar (a plural choice, a name's
        // number, gender or article), not content.
        const dropped = source.filter((v) => !used.includes(v) && !isGrammar(v));
        expect(dropped, `${locale}:${id} drops variables`).toEqual([]);
      }
    }
  });

  it("has every id the code asks for", () => {
    const required = [
      ...idsUsedInSource(join(LOCALES_DIR, "..", "src")),
      ...questionMessageIds(),
      ...COMMANDS.map((c) => `command-${c}`),
      ...REASON_MESSAGES,
      ...TEACHING_LANGUAGES.map((l) => `language-${l}`),
      ...COVERAGE_ITEMS.map((c) => `covers-${c}`),
      ...["full", "partial", "none"].map((e) => `funding-extent-${e}`),
      ...FACETS.map((f) => `ask-topic-${f}`),
      ...GREETING_EXAMPLES.map((e) => `ask-example-${e.facet}-${e.entity.id}`),
    ];
    const en = messages("en");
    expect(required.filter((id) => !en.has(id))).toEqual([]);
  });

  it("reports no missing-translation warning when every id is used in every language", () => {
    const warnings: string[] = [];
    const i18n = createI18n((w) => warnings.push(w));
    for (const locale of LOCALES) {
      for (const [id, message] of messages(locale)) {
        const params = Object.fromEntries(variablesOf(message.value).map((v) => [v, "x"]));
        expect(i18n.t(locale, id, params), `${locale}:${id}`).not.toContain("{");
      }
    }
    expect(warnings).toEqual([]);
  });

  it("translates outside a request exactly as the plugin does, every message in every language", () => {
    const i18n = createI18n();
    for (const locale of LOCALES) {
      const t = translatorFor(i18n, locale);
      for (const [id, message] of messages(locale)) {
        const params = Object.fromEntries(variablesOf(message.value).map((v) => [v, 2]));
        expect(t(id, params), `${locale}:${id}`).toBe(i18n.t(locale, id, params));
      }
      // A message the language lacks goes the plugin's way (English, with its warning).
      expect(t("no-such-message")).toBe(i18n.t(locale, "no-such-message"));
    }
  });

  it("asks a reason only for variables the matcher gives it (a missing one would fail the update)", async () => {
    const knowledge = await loadKnowledgeOrThrow("knowledge");
    const i18n = createI18n();
    for (const locale of LOCALES) {
      const all = messages(locale);
      const ctx = { knowledge, t: translatorFor(i18n, locale), locale };
      for (const id of REASON_MESSAGES) {
        const matcher: readonly string[] = REASON_PARAMS[id];
        // What a translation is given: the matcher's variables as the renderer passes them on,
        // with those it works out itself (a cost, a span of years, a route's tests or a funding
        // route's language requirement).
        const reason: Reason = {
          kind: "neutral",
          message: id,
          params: Object.fromEntries(matcher.map((key) => [key, sampleParam(key)])),
          facts: [],
        };
        const given = reasonParams(reason, undefined, ctx);
        // Exactly the variables RENDERED_PARAMS promises for these, so the table is the truth.
        const rendered = Object.entries(RENDERED_PARAMS)
          .filter(
            ([key, sets]) =>
              !matcher.includes(key) &&
              sets.some((from: readonly string[]) => from.every((f) => matcher.includes(f))),
          )
          .map(([key]) => key);
        expect(Object.keys(given).sort(), `${locale}:${id}`).toEqual(
          [...matcher, ...rendered].sort(),
        );
        // A route's tests and a requirement are read from the knowledge base: the sample route
        // has tests, and the sample funding route a requirement for the sample language.
        if (rendered.includes("test")) expect(given.test, `${locale}:${id}`).not.toBe("");
        if (matcher.includes("funding") && matcher.includes("language")) {
          const bolashak = knowledge.funding.find((f) => f.id === "bolashak");
          const kazakh = bolashak?.eligibility.languages.find((r) => r.language === "kk");
          expect(given.test, `${locale}:${id}`).toBe(kazakh?.level[locale]);
        }
        const used = variablesOf(all.get(id)?.value ?? null);
        expect(
          used.filter((v) => !(v in given)),
          `${locale}:${id}`,
        ).toEqual([]);
      }
    }
  });

  it("writes Kazakh with Kazakh letters, not the Latin schwa of the source PDF", () => {
    const kk = readFileSync(join(LOCALES_DIR, "kk.ftl"), "utf8");
    expect(kk).not.toMatch(/\u0259/);
    expect(kk).toMatch(/[әғқңөұүһі]/);
  });
});
