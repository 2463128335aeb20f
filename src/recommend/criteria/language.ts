/**
 * Teaching language: can the student study in one of the destination's languages now, after a
 * few months of English, or after a preparatory language year?
 */
import type { Destination } from "../../knowledge/schema.js";
import { type Context, fact } from "../context.js";
import { fresh } from "../reasons.js";
import type { Reason } from "../types.js";
import { LANGUAGE_FACTOR } from "../weights.js";

// Params objects here are fresh literals given to one reason each, so the reasons keep them
// uncopied (see `ownReason`).
const { negative, neutral, positive } = fresh;

export interface LanguageFit {
  factor: number;
  reason: Reason;
}

/** The language part; `factor` is {@link LANGUAGE_FACTOR.missing} for a door with no way in. */
export function languageFit(d: Destination, ctx: Context): LanguageFit {
  const teaching = d.languages.teaching;
  const facts = [fact.languages(d)];
  const usable = teaching.filter((l) => ctx.canStudy.has(l));
  if (usable.length > 0) {
    return {
      factor: LANGUAGE_FACTOR.ok,
      reason: positive(
        "reason-language-ok",
        { language: usable.join(","), destination: d.id },
        facts,
      ),
    };
  }
  if (teaching.includes("en") && ctx.englishBelowStudyLevel) {
    return {
      factor: LANGUAGE_FACTOR.englishBelowStudyLevel,
      reason: negative(
        "reason-language-english-below",
        { language: "en", english: ctx.profile.english, destination: d.id },
        facts,
      ),
    };
  }
  // The first teaching language listed is the destination's main one: the one a preparatory
  // year teaches and the one the student most needs.
  const main = teaching[0] ?? "en";
  if (ctx.profile.willLearnLanguage && d.languages.preparatoryYear) {
    return {
      factor: LANGUAGE_FACTOR.preparatoryYear,
      reason: neutral(
        "reason-language-missing-prep-year",
        { language: main, destination: d.id },
        facts,
      ),
    };
  }
  return {
    factor: LANGUAGE_FACTOR.missing,
    reason: negative(
      "reason-language-missing",
      { language: teaching.join(","), destination: d.id },
      facts,
    ),
  };
}
