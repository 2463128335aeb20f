/**
 * A school leaver on the lowest budget who studies in Russian: what Russia costs is told in
 * tenge, with the day of the exchange rate and every figure's own page. The figures and the
 * ranking are read from the knowledge base, so the test holds whatever the editors find next.
 */
import { describe, expect, it } from "vitest";
import { formatDay } from "../../src/bot/render/knowledge-text.js";
import type { Destination } from "../../src/knowledge/schema.js";
import { recommend } from "../../src/recommend/index.js";
import { plain, realKnowledge, startHarness, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER, SCHOOL_LEAVER_PROFILE } from "./quiz-flow.js";

/** The links (entities) of these messages. */
function linksOf(messages: readonly { entities?: { type: string; url?: string }[] }[]) {
  return messages.flatMap((m) => m.entities ?? []).flatMap((e) => (e.url ? [e.url] : []));
}

describe("Russia's costs for a school leaver on the lowest budget", () => {
  it("shows Russia's year in tenge among the results, and its card gives every tuition and living figure in tenge with the rate's day and its page", async () => {
    const knowledge = await realKnowledge();
    const russia = knowledge.destinations.find((d) => d.id === "russia") as Destination;
    const rates = knowledge.rates;
    expect(rates, "stored exchange rates").toBeDefined();
    const rateLine = plain(
      tr("en", "results-rates-date", { date: formatDay(rates?.date ?? "", "en") }),
    );

    const h = await startHarness({ languageCode: "en" });
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);

    // The results' first page (three countries): where Russia is on it, its year is in tenge
    // (never "no checked tuition figure"), and the page gives the rate's day.
    const today = new Date().toISOString().slice(0, 10);
    const rank = recommend(SCHOOL_LEAVER_PROFILE, knowledge, { today }).destinations.findIndex(
      (d) => d.destinationId === "russia",
    );
    expect(rank, "Russia is reachable for a Russian-speaking school leaver").toBeGreaterThanOrEqual(
      0,
    );
    if (rank < 3) {
      const results = h.texts().join("\n");
      const from = results.indexOf(`🇷🇺 ${russia.name.en}`);
      expect(from).toBeGreaterThanOrEqual(0);
      const rest = results.slice(from);
      const next = rest.search(/\n(🥇|🥈|🥉|\d+\. )/);
      const block = next < 0 ? rest : rest.slice(0, next);
      expect(block).toMatch(/A year, paying yourself: (about )?[\d,]+ ₸ – [\d,]+ ₸/);
      const noTuition = plain(tr("en", "cost-gap-tuition", { level: "·" })).split("(")[0] ?? "";
      expect(block).not.toContain(noTuition.trim());
      // The rate's day is said once for the page.
      expect(results).toContain(rateLine);
    }

    // The card: each of the level's tuition figures and each living figure, in tenge, linked.
    const before = h.fake.messages(h.student.id).length;
    await h.send("/country russia");
    const sent = h.fake.messages(h.student.id).slice(before);
    const card = sent.map((m) => m.text ?? "").join("\n");
    const lines = card.split("\n");
    const tuition = russia.tuition.bachelor;
    expect(Array.isArray(tuition), "Russia has bachelor's tuition figures").toBe(true);
    const tuitionLines = lines.filter((l) => l.startsWith("🎓 Tuition (Bachelor's"));
    expect(tuitionLines).toHaveLength(Array.isArray(tuition) ? tuition.length : 0);
    for (const line of tuitionLines) expect(line).toMatch(/RUB a (year|semester) ≈ [\d,]+ /);
    const livingLines = lines.filter((l) => l.startsWith("🏠 Living"));
    expect(livingLines).toHaveLength(russia.living?.length ?? 0);
    for (const line of livingLines) expect(line).toMatch(/a month.* ≈ .*₸ a month/);
    // "Up to $300" stays "up to", in dollars and in tenge.
    expect(card).toMatch(/up to 300 USD a month \(housing only\) ≈ up to [\d,]+ ₸ a month/);
    expect(card).toContain(rateLine);

    // Every figure's page is linked, and the page's own year is said where it gives one.
    const links = linksOf(sent);
    const figures = [...(Array.isArray(tuition) ? tuition : []), ...(russia.living ?? [])];
    for (const figure of figures) {
      const url = knowledge.sources.get(figure.source)?.url;
      expect(links, figure.id).toContain(url);
      if (typeof figure.asOf === "string" && figure.asOf !== "undated") {
        expect(card).toContain(`as of ${figure.asOf}`);
      }
    }
    expect(h.errors).toEqual([]);
  });
});
