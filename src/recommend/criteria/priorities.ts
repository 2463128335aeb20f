/**
 * What the student said matters to them (low cost, closeness, prestige, career links, a new
 * culture, work abroad), against the destination's sourced `fit` entries.
 */
import type { Destination } from "../../knowledge/schema.js";
import { type Context, fact, pageToCheck } from "../context.js";
import { fresh } from "../reasons.js";
import type { Reason } from "../types.js";
import { PRIORITY_FACTOR } from "../weights.js";

const { negative, neutral, positive } = fresh;

type FitStrength = NonNullable<Destination["fit"][keyof Destination["fit"]]>["level"];

export interface PriorityFit {
  /** The factors of the priorities the knowledge base speaks to, added up. */
  sum: number;
  /** How many of the student's priorities it speaks to; the others are left out of the score. */
  known: number;
  reasons: Reason[];
}

/**
 * Each priority the student chose, against the destination's sourced `fit` entry (or, for
 * closeness and work abroad, its typed distance and work rules). A priority with no data is said
 * plainly as such and left out of the score: nobody has sourced a "no", so it is never a ❌.
 */
export function priorityFit(d: Destination, ctx: Context): PriorityFit {
  const { priorities, plan } = ctx.profile;
  const reasons: Reason[] = [];
  let sum = 0;
  let known = 0;
  let workExplained = false;
  for (const priority of priorities) {
    const entry = d.fit[priority];
    const fitFacts = entry ? [fact.fit(d, priority)] : [];
    let strength: FitStrength | undefined = entry?.level;
    const params = { priority, destination: d.id };

    if (priority === "close-to-home") {
      // The fit entry says it in words; without one, distance decides.
      strength ??= distanceStrength(d.closeness.distance);
      const facts = [...fitFacts, fact.closeness(d)];
      reasons.push(
        strength ? positive("reason-close", params, facts) : negative("reason-far", params, facts),
      );
    } else if (priority === "work-abroad" && entry === undefined && d.work !== undefined) {
      // No fit entry: the typed work rules say how far the door stays open after graduating.
      strength = workStrength(d.work.afterStudy);
      reasons.push(workReason(d));
      workExplained = true;
    } else if (strength === "strong") {
      reasons.push(positive("reason-priority-strong", params, fitFacts));
    } else if (strength === "some") {
      reasons.push(positive("reason-priority-some", params, fitFacts));
    } else {
      const page = pageToCheck(d, ctx);
      reasons.push(neutral("reason-priority-no-data", { priority, destination: d.id, page }));
      continue;
    }
    known++;
    sum += strength ? PRIORITY_FACTOR[strength] : PRIORITY_FACTOR.unmet;
  }
  if (plan === "stay-abroad" && !workExplained && d.work !== undefined) {
    reasons.push(workReason(d));
  }
  return { sum, known, reasons };
}

function distanceStrength(distance: Destination["closeness"]["distance"]): FitStrength | undefined {
  if (distance === "neighbour") return "strong";
  if (distance === "near") return "some";
  return undefined;
}

type AfterStudy = NonNullable<Destination["work"]>["afterStudy"];

function workStrength(afterStudy: AfterStudy): FitStrength | undefined {
  if (afterStudy === "allowed") return "strong";
  if (afterStudy === "job-search-permit") return "some";
  return undefined;
}

function workReason(d: Destination): Reason {
  const facts = [fact.work(d)];
  const params = { destination: d.id };
  switch (d.work?.afterStudy) {
    case "allowed":
      return positive("reason-work-after", params, facts);
    case "job-search-permit":
      return positive("reason-work-after-job-search", params, facts);
    default:
      return negative("reason-work-after-not-allowed", params, facts);
  }
}
