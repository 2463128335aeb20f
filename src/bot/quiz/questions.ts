/**
 * The questionnaire's questions, in order. Each answer fills one field of the {@link Profile};
 * labels are Fluent ids so every language shows the same options.
 */
import { PRIORITIES, type Priority, type TeachingLanguage } from "../../knowledge/schema.js";
import {
  BUDGET_TIERS,
  type BudgetTier,
  ENGLISH_LEVELS,
  FIELDS,
  PLANS,
  type Profile,
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

/** Every Fluent id the questions use, for the translation-completeness test. */
export function questionMessageIds(): string[] {
  return QUESTIONS.flatMap((q) => [q.prompt, ...q.options.map((o) => o.label)]);
}
