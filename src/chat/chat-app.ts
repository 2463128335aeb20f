/**
 * The local chat itself, loaded by `main.ts` once it has said that the chat is starting: the real
 * Bagdar bot (same factory, middleware, knowledge and storage as `npm start`) driven from the
 * terminal, with no token and no network. An in-process Bot API stand-in plays Telegram; the
 * person at the keyboard plays a student. A newcomer is greeted as if they had sent /start.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { registerCommands } from "../bot/commands.js";
import { createBot } from "../bot/create-bot.js";
import { createI18n, translatorFor } from "../bot/i18n.js";
import { createReminderScheduler } from "../bot/reminder-delivery.js";
import { loadKnowledgeOrThrow } from "../knowledge/load.js";
import { createStorage } from "../storage/index.js";
import { chatLanguageCode } from "./chat-language.js";
import { runChatLoop } from "./chat-loop.js";
import { FakeBotApi } from "./fake-bot-api.js";
import { reminderDemo } from "./reminder-demo.js";

const TOKEN = "chat-local:token";
const API_ROOT = "http://bot-api.local";
const KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge", import.meta.url));
const CHAT_USER_ID = 1001;

/** Runs the chat until the person leaves; throws what stopped it otherwise. */
export async function runLocalChat(): Promise<void> {
  const env = process.env;
  const render = { color: process.stdout.isTTY === true && env.NO_COLOR === undefined };
  const logger = pino(
    { level: env.LOG_LEVEL?.trim() || "warn" },
    pino.destination({ dest: 2, sync: true }),
  );

  const demo = reminderDemo(env, await loadKnowledgeOrThrow(KNOWLEDGE_DIR));
  const knowledge = demo.knowledge;
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  // Kept apart from the production bot's data, even when they share DATA_DIR or Redis.
  const dataDir = join(env.DATA_DIR?.trim() || "./data", "chat-local");
  const storage = await createStorage({
    redisUrl,
    dataDir,
    ...(redisUrl === undefined ? {} : { namespace: "chat-local:" }),
  });

  const fake = new FakeBotApi({ token: TOKEN });
  const bot = createBot({
    token: TOKEN,
    knowledge,
    storage,
    logger,
    client: { fetch: fake.fetch, apiRoot: API_ROOT },
    botInfo: fake.botInfo,
    now: demo.now,
  });
  const i18n = createI18n();
  await registerCommands(bot.api, (locale) => translatorFor(i18n, locale));
  const reminders = createReminderScheduler({
    api: bot.api,
    knowledge,
    storage,
    logger,
    now: demo.now,
  });

  const user = fake.user({
    id: CHAT_USER_ID,
    first_name: "Student",
    language_code: chatLanguageCode(env),
  });
  const where = redisUrl === undefined ? dataDir : "Redis (REDIS_URL), keys under chat-local:";
  console.log(
    `Bagdar local chat · you are user ${user.id} (language ${user.language_code}) · type to send, 1 2 3… to press a button of the newest keyboard, m12.3 for button 3 of message #12, "> 5" to send 5 as text, /quit or Ctrl-D to leave · sessions in ${where}`,
  );

  if (demo.notice !== undefined) console.log(demo.notice);
  // A newcomer (nothing stored for this chat yet) is greeted as if they had sent /start.
  const newcomer =
    (await storage.sessions.read(`${storage.prefixes.session}${user.id}`)) === undefined;

  const running = bot.start({ allowed_updates: ["message", "callback_query"] });
  reminders.start();
  let crash: unknown;
  const crashed = running.catch((error: unknown) => {
    crash = error;
  });

  try {
    await runChatLoop({
      fake,
      user,
      input: process.stdin,
      output: process.stdout,
      render,
      interactive: process.stdin.isTTY === true,
      stopWhen: crashed,
      ...(newcomer ? { firstMessage: "/start" } : {}),
    });
  } finally {
    await reminders.stop();
    if (bot.isRunning()) await bot.stop();
    await crashed;
    await storage.close();
  }
  if (crash !== undefined) throw crash;
}
