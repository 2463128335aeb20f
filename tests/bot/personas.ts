/**
 * The students of `tests/unit/recommend/persona-cases.ts`, as the questionnaire's buttons: the
 * same profiles, answered by tapping. Where the questionnaire cannot say what a persona's profile
 * says (Czech is no teaching language it offers), the nearest answer stands in; where a persona
 * leaves where they stand unsaid, a master's applicant has graduated (or works, with work
 * experience) and a bachelor's applicant is finishing school.
 */
import { QUIZ_LANGUAGES } from "../../src/bot/quiz/questions.js";
import type { Profile } from "../../src/recommend/profile.js";
import { PERSONAS as PERSONA_CASES } from "../unit/recommend/persona-cases.js";
import type { Answers } from "./quiz-flow.js";

type Student = Omit<Profile, "situation"> & Partial<Pick<Profile, "situation">>;

export const PERSONAS: readonly { name: string; profile: Student }[] = PERSONA_CASES.map(
  ({ name, profile }) => ({ name, profile }),
);

function ageAnswer(age: number | undefined): string | undefined {
  if (age === undefined) return undefined;
  const buckets: [number, string][] = [
    [21, "age-under-21"],
    [25, "age-21-24"],
    [30, "age-25-29"],
    [35, "age-30-34"],
    [40, "age-35-39"],
  ];
  return buckets.find(([below]) => age < below)?.[1] ?? "age-40-plus";
}

function workAnswer(years: number | undefined): string | undefined {
  if (years === undefined) return undefined;
  if (years === 0) return "work-none";
  if (years === 1) return "work-one";
  return years <= 3 ? "work-two-three" : "work-four-plus";
}

/** The buttons a student with this profile taps. */
export function answersFor(profile: Student): Answers {
  const situation =
    profile.situation ??
    (profile.level === "bachelor" ? "school" : profile.workYears ? "working" : "graduated");
  const age = ageAnswer(profile.age);
  const workYears = workAnswer(profile.workYears);
  return {
    situation: `situation-${situation}`,
    level: `level-${profile.level}`,
    budget: `budget-${profile.budget}`,
    languages: profile.languages
      .filter((l) => QUIZ_LANGUAGES.includes(l))
      .map((l) => `language-${l}`),
    learn: profile.willLearnLanguage ? "quiz-learn-yes" : "quiz-learn-no",
    field: `field-${profile.field}`,
    priorities: profile.priorities.map((p) => `priority-${p}`),
    plan: `plan-${profile.plan}`,
    english: `english-${profile.english}`,
    ...(age === undefined ? {} : { age }),
    ...(workYears === undefined ? {} : { workYears }),
  };
}
