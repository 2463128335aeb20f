/**
 * Eligibility for a funding route: what the student's own answers say about who may apply (where
 * they stand now, enrolment in Kazakhstan, age, work experience, languages). A rule the student
 * fails and cannot meet in time takes the route off their list; one they can still meet (a
 * language level) is said as what is missing; one they have not been asked about is said as a
 * condition, never as a no.
 */
import type {
  DegreeLevel,
  Destination,
  Funding,
  LanguageRequirement,
  StudentStatus,
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
  /** The requirement names a CEFR level compared with the English level the student gave. */
  comparedWithEnglish: boolean;
}

/** Who may apply for the route at `level`, or undefined when anyone may. */
export function statusesFor(f: Funding, level: DegreeLevel): readonly StudentStatus[] | undefined {
  const status = f.eligibility.status;
  if (status === undefined || Array.isArray(status)) return status;
  return (status as Partial<Record<DegreeLevel, StudentStatus[]>>)[level];
}

/**
 * What the route's rules say about this student as a person, whatever the destination: the
 * reasons to show, or undefined when a rule rules the route out and cannot be met in time (they
 * are not a university student in Kazakhstan for an exchange, over the age limit for their level,
 * short of the years of work it asks). An answer not given is never judged: an unknown status or
 * work history is said as a condition (neutral); an unknown age says nothing.
 */
export function eligibilityReasons(
  f: Funding,
  facts: string[],
  ctx: Context,
): Reason[] | undefined {
  const { profile, status } = ctx;
  const eligibility = f.eligibility;
  const reasons: Reason[] = [];

  const allowed = statusesFor(f, profile.level);
  const enrolled = eligibility.enrolledInKazakhstan === true;
  if (status !== undefined) {
    if (allowed !== undefined && !allowed.includes(status)) return undefined;
    if (enrolled && status !== "university-student") return undefined;
  } else if (enrolled) {
    reasons.push(neutral("reason-funding-needs-enrolment", { funding: f.id }, facts));
  } else if (allowed !== undefined) {
    const params = { funding: f.id, status: allowed.join(",") };
    reasons.push(neutral("reason-funding-status-required", params, facts));
  }

  // "Under 35" is stored as 35: a 35-year-old is over the limit.
  const maxAge = eligibility.maxAge?.[profile.level];
  if (maxAge !== undefined && profile.age !== undefined && profile.age >= maxAge) return undefined;

  const years = eligibility.minWorkYears;
  if (years !== undefined && years > 0) {
    const params = { funding: f.id, years };
    if (profile.workYears === undefined) {
      reasons.push(neutral("reason-funding-needs-work-experience", params, facts));
    } else if (profile.workYears >= years) {
      reasons.push(positive("reason-funding-work-experience-ok", params, facts));
    } else {
      return undefined;
    }
  }
  return reasons;
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
    const funding = plan.funding.id;
    const params = { funding, language: requirement.language };
    const forProgramme = teaching.includes(requirement.language);
    if (requirement.met) {
      reasons.push(positive("reason-funding-language-ok", params, facts));
    } else if (forProgramme && programmeMet) {
      // Another programme language will do; this one is not a gap.
    } else if (forProgramme && viaPreparatoryYear !== undefined) {
      if (requirement === viaPreparatoryYear) {
        reasons.push(neutral("reason-funding-language-prep-year", params, facts));
      }
    } else if (requirement.comparedWithEnglish) {
      // What is missing, in the student's own terms: the level asked and the level they gave.
      const short = { funding, language: requirement.language, english: ctx.profile.english };
      reasons.push(negative("reason-funding-english-short", short, facts));
      blocked = true;
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
export function checkLanguage(requirement: LanguageRequirement, ctx: Context): LanguageCheck {
  const language = requirement.language;
  const named = requirement.cefr?.toLowerCase();
  if (language !== "en" || named === undefined) {
    return { language, met: ctx.canStudy.has(language), comparedWithEnglish: false };
  }
  const needed = CEFR_LEVELS.indexOf(named as (typeof CEFR_LEVELS)[number]);
  return { language, met: cefrRank(ctx.profile.english) >= needed, comparedWithEnglish: true };
}

/** The student's English on the CEFR scale ("none" below A1). */
function cefrRank(english: EnglishLevel): number {
  return english === "none" ? -1 : CEFR_LEVELS.indexOf(english);
}
