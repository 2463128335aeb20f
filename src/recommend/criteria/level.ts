/** Degree level: is the student's level offered at the destination, and for how long. */
import type { Destination, Funding } from "../../knowledge/schema.js";
import { type Context, fact, pageToCheck } from "../context.js";
import { fresh } from "../reasons.js";
import type { Reason } from "../types.js";

const { neutral, positive } = fresh;

export interface LevelFit {
  /**
   * Whether the knowledge base shows the level offered. False means no data, not "not offered":
   * the part is left out of the score, and `reason` says there is no checked data.
   */
  known: boolean;
  /**
   * `reason-level-offered` with the degree's length when the knowledge base gives it, or
   * `reason-level-no-data` when nothing shows the level there.
   */
  reason?: Reason;
}

/**
 * Offered when the knowledge base gives its length, an admission route takes it, or a funding
 * route made for this destination pays for it (Fulbright funds master's study in the US, so there
 * is master's study in the US). Nothing of the kind means "not sourced", never "not offered": no
 * fact says a level is missing, so the part is left out of the score. A route open to any
 * destination says nothing about this one.
 */
export function levelFit(d: Destination, ctx: Context): LevelFit {
  const level = ctx.profile.level;
  const years = d.degreeYears[level];
  const offered =
    years !== undefined ||
    d.admission.some((r) => r.levels.includes(level)) ||
    ctx.knowledge.funding.some((f) => fundsLevelHere(f, d, ctx));
  const fit: LevelFit = { known: offered };
  if (!offered) {
    const params = { level, destination: d.id, page: pageToCheck(d, ctx) };
    fit.reason = neutral("reason-level-no-data", params);
  } else if (years !== undefined) {
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
