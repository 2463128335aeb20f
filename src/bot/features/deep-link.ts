/**
 * `/start <payload>` from a `t.me/<bot>?start=…` link: a destination's card or results someone
 * shared. A forged, broken or outdated payload gets a friendly note and the usual welcome.
 */
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { decodeDeepLink } from "../deep-links.js";
import { encodeCallback, indexesToMask } from "../keyboards/callback-data.js";
import { startQuizKeyboard } from "../keyboards/menus.js";
import { findDestination } from "../render/destination-facts.js";
import { flag } from "../render/knowledge-text.js";
import { renderSharedResults } from "../render/shared-results.js";
import { sendDestinationCard } from "./country.js";
import { renderContextOf, replyAll } from "./reply.js";

/**
 * Opens a start payload. Returns true when it was shown; false when the caller should go on with
 * the welcome (the payload was broken, and the student has been told so).
 */
export async function openDeepLink(ctx: BotContext, payload: string): Promise<boolean> {
  const knowledge = ctx.deps.knowledge;
  const link = decodeDeepLink(payload, knowledge);
  if (link === undefined) {
    await ctx.reply(ctx.t("deep-link-broken"), { parse_mode: "HTML" });
    return false;
  }
  if (link.kind === "country") {
    const destination = findDestination(knowledge, link.destinationId);
    if (destination === undefined) return false;
    await sendDestinationCard(ctx, destination);
    return true;
  }
  const view = await renderContextOf(ctx);
  const keyboard = new InlineKeyboard();
  for (const id of link.destinations) {
    const destination = findDestination(knowledge, id);
    if (destination === undefined) continue;
    keyboard.text(
      `${flag(destination.country)} ${destination.name[view.locale]}`,
      encodeCallback({ kind: "country", destination: id }),
    );
  }
  keyboard.row();
  if (link.destinations.length >= 2) {
    const indexes = link.destinations.map((id) =>
      knowledge.destinations.findIndex((d) => d.id === id),
    );
    keyboard
      .text(
        view.t("shared-compare-button"),
        encodeCallback({ kind: "compare", action: "done", mask: indexesToMask(indexes) }),
      )
      .row();
  }
  keyboard.inline_keyboard.push(...startQuizKeyboard(view.t).inline_keyboard);
  await replyAll(ctx, renderSharedResults(link, view), keyboard);
  return true;
}
