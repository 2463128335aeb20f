/**
 * Share: the student's top destinations and funding routes as a picture (PNG rendered from SVG)
 * in their language, and a `t.me/<bot>?start=<payload>` link that opens the same destinations and
 * routes — never the student's answers — for whoever taps it, in that person's language.
 */
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { renderPng } from "../../image/render-png.js";
import { resultCardSvg } from "../../image/result-card.js";
import { recommend } from "../../recommend/index.js";
import type { BotContext } from "../context.js";
import { encodeShare, startLink } from "../deep-links.js";
import { decodeCallback } from "../keyboards/callback-data.js";
import { resultCardModel, shareSelection } from "../render/share-card.js";
import { renderContextOf } from "./reply.js";

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Telegram's own "share to a chat" page for a link and a line of text. */
export function telegramShareUrl(link: string, text: string): string {
  return `https://t.me/share/url?url=${encodeURIComponent(link)}&text=${encodeURIComponent(text)}`;
}

export async function sendShareCard(ctx: BotContext): Promise<void> {
  const profile = ctx.session.profile;
  if (profile === undefined) {
    await ctx.reply(ctx.t("results-none"), { parse_mode: "HTML" });
    return;
  }
  const view = await renderContextOf(ctx);
  const recommendation = recommend(profile, view.knowledge, { today: today() });
  const selection = shareSelection(recommendation, view.knowledge);
  const link = startLink(ctx.me.username, encodeShare(view.knowledge, selection));
  const scores = new Map(recommendation.destinations.map((d) => [d.destinationId, d.score]));
  const card = resultCardModel(selection, view, {
    botUsername: ctx.me.username,
    date: today(),
    scores,
    level: profile.level,
  });
  const png = renderPng(resultCardSvg(card));
  await ctx.replyWithChatAction("upload_photo").catch(() => undefined);
  await ctx.replyWithPhoto(new InputFile(png, "bagdar-results.png"), {
    caption: ctx.t("share-caption", { link }),
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard().url(
      ctx.t("share-forward-button"),
      telegramShareUrl(link, ctx.t("share-forward-text")),
    ),
  });
}

export const shareFeature = new Composer<BotContext>();

shareFeature.on("callback_query:data", async (ctx, next) => {
  const data = decodeCallback(ctx.callbackQuery.data);
  if (data?.kind !== "share") return next();
  await ctx.answerCallbackQuery();
  await sendShareCard(ctx);
});
