/**
 * The student's saved answers as a message with a "change" button per answer, and the one
 * question asked again to change an answer. Callback data carries the question's position in
 * {@link EDITABLE_QUESTIONS} and, for multi-choice questions, the selection so far, so editing
 * keeps no state outside the buttons. Pure: no I/O.
 */
import { InlineKeyboard } from "grammy";
import type { Rates } from "../../knowledge/schema.js";
import type { Profile } from "../../recommend/profile.js";
import type { Translate } from "../i18n.js";
import { encodeCallback, indexesToMask } from "../keyboards/callback-data.js";
import { FOLLOW_UPS, QUESTIONS, type Question } from "../quiz/questions.js";
import { multiChoiceHint, optionLabel } from "../quiz/render-question.js";
import { escapeHtml } from "./html.js";

/** Every answer a profile can hold: the main questions, then the follow-ups. */
export const EDITABLE_QUESTIONS: readonly Question[] = [
  ...QUESTIONS,
  FOLLOW_UPS.workYears,
  FOLLOW_UPS.age,
];

/** Option indexes of the student's current answer to a question (empty when unanswered). */
export function currentIndexes(question: Question, profile: Profile): number[] {
  const value = profile[question.key];
  if (value === undefined) return [];
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return question.options
    .map((option, index) => (values.includes(option.value) ? index : -1))
    .filter((index) => index >= 0);
}

function answerText(question: Question, profile: Profile, t: Translate, rates?: Rates): string {
  const indexes = currentIndexes(question, profile);
  if (indexes.length === 0) return t("profile-not-answered");
  return indexes.map((i) => optionLabel(question, i, t, rates)).join(", ");
}

/**
 * The answers, one line each, with a change button per answer. Follow-up answers are listed only
 * once given, or when `pending` says a scholarship in the results depends on them.
 */
export function renderProfile(
  profile: Profile,
  t: Translate,
  options: { rates?: Rates; pending?: readonly string[] } = {},
): { text: string; keyboard: InlineKeyboard } {
  const lines = [
    `<b>${escapeHtml(t("profile-title"))}</b>`,
    `<i>${escapeHtml(t("profile-hint"))}</i>`,
    "",
  ];
  const keyboard = new InlineKeyboard();
  let shown = 0;
  EDITABLE_QUESTIONS.forEach((question, index) => {
    const followUp = index >= QUESTIONS.length;
    if (followUp && profile[question.key] === undefined && !options.pending?.includes(question.key))
      return;
    const field = t(`profile-field-${question.key}`);
    lines.push(
      `${escapeHtml(field)}: <b>${escapeHtml(answerText(question, profile, t, options.rates))}</b>`,
    );
    keyboard.text(
      `✏️ ${field}`,
      encodeCallback({ kind: "profile", action: "edit", question: index }),
    );
    shown++;
    if (shown % 2 === 0) keyboard.row();
  });
  return { text: lines.join("\n"), keyboard };
}

/** One question asked again, its current answer marked; multi-choice ones toggle, then Done. */
export function renderEditQuestion(
  index: number,
  selected: readonly number[],
  t: Translate,
  options: { rates?: Rates; hint?: string } = {},
): { text: string; keyboard: InlineKeyboard } | undefined {
  const question = EDITABLE_QUESTIONS[index];
  if (question === undefined) return undefined;
  const lines = [`✏️ ${escapeHtml(t(question.prompt))}`];
  if (options.hint !== undefined) lines.push(`<i>${escapeHtml(options.hint)}</i>`);
  if (question.kind === "multi") lines.push(`<i>${escapeHtml(multiChoiceHint(question, t))}</i>`);
  const keyboard = new InlineKeyboard();
  question.options.forEach((_, option) => {
    const label = optionLabel(question, option, t, options.rates);
    const chosen = selected.includes(option);
    if (question.kind === "single") {
      keyboard.text(
        `${chosen ? "• " : ""}${label}`,
        encodeCallback({
          kind: "profile",
          action: "answer",
          question: index,
          value: String(option),
        }),
      );
      keyboard.row();
    } else {
      const next = chosen ? selected.filter((i) => i !== option) : [...selected, option];
      keyboard.text(
        `${chosen ? "✅" : "▫️"} ${label}`,
        encodeCallback({
          kind: "profile",
          action: "toggle",
          question: index,
          value: indexesToMask(next),
        }),
      );
      if (option % 2 === 1) keyboard.row();
    }
  });
  keyboard.row();
  keyboard.text(t("profile-cancel-button"), encodeCallback({ kind: "profile", action: "cancel" }));
  if (question.kind === "multi") {
    keyboard.text(
      t("quiz-done", { count: selected.length }),
      encodeCallback({
        kind: "profile",
        action: "done",
        question: index,
        value: indexesToMask(selected),
      }),
    );
  }
  return { text: lines.join("\n"), keyboard };
}

/** The question after it was answered: kept in the chat as a record, without buttons. */
export function renderEditAnswered(
  index: number,
  chosen: readonly number[],
  t: Translate,
  rates?: Rates,
): string {
  const question = EDITABLE_QUESTIONS[index];
  if (question === undefined) return "";
  const answer = chosen.map((i) => optionLabel(question, i, t, rates)).join(", ");
  return `✅ ${escapeHtml(t(question.prompt))}\n→ <b>${escapeHtml(answer)}</b>`;
}
