/**
 * The questionnaire's questions, in order. Each answer fills one field of the {@link Profile};
 * labels are Fluent ids so every language shows the same options.
 */
import { PRIORITIES, type Priority, type TeachingLanguage } from "../../knowledge/schema.js";
import type { FollowUpQuestion } from "../../recommend/index.js";
import {
  BUDGET_TIERS,
  type BudgetTier,
  ENGLISH_LEVELS,
  FIELDS,
  PLANS,
  type Profile,
  SITUATIONS,
} from "../../recommend/profile.js";

export interface QuestionOption<V> {
  value: V;
  /** Fluent id of the option's label. */
  label: string;
}

interface QuestionBase<K extends keyof Profile> {
  key: K;
  /** Fluent id of the question. */
  prompt: string;
}

export interface SingleChoiceQuestion<K extends keyof Profile = keyof Profile>
  extends QuestionBase<K> {
  kind: "single";
  options: readonly QuestionOption<Profile[K]>[];
}

export interface MultiChoiceQuestion<K extends keyof Profile = keyof Profile>
  extends QuestionBase<K> {
  kind: "multi";
  options: readonly QuestionOption<Profile[K] extends readonly (infer E)[] ? E : never>[];
  min: number;
  max: number;
}

export type Question = SingleChoiceQuestion | MultiChoiceQuestion;

/** Languages offered as "I can study in…": the ones Kazakhstani students most often have. */
export const QUIZ_LANGUAGES: readonly TeachingLanguage[] = [
  "kk",
  "ru",
  "en",
  "zh",
  "ko",
  "de",
  "tr",
];

export const MAX_PRIORITIES = 3;

export const QUESTIONS: readonly Question[] = [
  // Where the student stands now decides which funding routes they can use at all (an exchange
  // needs enrolment at a Kazakhstani university), so it comes first.
  {
    key: "situation",
    kind: "single",
    prompt: "quiz-situation-question",
    options: SITUATIONS.map((value) => ({ value, label: `situation-${value}` })),
  },
  {
    key: "level",
    kind: "single",
    prompt: "quiz-level-question",
    options: (["bachelor", "master", "doctorate"] as const).map((value) => ({
      value,
      label: `level-${value}`,
    })),
  },
  {
    key: "budget",
    kind: "single",
    prompt: "quiz-budget-question",
    options: (Object.keys(BUDGET_TIERS) as BudgetTier[]).map((value) => ({
      value,
      label: `budget-${value}`,
    })),
  },
  {
    key: "languages",
    kind: "multi",
    prompt: "quiz-languages-question",
    min: 1,
    max: QUIZ_LANGUAGES.length,
    options: QUIZ_LANGUAGES.map((value) => ({ value, label: `language-${value}` })),
  },
  {
    key: "willLearnLanguage",
    kind: "single",
    prompt: "quiz-learn-question",
    options: [
      { value: true, label: "quiz-learn-yes" },
      { value: false, label: "quiz-learn-no" },
    ],
  },
  {
    key: "field",
    kind: "single",
    prompt: "quiz-field-question",
    options: FIELDS.map((value) => ({ value, label: `field-${value}` })),
  },
  {
    key: "priorities",
    kind: "multi",
    prompt: "quiz-priorities-question",
    min: 1,
    max: MAX_PRIORITIES,
    options: PRIORITIES.map((value: Priority) => ({ value, label: `priority-${value}` })),
  },
  {
    key: "plan",
    kind: "single",
    prompt: "quiz-plan-question",
    options: PLANS.map((value) => ({ value, label: `plan-${value}` })),
  },
  {
    key: "english",
    kind: "single",
    prompt: "quiz-english-question",
    options: ENGLISH_LEVELS.map((value) => ({ value, label: `english-${value}` })),
  },
] as Question[];

/**
 * Follow-up questions, asked after the main ones only when a funding route among the student's
 * top destinations depends on the answer (see `pendingQuestions`). Bands, not exact numbers: the
 * value stored is a point inside the band, chosen so the limits in the knowledge base (under 21,
 * 25, 30, 35, 40; two years of work) fall on band edges.
 */
export const FOLLOW_UPS: Readonly<Record<FollowUpQuestion, Question>> = {
  workYears: {
    key: "workYears",
    kind: "single",
    prompt: "quiz-work-question",
    options: [
      { value: 0, label: "work-none" },
      { value: 1, label: "work-one" },
      { value: 2, label: "work-two-three" },
      { value: 4, label: "work-four-plus" },
    ],
  },
  age: {
    key: "age",
    kind: "single",
    prompt: "quiz-age-question",
    options: [
      { value: 18, label: "age-under-21" },
      { value: 22, label: "age-21-24" },
      { value: 27, label: "age-25-29" },
      { value: 32, label: "age-30-34" },
      { value: 37, label: "age-35-39" },
      { value: 45, label: "age-40-plus" },
    ],
  },
} as Record<FollowUpQuestion, Question>;

/** The questions of a run: the main ones, then the follow-ups this student's answers call for. */
export function questionsFor(followUps: readonly FollowUpQuestion[]): readonly Question[] {
  return followUps.length === 0
    ? QUESTIONS
    : [...QUESTIONS, ...followUps.map((f) => FOLLOW_UPS[f])];
}

/** Every Fluent id the questions use, for the translation-completeness test. */
export function questionMessageIds(): string[] {
  return [...QUESTIONS, ...Object.values(FOLLOW_UPS)].flatMap((q) => [
    q.prompt,
    ...q.options.map((o) => o.label),
  ]);
}
