/**
 * The bot factory: builds a fully wired Bagdar bot and never starts it. `main.ts`, the local chat,
 * tests and the benchmark all build their bot here, so they run the same middleware in the same
 * order.
 *
 * @example
 * const bot = createBot({ token, knowledge, storage, logger });
 * await bot.start();
 */
import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { type ApiClientOptions, Bot, type Context, session } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Knowledge, Locale } from "../knowledge/schema.js";
import { type Logger, redactToken } from "../logger.js";
import type { BotStorage } from "../storage/index.js";
import { ignoreNotModified } from "./api/ignore-not-modified.js";
import type { BotContext, QuizContext, SessionData } from "./context.js";
import { helpFeature } from "./features/help.js";
import { languageFeature } from "./features/language.js";
import { createQuestionnaireFeature } from "./features/questionnaire.js";
import { resultsFeature } from "./features/results.js";
import { unhandledFeature } from "./features/unhandled.js";
import { createI18n, guessLocale, translatorFor } from "./i18n.js";

/** Bump when the questionnaire's flow changes, so stored runs of an older flow are dropped. */
export const QUESTIONNAIRE_VERSION = 1;

export interface BotDeps {
  token: string;
  knowledge: Knowledge;
  storage: BotStorage;
  logger: Logger;
  /** Preset bot info (tests, the local chat) so no getMe call is needed. */
  botInfo?: UserFromGetMe;
  /** Bot API client options: `apiRoot` for emulators, `fetch` for in-process stand-ins. */
  client?: ApiClientOptions;
  adminIds?: number[];
}

/** One key for sessions and conversations (and later the runner's sequentialize): the chat. */
export function chatKey(ctx: Context): string | undefined {
  return ctx.chat?.id.toString();
}

export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    ...(deps.client ? { client: deps.client } : {}),
  });
  bot.api.config.use(ignoreNotModified);

  const i18n = createI18n((warning) => deps.logger.warn(warning));
  const translator = (locale: Locale) => translatorFor(i18n, locale);
  const conversationPlugins: ((ctx: QuizContext, next: () => Promise<void>) => Promise<void>)[] = [
    async (ctx, next) => {
      ctx.api.config.use(ignoreNotModified);
      await next();
    },
  ];

  // Updates of one chat are handled one after another (two taps at once count once), however
  // many arrive together; other chats run in parallel.
  bot.use(sequentialize(chatKey));
  bot.use(async (ctx, next) => {
    ctx.deps = { knowledge: deps.knowledge, logger: deps.logger };
    await next();
  });

  const protectedBot = bot.errorBoundary(async (error) => {
    const ctx = error.ctx;
    deps.logger.error(
      { update_id: ctx.update.update_id, error: redactToken(String(error.error)) },
      "update failed",
    );
    const locale = guessLocale(ctx.from?.language_code);
    if (ctx.chat !== undefined) {
      await ctx.api
        .sendMessage(ctx.chat.id, translator(locale)("error-try-again"))
        .catch(() => undefined);
    }
  });

  protectedBot.use(
    session<SessionData, BotContext>({
      initial: () => ({}),
      storage: deps.storage.sessions,
      prefix: deps.storage.prefixes.session,
      getSessionKey: chatKey,
    }),
  );
  protectedBot.use(i18n);
  protectedBot.use(
    conversations<BotContext, QuizContext>({
      storage: {
        type: "key",
        adapter: deps.storage.conversations,
        version: QUESTIONNAIRE_VERSION,
        prefix: deps.storage.prefixes.conversation,
        getStorageKey: chatKey,
      },
    }),
  );

  // Commands and menus first, so a questionnaire in progress cannot swallow them.
  protectedBot.use(languageFeature);
  protectedBot.use(helpFeature);
  protectedBot.use(resultsFeature);
  protectedBot.use(
    createQuestionnaireFeature({ knowledge: deps.knowledge, translator, conversationPlugins }),
  );
  protectedBot.use(unhandledFeature);

  return bot;
}
