/**
 * What a student would say the matcher must never do, checked on thousands of generated students
 * against the real knowledge base: a ❌ without a fact that says no, a funding route they cannot
 * use without what they lack, a fact of another degree level, scores out of order, a different
 * answer to the same answers.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import type { Destination, Funding, Knowledge } from "../../../src/knowledge/schema.js";
import { statusesFor } from "../../../src/recommend/criteria/eligibility.js";
import { type Profile, statusOf } from "../../../src/recommend/profile.js";
import { recommend } from "../../../src/recommend/recommend.js";
import type { RankedDestination, Reason } from "../../../src/recommend/types.js";
import { profiles, RUNS } from "./arbitraries.js";
import { contractProblems } from "./contract.js";

let kb: Knowledge;
beforeAll(async () => {
  kb = await loadKnowledgeOrThrow("knowledge");
});

const destinationById = (id: string) => kb.destinations.find((d) => d.id === id) as Destination;
const fundingById = (id: string) => kb.funding.find((f) => f.id === id) as Funding;

/** Lists what is wrong, so a failing case reads as a sentence, not as `false`. */
function check(problems: string[]): boolean {
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return true;
}

/**
 * Why a ❌ is allowed: the fact it rests on says no. Each negative reason the matcher can give,
 * with what must be true of the student and the destination for it.
 */
function negativeWithoutFact(r: Reason, d: Destination, p: Profile): string | undefined {
  const priority = r.params.priority as keyof Destination["fit"] | undefined;
  switch (r.message) {
    case "reason-far":
      return d.fit[priority ?? "close-to-home"] === undefined && d.closeness.distance === "far"
        ? undefined
        : "far without the distance saying so";
    case "reason-work-after-not-allowed":
      return d.work?.afterStudy === "not-allowed" ? undefined : "no work without the rule";
    case "reason-language-missing":
    case "reason-language-english-below":
      return d.languages.teaching.some((l) => p.languages.includes(l) && l !== "en")
        ? "a closed language the student has"
        : undefined;
    case "reason-funding-work-off":
    case "reason-funding-work-off-unspecified":
    case "reason-funding-return-home":
    case "reason-funding-return-home-unspecified":
      return p.plan === "stay-abroad" ? undefined : "a duty as a clash without a plan to stay";
    default:
      return r.facts.length > 0 ? undefined : "no fact";
  }
}

describe("over generated students", () => {
  it("keeps every promise of the contract", () => {
    fc.assert(
      fc.property(profiles, (p) => check(contractProblems(recommend(p, kb).destinations, kb))),
      { numRuns: RUNS },
    );
  });

  it("never gives a ❌ without a fact that says no, and says no data where there is none", () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const problems: string[] = [];
        for (const ranked of recommend(p, kb).destinations) {
          const d = destinationById(ranked.destinationId);
          const all = [...ranked.reasons, ...ranked.funding.flatMap((f) => f.reasons)];
          for (const r of all.filter((r) => r.kind === "negative")) {
            const why = negativeWithoutFact(r, d, p);
            if (why !== undefined) problems.push(`${d.id}: ${r.message}: ${why}`);
          }
          // A priority nobody has sourced for this destination is "no data", never a verdict.
          for (const priority of p.priorities) {
            const typed =
              priority === "close-to-home" || (priority === "work-abroad" && d.work !== undefined);
            if (d.fit[priority] !== undefined || typed) continue;
            const said = ranked.reasons.filter((r) => r.params.priority === priority);
            if (
              said.map((r) => `${r.kind} ${r.message}`).join() !== "neutral reason-priority-no-data"
            )
              problems.push(`${d.id}: ${priority} said as ${said.map((r) => r.message)}`);
          }
          if (
            d.fieldFit[p.field] === undefined &&
            !ranked.reasons.some((r) => r.message === "reason-field-no-data")
          )
            problems.push(`${d.id}: no field data not said`);
        }
        return check(problems);
      }),
      { numRuns: RUNS },
    );
  });

  it("offers a funding route only to a student who meets it, or says what they still lack", () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const problems: string[] = [];
        const status = p.situation === undefined ? undefined : statusOf(p.situation);
        for (const ranked of recommend(p, kb).destinations) {
          for (const match of ranked.funding) {
            const f = fundingById(match.fundingId);
            const e = f.eligibility;
            const at = `${ranked.destinationId} ${f.id}`;
            const messages = match.reasons.map((r) => r.message);
            if (!f.levels.values.includes(p.level)) problems.push(`${at}: not for ${p.level}`);
            const allowed = statusesFor(f, p.level);
            if (status !== undefined && allowed !== undefined && !allowed.includes(status))
              problems.push(`${at}: not for a ${status}`);
            if (e.enrolledInKazakhstan && status !== undefined && status !== "university-student")
              problems.push(`${at}: needs enrolment in Kazakhstan, the student is a ${status}`);
            if (
              e.enrolledInKazakhstan &&
              status === undefined &&
              !messages.includes("reason-funding-needs-enrolment")
            )
              problems.push(`${at}: enrolment asked but not said`);
            const maxAge = e.maxAge?.[p.level];
            if (maxAge !== undefined && p.age !== undefined && p.age >= maxAge)
              problems.push(`${at}: too old (${p.age}, under ${maxAge})`);
            const years = e.minWorkYears ?? 0;
            if (p.workYears !== undefined && p.workYears < years)
              problems.push(`${at}: ${p.workYears} of ${years} years of work`);
            if (
              p.workYears === undefined &&
              years > 0 &&
              !messages.includes("reason-funding-needs-work-experience")
            )
              problems.push(`${at}: work experience asked but not said`);
            // Whatever is still missing is said, in the student's terms.
            if (match.missing && !match.reasons.some((r) => r.kind === "negative"))
              problems.push(`${at}: missing something, says nothing`);
          }
        }
        return check(problems);
      }),
      { numRuns: RUNS },
    );
  });

  it("never offers a school leaver a route that needs enrolment at a Kazakhstani university", () => {
    const leavers = profiles.map((p): Profile => ({ ...p, situation: "school" }));
    fc.assert(
      fc.property(leavers, (p) => {
        const offered = recommend(p, kb).destinations.flatMap((d) =>
          d.funding.map((f) => fundingById(f.fundingId)),
        );
        return check(
          offered.filter((f) => f.eligibility.enrolledInKazakhstan).map((f) => `offered ${f.id}`),
        );
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it("speaks only of the student's level: its admission routes, its length, its funding", () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const problems: string[] = [];
        for (const ranked of recommend(p, kb).destinations) {
          const d = destinationById(ranked.destinationId);
          for (const r of ranked.reasons) {
            const route = d.admission.find((a) => a.id === r.params.route);
            if (route !== undefined && !route.levels.includes(p.level))
              problems.push(`${d.id}: ${r.message} of ${route.id}, for ${route.levels}`);
            if (r.params.level !== undefined && r.params.level !== p.level)
              problems.push(`${d.id}: ${r.message} at ${r.params.level}`);
          }
          for (const match of ranked.funding) {
            const levels = fundingById(match.fundingId).levels.values;
            if (!levels.includes(p.level))
              problems.push(`${d.id}: ${match.fundingId} not at ${p.level}`);
          }
        }
        return check(problems);
      }),
      { numRuns: RUNS },
    );
  });

  it("neither helps nor hurts a destination for a priority it has no data on", () => {
    fc.assert(
      fc.property(profiles, fc.nat(), (p, pick) => {
        if (p.priorities.length >= 3) return true;
        const before = recommend(p, kb).destinations;
        const problems: string[] = [];
        for (const priority of ["prestige", "career-links", "new-culture", "low-cost"] as const) {
          if (p.priorities.includes(priority)) continue;
          const after = recommend({ ...p, priorities: [...p.priorities, priority] }, kb);
          const unknown = before.filter(
            (d) => destinationById(d.destinationId).fit[priority] === undefined,
          );
          const d = unknown[pick % Math.max(1, unknown.length)];
          if (d === undefined) continue;
          const now = after.destinations.find(
            (x) => x.destinationId === d.destinationId,
          ) as RankedDestination;
          if (now.score !== d.score)
            problems.push(`${d.destinationId}: ${d.score} → ${now.score} for ${priority}`);
          if (now.basis.known !== d.basis.known || now.basis.total !== d.basis.total + 1)
            problems.push(`${d.destinationId}: basis ${JSON.stringify(now.basis)}`);
        }
        return check(problems);
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it("gives the same answers the same result, and leaves the answers as they were", () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const copy = structuredClone(p);
        const first = recommend(p, kb, { today: "2026-12-06" });
        const second = recommend(copy, kb, { today: "2026-12-06" });
        expect(second).toEqual(first);
        expect(p).toEqual(copy);
        return true;
      }),
      { numRuns: RUNS / 4 },
    );
  });
});
