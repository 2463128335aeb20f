import { describe, expect, it } from "vitest";
import { costModel, LIVING_MONTHS_PER_YEAR, meaningOf } from "../../../src/costs/index.js";
import { kb, place, SOURCE, TODAY, text } from "./fixtures.js";

const opts = { today: TODAY };

describe("the cost model", () => {
  it("keeps an 'up to' figure an upper bound all the way to the year and the whole degree", () => {
    const d = place("alpha", {
      tuition: {
        bachelor: [
          {
            id: "public",
            segment: "public",
            min: 1000,
            max: 2000,
            currency: "USD",
            per: "year",
            ...SOURCE,
          },
        ],
      },
      living: [
        {
          id: "dorm",
          where: "capital",
          covers: "housing",
          max: 300,
          currency: "USD",
          per: "month",
          ...SOURCE,
        },
      ],
    });
    const model = costModel(kb([d]), d, "bachelor", opts);
    const dorm = model.living.figures[0];
    expect(dorm?.amount).toEqual({ high: 300, approximate: false });
    expect(dorm?.monthlyKzt).toEqual({ high: 150_000, approximate: false });
    expect(meaningOf(dorm?.monthlyKzt ?? { approximate: false })).toBe("up-to");
    expect(model.living.yearly).toMatchObject({ high: 150_000 * LIVING_MONTHS_PER_YEAR });
    expect(model.living.yearly?.low).toBeUndefined();
    // Tuition 500 000 – 1 000 000 ₸ plus living of up to 1 500 000 ₸: the lower end is what is
    // known for certain, the upper end adds the upper ends; nothing becomes "from".
    expect(model.yearly).toMatchObject({ low: 500_000, high: 2_500_000, complete: false });
    expect(model.degree).toMatchObject({ low: 2_000_000, high: 10_000_000, years: [4, 4] });
    expect(model.degree?.facts).toEqual([
      "alpha.tuition.bachelor.public",
      "alpha.living.dorm",
      "alpha.degreeYears",
      "rates",
    ]);
  });

  it("leaves the upper end open when a part has only a lower bound", () => {
    const d = place("alpha", {
      tuition: {
        bachelor: [
          { id: "all", segment: "all", min: 1000, currency: "USD", per: "year", ...SOURCE },
        ],
      },
      living: [
        {
          id: "city",
          where: "all",
          covers: "all",
          min: 200,
          max: 400,
          currency: "USD",
          per: "month",
          ...SOURCE,
        },
      ],
    });
    const model = costModel(kb([d]), d, "bachelor", opts);
    expect(model.yearly).toMatchObject({ low: 500_000 + 1_000_000, complete: true });
    expect(model.yearly?.high).toBeUndefined();
    expect(meaningOf(model.yearly ?? { approximate: false })).toBe("from");
  });

  it("doubles a semester's fee for the year and spans the segments", () => {
    const d = place("alpha", {
      tuition: {
        master: [
          {
            id: "public",
            segment: "public",
            min: 500,
            max: 1000,
            currency: "EUR",
            per: "semester",
            ...SOURCE,
          },
          {
            id: "private",
            segment: "private",
            min: 4000,
            max: 9000,
            currency: "EUR",
            per: "year",
            ...SOURCE,
          },
        ],
      },
    });
    const model = costModel(kb([d]), d, "master", opts);
    expect(model.tuition.figures.map((f) => f.yearlyKzt)).toEqual([
      { low: 550_000, high: 1_100_000, approximate: false },
      { low: 2_200_000, high: 4_950_000, approximate: false },
    ]);
    expect(model.tuition.yearly).toMatchObject({ low: 550_000, high: 4_950_000 });
    // No living figure: no yearly cost, and the model says why.
    expect(model.yearly).toBeUndefined();
    expect(model.gaps).toEqual(["living"]);
  });

  it("counts the visa's required funds for the months their rule counts, as the floor of living", () => {
    const d = place("uk", {
      tuition: {
        master: [
          {
            id: "all",
            segment: "all",
            min: 20_000,
            max: 30_000,
            currency: "GBP",
            per: "year",
            ...SOURCE,
          },
        ],
      },
      requiredFunds: [
        {
          id: "london",
          where: "capital",
          amount: 1500,
          currency: "GBP",
          per: "month",
          months: 9,
          ...SOURCE,
        },
        {
          id: "outside",
          where: "other-cities",
          amount: 1100,
          currency: "GBP",
          per: "month",
          months: 9,
          ...SOURCE,
        },
      ],
    });
    const model = costModel(kb([d]), d, "master", opts);
    expect(model.requiredFunds.figures.map((f) => f.totalKzt)).toEqual([
      { low: 1500 * 9 * 650, high: 1500 * 9 * 650, approximate: false },
      { low: 1100 * 9 * 650, high: 1100 * 9 * 650, approximate: false },
    ]);
    expect(model.livingYearly).toMatchObject({
      low: 1100 * 9 * 650,
      high: 1500 * 9 * 650,
      complete: true,
      requiredFundsSet: true,
    });
    expect(model.yearly).toMatchObject({
      low: 20_000 * 650 + 1100 * 9 * 650,
      high: 30_000 * 650 + 1500 * 9 * 650,
    });
    // A one- or two-year master's: the whole degree spans both.
    expect(model.degree).toMatchObject({
      low: 20_000 * 650 + 1100 * 9 * 650,
      high: 2 * (30_000 * 650 + 1500 * 9 * 650),
      years: [1, 2],
    });
  });

  it("lets a living figure above the required funds set the cost, citing only what sets an end", () => {
    const d = place("de", {
      living: [
        {
          id: "city",
          where: "all",
          covers: "all",
          min: 900,
          max: 1400,
          currency: "EUR",
          per: "month",
          ...SOURCE,
        },
      ],
      requiredFunds: [
        {
          id: "blocked",
          where: "all",
          amount: 1000,
          currency: "EUR",
          per: "month",
          months: 12,
          ...SOURCE,
        },
      ],
    });
    const model = costModel(kb([d]), d, "bachelor", opts);
    // Living 4 950 000 – 7 700 000 ₸ a year (10 months); the funds 6 600 000 ₸ (12 months) raise
    // the lower end only.
    expect(model.livingYearly).toMatchObject({
      low: 6_600_000,
      high: 7_700_000,
      requiredFundsSet: true,
    });
    expect(model.livingYearly?.facts).toEqual([
      "de.living.city",
      "de.requiredFunds.blocked",
      "rates",
    ]);
  });

  it("never counts a figure whose page is more than 24 months old, and says so", () => {
    const d = place("cn", {
      tuition: {
        bachelor: [
          {
            id: "old",
            segment: "public",
            min: 37_000,
            max: 37_000,
            currency: "USD",
            per: "year",
            asOf: 2018,
            ...SOURCE,
          },
        ],
      },
      living: [
        {
          id: "dorm",
          where: "all",
          covers: "all",
          max: 300,
          currency: "USD",
          per: "month",
          asOf: "2025/26",
          ...SOURCE,
        },
      ],
    });
    const model = costModel(kb([d]), d, "bachelor", opts);
    expect(model.tuition.figures[0]).toMatchObject({ stale: true, asOf: 2018 });
    expect(model.tuition.figures[0]?.yearlyKzt).toBeUndefined();
    expect(model.tuition.yearly).toBeUndefined();
    expect(model.living.figures[0]).toMatchObject({ stale: false, asOf: "2025/26" });
    expect(model.yearly).toBeUndefined();
    expect(model.gaps).toEqual(["stale"]);
  });

  it("explains a missing level rather than leaving it blank", () => {
    const d = place("alpha", {
      tuition: { master: { missing: text("Each university sets its fee; none publishes one.") } },
    });
    const model = costModel(kb([d]), d, "master", opts);
    expect(model.tuition.missing?.en).toMatch(/Each university/);
    expect(model.tuition.figures).toEqual([]);
    expect(model.gaps).toEqual(["tuition", "living"]);
  });

  it("keeps figures in their own currency when there is no rate, and gives no tenge", () => {
    const d = place("alpha", {
      living: [
        {
          id: "city",
          where: "all",
          covers: "all",
          min: 100,
          max: 200,
          currency: "KRW",
          per: "month",
          ...SOURCE,
        },
      ],
    });
    const model = costModel(kb([d]), d, "bachelor", opts);
    expect(model.living.figures[0]).toMatchObject({ noRate: true, currency: "KRW" });
    expect(model.living.yearly).toBeUndefined();
    expect(model.gaps).toEqual(["tuition", "rates"]);
  });

  it("reads an approximate figure as 'about' and carries that into the totals", () => {
    const d = place("alpha", {
      tuition: {
        bachelor: [
          {
            id: "avg",
            segment: "all",
            min: 2000,
            max: 2000,
            currency: "USD",
            per: "year",
            approximate: true,
            ...SOURCE,
          },
        ],
      },
      living: [
        {
          id: "city",
          where: "all",
          covers: "all",
          min: 100,
          max: 100,
          currency: "USD",
          per: "month",
          ...SOURCE,
        },
      ],
    });
    const model = costModel(kb([d]), d, "bachelor", opts);
    expect(model.tuition.figures[0]?.amount).toEqual({ low: 2000, high: 2000, approximate: true });
    expect(model.yearly).toMatchObject({ low: 1_500_000, high: 1_500_000, approximate: true });
  });

  it("follows the rates when they are replaced (the National Bank's feed answering)", () => {
    const d = place("alpha", {
      living: [
        {
          id: "city",
          where: "all",
          covers: "all",
          min: 100,
          max: 100,
          currency: "USD",
          per: "month",
          ...SOURCE,
        },
      ],
    });
    const knowledge = kb([d]);
    expect(costModel(knowledge, d, "bachelor", opts).living.yearly?.low).toBe(500_000);
    knowledge.rates = {
      ...(knowledge.rates as NonNullable<typeof knowledge.rates>),
      kzt: { USD: 510 },
      date: "2026-12-06",
    };
    const after = costModel(knowledge, d, "bachelor", opts);
    expect(after.living.yearly?.low).toBe(510_000);
    expect(after.rates?.date).toBe("2026-12-06");
  });
});
