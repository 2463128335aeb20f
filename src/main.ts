/**
 * Start-up: config → knowledge → storage → bot → transport (long polling, or a webhook server);
 * graceful shutdown on SIGINT and SIGTERM. Every failure before the bot runs is one clear line
 * and exit code 1, never a stack trace, and the token never appears in any output.
 */
import { type Api, type Bot, GrammyError, HttpError } from "grammy";
import { registerCommands } from "./bot/commands.js";
import type { BotContext } from "./bot/context.js";
import { createBot } from "./bot/create-bot.js";
import { createI18n, translatorFor } from "./bot/i18n.js";
import { createReminderScheduler } from "./bot/reminder-delivery.js";
import { ConfigError, parseConfig } from "./config.js";
import { KnowledgeError, loadKnowledgeOrThrow } from "./knowledge/load.js";
import { KNOWLEDGE_DIR, PARSED_CACHE_FILE } from "./knowledge/paths.js";
import { createLogger, redactToken } from "./logger.js";
import { startLiveRates } from "./rates/live-rates.js";
import { startPolling } from "./runtime/polling.js";
import type { Transport } from "./runtime/transport.js";
import { startWebhook } from "./runtime/webhook.js";
import { knowledgeSearch } from "./search/knowledge-search.js";
import { createStorage, StorageUnavailableError } from "./storage/index.js";

/** A stop that takes longer than this is cut short: orchestrators kill at about 10 s. */
const SHUTDOWN_DEADLINE_MS = 9_000;

/** Flood-control waits in webhook mode stay well under Telegram's webhook timeout. */
const WEBHOOK_MAX_RETRY_DELAY_SECONDS = 10;

/** How long start-up keeps trying to reach Telegram before it gives up with exit code 1. */
const TELEGRAM_START_DEADLINE_MS = 15_000;

/** Telegram's Bot API did not answer at start-up (network, firewall, a wrong TELEGRAM_API_ROOT). */
class BotApiUnreachableError extends Error {
  override name = "BotApiUnreachableError";
}

function unreachable(apiRoot: string, error: unknown): BotApiUnreachableError {
  const cause = error instanceof HttpError ? error.error : undefined;
  // Without user:password@ of a self-hosted Bot API root, should its URL carry them.
  const reason = [error, cause]
    .filter((e): e is Error => e instanceof Error)
    .map((e) => (e.cause instanceof Error ? `${e.message} (${e.cause.message})` : e.message))
    .join(": ")
    .replace(/\/\/[^/@\s]+@/g, "//");
  const where = URL.canParse(apiRoot) ? new URL(apiRoot).origin : "TELEGRAM_API_ROOT";
  return new BotApiUnreachableError(
    redactToken(
      `Cannot reach the Telegram Bot API at ${where} (${reason}); gave up after ${TELEGRAM_START_DEADLINE_MS / 1000} s. Check the network, or TELEGRAM_API_ROOT.`,
    ),
  );
}

async function main(): Promise<void> {
  const config = parseConfig();
  const logger = createLogger(config.logLevel);
  const knowledge = await loadKnowledgeOrThrow(KNOWLEDGE_DIR, { parsedCache: PARSED_CACHE_FILE });
  // The stored rates serve from the first update; the National Bank's feed replaces them when it
  // answers (now and daily), never holding start-up up.
  const rates = startLiveRates({ knowledge, url: config.ratesFeedUrl, logger });
  const storage = await createStorage({ redisUrl: config.redisUrl, dataDir: config.dataDir });
  const webhook = config.mode === "webhook";
  const bot = createBot({
    token: config.botToken,
    knowledge,
    storage,
    logger,
    client: { apiRoot: config.apiRoot },
    adminIds: config.adminIds,
    ...(webhook
      ? {
          maxRetryDelaySeconds: WEBHOOK_MAX_RETRY_DELAY_SECONDS,
          distributed: storage.kind === "redis",
          redeliverTransientFailures: true,
        }
      : {}),
  });
  // Deadline reminders: with Redis every instance runs one and each reminder is sent once.
  const reminders = createReminderScheduler({ api: bot.api, knowledge, storage, logger });
  storage.redis?.on("error", (error) =>
    logger.warn({ error: error.message }, "redis connection problem"),
  );

  let transport: Transport | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    const deadline = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    await transport?.stop();
    rates.stop();
    await reminders.stop();
    await storage.close();
    logger.info("stopped");
    // stdout to a pipe is written asynchronously: exiting at once could drop the last lines.
    logger.flush();
    await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  await reachTelegram(bot, config.apiRoot);
  const i18n = createI18n();
  await registerCommands(bot.api, (locale) => translatorFor(i18n, locale));
  reminders.start();
  transport =
    config.mode === "webhook"
      ? await startWebhook({
          bot,
          url: config.webhookUrl,
          secret: config.webhookSecret,
          port: config.port,
          logger,
          healthy: () => storage.ping(),
        })
      : await startPolling(bot);
  logger.info(
    { bot: bot.botInfo.username, storage: storage.kind, mode: transport.mode },
    "started",
  );
  // The search index is built on first use; build it now that the bot is up, so the first
  // student's question does not wait for it.
  setImmediate(() => knowledgeSearch(knowledge));
}

/**
 * Asks Telegram who the bot is (what `bot.init()` would do), retrying while Telegram cannot be
 * reached or answers 5xx — but only for {@link TELEGRAM_START_DEADLINE_MS}: grammY alone would
 * retry forever in silence. A 4xx (a wrong token) fails at once with Telegram's own words.
 */
async function reachTelegram(bot: Bot<BotContext>, apiRoot: string): Promise<void> {
  // grammY types its signal from a polyfill; Node's own is what it receives at run time.
  const signal = AbortSignal.timeout(TELEGRAM_START_DEADLINE_MS) as Parameters<Api["getMe"]>[0];
  for (;;) {
    try {
      bot.botInfo = await bot.api.getMe(signal);
      return;
    } catch (error) {
      if (error instanceof GrammyError && error.error_code < 500) throw error;
      if (signal?.aborted) throw unreachable(apiRoot, error);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (signal?.aborted) throw unreachable(apiRoot, error);
    }
  }
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof KnowledgeError ||
    error instanceof StorageUnavailableError ||
    error instanceof BotApiUnreachableError
  ) {
    console.error(error.message);
  } else {
    console.error(
      `Bagdar could not start: ${redactToken(error instanceof Error ? error.message : String(error))}`,
    );
  }
  process.exit(1);
});
