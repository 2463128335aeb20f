/**
 * Telegram answers an edit that changes nothing with 400 "message is not modified". That happens
 * when an update is delivered twice or a step is replayed, and the message already shows what we
 * want, so for edit methods it is success, not an error.
 */
import type { Transformer } from "grammy";

export const ignoreNotModified: Transformer = async (prev, method, payload, signal) => {
  const result = await prev(method, payload, signal);
  if (
    !result.ok &&
    result.error_code === 400 &&
    method.startsWith("edit") &&
    result.description.includes("message is not modified")
  ) {
    return { ok: true, result: true } as unknown as typeof result;
  }
  return result;
};
