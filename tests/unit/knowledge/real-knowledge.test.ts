import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge, loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import { formatProblem } from "../../../src/knowledge/problems.js";

const KNOWLEDGE = fileURLToPath(new URL("../../../knowledge", import.meta.url));

describe("the real knowledge/ folder", () => {
  it("loads without problems", async () => {
    const result = await loadKnowledge(KNOWLEDGE);
    // Compared as printed lines so a failure reads like `npm run kb:check`.
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok && result.knowledge.destinations.length).toBeGreaterThan(0);
  });

  it("has the seed article's seven motives for studying abroad as research facts", async () => {
    const knowledge = await loadKnowledgeOrThrow(KNOWLEDGE);
    const motives = knowledge.research?.motives ?? [];
    expect(motives.map((motive) => motive.id)).toEqual([
      "life-strategy",
      "quality",
      "living-standard",
      "new-cultures",
      "independence",
      "language-environment",
      "immigration-policy",
    ]);
    for (const motive of motives) {
      expect(knowledge.facts.get(`research.motives.${motive.id}`)).toEqual({
        id: `research.motives.${motive.id}`,
        source: "seed-article",
        verified: "2026-11-28",
        // The article gives no year for its data; 2021 is when it was published.
        asOf: 2021,
      });
    }
    expect(knowledge.sources.get("seed-article")?.kind).toBe("research");
    // The article's figures are facts of the destinations and funding routes they describe.
    expect(knowledge.research?.statistics).toEqual([]);
  });

  it("keeps the research texts short and in Kazakh Cyrillic (no Latin schwa from the PDF)", async () => {
    const knowledge = await loadKnowledgeOrThrow(KNOWLEDGE);
    const texts = (knowledge.research?.motives ?? []).flatMap((motive) =>
      Object.entries(motive.text).map(([locale, text]) => ({ id: motive.id, locale, text })),
    );
    expect(texts).toHaveLength(21);
    expect(texts.filter(({ text }) => text.length > 160)).toEqual([]);
    expect(texts.filter(({ text }) => text.includes("\u0259"))).toEqual([]);
    expect(
      texts.filter(({ locale, text }) => locale === "kk" && !/[әғқңөұүһі]/i.test(text)),
    ).toEqual([]);
  });
});
