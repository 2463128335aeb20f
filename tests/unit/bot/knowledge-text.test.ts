import { describe, expect, it } from "vitest";
import { flag, formatKzt, sourceLink } from "../../../src/bot/render/knowledge-text.js";
import { costRange } from "../../../src/bot/render/results.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";

const labels = {
  source: "source",
  research: "research article",
  stale: "check the official page",
  checked: (date: string) => `checked ${date}`,
};

describe("knowledge text", () => {
  it("links a fact to its official page with the date the page gives, or the day it was read when it gives none", async () => {
    const knowledge = await loadKnowledgeOrThrow("knowledge");
    const official = [...knowledge.facts].filter(
      ([, f]) => knowledge.sources.get(f.source)?.kind !== "research",
    );
    const dated = official.find(([, f]) => f.asOf !== undefined && f.asOf !== "undated");
    const undated = official.find(([, f]) => f.asOf === "undated");
    if (dated === undefined || undated === undefined) throw new Error("no dated or undated fact");
    const [datedId, datedFact] = dated;
    const year = String(datedFact.asOf).replace(/^(\d{4})-\d{2}-\d{2}$/, "$1");
    expect(sourceLink(knowledge, datedId, labels, datedFact.verified)).toMatch(
      new RegExp(`^<a href="https?://[^"]+">[a-z0-9.-]+</a>, ${year.replace("/", "\\/")}$`),
    );
    const [undatedId, undatedFact] = undated;
    expect(sourceLink(knowledge, undatedId, labels, undatedFact.verified)).toMatch(
      new RegExp(`^<a href="https?://[^"]+">[a-z0-9.-]+</a>, checked ${undatedFact.verified}$`),
    );
  });

  it("names the research article for facts that rest on it", async () => {
    const knowledge = await loadKnowledgeOrThrow("knowledge");
    expect(sourceLink(knowledge, "russia.kazakhstaniStudents", labels, "2026-11-28")).toContain(
      ">research article</a>",
    );
  });

  it("says to check the official page when a fact is over a year old", async () => {
    const knowledge = await loadKnowledgeOrThrow("knowledge");
    const verified = knowledge.facts.get("russia.admission.equal-terms")?.verified as string;
    const yearLater = `${Number(verified.slice(0, 4)) + 1}${verified.slice(4, 8)}${String(Number(verified.slice(8)) + 1).padStart(2, "0")}`;
    expect(sourceLink(knowledge, "russia.admission.equal-terms", labels, verified)).not.toContain(
      "⚠️",
    );
    expect(sourceLink(knowledge, "russia.admission.equal-terms", labels, yearLater)).toContain(
      "⚠️ check the official page",
    );
  });

  it("writes tenge the way each language groups digits, and one figure once", () => {
    expect(formatKzt(1_333_333, "en")).toBe("1,333,000 ₸");
    expect(formatKzt(1_333_333, "ru")).toMatch(/^1\s333\s000 ₸$/);
    expect(costRange(1_000_000, 1_000_000, "en")).toBe("1,000,000 ₸");
    expect(costRange(1_000_000, 2_000_000, "en")).toBe("1,000,000 – 2,000,000 ₸");
    expect(flag("KZ")).toBe("🇰🇿");
  });
});
