/**
 * What every message the bot sends must pass, checked on the Bot API calls a test captured: the
 * text goes through the project's own Telegram HTML parser (the one the local chat and the Bot API
 * stand-in use), so a message Telegram would refuse fails the test even when the bot carried on;
 * it fits Telegram's limits; it fits a phone (at most 2,000 characters as shown); no call fails
 * (an edit that changes nothing included), except failures the test itself arranged.
 */

import { ApiFailure } from "../../src/chat/bot-api/api-error.js";
import { formattedTextFrom } from "../../src/chat/bot-api/message-text.js";
import type { ApiCall } from "../../src/chat/fake-bot-api.js";

/** The longest message, as shown, that reads on a phone without endless scrolling. */
export const PHONE_LIMIT = 2000;

/** Telegram's limit for a callback query's notification. */
const CALLBACK_TEXT_LIMIT = 200;

export interface OutgoingRules {
  /** Whether a failed call's error was arranged by the test (an injected 429, a blocked user). */
  arranged?: (call: ApiCall) => boolean;
}

/** Where each method keeps its text, and which limit applies. */
const TEXT_FIELDS: Record<
  string,
  { field: string; entities: string; kind: "message" | "caption" }
> = {
  sendMessage: { field: "text", entities: "entities", kind: "message" },
  editMessageText: { field: "text", entities: "entities", kind: "message" },
  sendPhoto: { field: "caption", entities: "caption_entities", kind: "caption" },
  sendDocument: { field: "caption", entities: "caption_entities", kind: "caption" },
  editMessageCaption: { field: "caption", entities: "caption_entities", kind: "caption" },
};

/** The problems of `calls`, one line each; none when every message passes. */
export function outgoingProblems(calls: readonly ApiCall[], rules: OutgoingRules = {}): string[] {
  const problems: string[] = [];
  for (const call of calls) {
    const where = `${call.method} ${preview(call)}`;
    const fields = TEXT_FIELDS[call.method];
    if (fields !== undefined) {
      try {
        const shown = formattedTextFrom({
          raw: call.payload[fields.field],
          parseMode: call.payload.parse_mode,
          entities: call.payload[fields.entities],
          kind: fields.kind,
          strictAmpersand: true,
        });
        if (shown.text.length > PHONE_LIMIT) {
          problems.push(
            `${where}: ${shown.text.length} characters, over the ${PHONE_LIMIT} a phone shows well`,
          );
        }
      } catch (error) {
        if (!(error instanceof ApiFailure)) throw error;
        problems.push(`${where}: Telegram would refuse it: ${error.message}`);
        continue;
      }
    }
    if (call.method === "answerCallbackQuery") {
      const text = call.payload.text;
      if (typeof text === "string" && text.length > CALLBACK_TEXT_LIMIT) {
        problems.push(`${where}: a notification of ${text.length} characters (at most 200)`);
      }
    }
    if (call.error !== undefined && rules.arranged?.(call) !== true) {
      problems.push(`${where}: failed with ${call.error.error_code} ${call.error.description}`);
    }
  }
  return problems;
}

function preview(call: ApiCall): string {
  const text = call.payload.text ?? call.payload.caption;
  if (typeof text !== "string") return "";
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
