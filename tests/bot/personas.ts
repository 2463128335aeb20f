/**
 * The students of `tests/unit/recommend/personas.test.ts`, as the questionnaire's buttons: the
 * same profiles, answered by tapping. Where the questionnaire cannot say what a persona's profile
 * says (Czech is no teaching language it offers), the nearest answer stands in; where a persona
 * leaves where they stand unsaid, a master's applicant has graduated (or works, with work
 * experience) and a bachelor's applicant is finishing school.
 */
import { QUIZ_LANGUAGES } from "../../src/bot/quiz/questions.js";
import type { Profile } from "../../src/recommend/profile.js";
import type { Answers } from "./quiz-flow.js";

type Student = Omit<Profile, "situation"> & Partial<Pick<Profile, "situation">>;

export const PERSONAS: readonly { name: string; profile: Student }[] = [
  {
    name: "a school leaver on the lowest budget who studies in Russian",
    profile: {
      level: "bachelor",
      budget: "under-2m",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "engineering-it",
      priorities: ["low-cost", "close-to-home"],
      plan: "return",
      english: "a2",
    },
  },
  {
    name: "a Russian-speaking school leaver who wants to study medicine on the lowest budget",
    profile: {
      level: "bachelor",
      budget: "under-2m",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "medicine",
      priorities: ["low-cost", "close-to-home"],
      plan: "return",
      english: "a2",
    },
  },
  {
    name: "a master's student with C1 English who wants prestige and career links",
    profile: {
      level: "master",
      budget: "5m-10m",
      languages: ["kk", "ru", "en"],
      willLearnLanguage: false,
      field: "business-economics",
      priorities: ["prestige", "career-links"],
      plan: "return",
      english: "c1",
    },
  },
  {
    name: "a bachelor's applicant ready to learn Chinese",
    profile: {
      level: "bachelor",
      budget: "2m-5m",
      languages: ["kk", "ru"],
      willLearnLanguage: true,
      field: "engineering-it",
      priorities: ["low-cost", "career-links"],
      plan: "unsure",
      english: "a2",
    },
  },
  {
    name: "a student with B2 English who wants a new culture and quality",
    profile: {
      level: "bachelor",
      budget: "5m-10m",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "engineering-it",
      priorities: ["new-culture", "prestige"],
      plan: "unsure",
      english: "b2",
    },
  },
  {
    name: "a student of medicine with only Kazakh and Russian who will not learn another language",
    profile: {
      level: "bachelor",
      budget: "5m-10m",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "medicine",
      priorities: ["prestige"],
      plan: "unsure",
      english: "none",
    },
  },
  {
    name: "a scholarship-only school leaver",
    profile: {
      level: "bachelor",
      budget: "scholarship-only",
      languages: ["kk", "ru"],
      willLearnLanguage: true,
      field: "natural-sciences",
      priorities: ["low-cost"],
      plan: "return",
      english: "b1",
    },
  },
  {
    name: "a scholarship-only master's student who wants prestige and career links",
    profile: {
      level: "master",
      budget: "scholarship-only",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "natural-sciences",
      priorities: ["prestige", "career-links"],
      plan: "return",
      english: "b2",
    },
  },
  {
    name: "a master's student who means to stay abroad and work",
    profile: {
      level: "master",
      budget: "over-10m",
      languages: ["ru", "en"],
      willLearnLanguage: false,
      field: "engineering-it",
      priorities: ["work-abroad", "career-links"],
      plan: "stay-abroad",
      english: "c1",
    },
  },
  {
    name: "a master's applicant with two years of work experience who plans to return",
    profile: {
      level: "master",
      budget: "2m-5m",
      languages: ["kk", "ru", "en"],
      willLearnLanguage: false,
      field: "social-humanities",
      priorities: ["prestige", "career-links"],
      plan: "return",
      english: "c1",
      workYears: 2,
      age: 27,
    },
  },
  {
    name: "a school leaver with German at B1 who will do the Studienkolleg",
    profile: {
      level: "bachelor",
      budget: "5m-10m",
      languages: ["kk", "ru"],
      willLearnLanguage: true,
      field: "engineering-it",
      priorities: ["low-cost", "work-abroad"],
      plan: "unsure",
      english: "a2",
      age: 17,
    },
  },
  {
    name: "a school leaver on the lowest budget who can study in Czech",
    profile: {
      level: "bachelor",
      budget: "under-2m",
      languages: ["kk", "ru", "cs"],
      willLearnLanguage: false,
      field: "natural-sciences",
      priorities: ["low-cost", "work-abroad"],
      plan: "unsure",
      english: "a2",
    },
  },
  {
    name: "a Turkish-speaking school leaver on scholarship only",
    profile: {
      level: "bachelor",
      budget: "scholarship-only",
      languages: ["kk", "ru", "tr"],
      willLearnLanguage: false,
      field: "engineering-it",
      priorities: ["low-cost", "new-culture"],
      plan: "return",
      english: "a2",
      age: 18,
    },
  },
  {
    name: "a scholarship-only school leaver ready to learn Chinese",
    profile: {
      level: "bachelor",
      budget: "scholarship-only",
      languages: ["kk", "ru"],
      willLearnLanguage: true,
      field: "engineering-it",
      priorities: ["low-cost", "career-links"],
      plan: "return",
      english: "a2",
      age: 18,
    },
  },
  {
    name: "a scholarship-only school leaver with B2 English who wants a new culture",
    profile: {
      level: "bachelor",
      budget: "scholarship-only",
      languages: ["kk", "ru"],
      willLearnLanguage: true,
      field: "engineering-it",
      priorities: ["new-culture", "prestige"],
      plan: "unsure",
      english: "b2",
      age: 18,
    },
  },
  {
    name: "a scholarship-only school leaver with B2 English",
    profile: {
      level: "bachelor",
      budget: "scholarship-only",
      languages: ["kk", "ru"],
      willLearnLanguage: false,
      field: "natural-sciences",
      priorities: ["low-cost", "work-abroad"],
      plan: "unsure",
      english: "b2",
      age: 18,
    },
  },
  {
    name: "a master's applicant with three years of work experience who plans to return",
    profile: {
      level: "master",
      budget: "scholarship-only",
      languages: ["kk", "ru", "en"],
      willLearnLanguage: false,
      field: "business-economics",
      priorities: ["career-links", "prestige"],
      plan: "return",
      english: "c1",
      workYears: 3,
      age: 28,
    },
  },
];

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
