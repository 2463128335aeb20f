/**
 * Real questions in Kazakh, Russian and English against the real knowledge base: the passages
 * Bagdar answers with, and the questions it must answer with "I don't know".
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import type { Knowledge } from "../../../src/knowledge/schema.js";
import { type KnowledgeSearch, knowledgeSearch } from "../../../src/search/knowledge-search.js";
import { stem, terms } from "../../../src/search/terms.js";

let knowledge: Knowledge;
let search: KnowledgeSearch;

beforeAll(async () => {
  knowledge = await loadKnowledgeOrThrow("knowledge");
  search = knowledgeSearch(knowledge);
});

function found(question: string): string[] {
  const answer = search.ask(question);
  return answer.kind === "found" ? answer.hits.map((h) => h.passage.id) : [];
}

describe("terms", () => {
  it.each([
    ["ru", ["Россия", "России", "Россией"]],
    ["ru", ["общежитие", "общежития", "общежитии"]],
    ["kk", ["жыл", "жылы", "жылға"]],
    ["kk", ["Болашақ", "Болашақтың", "Болашаққа"]],
    ["kk", ["істеу", "істеуді", "істейсіз"]],
    ["en", ["graduation", "graduates", "graduated"]],
  ] as const)("gives word forms of one word one term (%s: %j)", (locale, words) => {
    const stems = new Set(words.map((w) => stem(w, locale)));
    expect(stems.size, [...stems].join(" ")).toBe(1);
  });

  it("drops stop words and question words", () => {
    expect(terms("What is the weather in Paris?", "en")).toEqual(["weather", "pari"]);
    expect(terms("Сколько стоит учеба в Китае?", "ru")).not.toContain("сколько");
    expect(terms("Болашақ қанша жыл?", "kk")).not.toContain("қанша");
  });
});

describe("asking the knowledge base", () => {
  it.each([
    ["общежитие в России?", "russia.highlights.dormitory"],
    ["обшежитие в россии", "russia.highlights.dormitory"],
    ["is there a dormitory in Russia?", "russia.highlights.dormitory"],
    ["Ресейде жатақхана бар ма?", "russia.highlights.dormitory"],
    ["Болашақ қанша жыл жұмыс істеуді талап етеді?", "bolashak.highlights.work-off"],
    [
      "сколько лет отрабатывать по Болашаку",
      ["bolashak.obligations.work-off", "bolashak.highlights.work-off"],
    ],
    ["Bolashak work-off", "bolashak.obligations.work-off"],
    ["Chevening work experience", "chevening.highlights.work-experience"],
    ["залог для болашака", "bolashak.obligations.collateral"],
    ["can I work in Korea while studying", "south-korea.fit.work-abroad"],
    ["work after graduation in Germany", "germany.fit.work-abroad"],
    ["Түркияда жұмыс істеуге бола ма", "turkey.highlights.work"],
    // The age limits are in the eligibility note and in the highlight that sums them up.
    [
      "возраст для стипендии Турции",
      ["turkiye-burslari.eligibility.note", "turkiye-burslari.highlights.limits"],
    ],
    [
      "Türkiye Burslari age limit",
      ["turkiye-burslari.eligibility.note", "turkiye-burslari.highlights.limits"],
    ],
    ["Чехияда ағылшынша оқу қанша тұрады", "czech-republic.highlights.english-fees"],
    ["Fulbright", "fulbright.summary"],
    ["Германия", "germany.summary"],
  ] as [string, string | string[]][])("finds an answer to %j", (question, passage) => {
    const wanted = typeof passage === "string" ? [passage] : passage;
    const hits = found(question);
    expect(
      hits.filter((id) => wanted.includes(id)),
      hits.join(", "),
    ).not.toEqual([]);
  });

  it.each([
    "what's the weather in Paris",
    "курс биткоина",
    "кто такой Пушкин",
    "рецепт плова",
    "бешбармақ қалай жасайды",
    "football in Korea for students",
    "погода в Москве",
    "hello",
    "привет",
    "???",
    "",
  ])("says it does not know %j", (question) => {
    expect(search.ask(question).kind).toBe("unknown");
  });

  it("returns at most three passages, each with a distinct sourced fact", () => {
    for (const question of ["общежитие в России?", "Stipendium Hungaricum covers", "Корея"]) {
      const answer = search.ask(question);
      expect(answer.kind).toBe("found");
      if (answer.kind !== "found") continue;
      expect(answer.hits.length).toBeGreaterThan(0);
      expect(answer.hits.length).toBeLessThanOrEqual(3);
      const facts = answer.hits.map((h) => h.passage.fact);
      expect(new Set(facts).size).toBe(facts.length);
      for (const fact of facts) expect(knowledge.facts.has(fact)).toBe(true);
    }
  });

  it("names the routes a question mentioned when it cannot answer it", () => {
    const answer = search.ask("Chevening football club");
    expect(answer.kind).toBe("unknown");
    if (answer.kind === "unknown")
      expect(answer.mentioned).toContainEqual({ kind: "funding", id: "chevening" });
  });

  it("builds its indexes once and answers in milliseconds", () => {
    expect(knowledgeSearch(knowledge)).toBe(search);
    const started = performance.now();
    for (let i = 0; i < 50; i++) search.ask("общежитие в России?");
    expect((performance.now() - started) / 50).toBeLessThan(20);
  });
});
