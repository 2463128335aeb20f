/**
 * The questionnaire as a grammY conversation (v2). The plugin replays the builder from the top
 * on every update, so the builder is kept to the flow itself: which question, which answer.
 * Everything that touches the chat or the session runs in `conversation.external` with the
 * update's own context, one call per step (settle the answer and show what comes next): a replay
 * skips it and reads back the small record it logged (a message id, the follow-ups). That keeps
 * the cost of a step and the stored log flat as the run goes on.
 *
 * Only answers, Back and Done reach the conversation; toggles, old buttons and stray words are
 * answered before it (see `stray-input.ts`), outside the log.
 */
import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { Knowledge } from "../../knowledge/schema.js";
import { type FollowUpQuestion, pendingQuestions } from "../../recommend/index.js";
import { Profile } from "../../recommend/profile.js";
import type { BotContext, QuizContext, QuizPosition } from "../context.js";
import { decodeCallback, maskToIndexes, type QuizAnswer } from "../keyboards/callback-data.js";
import { type QuizMessages, questionsAt } from "./question-messages.js";
import { QUESTIONS, type Question } from "./questions.js";

export const QUESTIONNAIRE_ID = "questionnaire";

/** More turns than any honest run needs (10 answers, a few Backs); a bound instead of `while (true)`. */
const MAX_TURNS = 60;

export interface QuestionnaireDeps {
  knowledge: Knowledge;
  messages: QuizMessages;
  /** Called with the finished profile and the update's own context, to show the results. */
  onComplete: (ctx: BotContext, profile: Profile) => Promise<void>;
}

type Answers = Partial<Record<keyof Profile, unknown>>;

/** The button data of an answer, Back or Done tapped on the question at `position`, if it is one. */
export function answerTo(ctx: Context, position: QuizPosition): QuizAnswer | undefined {
  const data = decodeCallback(ctx.callbackQuery?.data);
  return data?.kind === "quiz" &&
    data.run === position.run &&
    data.step === position.step &&
    data.action !== "toggle"
    ? data
    : undefined;
}

/** The option indexes an answer chose, or undefined when they do not make a valid answer. */
export function chosenOptions(question: Question, data: QuizAnswer): number[] | undefined {
  if (question.kind === "multi") {
    const chosen = maskToIndexes(data.value).filter((i) => i < question.options.length);
    return chosen.length < question.min || chosen.length > question.max ? undefined : chosen;
  }
  const index = Number(data.value);
  return question.options[index] === undefined ? undefined : [index];
}

/** What one step did in the chat, as the log keeps it: small, so replays stay cheap. */
interface StepShown {
  /** The message that now shows the question; absent once the run is complete. */
  message?: number;
  /** The follow-up questions of this run, when they were just worked out. */
  followUps?: FollowUpQuestion[];
}

/** Builds the conversation function, closing over the knowledge and the chat side effects. */
export function createQuestionnaire(deps: QuestionnaireDeps) {
  const { knowledge, messages } = deps;

  return async function questionnaire(
    conversation: Conversation<BotContext, QuizContext>,
    _entered: QuizContext,
  ): Promise<void> {
    const run = Math.floor((await conversation.random()) * 36 ** 5)
      .toString(36)
      .padStart(5, "0");
    const answers: Answers = {};
    /** The option indexes chosen at each step, so Back can show them ticked. */
    const chosenAt: number[][] = [];
    let step = 0;
    /** Asked after the main questions when a route in the top results depends on them. */
    let followUps: FollowUpQuestion[] = [];
    const positionAt = (at: number): QuizPosition => ({
      run,
      step: at,
      ...(followUps.length > 0 ? { followUps } : {}),
    });

    await conversation.external((outer) => messages.showQuestion(outer, positionAt(0)));

    for (let turn = 0; turn < MAX_TURNS; turn++) {
      const position = positionAt(step);
      const question = questionsAt(position)[step];
      if (question === undefined) break;
      // Anything else goes on to the features after the questionnaire.
      const answer = await conversation.waitUntil((ctx) => answerTo(ctx, position) !== undefined, {
        next: true,
      });
      const data = answerTo(answer, position) as QuizAnswer;
      const pressed = answer.callbackQuery?.message?.message_id;

      if (data.action === "back") {
        step = Math.max(0, step - 1);
        const previous = positionAt(step);
        const earlier = chosenAt[step];
        await conversation.external(async (outer) => {
          await outer.answerCallbackQuery();
          await messages.showInPlace(outer, previous, pressed, earlier);
        });
        continue;
      }
      const chosen = chosenOptions(question, data);
      if (chosen === undefined) {
        // The message keeps its ticks; the student fixes the choice and taps Done again.
        await conversation.external((outer) => messages.refuseAnswer(outer, question));
        continue;
      }
      answers[question.key] =
        question.kind === "multi"
          ? chosen.map((i) => question.options[i]?.value)
          : question.options[chosen[0] as number]?.value;
      chosenAt[step] = chosen;
      step++;

      // One `external` settles the answer and shows what comes next (the next question, or the
      // results), so a replay reads back one small record per step.
      const mainDone = step === QUESTIONS.length;
      const shown: StepShown = await conversation.external(async (outer) => {
        await outer.answerCallbackQuery();
        // The record of the answer appears once the answer is stored (see question-messages.ts).
        messages.settleAnswer(outer, position, chosen, pressed);
        const next: StepShown = mainDone ? { followUps: followUpsFor(answers, knowledge) } : {};
        const upcoming = { run, step, ...nonEmpty(next.followUps ?? followUps) };
        if (questionsAt(upcoming)[step] === undefined) {
          await complete(outer, answers, deps);
          return next;
        }
        return { ...next, message: await messages.showQuestion(outer, upcoming) };
      });
      if (shown.followUps !== undefined) followUps = shown.followUps;
      if (shown.message === undefined) return;
    }
    // Only reachable by exhausting MAX_TURNS; say so instead of ending in silence.
    await conversation.external(async (outer) => {
      delete outer.session.quiz;
      await outer.reply(messages.translate(outer)("quiz-too-long"), { parse_mode: "HTML" });
    });
  };
}

function nonEmpty(followUps: FollowUpQuestion[]): { followUps?: FollowUpQuestion[] } {
  return followUps.length > 0 ? { followUps } : {};
}

/**
 * The follow-ups (work experience, age) this student's main answers call for: only when a route
 * in their top results depends on them. From the main answers only, so answering a follow-up
 * never changes the list under the student's feet.
 */
function followUpsFor(answers: Answers, knowledge: Knowledge): FollowUpQuestion[] {
  const draft = Profile.safeParse(
    Object.fromEntries(QUESTIONS.map((q) => [q.key, answers[q.key]])),
  );
  return draft.success ? pendingQuestions(draft.data, knowledge) : [];
}

/** Saves the finished profile and hands over to the results. */
async function complete(ctx: BotContext, answers: Answers, deps: QuestionnaireDeps): Promise<void> {
  delete ctx.session.quiz;
  const profile = Profile.parse(answers);
  ctx.session.profile = profile;
  await deps.onComplete(ctx, profile);
}
