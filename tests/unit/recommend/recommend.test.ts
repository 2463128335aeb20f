/**
 * The matcher's rules, one at a time, on small knowledge bases built in the test (fixtures.ts).
 * The persona tests next to this file show the same rules on the real knowledge base.
 */
import { describe, expect, it } from "vitest";
import type { Knowledge } from "../../../src/knowledge/schema.js";
import type { Profile } from "../../../src/recommend/profile.js";
import { recommend } from "../../../src/recommend/recommend.js";
import type { RankedDestination, Reason } from "../../../src/recommend/types.js";
import { HARD_MISMATCH_CAP } from "../../../src/recommend/weights.js";
import { contractProblems, sweep } from "./contract.js";
import {
  destination,
  freeRoute,
  funding,
  knowledge,
  OWN_FUNDS,
  profile,
  SOURCE,
  text,
} from "./fixtures.js";

function only(kb: Knowledge, p: Profile, options = {}): RankedDestination {
  const [first] = recommend(p, kb, options).destinations;
  if (first === undefined) throw new Error("no destination ranked");
  return first;
}

function find(ranked: RankedDestination, message: string): Reason | undefined {
  return ranked.reasons.find((r) => r.message === message);
}

function messages(ranked: RankedDestination): string[] {
  return ranked.reasons.map((r) => r.message);
}

describe("budget", () => {
  it("says the budget fits when tuition and living together stay under the tier's ceiling", () => {
    // 1 000 000 ₸ tuition + 50 000 ₸ × 10 months living = 1 500 000 ₸ ≤ 2 000 000 ₸.
    const ranked = only(knowledge(), profile({ budget: "under-2m" }));
    expect(ranked.yearlyCostKzt).toEqual({
      min: 1_500_000,
      max: 1_500_000,
      facts: ["alpha.tuition", "alpha.living", "rates"],
    });
    expect(find(ranked, "reason-budget-fits")).toMatchObject({
      kind: "positive",
      params: { destination: "alpha", minKzt: 1_500_000, maxKzt: 1_500_000 },
      facts: ["alpha.tuition", "alpha.living", "rates"],
    });
    expect(ranked.hardMismatch).toBe(false);
  });

  it("converts other currencies with the knowledge base's rates and counts a month as a tenth of the year", () => {
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          tuition: { min: 1000, max: 2000, currency: "USD", per: "year", year: 2026, ...SOURCE },
          living: { min: 100, max: 200, currency: "USD", per: "month", year: 2026, ...SOURCE },
        }),
      ],
      rates: { USD: 500 },
    });
    const ranked = only(kb, profile({ budget: "2m-5m" }));
    // (1000 + 100 × 10) × 500 = 1 000 000; (2000 + 200 × 10) × 500 = 2 000 000.
    expect(ranked.yearlyCostKzt).toMatchObject({ min: 1_000_000, max: 2_000_000 });
  });

  it("says the budget only partly fits when the cheaper end fits and the dearer end does not", () => {
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          tuition: {
            min: 500_000,
            max: 3_000_000,
            currency: "KZT",
            per: "year",
            year: 2026,
            ...SOURCE,
          },
        }),
      ],
    });
    const ranked = only(kb, profile({ budget: "under-2m" }));
    expect(find(ranked, "reason-budget-partly")?.kind).toBe("neutral");
    expect(ranked.hardMismatch).toBe(false);
  });

  it("marks a destination over budget with no way round as a hard mismatch, explained first", () => {
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          tuition: {
            min: 9_000_000,
            max: 12_000_000,
            currency: "KZT",
            per: "year",
            year: 2026,
            ...SOURCE,
          },
        }),
      ],
    });
    const ranked = only(kb, profile({ budget: "under-2m" }));
    expect(ranked.hardMismatch).toBe(true);
    expect(ranked.score).toBeLessThanOrEqual(HARD_MISMATCH_CAP);
    expect(ranked.reasons[0]).toMatchObject({
      kind: "negative",
      message: "reason-budget-over",
      params: { minKzt: 9_500_000, maxKzt: 12_500_000, budgetMaxKzt: 2_000_000 },
    });
  });

  it("names a tuition-free admission route as the way round a budget gap, and what living still costs", () => {
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          tuition: {
            min: 9_000_000,
            max: 12_000_000,
            currency: "KZT",
            per: "year",
            year: 2026,
            ...SOURCE,
          },
          admission: [
            freeRoute("budget-places", ["bachelor"], { tests: ["EGE"], languages: ["ru"] }),
          ],
        }),
      ],
    });
    const ranked = only(kb, profile({ budget: "under-2m" }));
    expect(ranked.hardMismatch).toBe(false);
    expect(messages(ranked)).toEqual(
      expect.arrayContaining([
        "reason-budget-over",
        "reason-free-tuition-route",
        "reason-free-route-living-fits",
      ]),
    );
    expect(find(ranked, "reason-budget-over")?.kind).toBe("negative");
    expect(find(ranked, "reason-free-tuition-route")).toMatchObject({
      kind: "positive",
      params: { destination: "alpha", route: "budget-places" },
      facts: ["alpha.admission.budget-places"],
    });
    expect(find(ranked, "reason-free-route-living-fits")?.params).toMatchObject({
      minKzt: 500_000,
      maxKzt: 500_000,
    });
  });

  it("does not name a free route that is not open at the student's level", () => {
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          tuition: {
            min: 9_000_000,
            max: 12_000_000,
            currency: "KZT",
            per: "year",
            year: 2026,
            ...SOURCE,
          },
          admission: [freeRoute("masters-olympiad", ["master"])],
        }),
      ],
    });
    const ranked = only(kb, profile({ level: "bachelor" }));
    expect(find(ranked, "reason-free-tuition-route")).toBeUndefined();
    expect(ranked.hardMismatch).toBe(true);
  });

  it("counts a full scholarship as a way round a budget gap, and says it must be won", () => {
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          tuition: {
            min: 9_000_000,
            max: 12_000_000,
            currency: "KZT",
            per: "year",
            year: 2026,
            ...SOURCE,
          },
        }),
      ],
      funding: [funding("grant")],
    });
    const ranked = only(kb, profile({ level: "master", budget: "under-2m" }));
    expect(ranked.hardMismatch).toBe(false);
    expect(find(ranked, "reason-budget-full-funding")).toMatchObject({
      kind: "neutral",
      params: { funding: "grant" },
      facts: ["grant.covers"],
    });
  });

  it.each([
    ["no tuition figure", { tuition: undefined }, { USD: 500 }],
    [
      "no exchange rate for the currency",
      {
        tuition: { min: 1000, max: 1000, currency: "GBP", per: "year", year: 2026, ...SOURCE },
      },
      { USD: 500 },
    ],
    [
      "no rates at all",
      {
        tuition: { min: 1000, max: 1000, currency: "USD", per: "year", year: 2026, ...SOURCE },
      },
      null,
    ],
  ] as const)(
    "says the cost is unknown rather than guess when there is %s",
    (_name, overrides, rates) => {
      const kb = knowledge({ destinations: [destination("alpha", overrides)], rates });
      const ranked = only(kb, profile());
      expect(ranked.yearlyCostKzt).toBeUndefined();
      expect(find(ranked, "reason-cost-unknown")?.kind).toBe("neutral");
      expect(ranked.hardMismatch).toBe(false);
    },
  );

  it("never finds a budget with no ceiling exceeded, even when the cost is unknown", () => {
    const kb = knowledge({
      destinations: [destination("known"), destination("unknown", { tuition: undefined })],
    });
    const [known, unknown] = recommend(profile({ budget: "over-10m" }), kb).destinations;
    expect(unknown?.score).toBe(known?.score);
    expect(unknown && find(unknown, "reason-cost-unknown")?.kind).toBe("neutral");
  });

  it("never calls a budget fitting when the living figure is housing only, and says why", () => {
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          living: {
            min: 100,
            max: 100,
            currency: "USD",
            per: "month",
            year: 2026,
            covers: "housing",
            ...SOURCE,
          },
        }),
      ],
    });
    // 1 000 000 + 100 × 10 × 500 = 1 500 000 ₸ would fit under 2 M₸, but food and the rest are missing.
    const ranked = only(kb, profile({ budget: "under-2m" }));
    expect(messages(ranked)).not.toContain("reason-budget-fits");
    expect(find(ranked, "reason-budget-partly")?.kind).toBe("neutral");
    expect(find(ranked, "reason-cost-housing-only")).toMatchObject({
      kind: "neutral",
      facts: ["alpha.living"],
    });
  });

  it("tells a scholarship-only student what paying would cost, and rules out a place with no free way in", () => {
    const ranked = only(knowledge(), profile({ budget: "scholarship-only" }));
    expect(find(ranked, "reason-budget-scholarship-only")?.params).toMatchObject({
      minKzt: 1_500_000,
      maxKzt: 1_500_000,
    });
    expect(ranked.hardMismatch).toBe(true);
    expect(ranked.reasons[0]?.message).toBe("reason-no-scholarship-route");
  });

  it("shows a scholarship-only student the free route and that living costs remain", () => {
    const kb = knowledge({
      destinations: [destination("alpha", { admission: [freeRoute("quota", ["bachelor"])] })],
    });
    const ranked = only(kb, profile({ budget: "scholarship-only" }));
    expect(ranked.hardMismatch).toBe(false);
    expect(messages(ranked)).toEqual(
      expect.arrayContaining(["reason-free-tuition-route", "reason-living-costs-remain"]),
    );
    expect(messages(ranked)).not.toContain("reason-no-scholarship-route");
  });
});

describe("teaching language", () => {
  const english = destination("alpha", {
    languages: { teaching: ["en"], preparatoryYear: false, ...SOURCE },
  });
  const chinese = destination("alpha", {
    languages: { teaching: ["zh", "en"], preparatoryYear: true, ...SOURCE },
  });

  it("is fine when the student studies in one of the teaching languages", () => {
    const ranked = only(knowledge(), profile({ languages: ["ru"] }));
    expect(find(ranked, "reason-language-ok")).toMatchObject({
      kind: "positive",
      params: { language: "ru" },
      facts: ["alpha.languages"],
    });
  });

  it("counts English from B2 even when the student did not tick it as a study language", () => {
    const ranked = only(knowledge({ destinations: [english] }), profile({ english: "b2" }));
    expect(find(ranked, "reason-language-ok")?.params.language).toBe("en");
  });

  it("treats English below B2 as a gap to close, not a closed door", () => {
    const ranked = only(knowledge({ destinations: [english] }), profile({ english: "b1" }));
    expect(find(ranked, "reason-language-english-below")).toMatchObject({
      kind: "negative",
      params: { language: "en", english: "b1" },
    });
    expect(ranked.hardMismatch).toBe(false);
  });

  it("names the preparatory year when the student lacks the language but will learn it", () => {
    const ranked = only(
      knowledge({ destinations: [chinese] }),
      profile({ willLearnLanguage: true, english: "none" }),
    );
    expect(find(ranked, "reason-language-missing-prep-year")).toMatchObject({
      kind: "neutral",
      params: { language: "zh" },
      facts: ["alpha.languages"],
    });
    expect(ranked.hardMismatch).toBe(false);
  });

  it("treats English below B1 as a language the student does not have yet", () => {
    const ranked = only(knowledge({ destinations: [english] }), profile({ english: "a2" }));
    expect(ranked.hardMismatch).toBe(true);
    expect(ranked.reasons[0]).toMatchObject({
      message: "reason-language-missing",
      params: { language: "en" },
    });
  });

  it("marks a missing language as a hard mismatch when the student will not learn one", () => {
    const ranked = only(
      knowledge({ destinations: [chinese] }),
      profile({ willLearnLanguage: false, english: "none" }),
    );
    expect(ranked.hardMismatch).toBe(true);
    expect(ranked.reasons[0]).toMatchObject({
      kind: "negative",
      message: "reason-language-missing",
      params: { language: "zh,en" },
    });
  });

  it("marks a missing language as a hard mismatch when there is no preparatory year to learn it in", () => {
    const korean = destination("alpha", {
      languages: { teaching: ["ko"], preparatoryYear: false, ...SOURCE },
    });
    const ranked = only(
      knowledge({ destinations: [korean] }),
      profile({ willLearnLanguage: true }),
    );
    expect(ranked.hardMismatch).toBe(true);
    expect(ranked.reasons[0]?.message).toBe("reason-language-missing");
  });
});

describe("degree level", () => {
  it("marks a level the destination does not offer as a hard mismatch", () => {
    const ranked = only(knowledge(), profile({ level: "doctorate" }));
    expect(ranked.hardMismatch).toBe(true);
    expect(ranked.reasons[0]).toMatchObject({
      message: "reason-level-not-offered",
      params: { level: "doctorate" },
    });
  });

  it("takes a level as offered when an admission route takes it, even with no sourced length", () => {
    const kb = knowledge({
      destinations: [destination("alpha", { degreeYears: { bachelor: 4, ...SOURCE } })],
    });
    const ranked = only(kb, profile({ level: "master" }));
    expect(ranked.hardMismatch).toBe(false);
    expect(messages(ranked)).not.toContain("reason-level-not-offered");
    expect(messages(ranked)).not.toContain("reason-level-offered");
  });

  it("says how long the degree takes where it is offered", () => {
    const kb = knowledge({
      destinations: [destination("alpha", { degreeYears: { bachelor: [4, 5], ...SOURCE } })],
    });
    expect(find(only(kb, profile()), "reason-level-offered")?.params).toMatchObject({
      level: "bachelor",
      minYears: 4,
      maxYears: 5,
    });
  });
});

describe("priorities", () => {
  const fitEntry = (level: "strong" | "some") => ({ level, why: text("because"), ...SOURCE });
  const strong = destination("strong", { fit: { "low-cost": fitEntry("strong") } });
  const some = destination("some", { fit: { "low-cost": fitEntry("some") } });
  const none = destination("none");
  const kb = knowledge({ destinations: [none, some, strong] });

  it("ranks a strong fit above some fit above none, and says which", () => {
    const result = recommend(profile({ priorities: ["low-cost"] }), kb);
    expect(result.destinations.map((d) => d.destinationId)).toEqual(["strong", "some", "none"]);
    const [first, second, third] = result.destinations;
    expect(first && find(first, "reason-priority-strong")).toMatchObject({
      kind: "positive",
      params: { priority: "low-cost", destination: "strong" },
      facts: ["strong.fit.low-cost"],
    });
    expect(second && find(second, "reason-priority-some")?.kind).toBe("positive");
    expect(third && find(third, "reason-priority-unmet")?.kind).toBe("negative");
  });

  it("reads closeness from the distance when there is no fit entry for it", () => {
    const neighbour = destination("neighbour", {
      closeness: { distance: "neighbour", visa: "not-required", ...SOURCE },
    });
    const far = destination("far", { closeness: { distance: "far", visa: "required", ...SOURCE } });
    const result = recommend(
      profile({ priorities: ["close-to-home"] }),
      knowledge({ destinations: [far, neighbour] }),
    );
    const [first, second] = result.destinations;
    expect(first?.destinationId).toBe("neighbour");
    expect(first && find(first, "reason-close")?.facts).toEqual(["neighbour.closeness"]);
    expect(first && find(first, "reason-visa-free")?.kind).toBe("positive");
    expect(second && find(second, "reason-far")?.kind).toBe("negative");
  });

  it("tells a student who wants to stay abroad whether they may work after graduating", () => {
    const open = destination("open", {
      work: { duringStudy: "limited", afterStudy: "job-search-permit", ...SOURCE },
    });
    const ranked = only(knowledge({ destinations: [open] }), profile({ plan: "stay-abroad" }));
    expect(find(ranked, "reason-work-after-job-search")).toMatchObject({
      kind: "positive",
      facts: ["open.work"],
    });
  });

  it("breaks equal scores by destination id, so the order never depends on the file order", () => {
    const a = recommend(
      profile(),
      knowledge({ destinations: [destination("b"), destination("a")] }),
    );
    const b = recommend(
      profile(),
      knowledge({ destinations: [destination("a"), destination("b")] }),
    );
    expect(a.destinations.map((d) => d.destinationId)).toEqual(["a", "b"]);
    expect(a).toEqual(b);
  });
});

describe("funding", () => {
  const workOff = {
    id: "work-off",
    kind: "work-off" as const,
    years: [2, 5] as [number, number],
    text: text("work in Kazakhstan"),
    ...SOURCE,
  };
  const collateral = {
    id: "collateral",
    kind: "collateral" as const,
    text: text("a pledge"),
    ...SOURCE,
  };
  const state = funding("state-grant", { obligations: [workOff, collateral] });
  const partial = funding("university-discount", {
    kind: "university",
    levels: { values: ["bachelor", "master"], ...SOURCE },
    covers: { items: ["tuition"], extent: "partial", ...SOURCE },
  });
  const exchange = funding("exchange", {
    kind: "exchange",
    levels: { values: ["master"], ...SOURCE },
    covers: { items: ["travel", "housing"], extent: "partial", ...SOURCE },
  });
  const elsewhere = funding("elsewhere", { destinations: { values: ["beta"], ...SOURCE } });
  const kb = knowledge({ funding: [OWN_FUNDS(), partial, exchange, elsewhere, state] });

  it("lists the routes for this destination and level: full first, then partial (tuition first), own funds last", () => {
    const ranked = only(kb, profile({ level: "master" }));
    expect(ranked.funding.map((f) => f.fundingId)).toEqual([
      "state-grant",
      "university-discount",
      "exchange",
      "own-funds",
    ]);
    expect(ranked.funding.map((f) => f.extent)).toEqual(["full", "partial", "partial", "none"]);
  });

  it("leaves out routes that do not take the student's level", () => {
    const ranked = only(kb, profile({ level: "bachelor" }));
    expect(ranked.funding.map((f) => f.fundingId)).toEqual(["university-discount", "own-funds"]);
  });

  it("names what a route obliges, with the years, as fact ids", () => {
    const match = only(kb, profile({ level: "master", plan: "return" })).funding[0];
    expect(match?.obligations).toEqual([
      "state-grant.obligations.work-off",
      "state-grant.obligations.collateral",
    ]);
    expect(match?.reasons.find((r) => r.message === "reason-funding-work-off")).toMatchObject({
      kind: "neutral",
      params: { funding: "state-grant", years: 5, minYears: 2, maxYears: 5 },
      facts: ["state-grant.obligations.work-off"],
    });
    expect(match?.reasons.map((r) => r.message)).toEqual(
      expect.arrayContaining([
        "reason-funding-covers-full",
        "reason-funding-level",
        "reason-funding-collateral",
        "reason-plan-return-obligation",
        "reason-funding-competitive",
      ]),
    );
  });

  it("shows a work-off obligation as a clash to a student who plans to stay abroad", () => {
    const match = only(kb, profile({ level: "master", plan: "stay-abroad" })).funding[0];
    expect(match?.reasons.find((r) => r.message === "reason-funding-work-off")?.kind).toBe(
      "negative",
    );
    expect(match?.reasons.map((r) => r.message)).not.toContain("reason-plan-return-obligation");
  });

  it("gives a scholarship-only student only full routes and tuition-free ones, with living costs noted", () => {
    const ranked = only(kb, profile({ level: "master", budget: "scholarship-only" }));
    expect(ranked.funding.map((f) => f.fundingId)).toEqual(["state-grant", "university-discount"]);
    const discount = ranked.funding[1];
    expect(discount?.reasons.map((r) => r.message)).toContain("reason-funding-living-not-covered");
  });

  it("says what a route pays varies when the knowledge base lists no items", () => {
    const foundation = funding("foundation", {
      kind: "foundation",
      covers: { items: [], extent: "partial", ...SOURCE },
    });
    const match = only(knowledge({ funding: [foundation] }), profile({ level: "master" }))
      .funding[0];
    expect(match?.reasons[0]).toMatchObject({
      message: "reason-funding-covers-varies",
      kind: "neutral",
    });
  });

  it("says so when a route wants work experience, which the questionnaire does not ask yet", () => {
    const chevening = funding("chevening", {
      eligibility: { minWorkYears: 2, ...SOURCE },
    });
    const match = only(knowledge({ funding: [chevening] }), profile({ level: "master" }))
      .funding[0];
    expect(
      match?.reasons.find((r) => r.message === "reason-funding-needs-work-experience"),
    ).toMatchObject({
      kind: "neutral",
      params: { years: 2 },
      facts: ["chevening.eligibility"],
    });
  });

  it("checks a route's language requirement against the student's languages", () => {
    const kazakh = funding("kazakh-b1", {
      eligibility: { languages: [{ language: "kk", level: "B1 (KAZTEST)" }], ...SOURCE },
    });
    const kb2 = knowledge({ funding: [kazakh] });
    const without = only(kb2, profile({ level: "master", languages: ["ru"] })).funding[0];
    expect(
      without?.reasons.find((r) => r.message === "reason-funding-language-required"),
    ).toMatchObject({
      kind: "negative",
      params: { language: "kk", test: "B1 (KAZTEST)" },
    });
    const withKazakh = only(kb2, profile({ level: "master", languages: ["kk", "ru"] })).funding[0];
    expect(withKazakh?.reasons.map((r) => r.message)).toContain("reason-funding-language-ok");
  });

  it("says whether the application window is open, given today's date", () => {
    const windowed = (id: string, opens: string, closes: string) =>
      funding(id, { window: { text: text("spring"), opens, closes, ...SOURCE } });
    const kb2 = knowledge({
      funding: [
        windowed("a-open", "2026-01-01", "2026-12-31"),
        windowed("b-upcoming", "2027-01-01", "2027-03-31"),
        windowed("c-closed", "2025-01-01", "2025-03-31"),
      ],
    });
    const ranked = only(kb2, profile({ level: "master" }), { today: "2026-06-01" });
    const windowMessages = ranked.funding.map(
      (f) => f.reasons.find((r) => r.message.includes("window"))?.message,
    );
    expect(windowMessages).toEqual([
      "reason-funding-window-open",
      "reason-funding-window-upcoming",
      "reason-funding-window-closed",
    ]);
    const withoutToday = only(kb2, profile({ level: "master" }));
    expect(
      withoutToday.funding.flatMap((f) => f.reasons).some((r) => r.message.includes("window")),
    ).toBe(false);
  });
});

describe("the contract", () => {
  const kb = knowledge({
    destinations: [
      destination("alpha"),
      destination("beta", {
        languages: { teaching: ["en"], preparatoryYear: true, ...SOURCE },
        tuition: { min: 20_000, max: 30_000, currency: "USD", per: "year", year: 2026, ...SOURCE },
        work: { duringStudy: "limited", afterStudy: "allowed", ...SOURCE },
        fit: { prestige: { level: "strong", why: text("old universities"), ...SOURCE } },
        admission: [freeRoute("quota", ["master"])],
      }),
      destination("gamma", {
        tuition: undefined,
        degreeYears: { master: 2, doctorate: 3, ...SOURCE },
      }),
    ],
    funding: [
      OWN_FUNDS(),
      funding("grant", { levels: { values: ["bachelor", "master"], ...SOURCE } }),
    ],
  });

  it("gives the same answer twice for the same input", () => {
    const p = profile({ priorities: ["prestige", "low-cost"], level: "master" });
    expect(recommend(p, kb, { today: "2026-01-01" })).toEqual(
      recommend(p, kb, { today: "2026-01-01" }),
    );
  });

  it("keeps every promise for every kind of student", () => {
    const students = sweep();
    const problems = students.flatMap((student) => {
      const result = recommend(student, kb);
      const found = contractProblems(result.destinations, kb);
      if (result.level !== student.level) found.push(`level ${result.level}`);
      return found.map((problem) => `${JSON.stringify(student)}: ${problem}`);
    });
    expect(problems).toEqual([]);
    expect(students.length).toBeGreaterThan(500);
  });
});
