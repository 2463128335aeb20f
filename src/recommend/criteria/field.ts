/** Field of study: is the destination known for what the student wants to study? */
import type { Destination } from "../../knowledge/schema.js";
import { type Context, fact, pageToCheck } from "../context.js";
import { fresh } from "../reasons.js";
import type { Reason } from "../types.js";
import { FIELD_FACTOR } from "../weights.js";

const { neutral, positive } = fresh;

export interface FieldFit {
  /** Undefined when the knowledge base says nothing about the field there: left out of the score. */
  factor?: number;
  reason: Reason;
}

/**
 * The student's field against the destination's `fieldFit`. No entry means nobody has sourced a
 * strength there: said as no data and left out of the score, never a negative.
 */
export function fieldFit(d: Destination, ctx: Context): FieldFit {
  const field = ctx.profile.field;
  const entry = d.fieldFit[field];
  if (entry === undefined) {
    const params = { field, destination: d.id, page: pageToCheck(d, ctx) };
    return { reason: neutral("reason-field-no-data", params) };
  }
  const params = { field, destination: d.id };
  const facts = [fact.fieldFit(d, field)];
  const reason =
    entry.level === "strong"
      ? positive("reason-field-strong", params, facts)
      : positive("reason-field-some", params, facts);
  return { factor: FIELD_FACTOR[entry.level], reason };
}
