/**
 * /privacy, /forget and consent: what Bagdar keeps and why, the yes/no to anonymous statistics
 * (asked once, after the first completed questionnaire; changeable here), the optional region,
 * and deleting everything about a student at once.
 */
import { Composer } from "grammy";
import type { InsightStore } from "../../insight/store.js";
import type { ReminderStore } from "../../reminders/store.js";
import { editPressedMessage } from "../api/safe-edit.js";
import type { BotContext } from "../context.js";
import { countAnswers, withdrawCount } from "../insight.js";
import { decodeCallback } from "../keyboards/callback-data.js";
import { isButtonOnMessage } from "../keyboards/pressed-button.js";
import {
  consentKeyboard,
  forgetKeyboard,
  privacyKeyboard,
  regionKeyboard,
} from "../keyboards/privacy.js";

export interface PrivacyFeatureDeps {
  insight: InsightStore;
  reminders: ReminderStore;
}

/** The /privacy message: the explanation, then the student's current choices. */
export function privacyText(ctx: BotContext): string {
  const { consent, region } = ctx.session;
  const status =
    consent === "yes"
      ? ctx.t("privacy-status-yes")
      : consent === "no"
        ? ctx.t("privacy-status-no")
        : ctx.t("privacy-status-unset");
  const lines = [ctx.t("privacy-text"), "", status];
  if (consent === "yes") {
    const name =
      region === undefined || region === "none"
        ? ctx.t("region-not-given")
        : ctx.t(`region-${region}`);
    lines.push(ctx.t("privacy-region", { region: name }));
  }
  return lines.join("\n");
}

/**
 * Called after every completed questionnaire: asks the consent question the first time, and
 * counts the new answers while consent holds.
 */
export async function afterQuestionnaire(ctx: BotContext, deps: PrivacyFeatureDeps): Promise<void> {
  if (ctx.session.consent === undefined) {
    ctx.session.consent = "asked";
    await ctx.reply(ctx.t("consent-question"), {
      parse_mode: "HTML",
      reply_markup: consentKeyboard(ctx.t),
    });
    return;
  }
  await countAnswers(ctx, deps.insight);
}

/** Replaces the buttons' message with a short record of what was chosen (no buttons). */
async function settle(ctx: BotContext, text: string): Promise<void> {
  await editPressedMessage(ctx, { html: text }).catch(() =>
    ctx.reply(text, { parse_mode: "HTML" }),
  );
}

export function createPrivacyFeature(deps: PrivacyFeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command("privacy", async (ctx) => {
    await ctx.reply(privacyText(ctx), {
      parse_mode: "HTML",
      reply_markup: privacyKeyboard(ctx.t, ctx.session),
      link_preview_options: { is_disabled: true },
    });
  });

  feature.command("forget", async (ctx) => {
    await ctx.reply(ctx.t("forget-confirm"), {
      parse_mode: "HTML",
      reply_markup: forgetKeyboard(ctx.t),
    });
  });

  feature.on("callback_query:data", async (ctx, next) => {
    const data = decodeCallback(ctx.callbackQuery.data);
    switch (data?.kind) {
      case "consent": {
        // After the results, the question must have been asked and not answered yet; in
        // /privacy, the button must be the one the message shows.
        const asked = data.from === "privacy" || ctx.session.consent === "asked";
        if (!asked || !isButtonOnMessage(ctx)) {
          await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
          return;
        }
        await ctx.answerCallbackQuery();
        if (data.answer === "yes") {
          ctx.session.consent = "yes";
          await countAnswers(ctx, deps.insight);
        } else {
          ctx.session.consent = "no";
          await withdrawCount(ctx, deps.insight);
        }
        if (data.from === "privacy") {
          await editPressedMessage(ctx, {
            html: privacyText(ctx),
            keyboard: privacyKeyboard(ctx.t, ctx.session),
            noLinkPreview: true,
          });
        } else {
          await settle(ctx, ctx.t(data.answer === "yes" ? "consent-thanks" : "consent-declined"));
        }
        // The region is asked once, after a yes; /privacy can change it later.
        if (data.answer === "yes" && ctx.session.region === undefined) {
          await ctx.reply(ctx.t("region-question"), { reply_markup: regionKeyboard(ctx.t) });
        }
        return;
      }
      case "region": {
        if (ctx.session.consent !== "yes" || !isButtonOnMessage(ctx)) {
          // The region serves only the statistics: without a yes it is not kept.
          await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
          return;
        }
        await ctx.answerCallbackQuery();
        if (data.region === "ask") {
          await ctx.reply(ctx.t("region-question"), { reply_markup: regionKeyboard(ctx.t) });
          return;
        }
        ctx.session.region = data.region;
        await countAnswers(ctx, deps.insight);
        await settle(
          ctx,
          data.region === "none"
            ? ctx.t("region-skipped")
            : ctx.t("region-saved", { region: ctx.t(`region-${data.region}`) }),
        );
        return;
      }
      case "forget": {
        // Deleting everything needs the confirmation the student was shown.
        if (data.action === "confirm" && !isButtonOnMessage(ctx)) {
          await ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
          return;
        }
        await ctx.answerCallbackQuery();
        if (data.action === "ask") {
          await ctx.reply(ctx.t("forget-confirm"), {
            parse_mode: "HTML",
            reply_markup: forgetKeyboard(ctx.t),
          });
        } else if (data.action === "cancel") {
          await settle(ctx, ctx.t("forget-cancelled"));
        } else {
          await forgetStudent(ctx, deps);
          // ctx.t keeps the language negotiated at the start of this update.
          await settle(ctx, ctx.t("forget-done"));
        }
        return;
      }
      default:
        return next();
    }
  });

  return feature;
}

/**
 * Deletes everything about the student at once: an unfinished questionnaire, what they added to
 * the statistics this month and the session's link to it, their reminders, and the session
 * itself (grammY deletes it from the store when `ctx.session` is null at the end of the update).
 */
export async function forgetStudent(ctx: BotContext, deps: PrivacyFeatureDeps): Promise<void> {
  await ctx.conversation.exitAll();
  await withdrawCount(ctx, deps.insight);
  if (ctx.chat !== undefined) await deps.reminders.forgetChat(ctx.chat.id);
  ctx.session = null;
}
