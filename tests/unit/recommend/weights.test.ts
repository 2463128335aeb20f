import { describe, expect, it } from "vitest";
import {
  BUDGET_FACTOR,
  FIELD_FACTOR,
  FUNDING_FACTOR,
  HARD_MISMATCH_CAP,
  LANGUAGE_FACTOR,
  PRIORITY_FACTOR,
  WEIGHTS,
} from "../../../src/recommend/weights.js";

describe("weights", () => {
  it("add up to 100, so a score reads as a percentage", () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("keep every factor between 0 and 1", () => {
    for (const factors of [
      BUDGET_FACTOR,
      PRIORITY_FACTOR,
      FIELD_FACTOR,
      LANGUAGE_FACTOR,
      FUNDING_FACTOR,
    ]) {
      for (const value of Object.values(factors)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it("cap a hard mismatch below the worst reachable destination, so it always ranks last", () => {
    // The least a destination without a hard mismatch can score. Teaching language and funding
    // are always known; every other part may be left out for want of data. The language part is
    // at least a preparatory year (or English below B2); the budget, when known, at least the
    // weakest way round; the level and the field, when known, only ever count for; priorities and
    // funding can be 0. The worst share of the known weight is over the smallest set of known
    // parts whose factors are at their lowest.
    const budgetWaysRound = [
      BUDGET_FACTOR.fits,
      BUDGET_FACTOR.freeRouteLivingFits,
      BUDGET_FACTOR.partly,
      BUDGET_FACTOR.freeRoute,
      BUDGET_FACTOR.fullFundingOnly,
    ];
    const languageWaysIn = [
      LANGUAGE_FACTOR.ok,
      LANGUAGE_FACTOR.preparatoryYear,
      LANGUAGE_FACTOR.englishBelowStudyLevel,
    ];
    const language = WEIGHTS.language * Math.min(...languageWaysIn);
    const candidates = [
      // Only the always-known parts, and priorities that say no.
      language / (WEIGHTS.language + WEIGHTS.funding + WEIGHTS.priorities),
      // The same with a known budget at its weakest.
      (language + WEIGHTS.budget * Math.min(...budgetWaysRound)) /
        (WEIGHTS.language + WEIGHTS.funding + WEIGHTS.priorities + WEIGHTS.budget),
      // With a known field (some fit) or level, which only add.
      (language + WEIGHTS.field * FIELD_FACTOR.some) /
        (WEIGHTS.language + WEIGHTS.funding + WEIGHTS.priorities + WEIGHTS.field),
    ];
    const worstReachable = 100 * Math.min(...candidates);
    expect(PRIORITY_FACTOR.unmet).toBe(0);
    // 20 × 0.5 over 20 + 10 + 25: 18, as weights.ts says.
    expect(Math.round(worstReachable)).toBe(18);
    expect(Math.round(worstReachable)).toBeGreaterThan(HARD_MISMATCH_CAP);
  });
});
