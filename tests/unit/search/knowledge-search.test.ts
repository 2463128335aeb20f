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

/** The facts an answer shows, in order. */
function found(question: string): string[] {
  const answer = search.ask(question);
  return answer.kind === "found" ? answer.hits.map((h) => h.passage.fact) : [];
}

/** A fact is the one wanted or stands under it (`china.living` takes `china.living.beijing`). */
function isUnder(fact: string | undefined, wanted: string): boolean {
  return fact !== undefined && (fact === wanted || fact.startsWith(`${wanted}.`));
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
    ["общежитие в России?", "russia.living"],
    ["обшежитие в россии", "russia.living"],
    ["is there a dormitory in Russia?", "russia.living"],
    ["Ресейде жатақхана бар ма?", "russia.living"],
    ["Болашақ қанша жыл жұмыс істеуді талап етеді?", "bolashak.obligations.work-off"],
    ["сколько лет отрабатывать по Болашаку", "bolashak.obligations.work-off"],
    ["Bolashak work-off", "bolashak.obligations.work-off"],
    ["Chevening work experience", "chevening.eligibility"],
    ["залог для болашака", "bolashak.obligations.collateral"],
    ["can I work in Korea while studying", "south-korea.work"],
    ["work after graduation in Germany", "germany.fit.work-abroad"],
    ["Түркияда жұмыс істеуге бола ма", "turkey.work"],
    ["возраст для стипендии Турции", "turkiye-burslari.eligibility"],
    ["Türkiye Burslari age limit", "turkiye-burslari.eligibility"],
    ["Чехияда ағылшынша оқу қанша тұрады", "czech-republic.tuition"],
    ["Fulbright", "fulbright.covers"],
    ["Германия", "germany.admission.studienkolleg"],
  ])("finds an answer to %j", (question, fact) => {
    const facts = found(question);
    expect(
      facts.slice(0, 3).some((f) => isUnder(f, fact)),
      facts.join(", "),
    ).toBe(true);
  });

  it.each([
    ["сколько стоит общага в Китае", ["china.living"], "living"],
    ["how much does it cost to study in China", ["china.tuition"], "cost"],
    [
      "сколько стоит учиться в Англии",
      ["united-kingdom.tuition", "united-kingdom.requiredFunds"],
      "cost",
    ],
    ["кто может подать на болашак", ["bolashak.eligibility", "bolashak.levels"], "eligibility"],
    ["дедлайн чевенинг", ["chevening.window"], "deadline"],
    ["Кореяда оқып жүріп жұмыс істеуге бола ма", ["south-korea.work"], "work"],
  ])("answers %j with the asked facet first (%j)", (question, facts, facet) => {
    const answer = search.ask(question);
    expect(answer.kind).toBe("found");
    if (answer.kind !== "found") return;
    const first = answer.hits[0]?.passage.fact;
    expect(
      facts.some((f) => isUnder(first, f)),
      first,
    ).toBe(true);
    expect(answer.topic?.facet).toBe(facet);
  });

  it("never answers a UK cost question with a scholarship, nor a China cost question with visas", () => {
    expect(found("сколько стоит учеба в англии").some((f) => f.startsWith("chevening"))).toBe(
      false,
    );
    expect(found("сколько стоит учеба в китае").some((f) => f === "china.closeness")).toBe(false);
  });

  it("says honestly when a country is known but the facet has no fact", () => {
    const answer = search.ask("сколько стоит учеба в Корее");
    expect(answer).toMatchObject({
      kind: "no-data",
      topic: { facet: "cost", entities: [{ kind: "destination", id: "south-korea" }] },
    });
  });

  it("asks back which country when a facet comes without one", () => {
    const answer = search.ask("сколько стоит обучение?");
    expect(answer.kind).toBe("clarify");
    if (answer.kind !== "clarify") return;
    expect(answer.facet).toBe("cost");
    // Only the countries that have a cost fact are offered: a choice never leads to "no data".
    expect(answer.options.map((o) => o.id)).toContain("china");
    expect(answer.options.map((o) => o.id)).not.toContain("south-korea");
  });

  it("asks which funding route for a route's facet without a name", () => {
    const answer = search.ask("какие дедлайны?");
    expect(answer.kind).toBe("clarify");
    if (answer.kind === "clarify") {
      expect(answer.options.every((o) => o.kind === "funding")).toBe(true);
      expect(answer.options[0]?.id).toBe("academic-mobility");
    }
  });

  it.each([
    ["hi", false],
    ["hello", false],
    ["привет", false],
    ["Здравствуйте!", false],
    ["сәлем", false],
    ["Сәлеметсіз бе", false],
    ["рахмет", true],
    ["спасибо большое", true],
    ["thanks!", true],
  ])("greets %j", (question, thanks) => {
    expect(search.ask(question)).toEqual({ kind: "greeting", thanks });
  });

  it("answers the question, not the greeting, when a greeting comes with one", () => {
    expect(isUnder(found("привет, сколько стоит общага в китае")[0], "china.living")).toBe(true);
  });

  it.each([
    "what's the weather in Paris",
    "курс биткоина",
    "кто такой Пушкин",
    "рецепт плова",
    "бешбармақ қалай жасайды",
    "football in Korea for students",
    "погода в Москве",
    "how to get a US green card",
    "учеба в японии стоимость",
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
