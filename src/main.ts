/**
 * Start-up: config → knowledge → storage → bot → long polling; graceful shutdown on signals.
 * Every failure before the bot runs is one clear line and exit code 1, never a stack trace.
 */

import { registerCommands } from "./bot/commands.js";
import { createBot } from "./bot/create-bot.js";
import { createI18n, translatorFor } from "./bot/i18n.js";
import { ConfigError, parseConfig } from "./config.js";
import { KnowledgeError, loadKnowledgeOrThrow } from "./knowledge/load.js";
import { createLogger, redactToken } from "./logger.js";
import { createStorage, StorageUnavailableError } from "./storage/index.js";

async function main(): Promise<void> {
  const config = parseConfig();
  const logger = createLogger(config.logLevel);
  const knowledge = await loadKnowledgeOrThrow("knowledge");
  const storage = await createStorage({ redisUrl: config.redisUrl, dataDir: config.dataDir });
  const bot = createBot({
    token: config.botToken,
    knowledge,
    storage,
    logger,
    client: { apiRoot: config.apiRoot },
    adminIds: config.adminIds,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await bot.stop();
    await storage.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  await bot.init();
  const i18n = createI18n();
  await registerCommands(bot.api, (locale) => translatorFor(i18n, locale));
  logger.info({ bot: bot.botInfo.username, storage: storage.kind, mode: config.mode }, "starting");
  await bot.start({ drop_pending_updates: false, allowed_updates: ["message", "callback_query"] });
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
