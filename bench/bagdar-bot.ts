/**
 * Bagdar under test: the bot from the factory, with its real middleware, knowledge and storage,
 * started through the production polling transport, talking to the fake Bot API.
 */

import { join } from "node:path";
import { pino } from "pino";
import { createBot } from "../src/bot/create-bot.js";
import type { Knowledge } from "../src/knowledge/schema.js";
import { startPolling } from "../src/runtime/polling.js";
import { createStorage } from "../src/storage/index.js";
import { BENCH_TOKEN } from "./bot-info.js";
import { BENCH_API_ROOT, type FakeTelegram } from "./fake-telegram.js";
import type { ButtonRole, Dialect } from "./students.js";
import type { BenchTarget, StorageKind } from "./target.js";

/**
 * Bagdar's callback data, read the way `encodeCallback` writes it (`q:<run>:<step>:<a|t|d|b>:…`,
 * `l:<locale>`, `s`, `r:…`). A plain split rather than `decodeCallback`: the student's reading is
 * the simulated client's work, and zod on every button would be charged to the bot's CPU figure.
 * If the format changes, students find no button and the run reports them stuck.
 */
export const bagdarDialect: Dialect = {
  classify(data): ButtonRole {
    const parts = data.split(":");
    switch (parts[0]) {
      case "l":
        return { kind: "language", locale: parts[1] ?? "" };
      case "s":
        return { kind: "start" };
      case "r":
        return { kind: "results" };
      case "q": {
        const action = parts[3];
        if (action === "a" || action === "t") return { kind: "option" };
        if (action === "d") return { kind: "done" };
        return { kind: "other" };
      }
      default:
        return { kind: "other" };
    }
  },
};

/**
 * Log lines are counted, not written: production writes one JSON line per update to stdout, which
 * here would bury the table. Building the line (the cost that is the bot's) still happens.
 */
export function countingLogSink() {
  let errors = 0;
  return {
    errors: () => errors,
    write(line: string) {
      // pino writes `{"level":50,...`: 50 is error, 60 fatal.
      if (line.startsWith('{"level":5') || line.startsWith('{"level":6')) errors++;
    },
  };
}

export interface BagdarTargetOptions {
  storage: StorageKind;
  knowledge: Knowledge;
  fake: FakeTelegram;
  redisUrl: string;
  dataDir: string;
  /** Redis key namespace (and file store sub-folder), so runs never touch anyone else's keys. */
  namespace: string;
}

export async function bagdarTarget(options: BagdarTargetOptions): Promise<BenchTarget> {
  const storage = await createStorage({
    redisUrl: options.storage === "redis" ? options.redisUrl : undefined,
    dataDir: options.dataDir,
    namespace: options.namespace,
  });
  const sink = countingLogSink();
  const bot = createBot({
    token: BENCH_TOKEN,
    knowledge: options.knowledge,
    storage,
    logger: pino({ level: "info" }, sink),
    botInfo: options.fake.botInfo,
    client: { fetch: options.fake.fetch, apiRoot: BENCH_API_ROOT },
  });
  const filesAt = join(options.dataDir, options.namespace);
  return {
    name: "bagdar",
    storage: options.storage,
    bot,
    dialect: bagdarDialect,
    start: () => startPolling(bot),
    dataDirs: options.storage === "file" ? [filesAt] : [],
    // The questionnaire in progress lives in the session: one key per student.
    stateKeys: (chatId) => [`${storage.prefixes.session}${chatId}`],
    keyPrefix: options.namespace,
    ...(storage.redis === undefined ? {} : { redis: storage.redis }),
    errors: sink.errors,
    close: () => storage.close(),
  };
}
