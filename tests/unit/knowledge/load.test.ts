import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledge, loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import {
  brokenCopy,
  chain,
  NOW,
  removeCopies,
  replace,
  researchFixture,
  VALID,
} from "./fixture-copy.js";

afterAll(removeCopies);

describe("loadKnowledge on a valid knowledge base", () => {
  it("loads destinations, funding, sources and rates in file-name order, with no warnings", async () => {
    const result = await loadKnowledge(VALID, { now: NOW });
    if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
    const { knowledge, warnings } = result;
    expect(warnings).toEqual([]);
    expect(knowledge.destinations.map((d) => d.id)).toEqual(["korea", "russia"]);
    expect(knowledge.funding.map((f) => f.id)).toEqual(["bolashak", "own-funds"]);
    expect([...knowledge.sources.keys()]).toEqual([
      "seed-article",
      "russia-quota",
      "bolashak-site",
      "rates-nbk",
    ]);
    expect(knowledge.rates?.kzt).toEqual({ USD: 520, RUB: 5.4 });
  });

  it("applies the schema's defaults", async () => {
    const knowledge = await loadKnowledgeOrThrow(VALID, { now: NOW });
    const korea = knowledge.destinations.find((d) => d.id === "korea");
    expect(korea?.fit).toEqual({});
    expect(korea?.highlights).toEqual([]);
    expect(korea?.admission[0]?.languages).toEqual([]);
  });

  it("derives every fact id from where the fact stands", async () => {
    const knowledge = await loadKnowledgeOrThrow(VALID, { now: NOW });
    expect([...knowledge.facts.keys()].sort()).toEqual(
      [
        "korea.languages",
        "korea.degreeYears",
        "korea.closeness",
        "korea.admission.direct",
        "russia.languages",
        "russia.tuition.bachelor.paid",
        "russia.degreeYears",
        "russia.closeness",
        "russia.admission.budget-places",
        "russia.statistics.students",
        "russia.fit.low-cost",
        "bolashak.runBy",
        "bolashak.levels",
        "bolashak.destinations",
        "bolashak.covers",
        "bolashak.eligibility",
        "bolashak.obligations.work-off",
        "own-funds.runBy",
        "own-funds.levels",
        "own-funds.destinations",
        "own-funds.covers",
        "own-funds.eligibility",
        "rates",
      ].sort(),
    );
  });

  it("records each fact's source and verified date", async () => {
    const knowledge = await loadKnowledgeOrThrow(VALID, { now: NOW });
    expect(knowledge.facts.get("russia.admission.budget-places")).toEqual({
      id: "russia.admission.budget-places",
      source: "russia-quota",
      verified: "2026-10-15",
      asOf: 2025,
    });
    expect(knowledge.facts.get("rates")).toEqual({
      id: "rates",
      source: "rates-nbk",
      verified: "2026-11-01",
      // The rates' page date is their own date.
      asOf: "2026-11-01",
    });
  });

  it("loads without rates.yaml, which is optional", async () => {
    const dir = await brokenCopy({ "rates.yaml": null });
    const knowledge = await loadKnowledgeOrThrow(dir, { now: NOW });
    expect(knowledge.rates).toBeUndefined();
    expect(knowledge.facts.has("rates")).toBe(false);
  });

  it("loads without research.yaml, which is optional", async () => {
    const knowledge = await loadKnowledgeOrThrow(VALID, { now: NOW });
    expect(knowledge.research).toBeUndefined();
    expect([...knowledge.facts.keys()].filter((id) => id.startsWith("research."))).toEqual([]);
  });

  it("loads research.yaml and registers its motives and statistics as research.* facts", async () => {
    const dir = await brokenCopy({ "research.yaml": researchFixture });
    const result = await loadKnowledge(dir, { now: NOW });
    if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
    const { knowledge, warnings } = result;
    expect(warnings).toEqual([]);
    expect(knowledge.research?.motives.map((m) => m.id)).toEqual([
      "quality",
      "language-environment",
    ]);
    expect(knowledge.research?.motives[1]?.text.kk).toBe("Тілдік ортаға сүңгу");
    expect(knowledge.research?.statistics.map((s) => [s.id, s.value, s.unit])).toEqual([
      ["surveyed", 120, "people"],
    ]);
    expect([...knowledge.facts.keys()].filter((id) => id.startsWith("research."))).toEqual([
      "research.motives.quality",
      "research.motives.language-environment",
      "research.statistics.surveyed",
    ]);
    expect(knowledge.facts.get("research.motives.language-environment")).toEqual({
      id: "research.motives.language-environment",
      source: "seed-article",
      verified: "2026-09-01",
      asOf: 2025,
    });
    // The valid fixture's 23 facts are all still there.
    expect(knowledge.facts.size).toBe(23 + 3);
  });

  it("defaults the research statistics to an empty list", async () => {
    const withoutStatistics = (text: string) => {
      const at = text.indexOf("\nstatistics:\n");
      if (at === -1) throw new Error("the research fixture has no statistics to remove");
      return text.slice(0, at + 1);
    };
    const dir = await brokenCopy({ "research.yaml": chain(researchFixture, withoutStatistics) });
    const knowledge = await loadKnowledgeOrThrow(dir, { now: NOW });
    expect(knowledge.research?.statistics).toEqual([]);
    expect(knowledge.facts.has("research.statistics.surveyed")).toBe(false);
  });

  it("warns about a research fact verified more than 12 months ago", async () => {
    const dir = await brokenCopy({
      "research.yaml": chain(
        researchFixture,
        replace("    verified: 2026-11-28\n", "    verified: 2025-01-10\n"),
      ),
    });
    const result = await loadKnowledge(dir, { now: NOW });
    expect(result.ok && result.warnings).toEqual([
      {
        file: "research.yaml",
        path: "motives[0].verified",
        message: "2025-01-10 is more than 12 months ago — check the fact again",
        line: 10,
      },
    ]);
  });

  it("warns about, but loads, a fact verified more than 12 months ago", async () => {
    const dir = await brokenCopy({
      "destinations/korea.yaml": replace(
        "  visa: required\n  source: seed-article\n  verified: 2026-09-01\n",
        "  visa: required\n  source: seed-article\n  verified: 2025-11-27\n",
      ),
    });
    const result = await loadKnowledge(dir, { now: NOW });
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.warnings).toEqual([
      {
        file: "destinations/korea.yaml",
        path: "closeness.verified",
        message: "2025-11-27 is more than 12 months ago — check the fact again",
        line: 43,
      },
    ]);
  });

  it("does not warn about a fact verified exactly 12 months ago", async () => {
    const dir = await brokenCopy({
      "destinations/korea.yaml": replace(
        "  visa: required\n  source: seed-article\n  verified: 2026-09-01\n",
        "  visa: required\n  source: seed-article\n  verified: 2025-11-28\n",
      ),
    });
    const result = await loadKnowledge(dir, { now: NOW });
    expect(result.ok && result.warnings).toEqual([]);
  });
});
