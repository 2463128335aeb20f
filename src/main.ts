/**
 * Start-up: config → knowledge → storage → bot → transport (long polling, or a webhook server);
 * graceful shutdown on SIGINT and SIGTERM. Every failure before the bot runs is one clear line
 * and exit code 1, never a stack trace, and the token never appears in any output.
 */
import { registerCommands } from "./bot/commands.js";
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

  await bot.init();
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

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof KnowledgeError ||
    error instanceof StorageUnavailableError
  ) {
    console.error(error.message);
  } else {
    console.error(
      `Bagdar could not start: ${redactToken(error instanceof Error ? error.message : String(error))}`,
    );
  }
  process.exit(1);
});
