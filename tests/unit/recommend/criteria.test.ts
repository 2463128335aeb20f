/**
 * Each criterion of the matcher on its own, called directly with the context `recommend()` builds:
 * the module says what the rule is, and these tests hold it to it.
 */
import { describe, expect, it } from "vitest";
import { LanguageRequirement } from "../../../src/knowledge/schema.js";
import { type Context, createContext, pageToCheck } from "../../../src/recommend/context.js";
import { routeOpen, routeTestReasons } from "../../../src/recommend/criteria/admission.js";
import { budgetFit } from "../../../src/recommend/criteria/budget.js";
import {
  checkLanguage,
  eligibilityReasons,
  statusesFor,
} from "../../../src/recommend/criteria/eligibility.js";
import { fieldFit } from "../../../src/recommend/criteria/field.js";
import { matchFunding, planFunding } from "../../../src/recommend/criteria/funding.js";
import { languageFit } from "../../../src/recommend/criteria/language.js";
import { levelFit } from "../../../src/recommend/criteria/level.js";
import { priorityFit } from "../../../src/recommend/criteria/priorities.js";
import type { Profile } from "../../../src/recommend/profile.js";
import { LANGUAGE_FACTOR } from "../../../src/recommend/weights.js";
import {
  destination,
  freeRoute,
  funding,
  type KnowledgeInput,
  knowledge,
  profile,
  SOURCE,
  text,
} from "./fixtures.js";

function ctx(p: Partial<Profile> = {}, input: KnowledgeInput = {}): Context {
  const c = createContext(profile(p), knowledge(input), {});
  c.funding = planFunding(c);
  return c;
}

describe("language", () => {
  const d = destination("alpha", {
    languages: { teaching: ["de", "en"], preparatoryYear: true, ...SOURCE },
  });

  it("is met by a teaching language the student has, English only from B2", () => {
    expect(languageFit(d, ctx({ english: "b2" })).factor).toBe(LANGUAGE_FACTOR.ok);
    expect(languageFit(d, ctx({ english: "b1" })).reason.message).toBe(
      "reason-language-english-below",
    );
  });

  it("is reached through the preparatory year in the destination's main language, or closed", () => {
    expect(languageFit(d, ctx({ willLearnLanguage: true })).reason.params.language).toBe("de");
    expect(languageFit(d, ctx({ willLearnLanguage: false })).factor).toBe(LANGUAGE_FACTOR.missing);
  });
});

describe("admission", () => {
  const d = destination("alpha", {
    admission: [
      freeRoute("school-leavers", ["bachelor"], { tests: [text("SAT")] }),
      freeRoute("graduates", ["master"], { tests: [text("GRE")] }),
    ],
  });

  it("opens only the routes of the student's level", () => {
    const c = ctx({ level: "master" });
    expect(d.admission.filter((r) => routeOpen(r, d, c)).map((r) => r.id)).toEqual(["graduates"]);
    expect(routeTestReasons(d, c).map((r) => r.params.route)).toEqual(["graduates"]);
  });

  it("sends the student who lacks data to the page of their own level's way in", () => {
    expect(pageToCheck(d, ctx({ level: "master" }))).toBe("alpha.admission.graduates");
    expect(pageToCheck(d, ctx({ level: "doctorate" }))).toBe("alpha.admission.school-leavers");
  });
});

describe("degree level", () => {
  it("is known from a length, and otherwise no data: never 'not offered'", () => {
    const d = destination("alpha");
    expect(levelFit(d, ctx()).reason?.message).toBe("reason-level-offered");
    const doctorate = levelFit(d, ctx({ level: "doctorate" }));
    expect(doctorate.known).toBe(false);
    expect(doctorate.reason).toMatchObject({ kind: "neutral", message: "reason-level-no-data" });
  });
});

describe("priorities", () => {
  it("scores what is sourced and leaves the rest out, said as no data", () => {
    const d = destination("alpha", {
      fit: { prestige: { level: "strong", why: text("why"), ...SOURCE } },
    });
    const fit = priorityFit(d, ctx({ priorities: ["prestige", "career-links"] }));
    expect(fit).toMatchObject({ sum: 1, known: 1 });
    expect(fit.reasons.map((r) => [r.kind, r.message])).toEqual([
      ["positive", "reason-priority-strong"],
      ["neutral", "reason-priority-no-data"],
    ]);
  });

  it("says no to closeness only from the distance", () => {
    const far = destination("alpha", {
      closeness: { distance: "far", visa: "required", ...SOURCE },
    });
    const fit = priorityFit(far, ctx({ priorities: ["close-to-home"] }));
    expect(fit).toMatchObject({ sum: 0, known: 1 });
    expect(fit.reasons[0]).toMatchObject({ kind: "negative", facts: ["alpha.closeness"] });
  });
});

describe("field", () => {
  it("has no factor and a no-data reason without an entry", () => {
    const fit = fieldFit(destination("alpha"), ctx());
    expect(fit.factor).toBeUndefined();
    expect(fit.reason.message).toBe("reason-field-no-data");
  });
});

describe("budget", () => {
  it("reads the cost model's yearly figure: a monthly figure over an academic year, with a rate", () => {
    const alpha = destination("alpha", {
      tuition: undefined,
      living: { min: 100, max: 200, currency: "USD", per: "month", ...SOURCE },
    });
    // No tuition figure: the cost stays unknown, but living is 500 000 – 1 000 000 ₸ a year.
    const fit = budgetFit(alpha, ctx({}, { destinations: [alpha] }), []);
    expect(fit.yearlyCostKzt).toBeUndefined();
    const withFree = destination("beta", {
      tuition: undefined,
      living: { min: 100, max: 200, currency: "USD", per: "month", ...SOURCE },
      admission: [freeRoute("free", ["bachelor"])],
    });
    const free = budgetFit(withFree, ctx({}, { destinations: [withFree] }), []);
    expect(
      free.reasons.find((r) => r.message === "reason-free-route-living-fits")?.params,
    ).toMatchObject({ minKzt: 500_000, maxKzt: 1_000_000 });
    const noRates = budgetFit(withFree, ctx({}, { destinations: [withFree], rates: null }), []);
    expect(noRates.reasons.map((r) => r.message)).toContain("reason-living-costs-remain-unknown");
  });

  it("is unknown without a figure, and judged with one", () => {
    const unknown = destination("alpha", { tuition: undefined, living: undefined });
    expect(budgetFit(unknown, ctx(), []).known).toBe(false);
    expect(budgetFit(destination("alpha"), ctx(), [])).toMatchObject({ known: true, factor: 1 });
  });

  it("says what is missing: living, when tuition has a figure", () => {
    const noLiving = destination("alpha", { living: undefined });
    expect(budgetFit(noLiving, ctx(), []).reasons.map((r) => r.message)).toContain(
      "reason-living-cost-unknown",
    );
  });
});

describe("eligibility", () => {
  const exchange = funding("exchange", {
    levels: { values: ["bachelor", "master"], ...SOURCE },
    eligibility: { status: ["university-student"], enrolledInKazakhstan: true, ...SOURCE },
  });
  const tracks = funding("tracks", {
    eligibility: {
      status: { bachelor: ["school-leaver"], master: ["graduate", "working"] },
      ...SOURCE,
    },
  });

  it("reads who may apply, one list or one per level", () => {
    expect(statusesFor(exchange, "master")).toEqual(["university-student"]);
    expect(statusesFor(tracks, "bachelor")).toEqual(["school-leaver"]);
    expect(statusesFor(tracks, "doctorate")).toBeUndefined();
  });

  it("rules a route out for a student who cannot apply, and says the rule when the status is unknown", () => {
    const facts = ["exchange.eligibility"];
    expect(eligibilityReasons(exchange, facts, ctx({ situation: "school" }))).toBeUndefined();
    expect(eligibilityReasons(exchange, facts, ctx({ situation: "university-2" }))).toEqual([]);
    expect(eligibilityReasons(exchange, facts, ctx())?.map((r) => r.message)).toEqual([
      "reason-funding-needs-enrolment",
    ]);
    expect(eligibilityReasons(tracks, facts, ctx())?.[0]?.params.status).toBe("school-leaver");
  });

  it("compares a named CEFR level with the English the student gave", () => {
    const requirement = LanguageRequirement.parse({
      language: "en",
      level: text("C1"),
      cefr: "C1",
    });
    expect(checkLanguage(requirement, ctx({ english: "b2" }))).toEqual({
      language: "en",
      met: false,
      comparedWithEnglish: true,
    });
    expect(checkLanguage(requirement, ctx({ english: "c1" })).met).toBe(true);
  });
});

describe("funding", () => {
  it("reaches only the destinations a route names, and says when something is missing", () => {
    const named = funding("named", {
      levels: { values: ["bachelor"], ...SOURCE },
      destinations: { values: ["alpha"], ...SOURCE },
      eligibility: {
        languages: [{ language: "en", level: text("C1 English"), cefr: "C1" }],
        ...SOURCE,
      },
    });
    const c = ctx({ english: "b1" }, { funding: [named] });
    const [plan] = c.funding;
    if (plan === undefined) throw new Error("the route is not planned");
    expect(matchFunding(plan, destination("beta"), c)).toBeUndefined();
    const match = matchFunding(plan, destination("alpha"), c)?.match;
    expect(match?.missing).toBe(true);
    expect(match?.reasons.map((r) => r.message)).toContain("reason-funding-english-short");
  });
});
