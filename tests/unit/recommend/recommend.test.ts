/**
 * The matcher's rules, one at a time, on small knowledge bases built in the test (fixtures.ts).
 * The persona tests next to this file show the same rules on the real knowledge base.
 */
import { describe, expect, it } from "vitest";
import type { Knowledge } from "../../../src/knowledge/schema.js";
import type { Profile } from "../../../src/recommend/profile.js";
import { recommend } from "../../../src/recommend/recommend.js";
import type { RankedDestination, Reason } from "../../../src/recommend/types.js";
import { HARD_MISMATCH_CAP, WEIGHTS } from "../../../src/recommend/weights.js";
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
    expect(ranked.yearlyCostKzt).toMatchObject({
      low: 1_500_000,
      high: 1_500_000,
      facts: ["alpha.tuition.bachelor.all", "alpha.living.city", "rates"],
    });
    expect(find(ranked, "reason-budget-fits")).toMatchObject({
      kind: "positive",
      params: { destination: "alpha", minKzt: 1_500_000, maxKzt: 1_500_000 },
      facts: ["alpha.tuition.bachelor.all", "alpha.living.city", "rates"],
    });
    expect(ranked.hardMismatch).toBe(false);
  });

  it("converts other currencies with the knowledge base's rates and counts a month as a tenth of the year", () => {
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          tuition: { min: 1000, max: 2000, currency: "USD", per: "year", ...SOURCE },
          living: { min: 100, max: 200, currency: "USD", per: "month", ...SOURCE },
        }),
      ],
      rates: { USD: 500 },
    });
    const ranked = only(kb, profile({ budget: "2m-5m" }));
    // (1000 + 100 × 10) × 500 = 1 000 000; (2000 + 200 × 10) × 500 = 2 000 000.
    expect(ranked.yearlyCostKzt).toMatchObject({ low: 1_000_000, high: 2_000_000 });
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

            ...SOURCE,
          },
          admission: [
            freeRoute("budget-places", ["bachelor"], { tests: [text("EGE")], languages: ["ru"] }),
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
        tuition: { min: 1000, max: 1000, currency: "GBP", per: "year", ...SOURCE },
      },
      { USD: 500 },
    ],
    [
      "no rates at all",
      {
        tuition: { min: 1000, max: 1000, currency: "USD", per: "year", ...SOURCE },
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
      facts: ["alpha.living.city"],
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
  it("says there is no data on a level nothing shows there, and leaves it out of the score rather than ruling it out", () => {
    const ranked = only(knowledge(), profile({ level: "doctorate" }));
    expect(ranked.hardMismatch).toBe(false);
    // Nothing says "no doctorate here": no ✅, no ❌, and the page where the student applies.
    expect(find(ranked, "reason-level-no-data")).toMatchObject({
      kind: "neutral",
      params: { level: "doctorate", destination: "alpha", page: "alpha.admission.paid" },
      facts: [],
    });
    const bachelor = only(knowledge(), profile());
    expect(ranked.basis).toEqual({ known: bachelor.basis.known - 1, total: bachelor.basis.total });
  });

  it("takes a level as offered when an admission route takes it, even with no sourced length", () => {
    const kb = knowledge({
      destinations: [destination("alpha", { degreeYears: { bachelor: 4, ...SOURCE } })],
    });
    const ranked = only(kb, profile({ level: "master" }));
    expect(ranked.hardMismatch).toBe(false);
    expect(messages(ranked)).not.toContain("reason-level-no-data");
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

describe("degree level known from a funding route", () => {
  const bachelorOnly = destination("alpha", {
    degreeYears: { bachelor: 4, ...SOURCE },
    admission: [freeRoute("undergraduate", ["bachelor"])],
  });

  it("takes a level as offered where a funding route made for the destination pays for it", () => {
    const fulbright = funding("fulbright", { destinations: { values: ["alpha"], ...SOURCE } });
    const ranked = only(knowledge({ destinations: [bachelorOnly], funding: [fulbright] }), {
      ...profile({ level: "master" }),
    });
    expect(ranked.hardMismatch).toBe(false);
    expect(messages(ranked)).not.toContain("reason-level-no-data");
  });

  it("learns nothing about the destination from a route open to anywhere", () => {
    const anywhere = funding("anywhere");
    const ranked = only(knowledge({ destinations: [bachelorOnly], funding: [anywhere] }), {
      ...profile({ level: "master" }),
    });
    expect(messages(ranked)).toContain("reason-level-no-data");
  });
});

describe("a free place with the destination's own full scholarship", () => {
  const expensive = {
    tuition: {
      min: 9_000_000,
      max: 9_000_000,
      currency: "KZT" as const,
      per: "year" as const,

      ...SOURCE,
    },
    living: {
      min: 300_000,
      max: 300_000,
      currency: "KZT" as const,
      per: "month" as const,

      ...SOURCE,
    },
    admission: [freeRoute("government-scholarship", ["bachelor"])],
  };
  const own = funding("own-scholarship", {
    levels: { values: ["bachelor"], ...SOURCE },
    destinations: { values: ["alpha"], ...SOURCE },
  });
  const anywhere = funding("anywhere", { levels: { values: ["bachelor"], ...SOURCE } });

  it("names the scholarship that pays the living costs a free place leaves", () => {
    const kb = knowledge({
      destinations: [destination("alpha", expensive)],
      funding: [own, anywhere],
    });
    const ranked = only(kb, profile({ budget: "under-2m" }));
    const tail = messages(ranked).slice(messages(ranked).indexOf("reason-free-tuition-route"));
    expect(tail.slice(0, 3)).toEqual([
      "reason-free-tuition-route",
      "reason-living-costs-remain",
      "reason-budget-full-funding",
    ]);
    expect(find(ranked, "reason-budget-full-funding")?.params.funding).toBe("own-scholarship");
  });

  it("names no route open to anywhere there, and leaves the score as it was", () => {
    const withOwn = only(
      knowledge({ destinations: [destination("alpha", expensive)], funding: [own] }),
      profile({ budget: "under-2m" }),
    );
    const withAnywhere = only(
      knowledge({ destinations: [destination("alpha", expensive)], funding: [anywhere] }),
      profile({ budget: "under-2m" }),
    );
    expect(messages(withAnywhere)).not.toContain("reason-budget-full-funding");
    expect(withOwn.score).toBe(withAnywhere.score);
  });
});

describe("priorities", () => {
  const fitEntry = (level: "strong" | "some") => ({ level, why: text("because"), ...SOURCE });
  const strong = destination("strong", { fit: { "low-cost": fitEntry("strong") } });
  const some = destination("some", { fit: { "low-cost": fitEntry("some") } });
  const none = destination("none");
  const kb = knowledge({ destinations: [none, some, strong] });

  it("ranks a strong fit above some fit, and says which", () => {
    const result = recommend(profile({ priorities: ["low-cost"] }), kb);
    const byId = new Map(result.destinations.map((d) => [d.destinationId, d]));
    const [first, second] = [byId.get("strong"), byId.get("some")];
    expect(first && second && first.score > second.score).toBe(true);
    expect(first && find(first, "reason-priority-strong")).toMatchObject({
      kind: "positive",
      params: { priority: "low-cost", destination: "strong" },
      facts: ["strong.fit.low-cost"],
    });
    expect(second && find(second, "reason-priority-some")?.kind).toBe("positive");
  });

  it("says a priority with no sourced fit has no data, never ❌, and leaves it out of the score", () => {
    const chose = only(knowledge({ destinations: [none] }), profile({ priorities: ["low-cost"] }));
    const didNot = only(knowledge({ destinations: [none] }), profile({ priorities: [] }));
    expect(find(chose, "reason-priority-no-data")).toMatchObject({
      kind: "neutral",
      params: { priority: "low-cost", destination: "none", page: "none.admission.paid" },
    });
    expect(chose.reasons.filter((r) => r.kind === "negative")).toEqual([]);
    // The same score as if the student had not asked: the unknown neither helps nor hurts.
    expect(chose.score).toBe(didNot.score);
    expect(chose.basis).toEqual({ known: didNot.basis.known, total: didNot.basis.total + 1 });
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

  it("puts a route that also pays living above one that pays tuition only, other things equal", () => {
    const partial = (id: string, items: Array<"tuition" | "living">) =>
      funding(id, { covers: { items, extent: "partial", ...SOURCE } });
    const kb2 = knowledge({
      funding: [
        partial("a-tuition-only", ["tuition"]),
        partial("b-tuition-and-living", ["tuition", "living"]),
      ],
    });
    expect(only(kb2, profile({ level: "master" })).funding.map((f) => f.fundingId)).toEqual([
      "b-tuition-and-living",
      "a-tuition-only",
    ]);
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

  it("says so when a route wants work experience and the student has not said how much they have", () => {
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
      eligibility: {
        languages: [{ language: "kk", level: text("B1 (KAZTEST)"), cefr: "B1" }],
        ...SOURCE,
      },
    });
    const kb2 = knowledge({ funding: [kazakh] });
    const without = only(kb2, profile({ level: "master", languages: ["ru"] })).funding[0];
    expect(
      without?.reasons.find((r) => r.message === "reason-funding-language-required"),
    ).toMatchObject({
      kind: "negative",
      // The route and the language, not the requirement's text: the renderer reads it in the
      // student's language.
      params: { funding: "kazakh-b1", language: "kk" },
    });
    const withKazakh = only(kb2, profile({ level: "master", languages: ["kk", "ru"] })).funding[0];
    expect(withKazakh?.reasons.map((r) => r.message)).toContain("reason-funding-language-ok");
  });

  it("says whether the application window is open, given today's date", () => {
    const windowed = (id: string, opens: string, closes: string) =>
      funding(id, {
        window: {
          status: "announced",
          cycle: 2026,
          text: text("spring"),
          opens,
          closes,
          ...SOURCE,
        },
      });
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
        tuition: { min: 20_000, max: 30_000, currency: "USD", per: "year", ...SOURCE },
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

describe("money the visa asks for (required funds)", () => {
  const required = (min: number, max: number, extra = {}) => ({
    requiredFunds: {
      min,
      max,
      currency: "KZT" as const,
      per: "month" as const,

      ...SOURCE,
      ...extra,
    },
  });
  const noTuition = { tuition: undefined };

  it("is the floor of living costs: above the living figure, it sets the cost and a reason names it", () => {
    // Living 50 000 ₸ a month, but the visa asks for 100 000 ₸ a month: 1 000 000 ₸ a year of living.
    const kb = knowledge({ destinations: [destination("alpha", required(100_000, 100_000))] });
    const ranked = only(kb, profile({ budget: "2m-5m" }));
    expect(ranked.yearlyCostKzt).toMatchObject({
      low: 2_000_000,
      high: 2_000_000,
      // The living figure sets neither end, so the cost rests on the required funds instead.
      facts: ["alpha.tuition.bachelor.all", "alpha.requiredFunds.visa", "rates"],
    });
    expect(find(ranked, "reason-budget-fits")?.params).toMatchObject({ maxKzt: 2_000_000 });
    expect(find(ranked, "reason-required-funds")).toMatchObject({
      kind: "neutral",
      params: { destination: "alpha", minKzt: 1_000_000, maxKzt: 1_000_000 },
      facts: ["alpha.requiredFunds.visa", "rates"],
    });
  });

  it("is not named when the living figure is already higher", () => {
    const kb = knowledge({ destinations: [destination("alpha", required(10_000, 10_000))] });
    const ranked = only(kb, profile());
    expect(ranked.yearlyCostKzt).toMatchObject({ low: 1_500_000, high: 1_500_000 });
    expect(ranked.yearlyCostKzt?.facts).not.toContain("alpha.requiredFunds.visa");
    expect(messages(ranked)).not.toContain("reason-required-funds");
  });

  it("counts a monthly figure over an academic year and a yearly figure as it is, in any currency", () => {
    const perYear = destination("alpha", {
      ...noTuition,
      living: undefined,
      ...required(1_200_000, 1_200_000, { per: "year" }),
    });
    const perMonth = destination("beta", {
      ...noTuition,
      living: undefined,
      ...required(992, 992, { currency: "EUR" }),
    });
    const kb = knowledge({ destinations: [perYear, perMonth], rates: { EUR: 500 } });
    const [alpha, beta] = ["alpha", "beta"].map((id) =>
      recommend(profile({ budget: "over-10m" }), kb).destinations.find(
        (d) => d.destinationId === id,
      ),
    );
    expect(alpha && find(alpha, "reason-required-funds")?.params).toMatchObject({
      minKzt: 1_200_000,
    });
    // 992 € × 500 ₸ × 10 months.
    expect(beta && find(beta, "reason-required-funds")?.params).toMatchObject({
      minKzt: 4_960_000,
    });
  });

  it("stands in for a missing living figure, so the cost becomes known", () => {
    const kb = knowledge({
      destinations: [destination("alpha", { living: undefined, ...required(50_000, 80_000) })],
    });
    const ranked = only(kb, profile({ budget: "2m-5m" }));
    expect(ranked.yearlyCostKzt).toMatchObject({ low: 1_500_000, high: 1_800_000 });
    expect(messages(ranked)).not.toContain("reason-cost-unknown");
  });

  it("makes a housing-only living figure a full estimate when it is the higher of the two", () => {
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          living: {
            min: 30_000,
            max: 30_000,
            currency: "KZT",
            per: "month",

            covers: "housing",
            ...SOURCE,
          },
          ...required(60_000, 60_000),
        }),
      ],
    });
    const ranked = only(kb, profile({ budget: "2m-5m" }));
    expect(find(ranked, "reason-budget-fits")?.params).toMatchObject({ maxKzt: 1_600_000 });
    expect(messages(ranked)).not.toContain("reason-cost-housing-only");
  });

  it("shows a gap even without a tuition figure when the visa money alone is over the budget, naming it once", () => {
    // 250 000 ₸ × 10 = 2 500 000 ₸ before any tuition, against a 2 M₸ ceiling.
    const kb = knowledge({
      destinations: [destination("alpha", { ...noTuition, ...required(250_000, 300_000) })],
    });
    const ranked = only(kb, profile({ budget: "under-2m" }));
    expect(ranked.hardMismatch).toBe(true);
    expect(ranked.reasons[0]).toMatchObject({
      kind: "negative",
      message: "reason-required-funds-over-budget",
      params: { minKzt: 2_500_000, maxKzt: 3_000_000, budgetMaxKzt: 2_000_000 },
      facts: ["alpha.requiredFunds.capital", "alpha.requiredFunds.other", "rates"],
    });
    expect(messages(ranked)).toContain("reason-cost-unknown");
    expect(messages(ranked)).not.toContain("reason-required-funds");
  });

  it("shows a gap without a tuition figure when the living figure alone is over the budget", () => {
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          ...noTuition,
          living: {
            min: 300_000,
            max: 300_000,
            currency: "KZT",
            per: "month",

            ...SOURCE,
          },
        }),
      ],
    });
    const ranked = only(kb, profile({ budget: "under-2m" }));
    expect(ranked.reasons[0]).toMatchObject({
      message: "reason-living-over-budget",
      params: { minKzt: 3_000_000, budgetMaxKzt: 2_000_000 },
      facts: ["alpha.living.city", "rates"],
    });
  });

  it("keeps that gap said, but not ruling out, when a free route removes the tuition", () => {
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          ...noTuition,
          ...required(250_000, 250_000),
          admission: [freeRoute("public", ["bachelor"])],
        }),
      ],
    });
    const ranked = only(kb, profile({ budget: "under-2m" }));
    expect(ranked.hardMismatch).toBe(false);
    expect(find(ranked, "reason-required-funds-over-budget")?.kind).toBe("negative");
    expect(messages(ranked)).toContain("reason-free-tuition-route");
  });

  it("says the living cost a free place leaves once: the visa money's reason is that cost", () => {
    // Tuition 9 M₸ is over a 5 M₸ budget; a free route removes it; 150 000 ₸ × 10 is living.
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          tuition: {
            min: 9_000_000,
            max: 9_000_000,
            currency: "KZT",
            per: "year",

            ...SOURCE,
          },
          ...required(150_000, 150_000),
          admission: [freeRoute("public", ["bachelor"])],
        }),
      ],
    });
    const ranked = only(kb, profile({ budget: "2m-5m" }));
    expect(find(ranked, "reason-required-funds")?.params).toMatchObject({ minKzt: 1_500_000 });
    expect(messages(ranked)).not.toContain("reason-free-route-living-fits");
    expect(messages(ranked)).not.toContain("reason-living-costs-remain");
    // The total cites the visa money among its parts; only one reason is about it.
    expect(
      ranked.reasons
        .filter((r) => r.facts.includes("alpha.requiredFunds.visa"))
        .map((r) => r.message),
    ).toEqual(["reason-budget-over", "reason-required-funds"]);
  });

  it("still says what living costs when the living figure sets one end of the range", () => {
    // Living 50 000–300 000 ₸ a month, the visa 150 000 ₸: the estimate is 1.5–3 M₸ a year.
    const kb = knowledge({
      destinations: [
        destination("alpha", {
          tuition: {
            min: 9_000_000,
            max: 9_000_000,
            currency: "KZT",
            per: "year",

            ...SOURCE,
          },
          living: {
            min: 50_000,
            max: 300_000,
            currency: "KZT",
            per: "month",

            ...SOURCE,
          },
          ...required(150_000, 150_000),
          admission: [freeRoute("public", ["bachelor"])],
        }),
      ],
    });
    const ranked = only(kb, profile({ budget: "2m-5m" }));
    expect(find(ranked, "reason-free-route-living-fits")).toMatchObject({
      params: { minKzt: 1_500_000, maxKzt: 3_000_000 },
      facts: ["alpha.living.city", "alpha.requiredFunds.visa", "rates"],
    });
    expect(find(ranked, "reason-required-funds")?.params).toMatchObject({ minKzt: 1_500_000 });
  });
});

describe("field of study", () => {
  const entry = (level: "strong" | "some") => ({ level, why: text("known for it"), ...SOURCE });
  const strong = destination("strong", { fieldFit: { medicine: entry("strong") } });
  const some = destination("some", { fieldFit: { medicine: entry("some") } });
  const none = destination("none");
  const otherField = destination("other", { fieldFit: { "arts-design": entry("strong") } });
  const kb = knowledge({ destinations: [none, otherField, some, strong] });

  it("ranks a destination strong in the student's field above one with some, and says which", () => {
    const result = recommend(profile({ field: "medicine" }), kb);
    const byId = new Map(result.destinations.map((d) => [d.destinationId, d]));
    const [first, second] = [byId.get("strong"), byId.get("some")];
    expect(first && second && first.score > second.score).toBe(true);
    expect(first && find(first, "reason-field-strong")).toMatchObject({
      kind: "positive",
      params: { field: "medicine", destination: "strong" },
      facts: ["strong.fieldFit.medicine"],
    });
    expect(second && find(second, "reason-field-some")).toMatchObject({
      kind: "positive",
      facts: ["some.fieldFit.medicine"],
    });
  });

  it("says there is no data, and nothing against, where there is no entry for the field", () => {
    const result = recommend(profile({ field: "medicine" }), kb);
    for (const id of ["none", "other"]) {
      const ranked = result.destinations.find((d) => d.destinationId === id);
      expect(ranked?.reasons.filter((r) => r.message.startsWith("reason-field"))).toEqual([
        expect.objectContaining({ message: "reason-field-no-data", kind: "neutral" }),
      ]);
      expect(ranked?.reasons.filter((r) => r.kind === "negative")).toEqual([]);
    }
  });

  it("moves a score by at most its weight, and not at all without data", () => {
    const scores = Object.fromEntries(
      recommend(profile({ field: "medicine" }), kb).destinations.map((d) => [
        d.destinationId,
        d.score,
      ]),
    );
    const { strong = 0, some = 0, none = 0, other = 0 } = scores;
    for (const known of [strong, some]) {
      expect(Math.abs(known - none)).toBeLessThanOrEqual(WEIGHTS.field);
    }
    // A strength in another field says nothing about this one.
    expect(other).toBe(none);
  });
});

describe("tests to plan for", () => {
  const withRoutes = destination("alpha", {
    admission: [
      {
        id: "exams",
        name: text("exams"),
        description: text("by exam"),
        levels: ["bachelor"],
        tuitionFree: false,
        tests: [text("EGE"), text("interview")],
        ...SOURCE,
      },
      freeRoute("korean-quota", ["bachelor"], { languages: ["ko"], tests: [text("TOPIK 3")] }),
      freeRoute("masters-exam", ["master"], { tests: [text("GRE")] }),
      freeRoute("no-tests", ["bachelor"]),
    ],
  });
  const kb = knowledge({ destinations: [withRoutes] });

  it("names each route the student can take that asks for tests, one reason per route", () => {
    const ranked = only(kb, profile());
    const tests = ranked.reasons.filter((r) => r.message === "reason-route-tests");
    // The route, not its tests: those are text in three languages, read by the renderer.
    expect(tests).toEqual([
      {
        kind: "neutral",
        message: "reason-route-tests",
        params: { destination: "alpha", route: "exams" },
        facts: ["alpha.admission.exams"],
      },
    ]);
  });

  it("says nothing about tests for a destination the student is ruled out of", () => {
    const ranked = only(kb, profile({ languages: ["kk"] }));
    expect(ranked.hardMismatch).toBe(true);
    expect(messages(ranked)).not.toContain("reason-route-tests");
  });
});

describe("what a funding route still asks of the student", () => {
  const chevening = funding("chevening", {
    eligibility: { minWorkYears: 2, ...SOURCE },
    destinations: { values: ["alpha"], ...SOURCE },
  });
  const csc = funding("csc", {
    levels: { values: ["bachelor", "master"], ...SOURCE },
    eligibility: { maxAge: { bachelor: 25, master: 35 }, ...SOURCE },
  });
  const expensive = destination("alpha", {
    tuition: {
      min: 9_000_000,
      max: 9_000_000,
      currency: "KZT",
      per: "year",

      ...SOURCE,
    },
  });
  const kb = knowledge({ destinations: [expensive], funding: [OWN_FUNDS(), chevening, csc] });
  const master = (extra: Partial<Profile> = {}) => profile({ level: "master", ...extra });
  const route = (ranked: RankedDestination, id: string) =>
    ranked.funding.find((f) => f.fundingId === id);
  const message = (ranked: RankedDestination, id: string, prefix: string) =>
    route(ranked, id)?.reasons.find((r) => r.message.startsWith(prefix));

  it("says work experience is asked, without judging, when the student has not said", () => {
    expect(message(only(kb, master()), "chevening", "reason-funding-work")).toBeUndefined();
    expect(message(only(kb, master()), "chevening", "reason-funding-needs")).toMatchObject({
      kind: "neutral",
      message: "reason-funding-needs-work-experience",
      params: { funding: "chevening", years: 2 },
    });
  });

  it("counts enough years of work for the route", () => {
    const ranked = only(kb, master({ workYears: 2 }));
    expect(message(ranked, "chevening", "reason-funding-work")).toMatchObject({
      kind: "positive",
      message: "reason-funding-work-experience-ok",
      params: { funding: "chevening", years: 2 },
      facts: ["chevening.eligibility"],
    });
  });

  it("does not offer a route the student has too few years of work for, nor count it as a way round", () => {
    // Two years cannot be had by the deadline: the route is not one this student can use.
    const ranked = only(kb, master({ workYears: 1, age: 30 }));
    expect(ranked.funding.map((f) => f.fundingId)).toEqual(["csc", "own-funds"]);
    expect(find(ranked, "reason-budget-full-funding")?.params.funding).toBe("csc");
  });

  it("judges an age limit only when the age is known, for the student's own level", () => {
    const offered = (p: Profile) => route(only(kb, p), "csc") !== undefined;
    expect(offered(master())).toBe(true);
    expect(offered(master({ age: 34 }))).toBe(true);
    // "Under 35" is stored as 35: at 35 the student is over it, for good.
    expect(offered(master({ age: 35 }))).toBe(false);
    expect(offered(profile({ level: "bachelor", age: 24 }))).toBe(true);
    expect(offered(profile({ level: "bachelor", age: 25 }))).toBe(false);
    // An unknown age says nothing either way.
    expect(route(only(kb, master()), "csc")?.reasons.filter((r) => r.kind === "negative")).toEqual(
      [],
    );
  });

  it("rules a destination out when the only full scholarship is one the student is too old for", () => {
    const kb2 = knowledge({ destinations: [expensive], funding: [csc] });
    const ranked = only(kb2, master({ age: 40 }));
    expect(ranked.hardMismatch).toBe(true);
    expect(ranked.reasons[0]?.message).toBe("reason-budget-over");
    expect(ranked.funding).toEqual([]);
  });

  it("compares an English requirement that names a CEFR level with the student's English", () => {
    const mobility = funding("mobility", {
      eligibility: {
        languages: [{ language: "en", level: text("B1 (IELTS 5.5)"), cefr: "B1" }],
        ...SOURCE,
      },
    });
    const demanding = funding("demanding", {
      eligibility: {
        languages: [{ language: "en", level: text("C1 (IELTS 7.0)"), cefr: "C1" }],
        ...SOURCE,
      },
    });
    const kb2 = knowledge({ funding: [mobility, demanding] });
    const ranked = only(kb2, master({ english: "b1" }));
    expect(message(ranked, "mobility", "reason-funding-language")?.message).toBe(
      "reason-funding-language-ok",
    );
    // What is missing, in the student's own terms: C1 asked, B1 said.
    expect(message(ranked, "demanding", "reason-funding-english")).toMatchObject({
      kind: "negative",
      message: "reason-funding-english-short",
      params: { funding: "demanding", language: "en", english: "b1" },
      facts: ["demanding.eligibility"],
    });
    expect(route(ranked, "demanding")?.missing).toBe(true);
    expect(route(ranked, "mobility")?.missing).toBe(false);
  });

  it("judges an English requirement that names no CEFR level by whether the student can study in English", () => {
    // "B1" in the English text would need `cefr: B1` (kb:check says so); this one names none.
    const perUniversity = funding("per-university", {
      eligibility: {
        languages: [{ language: "en", level: text("IELTS per university") }],
        ...SOURCE,
      },
    });
    const kb2 = knowledge({ funding: [perUniversity] });
    const said = (english: Profile["english"]) =>
      message(only(kb2, master({ english })), "per-university", "reason-funding-language");
    expect(said("b2")).toMatchObject({
      message: "reason-funding-language-ok",
      params: { funding: "per-university", language: "en" },
    });
    expect(said("b1")?.message).toBe("reason-funding-language-required");
  });

  describe("languages of the programmes", () => {
    // Korean- or English-taught programmes, each with its own test: either one will do.
    const korea = destination("alpha", {
      languages: { teaching: ["ko", "en"], preparatoryYear: true, ...SOURCE },
    });
    const gks = funding("gks", {
      eligibility: {
        languages: [
          { language: "ko", level: text("TOPIK 3") },
          { language: "en", level: text("B2 (IELTS 5.5)"), cefr: "B2" },
          { language: "kk", level: text("B1 (KAZTEST)"), cefr: "B1" },
        ],
        ...SOURCE,
      },
    });
    const kb2 = knowledge({ destinations: [korea], funding: [gks] });
    const languageReasons = (p: Profile) =>
      only(kb2, p)
        .funding[0]?.reasons.filter(
          (r) =>
            r.message.startsWith("reason-funding-language") ||
            r.message === "reason-funding-english-short",
        )
        .map((r) => [r.message, r.params.language]);

    it("asks only for the one the student meets, and always for a language no programme is taught in", () => {
      expect(languageReasons(master({ english: "b2", languages: ["ru"] }))).toEqual([
        ["reason-funding-language-ok", "en"],
        ["reason-funding-language-required", "kk"],
      ]);
    });

    it("points to the preparatory year for the main language when the student will learn it", () => {
      expect(languageReasons(master({ english: "a2", willLearnLanguage: true }))).toEqual([
        ["reason-funding-language-prep-year", "ko"],
        ["reason-funding-language-ok", "kk"],
      ]);
    });

    it("names each programme language as missing when the student will not learn one", () => {
      expect(languageReasons(master({ english: "a2", willLearnLanguage: false }))).toEqual([
        ["reason-funding-language-required", "ko"],
        ["reason-funding-english-short", "en"],
        ["reason-funding-language-ok", "kk"],
      ]);
    });
  });
});

describe("application windows", () => {
  const windowed = (id: string, window: { opens?: string; closes?: string }) =>
    funding(id, {
      window: {
        // Without a last day it is the dates of a cycle gone by, not the current intake.
        status: window.closes === undefined ? "last-cycle" : "announced",
        cycle: 2026,
        text: text("each spring"),
        ...window,
        ...SOURCE,
      },
    });
  const windowOf = (kb: Knowledge, today?: string) =>
    Object.fromEntries(
      only(kb, profile({ level: "master" }), today === undefined ? {} : { today }).funding.map(
        (f) => [f.fundingId, f.reasons.find((r) => r.message.includes("window"))],
      ),
    );

  it("never calls a window open after it closed, whenever it opened", () => {
    const kb = knowledge({
      funding: [
        windowed("closed", { opens: "2026-01-01", closes: "2026-03-31" }),
        windowed("closed-no-start", { closes: "2026-03-31" }),
      ],
    });
    const found = windowOf(kb, "2026-04-01");
    expect(found.closed).toMatchObject({
      message: "reason-funding-window-closed",
      params: { closes: "2026-03-31" },
      facts: ["closed.window"],
    });
    expect(found["closed-no-start"]?.message).toBe("reason-funding-window-closed");
  });

  it("is open on its closing day, upcoming before it opens, and unsaid when only a past opening is known", () => {
    const kb = knowledge({
      funding: [
        windowed("last-day", { opens: "2026-01-01", closes: "2026-03-31" }),
        windowed("later", { opens: "2026-09-01", closes: "2026-12-01" }),
        windowed("started", { opens: "2026-01-01" }),
      ],
    });
    const found = windowOf(kb, "2026-03-31");
    expect(found["last-day"]?.message).toBe("reason-funding-window-open");
    expect(found.later).toMatchObject({
      kind: "neutral",
      message: "reason-funding-window-upcoming",
      params: { opens: "2026-09-01" },
    });
    expect(found.started).toBeUndefined();
  });

  it("takes the date of a full timestamp, and refuses something that is not a date", () => {
    const kb = knowledge({ funding: [windowed("last-day", { closes: "2026-03-31" })] });
    expect(windowOf(kb, "2026-03-31T23:30:00+05:00")["last-day"]?.message).toBe(
      "reason-funding-window-open",
    );
    expect(() => windowOf(kb, "31.03.2026")).toThrow(RangeError);
  });

  it("has no date logic at all without today", () => {
    const kb = knowledge({ funding: [windowed("closed", { closes: "2020-03-31" })] });
    expect(windowOf(kb).closed).toBeUndefined();
  });
});
