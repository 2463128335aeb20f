/** Deadline reminders as Telegram HTML: the reminder itself, the offer, and the /reminders list. */

import { formatDate } from "../../format/locale-format.js";
import type { Funding, Knowledge, Locale } from "../../knowledge/schema.js";
import { officialLink } from "../../reminders/schedule.js";
import type { SubscriptionView } from "../../reminders/store.js";
import type { Translate } from "../i18n.js";
import { escapeHtml } from "./html.js";
import { localized } from "./knowledge-text.js";

function fundingName(knowledge: Knowledge, fundingId: string, locale: Locale): string {
  const funding = knowledge.funding.find((f) => f.id === fundingId);
  return funding ? localized(funding.name, locale) : escapeHtml(fundingId);
}

/**
 * The reminder a student gets before a deadline (30, 7 or 1 day before, or later if it was
 * missed), saying how many days are left, with the official link.
 */
export function renderReminder(
  funding: Funding,
  view: { knowledge: Knowledge; t: Translate; locale: Locale; daysLeft: number; closes: string },
): string {
  const { knowledge, t, locale } = view;
  const lines = [
    t("reminder-due", {
      funding: localized(funding.name, locale),
      days: view.daysLeft,
      date: formatDate(view.closes, locale),
    }),
  ];
  const url = officialLink(knowledge, funding);
  if (url !== undefined) {
    lines.push(`🔗 <a href="${escapeHtml(url)}">${t("funding-official-page")}</a>`);
  }
  lines.push(t("reminder-footer"));
  return lines.join("\n");
}

/** The /reminders list: each route, its deadline and the next reminder. */
export function renderReminderList(
  subscriptions: SubscriptionView[],
  view: { knowledge: Knowledge; t: Translate; locale: Locale },
): string {
  const { knowledge, t, locale } = view;
  if (subscriptions.length === 0) return t("reminders-none");
  const lines = [t("reminders-title")];
  for (const s of subscriptions) {
    const next = s.pending[0];
    lines.push(
      t("reminders-item", {
        funding: fundingName(knowledge, s.fundingId, locale),
        date: formatDate(s.closes, locale),
        next: next === undefined ? "" : formatDate(next.dueAt, locale),
        days: next?.daysBefore ?? 0,
      }),
    );
  }
  lines.push("", t("reminders-cancel-hint"));
  return lines.join("\n");
}
