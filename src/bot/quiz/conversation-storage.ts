/**
 * Where the conversations plugin keeps the questionnaire: inside the student's session, so one
 * key holds everything about a student (one read and one write per update, and /forget deletes
 * it with the rest), with each logged update cut down to what the questionnaire reads from it.
 *
 * The plugin logs every update a run waited for, and replays the run from that log. A whole
 * callback-query update carries the message it came from, text and keyboard included: most of
 * the stored bytes, growing with every step. The questionnaire reads only the callback data, the
 * pressed message's id and the chat, so only those are kept.
 */
import type { ConversationContextStorage, ConversationData } from "@grammyjs/conversations";
import type { Update } from "grammy/types";
import type { BotContext } from "../context.js";

/** The parts of an update the questionnaire reads. Everything else is dropped before storing. */
export function slimUpdate(update: Update): Update {
  const query = update.callback_query;
  if (query !== undefined) {
    const message = query.message;
    return {
      update_id: update.update_id,
      callback_query: {
        id: query.id,
        ...(query.data !== undefined ? { data: query.data } : {}),
        ...(message !== undefined
          ? { message: { message_id: message.message_id, chat: { id: message.chat.id } } }
          : {}),
      },
    } as unknown as Update;
  }
  const message = update.message;
  if (message !== undefined) {
    return {
      update_id: update.update_id,
      message: { message_id: message.message_id, chat: { id: message.chat.id } },
    } as unknown as Update;
  }
  return { update_id: update.update_id } as Update;
}

function isUpdate(value: unknown): value is Update {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { update_id?: unknown }).update_id === "number"
  );
}

/** A copy of the plugin's data with every logged update slimmed; everything else as it was. */
export function slimStoredUpdates(data: ConversationData): ConversationData {
  const slim: ConversationData = {};
  for (const [id, states] of Object.entries(data)) {
    slim[id] = states.map((state) => ({
      ...state,
      replay: {
        send: state.replay.send,
        receive: state.replay.receive.map((op) =>
          isUpdate(op.returnValue) ? { ...op, returnValue: slimUpdate(op.returnValue) } : op,
        ),
      },
    }));
  }
  return slim;
}

/**
 * The storage option of `conversations()`. `version` is bumped when the questionnaire's flow
 * changes, so runs logged by an older flow are dropped instead of replayed wrongly.
 */
export function conversationsInSession(
  version: number,
): ConversationContextStorage<BotContext, ConversationData> {
  return {
    type: "context",
    version,
    adapter: {
      // Updates without a chat (none reach the questionnaire) have no session to read.
      read: (ctx) => (ctx.chat === undefined ? undefined : ctx.session.conversation),
      write: (ctx, stored) => {
        if (ctx.chat === undefined) return;
        ctx.session.conversation = { ...stored, state: slimStoredUpdates(stored.state) };
      },
      delete: (ctx) => {
        // After /forget the session is gone already; there is nothing left to delete.
        if (ctx.chat !== undefined && ctx.session) delete ctx.session.conversation;
      },
    },
  };
}
