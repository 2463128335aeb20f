/**
 * While a questionnaire run is on screen, everything that is not an answer to its current
 * question is answered here, before the conversation, so the run is neither replayed nor
 * logged for it:
 * - a toggle of a multi-choice option: the question is redrawn with the ticks, which the session
 *   keeps for a redrawn question;
 * - a button of an earlier run or another feature's old message, or of an earlier question of
 *   this run: "closed", and nothing changes;
 * - a button of a later question of this run: that question was sent for an answer that was not
 *   stored (the store failed, the process died), so the stored question is asked again;
 * - a button of another question on the message that should show the current one: the message
 *   is redrawn with the current question (a redraw after a stored step that failed);
 * - text, a sticker or a photo: a hint and the question again, ticks kept.
 * Answers, Back and Done of the current question go on to the conversation: only those change
 * the stored state, and only when the run and the question match what the session holds.
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
      if (data?.kind !== "quiz" || data.run !== position.run) return messages.refuseStale(ctx);
      if (data.step === position.step) {
        if (data.action !== "toggle") return next();
        return messages.showToggled(ctx, position, maskToIndexes(data.value));
      }
      const pressed = ctx.callbackQuery.message?.message_id;
      if (pressed !== undefined && pressed === position.message) {
        return messages.redraw(ctx, position);
      }
      if (data.step > position.step) return messages.repairLostStep(ctx, position);
      return messages.refuseStale(ctx);
    }
    if (ctx.message !== undefined) return messages.askAgain(ctx, position);
    return next();
  };
}
