/**
 * What the matcher works out once per call and every criterion reads, the fact ids its reasons
 * cite, and the small helpers the criteria share. Pure: no I/O, no clock.
 */
import { factId, RATES_FACT_ID } from "../knowledge/fact-ids.js";
import type {
  AdmissionRoute,
  Destination,
  Field,
  Funding,
  Knowledge,
  Obligation,
  Priority,
  StudentStatus,
  TeachingLanguage,
} from "../knowledge/schema.js";
import type { FundingPlan } from "./criteria/funding.js";
import { BUDGET_TIERS, ENGLISH_LEVELS, type Profile, statusOf } from "./profile.js";
import { ENGLISH_CLOSABLE_FROM, ENGLISH_FOR_STUDY } from "./weights.js";

export interface RecommendOptions {
  /**
   * Today as YYYY-MM-DD (a longer ISO timestamp is cut to its date); when given, funding reasons
   * say whether an application window is open, upcoming or closed. Without it there is no date
   * logic at all: no window is called open or closed.
   */
  today?: string;
}

/** Fact ids, derived the way the loader derives them (`fact-ids.ts`), in one place. */
export const fact = {
  languages: (d: Destination) => factId(d.id, "languages"),
  degreeYears: (d: Destination) => factId(d.id, "degreeYears"),
  admission: (d: Destination, route: AdmissionRoute) => factId(d.id, `admission.${route.id}`),
  closeness: (d: Destination) => factId(d.id, "closeness"),
  work: (d: Destination) => factId(d.id, "work"),
  fit: (d: Destination, priority: Priority) => factId(d.id, `fit.${priority}`),
  fieldFit: (d: Destination, field: Field) => factId(d.id, `fieldFit.${field}`),
  levels: (f: Funding) => factId(f.id, "levels"),
  destinations: (f: Funding) => factId(f.id, "destinations"),
  covers: (fundingId: string) => factId(fundingId, "covers"),
  eligibility: (f: Funding) => factId(f.id, "eligibility"),
  obligation: (f: Funding, o: Obligation) => factId(f.id, `obligations.${o.id}`),
  window: (f: Funding) => factId(f.id, "window"),
  rates: RATES_FACT_ID,
} as const;

/** What the matcher works out once per call and uses for every destination. */
export interface Context {
  profile: Profile;
  knowledge: Knowledge;
  today: string | undefined;
  /** Where the student stands now, as funding routes speak of it; undefined when not asked. */
  status: StudentStatus | undefined;
  /** Teaching languages the student can study in now (English only from {@link ENGLISH_FOR_STUDY}). */
  canStudy: ReadonlySet<TeachingLanguage>;
  /** English from {@link ENGLISH_CLOSABLE_FROM}, below the level needed to study in it. */
  englishBelowStudyLevel: boolean;
  budgetMaxKzt: number;
  scholarshipOnly: boolean;
  rateFacts: string[];
  /** The funding routes that can apply to this student, worked out once for every destination. */
  funding: FundingPlan[];
}

/** The context without its funding plans, which are worked out from it (`planFunding`). */
export function createContext(
  profile: Profile,
  knowledge: Knowledge,
  options: RecommendOptions,
): Context {
  const englishRank = ENGLISH_LEVELS.indexOf(profile.english);
  const englishForStudy = englishRank >= ENGLISH_LEVELS.indexOf(ENGLISH_FOR_STUDY);
  const canStudy = new Set<TeachingLanguage>(profile.languages.filter((l) => l !== "en"));
  if (englishForStudy) canStudy.add("en");
  const englishClosable = englishRank >= ENGLISH_LEVELS.indexOf(ENGLISH_CLOSABLE_FROM);
  return {
    profile,
    knowledge,
    today: isoDay(options.today),
    status: profile.situation === undefined ? undefined : statusOf(profile.situation),
    canStudy,
    englishBelowStudyLevel: !englishForStudy && englishClosable,
    budgetMaxKzt: BUDGET_TIERS[profile.budget].maxKzt,
    scholarshipOnly: profile.budget === "scholarship-only",
    rateFacts: knowledge.facts.has(fact.rates) ? [fact.rates] : [],
    funding: [],
  };
}

/**
 * The page to check when Bagdar has no data on something about a destination: where the student
 * applies at their level (an admission route's official page), or the first way in listed.
 */
export function pageToCheck(d: Destination, ctx: Context): string {
  const route = d.admission.find((r) => r.levels.includes(ctx.profile.level)) ?? d.admission[0];
  return route === undefined ? fact.languages(d) : fact.admission(d, route);
}

/** `options.today` as YYYY-MM-DD, so ISO dates compare as strings; a malformed date is a bug. */
function isoDay(today: string | undefined): string | undefined {
  if (today === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(today)?.[0];
  if (day === undefined) {
    throw new RangeError(`options.today must be an ISO date (YYYY-MM-DD), not "${today}"`);
  }
  return day;
}

/** Code-unit order: the same everywhere, unlike `localeCompare`. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
