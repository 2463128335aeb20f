/**
 * Chat changes that may only be seen once what the update changed is stored. The questionnaire
 * turns an answered question into its "✅" record here: if the session is not written (Redis went
 * away, the process was killed, a call failed after the answer was taken), the question keeps its
 * buttons and stays answerable, instead of showing an answer that was lost.
 *
 * Installed just before the session middleware, so its actions run after the session write, and
 * not at all when the update failed before it.
 */
import type { Context, MiddlewareFn } from "grammy";
import { type Logger, redactToken } from "../../logger.js";

export interface AfterSaveFlavor {
  /** Runs `action` once this update's session is stored; never if it is not. */
  afterSave(action: () => Promise<unknown>): void;
}

export function runAfterSave<C extends Context & AfterSaveFlavor>(logger: Logger): MiddlewareFn<C> {
  return async (ctx, next) => {
    const actions: (() => Promise<unknown>)[] = [];
    ctx.afterSave = (action) => {
      actions.push(action);
    };
    await next();
    for (const action of actions) {
      try {
        await action();
      } catch (error) {
        // The state is stored and the student has a live question; what is missing is only a
        // record (a question not turned into its answer). Not worth an apology.
        logger.warn(
          { update_id: ctx.update.update_id, error: redactToken(String(error)) },
          "a change after saving failed",
        );
      }
    }
  };
}
