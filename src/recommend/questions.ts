/**
 * Which optional questions are worth asking a student, given their answers so far: the bot asks
 * only those, so nobody is asked their age or work history for nothing. Pure; no grammY.
 */
import type { Funding, Knowledge } from "../knowledge/schema.js";
import type { Profile } from "./profile.js";
import { recommend } from "./recommend.js";

/** The optional profile answers a follow-up question can fill in, in the order they are asked. */
export const FOLLOW_UP_QUESTIONS = ["workYears", "age"] as const;
export type FollowUpQuestion = (typeof FOLLOW_UP_QUESTIONS)[number];

/** How many of the best-ranked destinations count: the first page of results. */
export const FOLLOW_UP_TOP = 3;

/**
 * The optional answers still missing that would change the funding list of the destinations now
 * ranked in the top {@link FOLLOW_UP_TOP}: `workYears` when one of their routes asks for work
 * experience, `age` when one sets an age limit for the student's level. An answer already given
 * is never asked again. Always in {@link FOLLOW_UP_QUESTIONS} order.
 *
 * @example
 * ```ts
 * // A master's applicant whose top destinations list Chevening (two years of work asked):
 * pendingQuestions(profile, knowledge); // ["workYears"]
 * ```
 */
export function pendingQuestions(profile: Profile, knowledge: Knowledge): FollowUpQuestion[] {
  const wanted = FOLLOW_UP_QUESTIONS.filter((q) => profile[q] === undefined);
  if (wanted.length === 0) return [];
  // The ranking does not depend on the date, so none is needed here.
  const recommendation = recommend(profile, knowledge);
  const byId = new Map<string, Funding>(knowledge.funding.map((f) => [f.id, f]));
  const found = new Set<FollowUpQuestion>();
  for (const ranked of recommendation.destinations.slice(0, FOLLOW_UP_TOP)) {
    for (const match of ranked.funding) {
      const eligibility = byId.get(match.fundingId)?.eligibility;
      if (eligibility === undefined) continue;
      if ((eligibility.minWorkYears ?? 0) > 0) found.add("workYears");
      if (eligibility.maxAge?.[profile.level] !== undefined) found.add("age");
    }
  }
  return wanted.filter((q) => found.has(q));
}
