/**
 * The personas of `persona-cases.ts` (also answered through the bot in tests/bot) against the real
 * knowledge base, and the students who must never be misled.
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../../src/bot/i18n.js";
import { renderDestinationCard } from "../../../src/bot/render/destination-card.js";
import {
  renderDestinationDetails,
  renderFundingDetails,
  renderResultsPage,
} from "../../../src/bot/render/results.js";
import { shareSelection } from "../../../src/bot/render/share-card.js";
import { inlineLabel } from "../../../src/format/locale-format.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import type { Destination, Knowledge } from "../../../src/knowledge/schema.js";
import type { Profile } from "../../../src/recommend/profile.js";
import { pendingQuestions } from "../../../src/recommend/questions.js";
import { recommend } from "../../../src/recommend/recommend.js";
import type { RankedDestination, Recommendation } from "../../../src/recommend/types.js";
import { checkContract, contractProblems, sweep } from "./contract.js";
import { type Persona, PERSONAS as personas, type ReasonCheck } from "./persona-cases.js";

const KNOWLEDGE = fileURLToPath(new URL("../../../knowledge", import.meta.url));
const TODAY = "2026-11-28";

let kb: Knowledge;
beforeAll(async () => {
  kb = await loadKnowledgeOrThrow(KNOWLEDGE);
});

function rankOf(result: Recommendation, id: string): number {
  const index = result.destinations.findIndex((d) => d.destinationId === id);
  expect(index, `${id} is ranked`).toBeGreaterThanOrEqual(0);
  return index;
}

function destinationOf(result: Recommendation, id: string): RankedDestination {
  const found = result.destinations.find((d) => d.destinationId === id);
  if (found === undefined) throw new Error(`${id} is not in the recommendation`);
  return found;
}

function describeRanking(result: Recommendation): string {
  return result.destinations
    .map((d) => `${d.destinationId} ${d.score}${d.hardMismatch ? " (ruled out)" : ""}`)
    .join(", ");
}

function persona(start: string): Persona {
  const found = personas.find((p) => p.name.startsWith(start));
  if (found === undefined) throw new Error(`no persona "${start}…"`);
  return found;
}

function expectReasons(reasons: RankedDestination["reasons"], checks: ReasonCheck[], at: string) {
  for (const check of checks) {
    expect(reasons, `${at} gives ${check.message}`).toContainEqual(
      expect.objectContaining({
        message: check.message,
        ...(check.kind ? { kind: check.kind } : {}),
        ...(check.params ? { params: expect.objectContaining(check.params) } : {}),
      }),
    );
  }
}

describe("personas against the real knowledge base", () => {
  it.each(personas.map((p) => [p.name, p] as const))("%s", (_name, persona) => {
    const result = recommend(persona.profile, kb, { today: TODAY });
    const ranking = describeRanking(result);
    checkContract(result.destinations, kb);

    expect(result.destinations[0]?.destinationId, ranking).toBe(persona.first);
    for (const [above, below] of persona.order
      .slice(0, -1)
      .map((id, i) => [id, persona.order[i + 1]])) {
      if (above === undefined || below === undefined) continue;
      expect(rankOf(result, above), `${above} above ${below}: ${ranking}`).toBeLessThan(
        rankOf(result, below),
      );
    }
    for (const [id, message] of Object.entries(persona.ruledOut ?? {})) {
      const d = destinationOf(result, id);
      expect(d.hardMismatch, `${id} ruled out: ${ranking}`).toBe(true);
      expect(d.reasons[0]?.message, `${id}'s first reason`).toBe(message);
    }
    for (const id of persona.reachable ?? []) {
      expect(destinationOf(result, id).hardMismatch, `${id} reachable: ${ranking}`).toBe(false);
    }
    for (const [id, checks] of Object.entries(persona.reasons ?? {})) {
      expectReasons(destinationOf(result, id).reasons, checks, id);
    }
    for (const [id, messages] of Object.entries(persona.withoutReasons ?? {})) {
      const given = destinationOf(result, id).reasons.map((r) => r.message);
      for (const message of messages)
        expect(given, `${id} without ${message}`).not.toContain(message);
    }
    for (const [id, check] of Object.entries(persona.funding ?? {})) {
      const matches = destinationOf(result, id).funding;
      const ids = matches.map((f) => f.fundingId);
      const first = typeof check.first === "string" ? [check.first] : (check.first ?? []);
      expect(ids.slice(0, first.length), `${id}'s first funding routes`).toEqual(first);
      for (const fundingId of check.includes ?? [])
        expect(ids, `${id} funding`).toContain(fundingId);
      for (const fundingId of check.excludes ?? [])
        expect(ids, `${id} funding`).not.toContain(fundingId);
      for (const [fundingId, checks] of Object.entries(check.reasons ?? {})) {
        const match = matches.find((f) => f.fundingId === fundingId);
        expectReasons(match?.reasons ?? [], checks, `${id} ${fundingId}`);
      }
      for (const [fundingId, obligations] of Object.entries(check.obligations ?? {})) {
        const match = matches.find((f) => f.fundingId === fundingId);
        expect(match?.obligations, `${id} ${fundingId} obligations`).toEqual(obligations);
      }
    }
    expect(pendingQuestions(persona.profile, kb), "follow-up questions").toEqual(persona.asks);
  });

  it("shows the returning master's student what Bolashak pays and obliges, and that it fits their plan", () => {
    const { profile } = persona("a master's student with C1 English");
    const uk = destinationOf(recommend(profile, kb, { today: TODAY }), "united-kingdom");
    const bolashak = uk.funding.find((f) => f.fundingId === "bolashak");
    expect(bolashak).toMatchObject({ fundingId: "bolashak", extent: "full" });
    expect(bolashak?.obligations).toEqual(
      expect.arrayContaining(["bolashak.obligations.work-off", "bolashak.obligations.collateral"]),
    );
    const messages = bolashak?.reasons.map((r) => r.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "reason-funding-covers-full",
        "reason-funding-level",
        "reason-funding-language-ok",
        "reason-funding-work-off",
        "reason-funding-collateral",
        "reason-plan-return-obligation",
        "reason-funding-competitive",
      ]),
    );
    expect(bolashak?.reasons.find((r) => r.message === "reason-funding-work-off")).toMatchObject({
      kind: "neutral",
      params: { funding: "bolashak", minYears: 2, maxYears: 5 },
      facts: ["bolashak.obligations.work-off"],
    });
  });

  it("shows the student who stays abroad duties to come home as clashes, and puts clashing routes lower", () => {
    const { profile } = persona("a master's student who means to stay abroad");
    const uk = destinationOf(recommend(profile, kb, { today: TODAY }), "united-kingdom");
    const bolashak = uk.funding.find((f) => f.fundingId === "bolashak");
    expect(bolashak?.reasons.find((r) => r.message === "reason-funding-work-off")?.kind).toBe(
      "negative",
    );
    expect(bolashak?.reasons.map((r) => r.message)).not.toContain("reason-plan-return-obligation");
    const ids = uk.funding.map((f) => f.fundingId);
    // Full coverage still comes first, the clash or not; own funds last.
    expect(ids.slice(0, 2)).toEqual(["chevening", "bolashak"]);
    expect(ids.at(-1)).toBe("own-funds");
    // In Germany, the full scholarship with no duty to come home counts in full.
    const germany = destinationOf(recommend(profile, kb, { today: TODAY }), "germany");
    expect(germany.funding[0]?.obligations).toEqual([]);
  });

  it("does not offer Chevening to a master's applicant with one year of work, and names Bolashak as the UK's way round", () => {
    // Two years of work cannot be had by this year's deadline: Chevening is not a route for them.
    const base = persona("a master's applicant with two years of work experience").profile;
    const uk = destinationOf(recommend({ ...base, workYears: 1 }, kb), "united-kingdom");
    const ids = uk.funding.map((f) => f.fundingId);
    expect(ids[0]).toBe("bolashak");
    expect(ids).not.toContain("chevening");
    expect(uk.reasons).toContainEqual(
      expect.objectContaining({
        message: "reason-budget-full-funding",
        params: expect.objectContaining({ funding: "bolashak" }),
      }),
    );
  });

  it.each([
    ["Türkiye Bursları", "a Turkish-speaking school leaver", "turkey", "turkiye-burslari", 22, 21],
    [
      "the Chinese Government Scholarship",
      "a scholarship-only school leaver ready to learn Chinese",
      "china",
      "chinese-government-scholarship",
      25,
      25,
    ],
  ] as const)(
    "does not offer %s to a school leaver over its age limit, nor count it as the way round",
    (_name, who, destinationId, fundingId, age, maxAge) => {
      const route = kb.funding.find((f) => f.id === fundingId);
      expect(route?.eligibility.maxAge?.bachelor).toBe(maxAge);
      const d = destinationOf(recommend({ ...persona(who).profile, age }, kb), destinationId);
      expect(d.funding.map((f) => f.fundingId)).not.toContain(fundingId);
      const wayRound = d.reasons.find((r) => r.message === "reason-budget-full-funding");
      expect(wayRound?.params.funding).not.toBe(fundingId);
      // A year younger, it is offered again.
      const younger = destinationOf(
        recommend({ ...persona(who).profile, age: maxAge - 1 }, kb),
        destinationId,
      );
      expect(younger.funding.map((f) => f.fundingId)).toContain(fundingId);
    },
  );

  it("never lists own funds for a scholarship-only student, and only routes that pay tuition or everything", () => {
    for (const level of ["bachelor", "master", "doctorate"] as const) {
      const result = recommend(
        {
          level,
          budget: "scholarship-only",
          languages: ["kk", "ru"],
          willLearnLanguage: true,
          field: "education",
          priorities: [],
          plan: "unsure",
          english: "b2",
        },
        kb,
      );
      for (const d of result.destinations) {
        for (const match of d.funding) {
          const route = kb.funding.find((f) => f.id === match.fundingId);
          expect(route?.kind).not.toBe("own-funds");
          expect(route?.covers.extent === "full" || route?.covers.items.includes("tuition")).toBe(
            true,
          );
        }
      }
    }
  });

  it("keeps every promise for every kind of student on the real data", () => {
    const problems = sweep().flatMap((student) =>
      contractProblems(recommend(student, kb, { today: TODAY }).destinations, kb).map(
        (problem) => `${JSON.stringify(student)}: ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe("students who must never be misled", () => {
  const t = translatorFor(createI18n(), "en");
  const view = () => ({ knowledge: kb, t, locale: "en" as const });
  const routesOf = (result: Recommendation) =>
    new Set(result.destinations.flatMap((d) => d.funding.map((f) => f.fundingId)));
  const enrolmentOnly = () =>
    kb.funding.filter((f) => f.eligibility.enrolledInKazakhstan).map((f) => f.id);

  it("a school leaver from Shymkent is offered no route that needs enrolment at a Kazakhstani university, no master's, and none on her share card", () => {
    const result = recommend(
      {
        situation: "school",
        level: "bachelor",
        budget: "under-2m",
        languages: ["kk", "ru"],
        willLearnLanguage: true,
        field: "education",
        priorities: ["low-cost", "close-to-home"],
        plan: "return",
        english: "b1",
        age: 17,
      },
      kb,
      { today: TODAY },
    );
    const offered = routesOf(result);
    expect(enrolmentOnly()).toEqual(
      expect.arrayContaining([
        "academic-mobility",
        "erasmus-credit-mobility",
        "exchange-programmes",
      ]),
    );
    for (const id of [...enrolmentOnly(), "erasmus-mundus", "bolashak", "fulbright", "chevening"]) {
      expect(offered, id).not.toContain(id);
    }
    for (const id of shareSelection(result, kb).funding) expect(enrolmentOnly()).not.toContain(id);
    // Intergovernmental grants are listed only where a call names the destination.
    for (const d of result.destinations) {
      if (d.destinationId === "hungary" || d.destinationId === "china") continue;
      expect(
        d.funding.map((f) => f.fundingId),
        d.destinationId,
      ).not.toContain("intergovernmental-grants");
    }
  });

  it("a master's applicant with B2 English sees only master's routes and master's facts: no Studienkolleg, no SAT", () => {
    const result = recommend(
      {
        situation: "graduated",
        level: "master",
        budget: "5m-10m",
        languages: ["kk", "ru"],
        willLearnLanguage: false,
        field: "engineering-it",
        priorities: ["career-links", "work-abroad"],
        plan: "return",
        english: "b2",
      },
      kb,
      { today: TODAY },
    );
    for (const d of result.destinations) {
      for (const match of d.funding) {
        const route = kb.funding.find((f) => f.id === match.fundingId);
        expect(route?.levels.values, match.fundingId).toContain("master");
        expect(route?.eligibility.enrolledInKazakhstan, match.fundingId).toBeUndefined();
      }
    }
    const screens = [
      ...renderResultsPage(result, 0, view()),
      ...renderResultsPage(result, 3, view()),
      ...renderResultsPage(result, 6, view()),
      ...renderResultsPage(result, 9, view()),
      ...result.destinations.flatMap((d) =>
        renderDestinationDetails(result, d.destinationId, view()),
      ),
      ...renderFundingDetails(result, view()),
      ...["germany", "united-states", "turkey"].flatMap((id) => {
        const d = kb.destinations.find((x) => x.id === id) as Destination;
        const ranked = destinationOf(result, id);
        const reader = { level: result.level, funding: ranked.funding.map((f) => f.fundingId) };
        return renderDestinationCard(d, view(), reader);
      }),
    ].join("\n");
    for (const word of ["Studienkolleg", "SAT", "ACT", "YÖS", "school certificate"]) {
      expect(screens).not.toContain(word);
    }
    // Fulbright is for graduates with work behind them: asked, not assumed.
    const fulbright = destinationOf(result, "united-states").funding.find(
      (f) => f.fundingId === "fulbright",
    );
    expect(fulbright?.reasons.map((r) => r.message)).toContain(
      "reason-funding-needs-work-experience",
    );
  });

  it("an English-speaking master's graduate who can study only on a full scholarship sees Japan with MEXT: tuition-free, the living paid, the embassy's tests to plan for", () => {
    const profile: Profile = {
      situation: "graduated",
      level: "master",
      budget: "scholarship-only",
      languages: ["kk", "ru", "en"],
      willLearnLanguage: false,
      field: "engineering-it",
      priorities: ["new-culture", "work-abroad"],
      plan: "return",
      english: "c1",
      age: 24,
    };
    const japan = destinationOf(recommend(profile, kb, { today: TODAY }), "japan");
    expect(japan.hardMismatch, japan.reasons[0]?.message).toBe(false);
    // MEXT is Japan's own and pays everything, so it leads Japan's routes.
    expect(japan.funding[0]?.fundingId).toBe("mext-scholarship");
    const said = japan.reasons.map((r) => ({ message: r.message, params: r.params }));
    expect(said).toContainEqual(
      expect.objectContaining({
        message: "reason-language-ok",
        params: expect.objectContaining({ language: "en" }),
      }),
    );
    expect(said).toContainEqual(
      expect.objectContaining({
        message: "reason-free-tuition-route",
        params: expect.objectContaining({ route: "mext-scholarship" }),
      }),
    );
    expect(said).toContainEqual(
      expect.objectContaining({
        message: "reason-budget-full-funding",
        params: expect.objectContaining({ funding: "mext-scholarship" }),
      }),
    );
    expect(said).toContainEqual(
      expect.objectContaining({
        message: "reason-route-tests",
        params: expect.objectContaining({ route: "mext-scholarship" }),
      }),
    );
    const card = renderDestinationCard(
      kb.destinations.find((d) => d.id === "japan") as Destination,
      view(),
      {
        level: "master",
        funding: japan.funding.map((f) => f.fundingId),
      },
    ).join("\n");
    expect(card).toContain("MEXT");
    // MEXT takes research students under 35: an older graduate is not offered it.
    const older = destinationOf(recommend({ ...profile, age: 36 }, kb, { today: TODAY }), "japan");
    expect(older.funding.map((f) => f.fundingId)).not.toContain("mext-scholarship");
  });

  it("a master's applicant with B2 English on a 2–5 M₸ budget sees Italy's income-based fees, the regional grants and the Italian Government scholarships, and the latter only under 29", () => {
    const profile: Profile = {
      situation: "graduated",
      level: "master",
      budget: "2m-5m",
      languages: ["kk", "ru", "en"],
      willLearnLanguage: false,
      field: "arts-design",
      priorities: ["low-cost", "work-abroad"],
      plan: "unsure",
      english: "b2",
      age: 25,
    };
    const italy = destinationOf(recommend(profile, kb, { today: TODAY }), "italy");
    expect(italy.hardMismatch, italy.reasons[0]?.message).toBe(false);
    const routes = italy.funding.map((f) => f.fundingId);
    expect(routes).toEqual(
      expect.arrayContaining(["italian-government-scholarships", "italy-regional-grants"]),
    );
    const messages = italy.reasons.map((r) => r.message);
    expect(messages).toContain("reason-free-tuition-route");
    expect(messages).toContain("reason-priority-some");
    // Only residence-hall rent is known: the living cost is said as housing only.
    expect(messages).toContain("reason-cost-housing-only");
    const older = destinationOf(recommend({ ...profile, age: 30 }, kb, { today: TODAY }), "italy");
    expect(older.funding.map((f) => f.fundingId)).not.toContain("italian-government-scholarships");
  });

  it("a scholarship-only student is shown only money that pays the tuition or everything, and only routes she can use", () => {
    const result = recommend(
      {
        situation: "university-2",
        level: "bachelor",
        budget: "scholarship-only",
        languages: ["kk", "ru", "en"],
        willLearnLanguage: false,
        field: "medicine",
        priorities: ["prestige"],
        plan: "unsure",
        english: "c1",
        age: 19,
      },
      kb,
      { today: TODAY },
    );
    for (const d of result.destinations) {
      for (const match of d.funding) {
        const route = kb.funding.find((f) => f.id === match.fundingId);
        expect(route?.kind, match.fundingId).not.toBe("own-funds");
        expect(
          route?.covers.extent === "full" || route?.covers.items.includes("tuition"),
          match.fundingId,
        ).toBe(true);
        const maxAge = route?.eligibility.maxAge?.bachelor;
        if (maxAge !== undefined) expect(19).toBeLessThan(maxAge);
      }
      // Ruled out only by a fact: the paid ways in, or the cost.
      if (d.hardMismatch) expect(d.reasons[0]?.facts.length, d.destinationId).toBeGreaterThan(0);
    }
  });

  it("a student who asks for what the knowledge base has no data on reads 'no data', never ❌", () => {
    const result = recommend(
      {
        situation: "school",
        level: "bachelor",
        budget: "over-10m",
        languages: ["ru", "en"],
        willLearnLanguage: false,
        field: "arts-design",
        priorities: ["prestige", "new-culture"],
        plan: "unsure",
        english: "c1",
      },
      kb,
      { today: TODAY },
    );
    const usa = destinationOf(result, "united-states");
    // The USA file has no sourced fit for prestige or a new culture, and no entry for the arts.
    expect(usa.reasons.filter((r) => r.kind === "negative")).toEqual([]);
    expect(
      usa.reasons
        .filter((r) => r.message.endsWith("-no-data"))
        .map((r) => r.params.priority ?? r.params.field),
    ).toEqual(["prestige", "new-culture", "arts-design"]);
    expect(usa.basis).toEqual({ known: usa.basis.total - 3, total: 7 });
    const lines = result.destinations
      .flatMap((d) => renderDestinationDetails(result, d.destinationId, view()))
      .join("\n")
      .split("\n");
    // Inside a sentence the priority's label reads lower-case.
    const prestige = inlineLabel(t("priority-prestige"), "en");
    expect(lines.filter((l) => l.startsWith("❌") && l.includes(prestige))).toEqual([]);
    expect(lines.some((l) => l.startsWith("▫️") && l.includes(prestige))).toBe(true);
    expect(lines.some((l) => l.includes(t("results-basis", { known: 4, total: 7 })))).toBe(true);
  });
});
