/** Shared checks: what every recommendation promises, and a sweep of students to check it on. */
import { expect } from "vitest";
import type { Knowledge } from "../../../src/knowledge/schema.js";
import { FIELDS, type Profile, SITUATIONS } from "../../../src/recommend/profile.js";
import {
  REASON_MESSAGES,
  REASON_PARAMS,
  type ReasonMessage,
} from "../../../src/recommend/reasons.js";
import type { RankedDestination } from "../../../src/recommend/types.js";
import { HARD_MISMATCH_CAP } from "../../../src/recommend/weights.js";

/**
 * Optional answers the sweep cycles through: not asked, an experienced older applicant, a young
 * one without work experience.
 */
const FOLLOW_UPS: Array<Pick<Profile, "workYears" | "age">> = [
  {},
  { workYears: 3, age: 36 },
  { workYears: 0, age: 19 },
];

/** Where the student stands, cycled along the sweep: every situation, and not asked (older answers). */
const SITUATION_CYCLE: Array<Pick<Profile, "situation">> = [
  {},
  ...SITUATIONS.map((situation) => ({ situation })),
];

/**
 * Most reasons one destination may give, and one funding route: what fits a phone screen. On the
 * real knowledge base (November 2026) the longest lists are 14 and 7: Russia for a student ready
 * to learn Russian who chose three priorities it does not serve, and Bolashak. Data that makes a
 * list longer fails the sweep, so someone decides whether the new reason is worth the space.
 */
export const MAX_REASONS_PER_DESTINATION = 14;

/** The reasons that say what a student still lacks for a funding route (and can reach in time). */
const LANGUAGE_GAPS = ["reason-funding-language-required", "reason-funding-english-short"];
export const MAX_REASONS_PER_FUNDING = 10;

/**
 * A cartesian sweep of profiles, wide enough to hit every branch of the matcher; the field and
 * the optional answers cycle along it rather than multiply it.
 */
export function sweep(): Profile[] {
  const out: Profile[] = [];
  let i = 0;
  for (const level of ["bachelor", "master", "doctorate"] as const)
    for (const budget of ["scholarship-only", "under-2m", "2m-5m", "5m-10m", "over-10m"] as const)
      for (const languages of [["kk"], ["kk", "ru"], ["ru", "en"]] as Profile["languages"][])
        for (const willLearnLanguage of [true, false])
          for (const plan of ["return", "stay-abroad", "unsure"] as const)
            for (const [english, priorities] of [
              ["none", []],
              ["b1", ["low-cost", "close-to-home"]],
              ["c1", ["prestige", "career-links", "work-abroad"]],
              ["a2", ["new-culture"]],
            ] as const)
              out.push({
                level,
                budget,
                languages,
                willLearnLanguage,
                field: FIELDS[i % FIELDS.length] ?? "engineering-it",
                priorities: [...priorities],
                plan,
                english,
                ...FOLLOW_UPS[i % FOLLOW_UPS.length],
                ...SITUATION_CYCLE[i++ % SITUATION_CYCLE.length],
              });
  return out;
}

/**
 * What every recommendation promises, whatever the student and the knowledge base: every
 * destination ranked once, integer scores 0–100, hard mismatches capped, explained first and
 * ranked last, ties by the data they rest on and then by id, the basis of each score told, every
 * reason a known message with finite params and real fact ids, no ❌ without a fact, no reason
 * said twice, and no more reasons than a phone screen holds.
 * Collects broken promises as text (cheap on large sweeps) and asserts there are none.
 */
export function checkContract(ranked: RankedDestination[], kb: Knowledge, who = ""): void {
  expect(contractProblems(ranked, kb).map((p) => `${who} ${p}`)).toEqual([]);
}

export function contractProblems(ranked: RankedDestination[], kb: Knowledge): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(what);
  const ids = ranked.map((d) => d.destinationId).sort();
  const expected = kb.destinations.map((d) => d.id).sort();
  if (ids.join() !== expected.join()) fail(`ranks ${ids.join()} instead of ${expected.join()}`);
  for (const [i, d] of ranked.entries()) {
    const at = d.destinationId;
    if (!Number.isInteger(d.score) || d.score < 0 || d.score > 100) fail(`${at}: score ${d.score}`);
    if (d.hardMismatch) {
      if (d.score > HARD_MISMATCH_CAP) fail(`${at}: hard mismatch scores ${d.score}`);
      if (d.reasons[0]?.kind !== "negative") fail(`${at}: hard mismatch not explained first`);
    }
    const next = ranked[i + 1];
    if (next !== undefined) {
      if (d.hardMismatch && !next.hardMismatch)
        fail(`${at}: hard mismatch above ${next.destinationId}`);
      if (d.hardMismatch === next.hardMismatch) {
        if (d.score < next.score)
          fail(`${at} (${d.score}) above ${next.destinationId} (${next.score})`);
        const tied = d.score === next.score;
        if (tied && d.basis.known < next.basis.known) {
          fail(`${at}: tie not broken by the data behind it`);
        }
        if (tied && d.basis.known === next.basis.known && !(d.destinationId < next.destinationId)) {
          fail(`${at}: tie not broken by id`);
        }
      }
    }
    for (const [list, reasons, max] of [
      ["reasons", d.reasons, MAX_REASONS_PER_DESTINATION],
      ...d.funding.map((f) => [f.fundingId, f.reasons, MAX_REASONS_PER_FUNDING] as const),
    ] as const) {
      const said = reasons.map((r) => `${r.message} ${JSON.stringify(r.params)}`);
      const twice = said.filter((s, index) => said.indexOf(s) !== index);
      if (twice.length > 0) fail(`${at} ${list}: said twice: ${twice.join("; ")}`);
      if (reasons.length > max) fail(`${at} ${list}: ${reasons.length} reasons (max ${max})`);
    }
    const { known, total } = d.basis;
    if (!(known >= 2 && known <= total)) fail(`${at}: based on ${known} of ${total}`);
    for (const f of d.funding) {
      const gap = f.reasons.some((r) => LANGUAGE_GAPS.includes(r.message));
      if (f.missing !== gap) fail(`${at} ${f.fundingId}: missing is ${f.missing}, gap ${gap}`);
    }
    for (const reason of [...d.reasons, ...d.funding.flatMap((f) => f.reasons)]) {
      // Unknown is not negative: a ❌ rests on a fact that says no.
      if (reason.kind === "negative" && reason.facts.length === 0) {
        fail(`${at}: ${reason.message} is a ❌ with no fact`);
      }
      const page = reason.params.page;
      if (page !== undefined && (reason.kind !== "neutral" || !kb.facts.has(String(page)))) {
        fail(`${at}: ${reason.message} points at ${page}`);
      }
      const spec = REASON_PARAMS[reason.message as ReasonMessage] as readonly string[] | undefined;
      if (spec === undefined) fail(`${at}: unknown message ${reason.message}`);
      const keys = Object.keys(reason.params).sort().join();
      if (spec !== undefined && keys !== [...spec].sort().join()) {
        fail(`${at}: ${reason.message} has params ${keys}, not ${[...spec].sort().join()}`);
      }
      if (!REASON_MESSAGES.includes(reason.message as ReasonMessage))
        fail(`${at}: ${reason.message} not listed`);
      for (const id of reason.facts)
        if (!kb.facts.has(id)) fail(`${at}: ${reason.message} → ${id}`);
      for (const [key, value] of Object.entries(reason.params)) {
        const ok =
          typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
        if (!ok) fail(`${at}: ${reason.message} param ${key} = ${value}`);
      }
    }
    for (const id of [
      ...d.funding.flatMap((f) => f.obligations),
      ...(d.yearlyCostKzt?.facts ?? []),
    ]) {
      if (!kb.facts.has(id)) fail(`${at}: unknown fact ${id}`);
    }
    const cost = d.yearlyCostKzt;
    const whole = (value: number | undefined) => value === undefined || Number.isInteger(value);
    if (
      cost &&
      (!whole(cost.low) ||
        !whole(cost.high) ||
        (cost.low === undefined && cost.high === undefined) ||
        (cost.low !== undefined && cost.high !== undefined && cost.high < cost.low))
    ) {
      fail(`${at}: yearly cost ${cost.low}–${cost.high}`);
    }
  }
  return problems;
}
