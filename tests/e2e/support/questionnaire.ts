/**
 * The questionnaire from the student's side, by option index rather than by label: answers it
 * through the buttons on screen, and says exactly what a correct run leaves in the chat (each
 * answered question as a record, then the results), computed from the bot's own renderers, so a
 * lost, doubled or mixed-up answer shows as a difference.
 */
import { createI18n, translatorFor } from "../../../src/bot/i18n.js";
import {
  decodeCallback,
  encodeCallback,
  indexesToMask,
} from "../../../src/bot/keyboards/callback-data.js";
import {
  FOLLOW_UPS,
  QUESTIONS,
  type Question,
  questionsFor,
} from "../../../src/bot/quiz/questions.js";
import { renderAnswered } from "../../../src/bot/quiz/render-question.js";
import { renderResultsPage } from "../../../src/bot/render/results.js";
import { formattedTextFrom } from "../../../src/chat/bot-api/message-text.js";
import type { Knowledge, Locale } from "../../../src/knowledge/schema.js";
import {
  FOLLOW_UP_QUESTIONS,
  type FollowUpQuestion,
  pendingQuestions,
  recommend,
} from "../../../src/recommend/index.js";
import { Profile } from "../../../src/recommend/profile.js";
import { withBotParams } from "../../support/bot-texts.js";
import { KNOWLEDGE } from "./knowledge.js";
import type { ShownButton, Student, WaitOptions } from "./student.js";

/** The option indexes picked for one question: one for a single choice, some for multi. */
export type Choice = readonly number[];

/**
 * What a student answers, by option index, and so which questions the bot must ask them: the
 * main ones, then the follow-ups (work experience, age) that `pendingQuestions` calls for
 * given the main answers — the bot's own `questionsFor(pendingQuestions(…))`.
 */
export interface QuizPlan {
  /** The picks for the main questions, in {@link QUESTIONS} order. */
  readonly main: readonly Choice[];
  /** The option index ready for each follow-up, picked only if the bot asks it. */
  readonly followUps: Readonly<Partial<Record<FollowUpQuestion, number>>>;
  /** The questions of the run, in the order the bot asks them. */
  readonly questions: readonly Question[];
  /** The pick at each step of {@link questions}. */
  readonly choices: readonly Choice[];
}

/** The plan of a student who picks `main`, then `followUps` for whichever follow-ups are asked. */
export function quizPlan(
  main: readonly Choice[],
  followUps: QuizPlan["followUps"],
  knowledge: Knowledge = KNOWLEDGE,
): QuizPlan {
  return { main, followUps, ...stepsOf(main, followUps, knowledge) };
}

/**
 * The plan that gives `answers`: each question's option indexes, looked up by value. Follow-ups
 * may be left out if the bot does not ask them for these answers.
 *
 * @example
 * planOf({ level: "bachelor", languages: ["kk", "ru"], …, age: 18 });
 */
export function planOf(answers: Record<string, unknown>): QuizPlan {
  const indexesOf = (question: Question, wanted: unknown) =>
    (Array.isArray(wanted) ? wanted : [wanted]).map((value) => {
      const index = question.options.findIndex((option) => option.value === value);
      if (index === -1) throw new Error(`no option ${String(value)} for ${question.key}`);
      return index;
    });
  const followUps: Partial<Record<FollowUpQuestion, number>> = {};
  for (const key of FOLLOW_UP_QUESTIONS) {
    if (answers[key] !== undefined) followUps[key] = indexesOf(FOLLOW_UPS[key], answers[key])[0];
  }
  return quizPlan(
    QUESTIONS.map((question) => indexesOf(question, answers[question.key])),
    followUps,
  );
}

/**
 * A school leaver on the lowest budget who studies in Kazakh and Russian and wants to stay near;
 * under 21 (a scholarship in their results has an age limit, so the bot asks).
 */
export const SCHOOL_LEAVER: QuizPlan = planOf({
  situation: "school",
  level: "bachelor",
  budget: "under-2m",
  languages: ["kk", "ru"],
  willLearnLanguage: false,
  field: "social-humanities",
  priorities: ["low-cost", "close-to-home"],
  plan: "return",
  english: "a2",
  workYears: 0,
  age: 18,
});

/**
 * A different valid plan for every `n`, walking through each question's options (follow-ups
 * included), so a crowd of students gives the bot different answers and expects different results.
 */
export function variedPlan(n: number): QuizPlan {
  const main = QUESTIONS.map((question, step) => {
    const count = question.options.length;
    const first = (n + step * 7) % count;
    if (question.kind === "single") return [first];
    const second = (first + 1 + (Math.floor(n / count) % (count - 1))) % count;
    return n % 2 === 0 || question.max < 2 ? [first] : [first, second];
  });
  const followUps: Partial<Record<FollowUpQuestion, number>> = {};
  for (const [i, key] of FOLLOW_UP_QUESTIONS.entries()) {
    followUps[key] = (n + (QUESTIONS.length + i) * 7) % FOLLOW_UPS[key].options.length;
  }
  return quizPlan(main, followUps);
}

/** How many updates a plan takes: one per single choice, a toggle per option plus Done. */
export function updatesIn(plan: QuizPlan): number {
  return plan.questions.reduce(
    (sum, question, step) =>
      sum + (question.kind === "multi" ? (plan.choices[step]?.length ?? 0) + 1 : 1),
    0,
  );
}

/** The profile the bot should save for a plan: the main answers and the follow-ups it asked. */
export function profileOf(plan: QuizPlan): Profile {
  return profileFrom(plan.questions, plan.choices);
}

/**
 * The questions the bot asks for `main` (with the bot's own `questionsFor` and `pendingQuestions`,
 * from the main answers alone) and the pick for each.
 */
function stepsOf(
  main: readonly Choice[],
  followUps: QuizPlan["followUps"],
  knowledge: Knowledge,
): Pick<QuizPlan, "questions" | "choices"> {
  const pending = pendingQuestions(profileFrom(QUESTIONS, main), knowledge);
  const questions = questionsFor(pending);
  const choices = questions.map((question, step) => {
    if (step < QUESTIONS.length) return main[step] ?? [];
    const followUp = pending[step - QUESTIONS.length] as FollowUpQuestion;
    const index = followUps[followUp];
    if (index === undefined) {
      throw new Error(`the bot asks ${question.key} for this plan, and the plan has no answer`);
    }
    return [index];
  });
  return { questions, choices };
}

/** The profile that picking `choices` for `questions` makes. */
function profileFrom(questions: readonly Question[], choices: readonly Choice[]): Profile {
  const answers: Record<string, unknown> = {};
  for (const [step, question] of questions.entries()) {
    const values = sorted(choices[step] ?? []).map((i) => question.options[i]?.value);
    answers[question.key] = question.kind === "multi" ? values : values[0];
  }
  return Profile.parse(answers);
}

/** Whether `data` is the questionnaire button for `step` doing `action` with `value`. */
export function isQuizButton(
  data: string,
  step: number,
  action: "answer" | "toggle" | "done" | "back",
  value?: string,
): boolean {
  const decoded = decodeCallback(data);
  return (
    decoded?.kind === "quiz" &&
    decoded.step === step &&
    decoded.action === action &&
    (value === undefined || decoded.value === value)
  );
}

/** Waits for the button that answers a single-choice `step` with option `index`. */
export function answerButton(
  student: Student,
  step: number,
  index: number,
  options: WaitOptions = {},
): Promise<ShownButton> {
  return student.waitForButton(
    (data) => isQuizButton(data, step, "answer", String(index)),
    `question ${step + 1}, option ${index}`,
    options,
  );
}

/**
 * Answers question `step` of `plan` through the buttons on screen: one tap for a single choice;
 * for a multi choice, a toggle per option (each waits for the previous one to show) and Done.
 */
export async function answerStep(student: Student, plan: QuizPlan, step: number): Promise<void> {
  const question = plan.questions[step];
  const choice = plan.choices[step] ?? [];
  if (question === undefined) throw new RangeError(`no question at step ${step}`);
  if (question.kind === "single") {
    await student.press(await answerButton(student, step, choice[0] ?? 0));
    return;
  }
  const selected: number[] = [];
  for (const index of choice) {
    const mask = indexesToMask([...selected, index]);
    await student.pressWhenShown(
      (data) => isQuizButton(data, step, "toggle", mask),
      `question ${step + 1}, toggle of option ${index}`,
    );
    selected.push(index);
  }
  await student.pressWhenShown(
    (data) => isQuizButton(data, step, "done", indexesToMask(selected)),
    `question ${step + 1}, Done with ${selected.length} chosen`,
  );
}

/** Answers questions `fromStep` up to (not including) `toStep`; by default to the last follow-up. */
export async function answerQuestionnaire(
  student: Student,
  plan: QuizPlan,
  fromStep = 0,
  toStep = plan.questions.length,
): Promise<void> {
  for (let step = fromStep; step < toStep; step++) await answerStep(student, plan, step);
}

/** What a finished questionnaire leaves in the chat, as Telegram shows it (HTML parsed). */
export interface QuizTranscript {
  /** Each question, edited into the record of its answer, in order. */
  records: string[];
  /** "Thank you", then the first page of results. */
  ending: string[];
}

const i18n = createI18n();

/**
 * The transcript the bot must produce for `plan` in `locale`, from its own renderers: the
 * questions it must ask are worked out again from `knowledge`, and the results are for the main
 * answers and the follow-ups asked, as of today (UTC), as the bot computes them.
 */
export function expectedTranscript(
  plan: QuizPlan,
  locale: Locale,
  knowledge: Knowledge,
): QuizTranscript {
  const t = translatorFor(i18n, locale);
  const { questions, choices } = stepsOf(plan.main, plan.followUps, knowledge);
  // A record is written when its question is answered: the main ones before the bot knows of
  // any follow-up (1/9 … 9/9), the follow-ups counted on their own (+1/2, +2/2).
  const records = questions.map((_, step) =>
    shown(
      renderAnswered(step, sorted(choices[step] ?? []), t, {
        rates: knowledge.rates,
        questions: step < QUESTIONS.length ? QUESTIONS : questions,
      }),
    ),
  );
  const profile = profileFrom(questions, choices);
  const results = renderResultsPage(recommend(profile, knowledge, { today: today() }), 0, {
    knowledge,
    t,
    locale,
  });
  // A first completed questionnaire ends with the question about anonymous counting.
  return {
    records,
    ending: [shown(t("quiz-finished")), ...results.map(shown), shown(t("consent-question"))],
  };
}

/**
 * Waits until the results are in the chat, followed (after a first questionnaire) by the question
 * about anonymous counting, which comes last, and the last question has become the record of its
 * answer (the bot writes a record once the answer is stored, after the results went out). What
 * they say is for {@link transcriptProblems} to judge, so a wrong result fails at once with a
 * difference instead of a timeout.
 */
export async function waitForResults(student: Student, options: WaitOptions = {}): Promise<void> {
  const consentButton = encodeCallback({ kind: "consent", answer: "yes", from: "ask" });
  await student.waitForButton(
    (data) => data === consentButton,
    "the results and the consent question",
    options,
  );
  await student.waitForMessage(
    (message) => {
      const newest = student.messages().findLast((m) => isQuestionText(m.text ?? ""));
      return message.message_id === newest?.message_id && (message.text ?? "").startsWith("✅");
    },
    "the record of the last answer",
    options,
  );
}

/** A question as the chat shows it (asked, asked again under a hint, or answered). */
export function isQuestionText(text: string): boolean {
  return /(^|\n)(✅ )?\+?\d+\/\d+ · /.test(text);
}

/**
 * Compares the chat with a correct run of `plan`: the records of all questions, each exactly once
 * and in order, and the results after them. Returns the differences (none when correct).
 * `ignore` drops messages that may legitimately appear in between (a "try again").
 */
export function transcriptProblems(
  student: Student,
  plan: QuizPlan,
  knowledge: Knowledge,
  ignore: (text: string) => boolean = () => false,
): string[] {
  const expected = expectedTranscript(plan, student.locale, knowledge);
  const texts = student.texts().filter((text) => !ignore(text));
  const firstRecord = texts.indexOf(expected.records[0] ?? "");
  const actual = firstRecord === -1 ? [] : texts.slice(firstRecord);
  const wanted = [...expected.records, ...expected.ending];
  const problems: string[] = [];
  if (firstRecord === -1) problems.push("no record of the first answer");
  for (let i = 0; i < Math.max(actual.length, wanted.length); i++) {
    if (actual[i] !== wanted[i]) {
      const from = Math.max(0, firstDifference(wanted[i] ?? "", actual[i] ?? "") - 40);
      problems.push(
        `message ${i + 1} after the questionnaire began: expected ${preview(wanted[i], from)}, got ${preview(actual[i], from)}`,
      );
      break;
    }
  }
  return problems.map((problem) => `student ${student.chatId} (${student.locale}): ${problem}`);
}

/** A translation as the chat shows it, e.g. `said("en", "error-try-again")`. */
export function said(
  locale: Locale,
  key: string,
  params?: Record<string, string | number>,
): string {
  return shown(translatorFor(i18n, locale)(key, withBotParams(key, params)));
}

/** A text as the chat shows it after Telegram parsed its HTML. */
export function shown(html: string): string {
  return formattedTextFrom({
    raw: html,
    parseMode: "HTML",
    entities: undefined,
    kind: "message",
    strictAmpersand: true,
  }).text;
}

/** Today's date as the bot takes it for deadlines (UTC). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function sorted(indexes: readonly number[]): number[] {
  return [...indexes].sort((a, b) => a - b);
}

/** Where two texts first differ. */
function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** 120 characters of `text` from `from` (where it starts to differ), marked when cut. */
function preview(text: string | undefined, from = 0): string {
  if (text === undefined) return "nothing";
  const start = Math.min(from, text.length);
  return `${start > 0 ? "…" : ""}${JSON.stringify(text.slice(start, start + 120))}`;
}
