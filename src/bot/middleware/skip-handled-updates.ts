/**
 * An update Telegram delivers twice (a webhook retry, a restart before the polling offset was
 * confirmed) is handled once. The ids of the chat's last updates live in its session, so the
 * check costs no extra storage call and is saved in the same write as what the update changed:
 * an update that failed is not recorded, and its redelivery is handled.
 *
 * A list rather than the highest id: a redelivered update may arrive after a later one of the
 * same chat was handled, and must not be mistaken for a duplicate.
 */
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/** More than the updates of one chat that can be in flight when an instance stops. */
export const HANDLED_UPDATES_KEPT = 8;

export const skipHandledUpdates: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (ctx.chat === undefined) return next();
  const id = ctx.update.update_id;
  const handled = ctx.session.handled ?? [];
  if (handled.includes(id)) {
    ctx.trace.outcome = "duplicate";
    return;
  }
  await next();
  // After /forget there is no session any more, and nothing is to be remembered.
  if (ctx.session) ctx.session.handled = [...handled, id].slice(-HANDLED_UPDATES_KEPT);
};
