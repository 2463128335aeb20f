/**
 * /compare and the Compare buttons: pick two or three destinations (toggle buttons and Done),
 * then see them side by side. The selection lives in the buttons' callback data as a bitmask over
 * the knowledge base's destinations, so picking keeps no state.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { Destination, Knowledge } from "../../knowledge/schema.js";
import { recommend } from "../../recommend/index.js";
import { editPressedMessage } from "../api/safe-edit.js";
import type { BotContext } from "../context.js";
import type { Translate } from "../i18n.js";
import {
  decodeCallback,
  encodeCallback,
  indexesToMask,
  maskToIndexes,
} from "../keyboards/callback-data.js";
import { renderComparison } from "../render/compare.js";
import { destinationsByName } from "../render/destination-facts.js";
import { flag } from "../render/knowledge-text.js";
import type { RenderContext } from "../render/results.js";
import { renderContextOf, replyAll } from "./reply.js";

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 3;
/** The bitmask holds 20 destinations (see `maskToIndexes`). */
const PICKABLE = 20;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function pickerKeyboard(selected: readonly number[], view: RenderContext): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const pickable = view.knowledge.destinations.slice(0, PICKABLE);
  destinationsByName({ ...view.knowledge, destinations: pickable }, view.locale).forEach((d, i) => {
    const index = view.knowledge.destinations.indexOf(d);
    const chosen = selected.includes(index);
    const next = chosen ? selected.filter((s) => s !== index) : [...selected, index];
    keyboard.text(
      `${chosen ? "✅" : "▫️"} ${flag(d.country)} ${d.name[view.locale]}`,
      encodeCallback({ kind: "compare", action: "toggle", mask: indexesToMask(next) }),
    );
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row();
  keyboard.text(
    view.t("compare-done", { count: selected.length }),
    encodeCallback({ kind: "compare", action: "done", mask: indexesToMask(selected) }),
  );
  return keyboard;
}

function pickerText(t: Translate, preselected: boolean): string {
  const lines = [t("compare-choose", { min: COMPARE_MIN, max: COMPARE_MAX })];
  if (preselected) lines.push(`<i>${t("compare-preselected")}</i>`);
  return lines.join("\n");
}

/** The student's best-ranked destinations, the first page of their results. */
function topIndexes(ctx: BotContext): number[] {
  const profile = ctx.session.profile;
  if (profile === undefined) return [];
  const { knowledge } = ctx.deps;
  return recommend(profile, knowledge)
    .destinations.slice(0, COMPARE_MAX)
    .map((d) => knowledge.destinations.findIndex((k) => k.id === d.destinationId))
    .filter((i) => i >= 0 && i < PICKABLE);
}

/** Sends the picker; `selected` is chosen already (the student's top ones when omitted). */
export async function sendComparePicker(ctx: BotContext, selected?: number[]): Promise<void> {
  const view = await renderContextOf(ctx);
  const chosen = selected ?? topIndexes(ctx);
  await ctx.reply(pickerText(view.t, selected === undefined && chosen.length > 0), {
    parse_mode: "HTML",
    reply_markup: pickerKeyboard(chosen, view),
  });
}

function chosenDestinations(knowledge: Knowledge, indexes: readonly number[]): Destination[] {
  return indexes
    .map((i) => knowledge.destinations[i])
    .filter((d): d is Destination => d !== undefined);
}

/** The comparison, with buttons to each destination's card and to compare others. */
export async function sendComparison(ctx: BotContext, destinations: Destination[]) {
  const view = await renderContextOf(ctx);
  const profile = ctx.session.profile;
  const recommendation =
    profile === undefined ? undefined : recommend(profile, view.knowledge, { today: today() });
  // The student's own order (the better match first), or the reader's alphabet, as the picker.
  const order =
    recommendation === undefined
      ? destinationsByName(view.knowledge, view.locale).map((d) => d.id)
      : recommendation.destinations.map((r) => r.destinationId);
  destinations.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const keyboard = new InlineKeyboard();
  for (const d of destinations) {
    keyboard.text(
      `${flag(d.country)} ${d.name[view.locale]}`,
      encodeCallback({ kind: "country", destination: d.id }),
    );
  }
  keyboard
    .row()
    .text(view.t("compare-again-button"), encodeCallback({ kind: "compare", action: "open" }));
  await replyAll(ctx, renderComparison(destinations, view, recommendation), keyboard);
}

export const compareFeature = new Composer<BotContext>();

compareFeature.command("compare", (ctx) => sendComparePicker(ctx));

compareFeature.on("callback_query:data", async (ctx, next) => {
  const data = decodeCallback(ctx.callbackQuery.data);
  if (data?.kind !== "compare") return next();
  const { knowledge } = ctx.deps;
  const indexes = maskToIndexes(data.mask);
  const selected = indexes.filter((i) => i < Math.min(PICKABLE, knowledge.destinations.length));
  if (selected.length !== indexes.length) {
    // Destinations removed from the knowledge base since the button was sent.
    await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    return;
  }
  if (data.action === "open") {
    await ctx.answerCallbackQuery();
    await sendComparePicker(ctx, data.mask === "" ? undefined : selected);
    return;
  }
  if (selected.length > COMPARE_MAX || (data.action === "done" && selected.length < COMPARE_MIN)) {
    await ctx.answerCallbackQuery({
      text: ctx.t("compare-choose-between", { min: COMPARE_MIN, max: COMPARE_MAX }),
      show_alert: true,
    });
    return;
  }
  await ctx.answerCallbackQuery();
  if (data.action === "toggle") {
    const view = await renderContextOf(ctx);
    await editPressedMessage(ctx, { keyboard: pickerKeyboard(selected, view) });
    return;
  }
  await sendComparison(ctx, chosenDestinations(knowledge, selected));
});
