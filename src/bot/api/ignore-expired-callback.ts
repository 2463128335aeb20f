/**
 * Answering a callback query that Telegram already considers answered or expired fails with
 * 400 "query is too old". That happens when an update is delivered again (a webhook retry after a
 * failure) or handled late; the button's spinner is gone either way, so it must not fail the
 * update that is otherwise handled fine.
 */
import type { Transformer } from "grammy";

export const ignoreExpiredCallbackQuery: Transformer = async (prev, method, payload, signal) => {
  const result = await prev(method, payload, signal);
  if (
    !result.ok &&
    result.error_code === 400 &&
    method === "answerCallbackQuery" &&
    result.description.includes("query is too old")
  ) {
    return { ok: true, result: true } as unknown as typeof result;
  }
  return result;
};
