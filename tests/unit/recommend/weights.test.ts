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
    // The least a destination without a hard mismatch can score: the level is offered, the
    // language only through a preparatory year (or English below B2), the budget only through the
    // weakest way round, no priority met, no entry for the field, no funding (each of those
    // parts can be 0, so they are spelled out at their minimum).
    const budgetWaysRound = [
      BUDGET_FACTOR.fits,
      BUDGET_FACTOR.freeRouteLivingFits,
      BUDGET_FACTOR.partly,
      BUDGET_FACTOR.unknown,
      BUDGET_FACTOR.freeRoute,
      BUDGET_FACTOR.fullFundingOnly,
    ];
    const languageWaysIn = [
      LANGUAGE_FACTOR.ok,
      LANGUAGE_FACTOR.preparatoryYear,
      LANGUAGE_FACTOR.englishBelowStudyLevel,
    ];
    const worstReachable =
      WEIGHTS.level +
      WEIGHTS.language * Math.min(...languageWaysIn) +
      WEIGHTS.budget * Math.min(...budgetWaysRound) +
      WEIGHTS.priorities * PRIORITY_FACTOR.unmet +
      WEIGHTS.field * FIELD_FACTOR.noData +
      WEIGHTS.funding * FUNDING_FACTOR.ineligible;
    // 10 + 20 × 0.5 + 30 × 0.3 + 0 + 0 + 0 = 29, as weights.ts says.
    expect(worstReachable).toBeCloseTo(29);
    expect(Math.round(worstReachable)).toBeGreaterThan(HARD_MISMATCH_CAP);
  });
});
