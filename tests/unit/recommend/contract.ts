/** Shared checks: what every recommendation promises, and a sweep of students to check it on. */
import { expect } from "vitest";
import type { Knowledge } from "../../../src/knowledge/schema.js";
import type { Profile } from "../../../src/recommend/profile.js";
import {
  REASON_MESSAGES,
  REASON_PARAMS,
  type ReasonMessage,
} from "../../../src/recommend/reasons.js";
import type { RankedDestination } from "../../../src/recommend/types.js";
import { HARD_MISMATCH_CAP } from "../../../src/recommend/weights.js";

/** A cartesian sweep of profiles, wide enough to hit every branch of the matcher. */
export function sweep(): Profile[] {
  const out: Profile[] = [];
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
                field: "engineering-it",
                priorities: [...priorities],
                plan,
                english,
              });
  return out;
}

/**
 * What every recommendation promises, whatever the student and the knowledge base: every
 * destination ranked once, integer scores 0–100, hard mismatches capped, explained first and
 * ranked last, ties by id, every reason a known message with finite params and real fact ids.
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
        if (d.score === next.score && !(d.destinationId < next.destinationId)) {
          fail(`${at}: tie not broken by id`);
        }
      }
    }
    for (const reason of [...d.reasons, ...d.funding.flatMap((f) => f.reasons)]) {
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
    if (
      cost &&
      (!Number.isInteger(cost.min) || !Number.isInteger(cost.max) || cost.max < cost.min)
    ) {
      fail(`${at}: yearly cost ${cost.min}–${cost.max}`);
    }
  }
  return problems;
}
