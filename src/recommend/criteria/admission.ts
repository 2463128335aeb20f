/**
 * Admission routes: which of a destination's ways in the student can take at their level, and
 * the tests each asks for.
 */
import type { AdmissionRoute, Destination } from "../../knowledge/schema.js";
import { type Context, fact } from "../context.js";
import { fresh } from "../reasons.js";
import type { Reason } from "../types.js";

const { neutral } = fresh;

/** Whether the student can take an admission route at their level, now or after a preparatory year. */
export function routeOpen(route: AdmissionRoute, d: Destination, ctx: Context): boolean {
  if (!route.levels.includes(ctx.profile.level)) return false;
  const languages = route.languages.length > 0 ? route.languages : d.languages.teaching;
  if (languages.some((l) => ctx.canStudy.has(l))) return true;
  if (languages.includes("en") && ctx.englishBelowStudyLevel) return true;
  return ctx.profile.willLearnLanguage && d.languages.preparatoryYear;
}

/**
 * The tests each admission route the student can take asks for: one reason per route, so a route
 * is never explained twice. The tests are knowledge text in three languages: the reason names the
 * route, and the renderer gives its tests in the student's language (`test`, see
 * `RENDERED_PARAMS`).
 */
export function routeTestReasons(d: Destination, ctx: Context): Reason[] {
  const out: Reason[] = [];
  for (const route of d.admission) {
    if (route.tests.length === 0 || !routeOpen(route, d, ctx)) continue;
    const params = { destination: d.id, route: route.id };
    out.push(neutral("reason-route-tests", params, [fact.admission(d, route)]));
  }
  return out;
}
