/**
 * The bot factory: builds a fully wired Bagdar bot and never starts it. `main.ts`, the local chat,
 * tests and the benchmark all build their bot here, so they run the same middleware in the same
 * order.
 *
 * @example
 * const bot = createBot({ token, knowledge, storage, logger });
 * await bot.init();
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { type ApiClientOptions, Bot, type Context, session } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { renderPng } from "../image/render-png.js";
import type { Knowledge, Locale } from "../knowledge/schema.js";
import { type Logger, redactToken } from "../logger.js";
import { type KnowledgeSearch, knowledgeSearch } from "../search/knowledge-search.js";
import type { BotStorage } from "../storage/index.js";
import { ignoreExpiredCallbackQuery } from "./api/ignore-expired-callback.js";
import { ignoreNotModified } from "./api/ignore-not-modified.js";
import { retryServerErrors } from "./api/retry-server-errors.js";
import type { BotContext, QuizContext, SessionData } from "./context.js";
import { createAdminFeature } from "./features/admin.js";
import { createAskFeature } from "./features/ask.js";
import { compareFeature } from "./features/compare.js";
import { countryFeature } from "./features/country.js";
import { helpFeature } from "./features/help.js";
import { createLanguageFeature } from "./features/language.js";
import { afterQuestionnaire, createPrivacyFeature } from "./features/privacy.js";
import { createProfileFeature } from "./features/profile.js";
import { createQuestionnaireFeature } from "./features/questionnaire.js";
import { createRemindersFeature } from "./features/reminders.js";
import { resultsFeature } from "./features/results.js";
import { shareFeature } from "./features/share.js";
import { unhandledFeature } from "./features/unhandled.js";
import { createI18n, guessLocale, translatorFor } from "./i18n.js";
import { runAfterSave } from "./middleware/after-save.js";
import { privateChatsOnly } from "./middleware/private-chats-only.js";
import { redisChatLock } from "./middleware/redis-chat-lock.js";
import { skipHandledUpdates } from "./middleware/skip-handled-updates.js";
import { named, traceUpdates } from "./middleware/trace.js";
import { conversationsInSession } from "./quiz/conversation-storage.js";
import { createQuizMessages } from "./quiz/question-messages.js";
import { RecentUpdates } from "./recent-updates.js";

/** Bump when the questionnaire's flow changes, so stored runs of an older flow are dropped. */
export const QUESTIONNAIRE_VERSION = 3;

export interface BotDeps {
  token: string;
  knowledge: Knowledge;
  storage: BotStorage;
  logger: Logger;
  /** Preset bot info (tests, the local chat) so no getMe call is needed. */
  botInfo?: UserFromGetMe;
  /** Bot API client options: `apiRoot` for emulators, `fetch` for in-process stand-ins. */
  client?: ApiClientOptions;
  /** Telegram user ids allowed to use /stats and /export (in a private chat). */
  adminIds?: number[];
  /** The clock for reminders and the month of anonymous counts (tests, the local chat). */
  now?: () => number;
  /**
   * Longest wait for Telegram's flood control before giving up on a call. Webhook mode keeps it
   * short so a request never outlives Telegram's webhook timeout. Default: 30 s.
   */
  maxRetryDelaySeconds?: number;
  /** Several instances share Redis and receive updates (webhook mode): lock chats across them. */
  distributed?: boolean;
  /**
   * Webhook mode: let an update that failed for a passing reason (Redis away, a chat lock that
   * timed out) fail the request too, so Telegram delivers it again instead of it being lost.
   */
  redeliverTransientFailures?: boolean;
}

/** Failures that go away by themselves: the store was unreachable or busy. */
export function isTransientFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    ["MaxRetriesPerRequestError", "ChatLockTimeoutError"].includes(error.name) ||
    /Connection is closed|ECONNREFUSED|ECONNRESET|Stream isn't writeable/.test(error.message)
  );
}

/** One key for sessions, conversations, `sequentialize` and the Redis chat lock: the chat. */
export function chatKey(ctx: Context): string | undefined {
  return ctx.chat?.id.toString();
}

export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    ...(deps.client ? { client: deps.client } : {}),
  });
  const maxDelaySeconds = deps.maxRetryDelaySeconds ?? 30;
  bot.api.config.use(ignoreNotModified);
  bot.api.config.use(ignoreExpiredCallbackQuery);
  // 5xx and lost connections: a short back-off within the cap (the plugin's own has none).
  bot.api.config.use(retryServerErrors({ maxDelaySeconds, maxRetryAttempts: 3 }));
  bot.api.config.use(
    autoRetry({
      maxDelaySeconds,
      maxRetryAttempts: 3,
      rethrowInternalServerErrors: true,
      rethrowHttpErrors: true,
    }),
  );
  bot.catch((error) => {
    deps.logger.error(
      { error: redactToken(String(error.error)) },
      "update failed outside the error boundary",
    );
  });

  const i18n = createI18n((warning) => deps.logger.warn(warning));
  const translator = (locale: Locale) => translatorFor(i18n, locale);

  // Updates of one chat are handled one after another (two taps at once count once), however
  // many arrive together; other chats run in parallel.
  bot.use(sequentialize(chatKey));
  bot.use(traceUpdates(deps.logger));
  bot.use(async (ctx, next) => {
    ctx.deps = { knowledge: deps.knowledge, logger: deps.logger, now: deps.now ?? Date.now };
    await next();
  });

  // A failed update Telegram delivers again (webhook mode, Redis away) is apologised for once.
  const apologised = new RecentUpdates();
  const protectedBot = bot.errorBoundary(async (error) => {
    const ctx = error.ctx;
    ctx.trace.outcome = "error";
    deps.logger.error(
      { update_id: ctx.update.update_id, error: redactToken(String(error.error)) },
      "update failed",
    );
    const locale = guessLocale(ctx.from?.language_code);
    const firstFailure = apologised.add(ctx.update.update_id);
    if (firstFailure && ctx.callbackQuery !== undefined) {
      await ctx.answerCallbackQuery().catch(() => undefined);
    }
    if (firstFailure && ctx.chat !== undefined) {
      await ctx.api
        .sendMessage(ctx.chat.id, translator(locale)("error-try-again"))
        .catch(() => undefined);
    }
    if (deps.redeliverTransientFailures && isTransientFailure(error.error)) throw error.error;
  });

  // Groups and channels get no session at all: checked before a lock or a session is touched.
  protectedBot.use(privateChatsOnly({ translator }));
  // Several instances: each chat's updates run under its lock, and only the lock's holder can
  // write the chat's session (src/storage/chat-locks.ts).
  const distributed = deps.distributed ? deps.storage.distributed : undefined;
  if (distributed !== undefined) {
    protectedBot.use(redisChatLock({ locks: distributed.locks, chatKey, logger: deps.logger }));
  }
  // Changes that show a step as done wait for the session write below (see after-save.ts).
  protectedBot.use(runAfterSave(deps.logger));
  protectedBot.use(
    session<SessionData, BotContext>({
      initial: () => ({}),
      storage: distributed?.sessions ?? deps.storage.sessions,
      prefix: deps.storage.prefixes.session,
      getSessionKey: chatKey,
    }),
  );
  protectedBot.use(skipHandledUpdates);
  protectedBot.use(i18n);
  protectedBot.use(
    conversations<BotContext, QuizContext>({
      storage: conversationsInSession(QUESTIONNAIRE_VERSION),
    }),
  );

  const quizMessages = createQuizMessages({
    translator,
    ...(deps.knowledge.rates ? { rates: deps.knowledge.rates } : {}),
  });
  // Commands and menus first, so a questionnaire in progress cannot swallow them.
  protectedBot.use(named("language", createLanguageFeature({ quiz: quizMessages })));
  protectedBot.use(named("help", helpFeature));
  const privacy = { insight: deps.storage.insight, reminders: deps.storage.reminders };
  protectedBot.use(named("privacy", createPrivacyFeature(privacy)));
  protectedBot.use(named("reminders", createRemindersFeature({ store: deps.storage.reminders })));
  protectedBot.use(
    named(
      "admin",
      createAdminFeature({
        adminIds: deps.adminIds ?? [],
        insight: deps.storage.insight,
        renderPng,
      }),
    ),
  );
  protectedBot.use(named("results", resultsFeature));
  protectedBot.use(named("country", countryFeature));
  protectedBot.use(named("profile", createProfileFeature({ insight: deps.storage.insight })));
  protectedBot.use(named("compare", compareFeature));
  protectedBot.use(named("share", shareFeature));
  protectedBot.use(
    named(
      "questionnaire",
      createQuestionnaireFeature({
        knowledge: deps.knowledge,
        messages: quizMessages,
        onCompleted: (ctx) => afterQuestionnaire(ctx, privacy),
      }),
    ),
  );
  // Free text outside the questionnaire is a question. The index is built once per knowledge
  // base, at the first question rather than at start-up (it is most of the bot's build time).
  const search = {
    ask: (question: string) => knowledgeSearch(deps.knowledge).ask(question),
    about: (...args: Parameters<KnowledgeSearch["about"]>) =>
      knowledgeSearch(deps.knowledge).about(...args),
  };
  protectedBot.use(named("ask", createAskFeature(search)));
  protectedBot.use(named("unhandled", unhandledFeature));

  return bot;
}
