/**
 * Whether a pressed button is really on the message it came from. Telegram hands over the
 * message with the callback query, as the student saw it; callback data that none of its buttons
 * carries was made up (a modified client), and a button that changes what Bagdar keeps (consent,
 * a region, deleting everything) is acted on only when it was shown.
 */
import type { Context } from "grammy";
import type { Message } from "grammy/types";

export function isButtonOnMessage(ctx: Context): boolean {
  const query = ctx.callbackQuery;
  const message = query?.message;
  // An inaccessible message (too old to be handed over) comes with date 0 and no buttons.
  if (query?.data === undefined || message === undefined || message.date === 0) return false;
  return ((message as Message).reply_markup?.inline_keyboard ?? []).some((row) =>
    row.some((button) => "callback_data" in button && button.callback_data === query.data),
  );
}
