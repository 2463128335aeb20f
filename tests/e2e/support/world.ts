/**
 * One e2e scenario's world: the emulated Telegram (a {@link FakeBotApi} served over HTTP), the
 * bot processes started against it, and students with ids no other test uses, so scenarios can
 * share one Redis (sessions, locks and handled-update records are keyed by chat and bot id).
 *
 * @example
 * const world = await createWorld({ redisUrl });
 * const bot = world.startBot();
 * await bot.waitUntilStarted();
 * const student = world.student("kk");
 * await student.send("/start");
 * await world.dispose();
 */
import { randomInt } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { FakeBotApi } from "../../../src/chat/fake-bot-api.js";
import type { Knowledge, Locale } from "../../../src/knowledge/schema.js";
import { fakeBotToken } from "../../support/bot-token.js";
import { type BotApiServer, startBotApiServer } from "./bot-api-server.js";
import { type BotProcess, startBotProcess } from "./bot-process.js";
import { KNOWLEDGE } from "./knowledge.js";
import { type Deliver, Student } from "./student.js";

export interface WorldOptions {
  /** Redis for the bots (REDIS_URL); without it they use a file store in a temporary folder. */
  redisUrl?: string;
  /** Webhook mode: updates are not queued for getUpdates; students deliver through `deliver`. */
  webhook?: boolean;
}

export interface World {
  readonly fake: FakeBotApi;
  readonly server: BotApiServer;
  readonly token: string;
  readonly botId: number;
  readonly knowledge: Knowledge;
  /** The environment every bot of this world gets (token, API root, Redis or a data folder). */
  readonly env: Record<string, string>;
  /** Starts a bot process with the world's environment plus `extraEnv`; stopped by `dispose`. */
  startBot(extraEnv?: Record<string, string>, name?: string): BotProcess;
  /**
   * A new student whose Telegram app is in `languageCode` (default: `locale`). In webhook worlds
   * give `deliver`, which sends each of the student's updates to the bot.
   */
  student(locale: Locale, options?: { languageCode?: string; deliver?: Deliver }): Student;
  /** Stops every bot still running, closes the emulator and deletes this world's Redis keys. */
  dispose(): Promise<void>;
}

export async function createWorld(options: WorldOptions = {}): Promise<World> {
  // Random identities keep parallel scenarios apart in a shared Redis and in each other's logs.
  const botId = randomInt(7_100_000_000, 7_900_000_000);
  const token = fakeBotToken(botId, "e2e");
  const fake = new FakeBotApi({
    token,
    botInfo: { id: botId, username: "bagdar_e2e_bot" },
    queueUpdates: options.webhook !== true,
  });
  const server = await startBotApiServer(fake);
  const dataDir = await mkdtemp(join(tmpdir(), "bagdar-e2e-data-"));
  const knowledge = KNOWLEDGE;
  const env: Record<string, string> = {
    BOT_TOKEN: token,
    TELEGRAM_API_ROOT: server.apiRoot,
    DATA_DIR: dataDir,
    LOG_LEVEL: "info",
    ...(options.redisUrl === undefined ? {} : { REDIS_URL: options.redisUrl }),
  };
  const bots: BotProcess[] = [];
  const chatIds: number[] = [];
  let nextChatId = randomInt(1_000_000_000, 2_000_000_000);

  return {
    fake,
    server,
    token,
    botId,
    knowledge,
    env,
    startBot(extraEnv = {}, name = `bot ${bots.length + 1}`) {
      const bot = startBotProcess({ env: { ...env, ...extraEnv }, name });
      bots.push(bot);
      return bot;
    },
    student(locale, studentOptions = {}) {
      const id = nextChatId++;
      chatIds.push(id);
      const user = fake.user({
        id,
        first_name: `Student ${id}`,
        language_code: studentOptions.languageCode ?? locale,
      });
      return new Student(fake, user, locale, studentOptions.deliver);
    },
    async dispose() {
      await Promise.all(bots.map((bot) => bot.stop(3000)));
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
      if (options.redisUrl !== undefined) {
        await forgetRedisKeys(options.redisUrl, botId, chatIds).catch(() => undefined);
      }
    },
  };
}

/** Deletes Bagdar's keys of these chats and this bot (the test Redis may be a developer's). */
async function forgetRedisKeys(redisUrl: string, botId: number, chatIds: number[]): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, retryStrategy: () => null });
  redis.on("error", () => {});
  try {
    const chats = new Set(chatIds.map(String));
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", "bagdar:*", "COUNT", 1000);
      cursor = next;
      const ours = keys.filter(
        (key) => chats.has(key.split(":").at(-1) ?? "") || key.includes(`:${botId}:`),
      );
      if (ours.length > 0) await redis.unlink(...ours);
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}
