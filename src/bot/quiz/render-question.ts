/**
 * Turns a question and the student's draft into a message: the prompt with progress, and one
 * inline keyboard whose buttons carry the questionnaire run and step, so buttons from an older
 * message or an earlier run can be recognised and turned away.
 */
import { InlineKeyboard } from "grammy";
import type { Rates } from "../../knowledge/schema.js";
import { BUDGET_TIERS, type BudgetTier } from "../../recommend/profile.js";
import type { Translate } from "../i18n.js";
import { encodeCallback, indexesToMask, maskToIndexes } from "../keyboards/callback-data.js";
import { escapeHtml } from "../render/html.js";
import { type MultiChoiceQuestion, QUESTIONS, type Question } from "./questions.js";

export interface QuestionView {
  text: string;
  keyboard: InlineKeyboard;
}

/**
 * "3/8" for the main questions. The follow-ups are counted on their own ("+1/2"): they are only
 * known once the main answers are in, and a count that went from 8/8 to 9/10 would read as a
 * mistake.
 */
export function progress(step: number, total: number = QUESTIONS.length): string {
  const main = QUESTIONS.length;
  return step < main
    ? `${step + 1}/${Math.min(total, main)}`
    : `+${step - main + 1}/${total - main}`;
}

/**
 * The option's label; budget tiers also show an approximate dollar figure when rates are known.
 * The figures go to Fluent as numbers, so each language groups them its own way ("4 500" in
 * Russian and Kazakh, where "4,500" reads as four and a half) and puts the "$" where it belongs.
 */
export function optionLabel(
  question: Question,
  index: number,
  t: Translate,
  rates?: Rates,
): string {
  const option = question.options[index];
  if (option === undefined) return "";
  const label = t(option.label);
  if (question.key !== "budget" || rates?.kzt.USD === undefined) return label;
  const tier = BUDGET_TIERS[option.value as BudgetTier];
  if (tier.maxKzt === 0) return label;
  const usd = (kzt: number) => roundForDisplay(kzt / (rates.kzt.USD as number));
  return Number.isFinite(tier.maxKzt)
    ? t("budget-usd-range", { label, low: usd(tier.minKzt), high: usd(tier.maxKzt) })
    : t("budget-usd-from", { label, low: usd(tier.minKzt) });
}

/** A button's "≈" needs no more than hundreds. */
function roundForDisplay(value: number): number {
  return value >= 1000 ? Math.round(value / 100) * 100 : Math.round(value);
}

/** How many options a multi-choice question takes, in words ("all that apply" or "up to 3"). */
export function multiChoiceHint(question: MultiChoiceQuestion, t: Translate): string {
  return question.max >= question.options.length
    ? t("quiz-multi-hint-all")
    : t("quiz-multi-hint", { max: question.max });
}

export interface RenderOptions {
  rates?: Rates;
  selected?: readonly number[];
  /** The questions of this run (the main ones plus any follow-ups); default: the main ones. */
  questions?: readonly Question[];
}

export function renderQuestion(
  step: number,
  run: string,
  t: Translate,
  options: RenderOptions = {},
): QuestionView {
  const questions = options.questions ?? QUESTIONS;
  const question = questions[step];
  if (question === undefined) throw new RangeError(`no question at step ${step}`);
  const selected = options.selected ?? [];
  const lines = [`<b>${progress(step, questions.length)}</b> · ${escapeHtml(t(question.prompt))}`];
  if (step >= QUESTIONS.length) lines.push(`<i>${escapeHtml(t("quiz-follow-up-hint"))}</i>`);
  if (question.kind === "multi") lines.push(`<i>${escapeHtml(multiChoiceHint(question, t))}</i>`);
  const keyboard = new InlineKeyboard();
  question.options.forEach((_, index) => {
    const label = optionLabel(question, index, t, options.rates);
    if (question.kind === "single") {
      // Back shows the answer given before, ticked; tapping it again keeps it.
      keyboard.text(
        selected.includes(index) ? `✅ ${label}` : label,
        encodeCallback({ kind: "quiz", run, step, action: "answer", value: String(index) }),
      );
    } else {
      const chosen = selected.includes(index);
      const next = chosen ? selected.filter((i) => i !== index) : [...selected, index];
      keyboard.text(
        `${chosen ? "✅" : "▫️"} ${label}`,
        encodeCallback({ kind: "quiz", run, step, action: "toggle", value: indexesToMask(next) }),
      );
    }
    // Two short options per row; long ones (budget, fields, plans) get a row each on a phone.
    if (question.kind === "multi" ? index % 2 === 1 : true) keyboard.row();
  });
  keyboard.row();
  if (step > 0)
    keyboard.text(
      t("quiz-back"),
      encodeCallback({ kind: "quiz", run, step, action: "back", value: "" }),
    );
  if (question.kind === "multi") {
    keyboard.text(
      t("quiz-done", { count: selected.length }),
      encodeCallback({ kind: "quiz", run, step, action: "done", value: indexesToMask(selected) }),
    );
  }
  return { text: lines.join("\n"), keyboard };
}

/** The answered form of a question: kept in the chat as a record, without buttons. */
export function renderAnswered(
  step: number,
  answerIndexes: readonly number[],
  t: Translate,
  options: { rates?: Rates; questions?: readonly Question[] } = {},
): string {
  const questions = options.questions ?? QUESTIONS;
  const question = questions[step];
  if (question === undefined) throw new RangeError(`no question at step ${step}`);
  const answer = answerIndexes.map((i) => optionLabel(question, i, t, options.rates)).join(", ");
  return `✅ <b>${progress(step, questions.length)}</b> · ${escapeHtml(t(question.prompt))}\n→ <b>${escapeHtml(answer)}</b>`;
}

export { maskToIndexes };
