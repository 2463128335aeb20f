/** Degree level: is the student's level offered at the destination, and for how long. */
import type { Destination, Funding } from "../../knowledge/schema.js";
import { type Context, fact } from "../context.js";
import { fresh } from "../reasons.js";
import type { Reason } from "../types.js";

const { negative, positive } = fresh;

export interface LevelFit {
  offered: boolean;
  /** `reason-level-not-offered`, a hard mismatch, when it is not. */
  hard?: Reason;
  /** `reason-level-offered` with the degree's length, when the knowledge base gives it. */
  reason?: Reason;
}

/**
 * Offered when the knowledge base gives its length, an admission route takes it, or a funding
 * route made for this destination pays for it (Fulbright funds master's study in the US, so there
 * is master's study in the US). A missing length means "not sourced", not "not offered"; a route
 * open to any destination says nothing about this one.
 */
export function levelFit(d: Destination, ctx: Context): LevelFit {
  const level = ctx.profile.level;
  const years = d.degreeYears[level];
  const offered =
    years !== undefined ||
    d.admission.some((r) => r.levels.includes(level)) ||
    ctx.knowledge.funding.some((f) => fundsLevelHere(f, d, ctx));
  const fit: LevelFit = { offered };
  if (!offered) {
    fit.hard = negative("reason-level-not-offered", { level, destination: d.id }, [
      fact.degreeYears(d),
      ...d.admission.map((r) => fact.admission(d, r)),
    ]);
  }
  if (years !== undefined) {
    const [minYears, maxYears] = typeof years === "number" ? [years, years] : years;
    const params = { level, destination: d.id, minYears, maxYears };
    fit.reason = positive("reason-level-offered", params, [fact.degreeYears(d)]);
  }
  return fit;
}

/** A funding route made for this destination (not "any") that takes the student's level. */
function fundsLevelHere(f: Funding, d: Destination, ctx: Context): boolean {
  const targets = f.destinations.values;
  return (
    f.kind !== "own-funds" &&
    targets !== "any" &&
    targets.includes(d.id) &&
    f.levels.values.includes(ctx.profile.level)
  );
}
