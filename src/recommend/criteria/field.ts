/** Field of study: is the destination known for what the student wants to study? */
import type { Destination } from "../../knowledge/schema.js";
import { type Context, fact } from "../context.js";
import { fresh } from "../reasons.js";
import type { Reason } from "../types.js";
import { FIELD_FACTOR } from "../weights.js";

const { positive } = fresh;

/**
 * The student's field against the destination's `fieldFit`. No entry means nobody has sourced a
 * strength there: no score and no reason, never a negative one.
 */
export function fieldFit(d: Destination, ctx: Context): { factor: number; reason?: Reason } {
  const field = ctx.profile.field;
  const entry = d.fieldFit[field];
  if (entry === undefined) return { factor: FIELD_FACTOR.noData };
  const params = { field, destination: d.id };
  const facts = [fact.fieldFit(d, field)];
  const reason =
    entry.level === "strong"
      ? positive("reason-field-strong", params, facts)
      : positive("reason-field-some", params, facts);
  return { factor: FIELD_FACTOR[entry.level], reason };
}
