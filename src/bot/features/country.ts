/**
 * /country: a list of destinations as buttons, and one destination's card (also reached from a
 * comparison, shared results and `?start=country-kr` deep links).
 */
import { Composer, InlineKeyboard } from "grammy";
import type { Destination, Knowledge, Locale } from "../../knowledge/schema.js";
import { recommend } from "../../recommend/index.js";
import type { BotContext } from "../context.js";
import { decodeCallback, encodeCallback, indexesToMask } from "../keyboards/callback-data.js";
import { startQuizKeyboard } from "../keyboards/menus.js";
import { type CardReader, renderDestinationCard } from "../render/destination-card.js";
import { destinationsByName, findDestination } from "../render/destination-facts.js";
import { flag } from "../render/knowledge-text.js";
import { renderContextOf, replyAll } from "./reply.js";

/**
 * A destination by its id ("south-korea"), ISO code ("kr", any case) or name in any of the three
 * languages ("Корея", "korea"); undefined when nothing matches.
 */
export function findDestinationByKey(knowledge: Knowledge, key: string): Destination | undefined {
  const wanted = key.trim().toLowerCase();
  if (wanted === "") return undefined;
  const exact = knowledge.destinations.find(
    (d) =>
      d.id === wanted ||
      d.country.toLowerCase() === wanted ||
      Object.values(d.name).some((n) => n.toLowerCase() === wanted),
  );
  if (exact !== undefined) return exact;
  const partial = knowledge.destinations.filter((d) =>
    Object.values(d.name).some((n) => n.toLowerCase().includes(wanted)),
  );
  return wanted.length >= 3 && partial.length === 1 ? partial[0] : undefined;
}

/** Two destinations a row, flag and name, in the reader's alphabet order. */
export function destinationListKeyboard(knowledge: Knowledge, locale: Locale): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  destinationsByName(knowledge, locale).forEach((d, i) => {
    keyboard.text(
      `${flag(d.country)} ${d.name[locale]}`,
      encodeCallback({ kind: "country", destination: d.id }),
    );
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

/** Sends a destination's card, split to fit, with "compare" (and "questionnaire") buttons. */
export async function sendDestinationCard(
  ctx: BotContext,
  destination: Destination,
): Promise<void> {
  const view = await renderContextOf(ctx);
  const index = view.knowledge.destinations.indexOf(destination);
  const keyboard = new InlineKeyboard().text(
    view.t("explore-compare-button"),
    encodeCallback({ kind: "compare", action: "open", mask: indexesToMask([index]) }),
  );
  if (ctx.session.profile === undefined) {
    keyboard.row();
    keyboard.inline_keyboard.push(...startQuizKeyboard(view.t).inline_keyboard);
  }
  await replyAll(
    ctx,
    renderDestinationCard(destination, view, readerOf(ctx, destination)),
    keyboard,
  );
}

/**
 * A student with answers reads the card at their level, with the funding routes that fit them;
 * anyone else reads it whole.
 */
function readerOf(ctx: BotContext, destination: Destination): CardReader | undefined {
  const profile = ctx.session.profile;
  if (profile === undefined) return undefined;
  const ranked = recommend(profile, ctx.deps.knowledge).destinations.find(
    (d) => d.destinationId === destination.id,
  );
  const funding = (ranked?.funding ?? []).map((m) => m.fundingId);
  return { level: profile.level, funding };
}

export async function sendDestinationList(ctx: BotContext, intro = "country-choose") {
  const view = await renderContextOf(ctx);
  await ctx.reply(view.t(intro), {
    parse_mode: "HTML",
    reply_markup: destinationListKeyboard(view.knowledge, view.locale),
  });
}

export const countryFeature = new Composer<BotContext>();

countryFeature.command("country", async (ctx) => {
  const key = ctx.match.trim();
  const destination = findDestinationByKey(ctx.deps.knowledge, key);
  if (destination !== undefined) {
    await sendDestinationCard(ctx, destination);
    return;
  }
  await sendDestinationList(ctx, key === "" ? "country-choose" : "country-not-found");
});

countryFeature.on("callback_query:data", async (ctx, next) => {
  const data = decodeCallback(ctx.callbackQuery.data);
  if (data?.kind !== "country") return next();
  const destination = findDestination(ctx.deps.knowledge, data.destination);
  if (destination === undefined) {
    // A destination removed from the knowledge base since the button was sent.
    await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    return;
  }
  await ctx.answerCallbackQuery();
  await sendDestinationCard(ctx, destination);
});
