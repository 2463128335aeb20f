/**
 * A school leaver on the lowest budget who studies in Russian: Russia comes first, and what it
 * costs is told in tenge, with the day of the exchange rate and every figure's own page. The
 * figures are read from the knowledge base, so the test holds whatever the editors find next.
 */
import { describe, expect, it } from "vitest";
import { formatDay } from "../../src/bot/render/knowledge-text.js";
import type { Destination } from "../../src/knowledge/schema.js";
import { plain, realKnowledge, startHarness, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER } from "./quiz-flow.js";

/** The links (entities) of these messages. */
function linksOf(messages: readonly { entities?: { type: string; url?: string }[] }[]) {
  return messages.flatMap((m) => m.entities ?? []).flatMap((e) => (e.url ? [e.url] : []));
}

describe("Russia's costs for a school leaver on the lowest budget", () => {
  it("shows Russia first with a year's cost in tenge, then its card gives every tuition and living figure in tenge with the rate's day and its page", async () => {
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

    // The results: Russia first, its year in tenge (no "no checked tuition figure").
    const results = h.texts().join("\n");
    const first = results.slice(results.indexOf("🥇"), results.indexOf("🥈"));
    expect(first).toContain(`🇷🇺 ${russia.name.en}`);
    expect(first).toMatch(/A year, paying yourself: (about )?[\d,]+ ₸ – [\d,]+ ₸/);
    const noTuition = plain(tr("en", "cost-gap-tuition", { level: "·" })).split("(")[0] ?? "";
    expect(first).not.toContain(noTuition.trim());
    expect(first).toContain(rateLine);

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
