/** Generated students for property tests: every answer the profile can hold, and some left out. */
import fc from "fast-check";
import { PRIORITIES, TEACHING_LANGUAGES } from "../../../src/knowledge/schema.js";
import {
  BUDGET_TIERS,
  type BudgetTier,
  ENGLISH_LEVELS,
  FIELDS,
  PLANS,
  type Profile,
  SITUATIONS,
} from "../../../src/recommend/profile.js";

/** Drops keys whose value is undefined, as a stored profile would not have them. */
function compact(profile: Profile): Profile {
  return Object.fromEntries(
    Object.entries(profile).filter(([, value]) => value !== undefined),
  ) as Profile;
}

/** Any valid profile, the optional answers (situation, work, age) given or not. */
export const profiles: fc.Arbitrary<Profile> = fc
  .record({
    situation: fc.option(fc.constantFrom(...SITUATIONS), { nil: undefined }),
    level: fc.constantFrom("bachelor", "master", "doctorate" as const),
    budget: fc.constantFrom(...(Object.keys(BUDGET_TIERS) as BudgetTier[])),
    languages: fc.subarray([...TEACHING_LANGUAGES], { minLength: 1 }),
    willLearnLanguage: fc.boolean(),
    field: fc.constantFrom(...FIELDS),
    priorities: fc.subarray([...PRIORITIES], { maxLength: 3 }),
    plan: fc.constantFrom(...PLANS),
    english: fc.constantFrom(...ENGLISH_LEVELS),
    workYears: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    age: fc.option(fc.integer({ min: 15, max: 50 }), { nil: undefined }),
  })
  .map(compact);

/** How many students a property is checked on: thousands, as a sweep of real answers. */
export const RUNS = 2_000;
