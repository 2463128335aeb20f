/**
 * Eligibility for a funding route: what the student's own answers say about its conditions (age,
 * work experience, language requirements). An answer the questionnaire has not asked is never
 * judged.
 */
import type {
  Destination,
  Funding,
  LanguageRequirement,
  TeachingLanguage,
} from "../../knowledge/schema.js";
import type { Context } from "../context.js";
import type { EnglishLevel } from "../profile.js";
import { fresh } from "../reasons.js";
import type { Reason } from "../types.js";
import type { FundingPlan } from "./funding.js";

const { negative, neutral, positive } = fresh;

/**
 * A language requirement and whether the student meets it. Its wording is knowledge text in three
 * languages: the reasons name the route and the language, and the renderer fills it in (`test`,
 * see `RENDERED_PARAMS`).
 */
export interface LanguageCheck {
  language: TeachingLanguage;
  met: boolean;
}

/**
 * What the student lacks for a route as a person, whatever the destination: the age limit for
 * their level, the years of work it asks. An answer the questionnaire has not asked is never
 * judged: an unknown age says nothing, unknown work experience is said as a condition (neutral).
 */
export function eligibilityReasons(
  f: Funding,
  facts: string[],
  ctx: Context,
): { reasons: Reason[]; ineligible: boolean } {
  const { profile } = ctx;
  const eligibility = f.eligibility;
  const reasons: Reason[] = [];
  let ineligible = false;

  // "Under 35" is stored as 35: a 35-year-old is over the limit.
  const maxAge = eligibility.maxAge?.[profile.level];
  if (maxAge !== undefined && profile.age !== undefined && profile.age >= maxAge) {
    const params = { funding: f.id, level: profile.level, maxAge };
    reasons.push(negative("reason-funding-age-limit", params, facts));
    ineligible = true;
  }

  const years = eligibility.minWorkYears;
  if (years !== undefined && years > 0) {
    const params = { funding: f.id, years };
    if (profile.workYears === undefined) {
      reasons.push(neutral("reason-funding-needs-work-experience", params, facts));
    } else if (profile.workYears >= years) {
      reasons.push(positive("reason-funding-work-experience-ok", params, facts));
    } else {
      const short = { funding: f.id, years, workYears: profile.workYears };
      reasons.push(negative("reason-funding-work-experience-short", short, facts));
      ineligible = true;
    }
  }
  return { reasons, ineligible };
}

/**
 * The route's language requirements at this destination, added to `reasons`; true when one is a
 * gap (a language to learn, so the route counts for less).
 *
 * A requirement in one of the destination's teaching languages is for programmes taught in it
 * ("TOPIK 3 for Korean-taught degrees"): any one of them met will do, and a preparatory year
 * can be where it is reached. Any other language (Bolashak's Kazakh) is asked of everyone.
 */
export function languageGaps(
  plan: FundingPlan,
  d: Destination,
  ctx: Context,
  reasons: Reason[],
): boolean {
  const requirements = plan.languages;
  if (requirements.length === 0) return false;
  const teaching = d.languages.teaching;
  const programmeMet = requirements.some((r) => r.met && teaching.includes(r.language));
  // The first teaching language is the one a preparatory year teaches.
  const viaPreparatoryYear =
    !programmeMet && ctx.profile.willLearnLanguage && d.languages.preparatoryYear
      ? requirements.find((r) => r.language === teaching[0])
      : undefined;
  const facts = plan.eligibilityFacts;
  let blocked = false;
  for (const requirement of requirements) {
    const params = { funding: plan.funding.id, language: requirement.language };
    const forProgramme = teaching.includes(requirement.language);
    if (requirement.met) {
      reasons.push(positive("reason-funding-language-ok", params, facts));
    } else if (forProgramme && programmeMet) {
      // Another programme language will do; this one is not a gap.
    } else if (forProgramme && viaPreparatoryYear !== undefined) {
      if (requirement === viaPreparatoryYear) {
        reasons.push(neutral("reason-funding-language-prep-year", params, facts));
      }
    } else {
      reasons.push(negative("reason-funding-language-required", params, facts));
      blocked = true;
    }
  }
  return blocked;
}

const CEFR_LEVELS = ["a1", "a2", "b1", "b2", "c1", "c2"] as const;

/**
 * Whether the student meets a language requirement. For English the student's CEFR level is known,
 * so a requirement that names one (`cefr: B2`, "B2 (IELTS or TOEFL)") is compared with it;
 * otherwise, and for every other language, being able to study in it is what counts.
 */
export function meetsLanguage(requirement: LanguageRequirement, ctx: Context) {
  if (requirement.language !== "en") return ctx.canStudy.has(requirement.language);
  const named = requirement.cefr?.toLowerCase();
  if (named === undefined) return ctx.canStudy.has("en");
  return (
    cefrRank(ctx.profile.english) >= CEFR_LEVELS.indexOf(named as (typeof CEFR_LEVELS)[number])
  );
}

/** The student's English on the CEFR scale ("none" below A1). */
function cefrRank(english: EnglishLevel): number {
  return english === "none" ? -1 : CEFR_LEVELS.indexOf(english);
}
