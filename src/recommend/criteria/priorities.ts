/**
 * What the student said matters to them (low cost, closeness, prestige, career links, a new
 * culture, work abroad), against the destination's sourced `fit` entries.
 */
import type { Destination } from "../../knowledge/schema.js";
import { type Context, fact } from "../context.js";
import { fresh } from "../reasons.js";
import type { Reason } from "../types.js";
import { PRIORITY_FACTOR } from "../weights.js";

const { negative, positive } = fresh;

type FitStrength = NonNullable<Destination["fit"][keyof Destination["fit"]]>["level"];

export interface PriorityFit {
  factor: number;
  reasons: Reason[];
}

export function priorityFit(d: Destination, ctx: Context): PriorityFit {
  const { priorities, plan } = ctx.profile;
  const reasons: Reason[] = [];
  let sum = 0;
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
      reasons.push(negative("reason-priority-unmet", params));
    }
    sum += strength ? PRIORITY_FACTOR[strength] : PRIORITY_FACTOR.unmet;
  }
  if (plan === "stay-abroad" && !workExplained && d.work !== undefined) {
    reasons.push(workReason(d));
  }
  const factor = priorities.length > 0 ? sum / priorities.length : PRIORITY_FACTOR.noPriorities;
  return { factor, reasons };
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
