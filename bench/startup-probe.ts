/**
 * Started as its own process by the micro-benchmark: does what `main.ts` does before its first
 * network call — config, knowledge load and validation, storage, the bot — and prints the times as
 * one JSON line. `performance.now()` counts from the start of this process, so the first figure is
 * the module loading.
 *
 * The benchmark runs it as production runs `main.ts`: bundled by `build.ts` the same way, with
 * plain `node`, reading the parsed cache of `npm run build` (see `micro.ts`). Run with tsx
 * (`npx tsx bench/startup-probe.ts`) it measures starting from the sources instead: TypeScript
 * compiled on the fly, and no parsed cache.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBot } from "../src/bot/create-bot.js";
import { parseConfig } from "../src/config.js";
import { loadKnowledgeOrThrow } from "../src/knowledge/load.js";
import { KNOWLEDGE_DIR, PARSED_CACHE_FILE } from "../src/knowledge/paths.js";
import { createLogger } from "../src/logger.js";
import { createStorage } from "../src/storage/index.js";
import { BENCH_BOT_INFO, BENCH_TOKEN } from "./bot-info.js";

const modulesLoaded = performance.now();
const dataDir = await mkdtemp(join(tmpdir(), "bagdar-bench-start-"));
const config = parseConfig({
  BOT_TOKEN: BENCH_TOKEN,
  DATA_DIR: dataDir,
  LOG_LEVEL: "silent",
});
const configParsed = performance.now();
const knowledge = await loadKnowledgeOrThrow(KNOWLEDGE_DIR, { parsedCache: PARSED_CACHE_FILE });
const knowledgeLoaded = performance.now();
const storage = await createStorage({ redisUrl: config.redisUrl, dataDir: config.dataDir });
createBot({
  token: config.botToken,
  knowledge,
  storage,
  logger: createLogger(config.logLevel),
  botInfo: BENCH_BOT_INFO,
});
const botBuilt = performance.now();
await rm(dataDir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    modules_ms: modulesLoaded,
    config_ms: configParsed - modulesLoaded,
    knowledge_ms: knowledgeLoaded - configParsed,
    bot_ms: botBuilt - knowledgeLoaded,
    ready_ms: botBuilt,
  }),
);
