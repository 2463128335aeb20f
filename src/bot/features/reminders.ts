/**
 * Deadline reminders, the student's side: the offer under the funding details (only routes with
 * a dated, checked deadline still ahead), subscribing, and /reminders to list and cancel. The
 * sending is done by the scheduler (src/reminders/scheduler.ts), started by main.ts.
 */
import { Composer, type Context, InlineKeyboard } from "grammy";
import { formatDate } from "../../format/locale-format.js";
import type { Knowledge, Locale } from "../../knowledge/schema.js";
import type { Recommendation } from "../../recommend/index.js";
import { plannedReminders, remindableDeadline } from "../../reminders/schedule.js";
import type { ReminderStore } from "../../reminders/store.js";
import { editPressedMessage } from "../api/safe-edit.js";
import type { BotContext } from "../context.js";
import type { Translate } from "../i18n.js";
import { decodeCallback, encodeCallback } from "../keyboards/callback-data.js";
import { localized } from "../render/knowledge-text.js";
import { renderReminderList } from "../render/reminders.js";
import { RESULTS_PAGE_SIZE } from "../render/results.js";

export interface RemindersFeatureDeps {
  store: ReminderStore;
}

/**
 * Under the funding details: a 🔔 button for each route shown that has a deadline Bagdar can
 * remind of. Sends nothing when there is none.
 */
export async function offerReminders(
  ctx: Context,
  recommendation: Recommendation,
  view: { knowledge: Knowledge; t: Translate; locale: Locale; now: number },
): Promise<void> {
  const ids = new Set(
    recommendation.destinations
      .slice(0, RESULTS_PAGE_SIZE)
      .flatMap((d) => d.funding.map((f) => f.fundingId)),
  );
  const keyboard = new InlineKeyboard();
  let offered = 0;
  for (const funding of view.knowledge.funding) {
    if (!ids.has(funding.id)) continue;
    const closes = remindableDeadline(funding, view.now);
    if (closes === undefined) continue;
    keyboard
      .text(
        view.t("reminders-subscribe-button", {
          funding: funding.name[view.locale],
          date: formatDate(closes, view.locale),
        }),
        encodeCallback({ kind: "remind", action: "subscribe", funding: funding.id }),
      )
      .row();
    offered++;
  }
  if (offered === 0) return;
  await ctx.reply(view.t("reminders-offer"), { parse_mode: "HTML", reply_markup: keyboard });
}

async function listMessage(ctx: BotContext, store: ReminderStore) {
  const locale = (await ctx.i18n.getLocale()) as Locale;
  const subscriptions = ctx.chat ? await store.subscriptions(ctx.chat.id) : [];
  const keyboard = new InlineKeyboard();
  for (const s of subscriptions) {
    const funding = ctx.deps.knowledge.funding.find((f) => f.id === s.fundingId);
    keyboard
      .text(
        ctx.t("reminders-cancel-button", { funding: funding?.name[locale] ?? s.fundingId }),
        encodeCallback({ kind: "remind", action: "cancel", funding: s.fundingId }),
      )
      .row();
  }
  const text = renderReminderList(subscriptions, {
    knowledge: ctx.deps.knowledge,
    t: ctx.t,
    locale,
  });
  return { text, keyboard };
}

export function createRemindersFeature(deps: RemindersFeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command("reminders", async (ctx) => {
    const { text, keyboard } = await listMessage(ctx, deps.store);
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard });
  });

  feature.on("callback_query:data", async (ctx, next) => {
    const data = decodeCallback(ctx.callbackQuery.data);
    if (data?.kind !== "remind") return next();
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return ctx.answerCallbackQuery();
    if (data.action === "cancel") {
      const cancelled = await deps.store.cancel(chatId, data.funding);
      await ctx.answerCallbackQuery({
        text: ctx.t(cancelled ? "reminders-cancelled" : "button-outdated"),
      });
      const { text, keyboard } = await listMessage(ctx, deps.store);
      await editPressedMessage(ctx, { html: text, keyboard });
      return;
    }
    const now = ctx.deps.now();
    const funding = ctx.deps.knowledge.funding.find((f) => f.id === data.funding);
    const closes = funding === undefined ? undefined : remindableDeadline(funding, now);
    if (funding === undefined || closes === undefined) {
      await ctx.answerCallbackQuery({ text: ctx.t("reminders-unavailable"), show_alert: true });
      return;
    }
    const locale = (await ctx.i18n.getLocale()) as Locale;
    const planned = plannedReminders(closes, now);
    await deps.store.subscribe(chatId, { fundingId: funding.id, closes, locale }, planned);
    await ctx.answerCallbackQuery({ text: ctx.t("reminders-subscribed-short") });
    await ctx.reply(
      ctx.t("reminders-subscribed", {
        funding: localized(funding.name, locale),
        date: formatDate(closes, locale),
        count: planned.length,
        first: formatDate(planned[0]?.dueAt ?? now, locale),
      }),
      { parse_mode: "HTML" },
    );
  });

  return feature;
}
