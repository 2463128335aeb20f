/**
 * The bot's side of the reminder scheduler: renders a due reminder in the student's current
 * language and sends it through the bot's API (auto-retry included). `main.ts` and the local
 * chat start it once the bot is initialised and stop it before storage is closed.
 */
import { type Api, GrammyError } from "grammy";
import type { Knowledge, Locale } from "../knowledge/schema.js";
import type { Logger } from "../logger.js";
import { dueReminder, plannedReminders, remindableDeadline } from "../reminders/schedule.js";
import { type DeliveryOutcome, ReminderScheduler } from "../reminders/scheduler.js";
import type { ReminderJob } from "../reminders/store.js";
import type { BotStorage } from "../storage/index.js";
import type { SessionData } from "./context.js";
import { createI18n, isLocale, translatorFor } from "./i18n.js";
import { renderReminder } from "./render/reminders.js";

export interface ReminderDeliveryDeps {
  api: Api;
  knowledge: Knowledge;
  storage: BotStorage;
  logger: Logger;
  now?: () => number;
  /** Scheduler tuning (tests): tick, rate, sleep. */
  tickMs?: number;
  perSecond?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** 403 (blocked, deactivated) or a chat that no longer exists: nobody to remind. */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof GrammyError)) return false;
  return (
    error.error_code === 403 ||
    (error.error_code === 400 && /chat not found|user not found/i.test(error.description))
  );
}

export function createReminderScheduler(deps: ReminderDeliveryDeps): ReminderScheduler {
  const { storage, knowledge } = deps;
  const now = deps.now ?? Date.now;
  const i18n = createI18n((warning) => deps.logger.warn(warning));

  const localeOf = async (job: ReminderJob): Promise<Locale> => {
    // The student may have changed language since subscribing; an expired session falls back.
    const session = (await storage.sessions.read(`${storage.prefixes.session}${job.chatId}`)) as
      | SessionData
      | undefined;
    return isLocale(session?.locale) ? session.locale : job.locale;
  };

  const deliver = async (job: ReminderJob): Promise<DeliveryOutcome> => {
    const funding = knowledge.funding.find((f) => f.id === job.fundingId);
    if (funding?.window?.closes !== job.closes) {
      // The knowledge base moved the deadline: follow the route to its new date, if any.
      const closes = funding === undefined ? undefined : remindableDeadline(funding, now());
      if (funding !== undefined && closes !== undefined) {
        await storage.reminders.subscribe(
          job.chatId,
          { fundingId: funding.id, closes, locale: job.locale },
          plannedReminders(closes, now()),
        );
      }
      return "obsolete";
    }
    // Found due late (downtime, a clock jump): one reminder for what was missed, counted from now.
    const due = dueReminder(job, now());
    if (!due.send) return due.reason;
    const locale = await localeOf(job);
    const text = renderReminder(funding, {
      knowledge,
      t: translatorFor(i18n, locale),
      locale,
      daysLeft: due.daysLeft,
      closes: job.closes,
    });
    await deps.api.sendMessage(job.chatId, text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    });
    return "sent";
  };

  return new ReminderScheduler({
    store: storage.reminders,
    deliver,
    isBlocked: isUnreachable,
    logger: deps.logger,
    now,
    ...(deps.tickMs === undefined ? {} : { tickMs: deps.tickMs }),
    ...(deps.perSecond === undefined ? {} : { perSecond: deps.perSecond }),
    ...(deps.sleep === undefined ? {} : { sleep: deps.sleep }),
  });
}
