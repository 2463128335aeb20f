/**
 * Which follow-up questions the bot asks: only those whose answer would change the funding shown
 * for the destinations on the first page of results.
 */
import { describe, expect, it } from "vitest";
import { pendingQuestions } from "../../../src/recommend/questions.js";
import { recommend } from "../../../src/recommend/recommend.js";
import { destination, funding, knowledge, OWN_FUNDS, profile, SOURCE } from "./fixtures.js";

const master = profile({ level: "master" });
/** Asks for two years of work, for master's students, at one destination. */
const workRoute = (to: string) =>
  funding(`work-${to}`, {
    destinations: { values: [to], ...SOURCE },
    eligibility: { minWorkYears: 2, ...SOURCE },
  });
/** An age limit for bachelor's and master's students, at one destination. */
const ageRoute = (to: string, maxAge: Record<string, number> = { bachelor: 25, master: 35 }) =>
  funding(`age-${to}`, {
    levels: { values: ["bachelor", "master"], ...SOURCE },
    destinations: { values: [to], ...SOURCE },
    eligibility: { maxAge, ...SOURCE },
  });

describe("pendingQuestions", () => {
  it("asks nothing when no route for the top destinations has a work or age rule", () => {
    const kb = knowledge({ funding: [OWN_FUNDS(), funding("grant")] });
    expect(pendingQuestions(master, kb)).toEqual([]);
  });

  it("asks for work experience when a top destination's route asks for it", () => {
    const kb = knowledge({ funding: [workRoute("alpha")] });
    expect(pendingQuestions(master, kb)).toEqual(["workYears"]);
  });

  it("asks for the age when a route sets a limit for the student's own level only", () => {
    const kb = knowledge({ funding: [ageRoute("alpha")] });
    expect(pendingQuestions(master, kb)).toEqual(["age"]);
    const doctoralOnly = knowledge({ funding: [ageRoute("alpha", { doctorate: 40 })] });
    expect(pendingQuestions(master, doctoralOnly)).toEqual([]);
  });

  it("asks both, work first, and never again once answered", () => {
    const kb = knowledge({ funding: [ageRoute("alpha"), workRoute("alpha")] });
    expect(pendingQuestions(master, kb)).toEqual(["workYears", "age"]);
    expect(pendingQuestions({ ...master, workYears: 0 }, kb)).toEqual(["age"]);
    expect(pendingQuestions({ ...master, workYears: 3, age: 36 }, kb)).toEqual([]);
  });

  it("ignores routes the student's level cannot use", () => {
    const kb = knowledge({ funding: [workRoute("alpha")] });
    expect(pendingQuestions(profile({ level: "bachelor" }), kb)).toEqual([]);
  });

  it("looks only at the three best-ranked destinations", () => {
    // Four destinations, each reached by one full scholarship, tie and rank by id: gamma comes
    // fourth, so its age limit does not count.
    const destinations = ["alpha", "beta", "gamma", "delta"].map((id) => destination(id));
    const grant = funding("grant", { destinations: { values: ["alpha", "beta"], ...SOURCE } });
    const kb = knowledge({ destinations, funding: [grant, workRoute("delta"), ageRoute("gamma")] });
    const ranked = recommend(master, kb).destinations.map((d) => d.destinationId);
    expect(ranked).toEqual(["alpha", "beta", "delta", "gamma"]);
    expect(pendingQuestions(master, kb)).toEqual(["workYears"]);
  });
});
