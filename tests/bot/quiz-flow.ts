/** Answers the questionnaire through its buttons, the way a student taps them. */

import { inlineButtonsOf } from "../../src/chat/fake-bot-api.js";
import type { Locale } from "../../src/knowledge/schema.js";
import { Profile } from "../../src/recommend/profile.js";
import { type Harness, tr } from "./harness.js";

export interface Answers {
  situation: string;
  level: string;
  budget: string;
  languages: string[];
  learn: string;
  field: string;
  priorities: string[];
  plan: string;
  english: string;
  /** Answers to follow-up questions, used only if the bot asks them. */
  age?: string;
  workYears?: string;
}

/** A school leaver on the lowest budget who studies in Kazakh and Russian and wants to stay near. */
export const SCHOOL_LEAVER: Answers = {
  situation: "situation-school",
  level: "level-bachelor",
  budget: "budget-under-2m",
  languages: ["language-kk", "language-ru"],
  learn: "quiz-learn-no",
  field: "field-social-humanities",
  priorities: ["priority-low-cost", "priority-close-to-home"],
  plan: "plan-return",
  english: "english-a2",
  age: "age-under-21",
};

/** The profile the bot saves for {@link SCHOOL_LEAVER} (under 21: the age follow-up is asked). */
export const SCHOOL_LEAVER_PROFILE: Profile = Profile.parse({
  situation: "school",
  level: "bachelor",
  budget: "under-2m",
  languages: ["kk", "ru"],
  willLearnLanguage: false,
  field: "social-humanities",
  priorities: ["low-cost", "close-to-home"],
  plan: "return",
  english: "a2",
  age: 18,
});

/** Presses the newest button whose label starts with the translation of `key`. */
export async function tap(
  h: Harness,
  locale: Locale,
  key: string,
  params?: Record<string, string | number>,
): Promise<void> {
  const wanted = tr(locale, key, params);
  for (const message of h.fake.messages(h.student.id).reverse()) {
    const button = inlineButtonsOf(message).find(
      (b) =>
        "callback_data" in b &&
        (b.text === wanted || b.text.startsWith(`${wanted} (`) || b.text.endsWith(` ${wanted}`)),
    );
    if (button && "callback_data" in button && button.callback_data) {
      await h.pressData(message.message_id, button.callback_data);
      return;
    }
  }
  throw new Error(`no button "${wanted}" in the chat`);
}

export async function tapDone(h: Harness, locale: Locale, count: number): Promise<void> {
  await tap(h, locale, "quiz-done", { count });
}

/** Answers the questions from `fromStep` (0 = the first) up to, not including, `toStep`. */
export async function answerQuestionnaire(
  h: Harness,
  locale: Locale,
  a: Answers,
  fromStep = 0,
  toStep = Number.POSITIVE_INFINITY,
): Promise<void> {
  const steps: (() => Promise<void>)[] = [
    () => tap(h, locale, a.situation),
    () => tap(h, locale, a.level),
    () => tap(h, locale, a.budget),
    async () => {
      for (const l of a.languages) await tap(h, locale, l);
      await tapDone(h, locale, a.languages.length);
    },
    () => tap(h, locale, a.learn),
    () => tap(h, locale, a.field),
    async () => {
      for (const p of a.priorities) await tap(h, locale, p);
      await tapDone(h, locale, a.priorities.length);
    },
    () => tap(h, locale, a.plan),
    () => tap(h, locale, a.english),
  ];
  for (const step of steps.slice(fromStep, toStep)) await step();
  if (toStep >= steps.length) await answerFollowUps(h, locale, a);
}

/** Answers the follow-up questions the bot asks (age, work experience), if any. */
export async function answerFollowUps(h: Harness, locale: Locale, a: Answers): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const text = h.fake.lastMessage(h.student.id)?.text ?? "";
    if (text.includes(tr(locale, "quiz-age-question"))) await tap(h, locale, a.age ?? "age-21-24");
    else if (text.includes(tr(locale, "quiz-work-question")))
      await tap(h, locale, a.workYears ?? "work-none");
    else return;
  }
}
