/**
 * While a questionnaire run is on screen, everything that is not an answer to its current
 * question is answered here, before the conversation, so the run is neither replayed nor
 * logged for it:
 * - a toggle of a multi-choice option: the selection lives in the buttons' own data, so the
 *   question is redrawn with it and nothing is stored;
 * - a button of an answered question, an earlier run or another feature's old message: "closed";
 * - text, a sticker or a photo: a hint and the question again.
 * Answers, Back and Done of the current question go on to the conversation.
 */
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import { decodeCallback, maskToIndexes } from "../keyboards/callback-data.js";
import { QUESTIONNAIRE_ID } from "./conversation.js";
import type { QuizMessages } from "./question-messages.js";

export function strayInput(messages: QuizMessages): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (ctx.chat === undefined) return next();
    const position = ctx.session.quiz;
    if (position === undefined) return next();
    if (ctx.conversation.active(QUESTIONNAIRE_ID) === 0) {
      // The run ended some other way (/cancel, a new /quiz, a dropped older flow).
      delete ctx.session.quiz;
      return next();
    }
    if (ctx.callbackQuery !== undefined) {
      const data = decodeCallback(ctx.callbackQuery.data);
      const current =
        data?.kind === "quiz" && data.run === position.run && data.step === position.step;
      if (current && data.action !== "toggle") return next();
      if (current) return messages.showToggled(ctx, position, maskToIndexes(data.value));
      await ctx.answerCallbackQuery({ text: messages.translate(ctx)("quiz-stale-button") });
      return;
    }
    if (ctx.message !== undefined) return messages.askAgain(ctx, position);
    return next();
  };
}
