/**
 * The baseline: what a minimal grammY + conversations v2 bot does for the same questionnaire, the
 * way the plugin's documentation writes it. Same updates per student (/start, a language button,
 * a Start button, then the questions with the same option counts, multi-selects whose toggles are
 * plain `wait`s in the conversation), the same storage kind, the same transport (runner +
 * `sequentialize`). No i18n, knowledge, matching, logging or error boundary: dividing Bagdar's
 * updates/s by this bot's gives what all of Bagdar's features cost, on any machine.
 */

import { join } from "node:path";
import {
  type Conversation,
  type ConversationFlavor,
  conversations,
  createConversation,
} from "@grammyjs/conversations";
import { run, sequentialize } from "@grammyjs/runner";
import { FileAdapter } from "@grammyjs/storage-file";
import { RedisAdapter } from "@grammyjs/storage-redis";
import { Bot, type Context, InlineKeyboard, type SessionFlavor, session } from "grammy";
import { Redis } from "ioredis";
import { ALLOWED_UPDATES } from "../src/runtime/transport.js";
import { SESSION_TTL_SECONDS } from "../src/storage/index.js";
import { countingLogSink } from "./bagdar-bot.js";
import { BENCH_TOKEN } from "./bot-info.js";
import { BENCH_API_ROOT, type FakeTelegram } from "./fake-telegram.js";
import type { ButtonRole, Dialect, QuestionShape } from "./students.js";
import type { BenchTarget, StorageKind } from "./target.js";

interface BaselineSession {
  locale?: string;
  answers?: number[][];
}
type BaselineContext = ConversationFlavor<Context & SessionFlavor<BaselineSession>>;

/** The baseline's callback data: `lang:xx`, `start`, `a:<i>`, `t:<i>`, `d`, `again`. */
export const baselineDialect: Dialect = {
  classify(data): ButtonRole {
    if (data.startsWith("lang:")) return { kind: "language", locale: data.slice(5) };
    if (data === "start") return { kind: "start" };
    if (data.startsWith("a:") || data.startsWith("t:")) return { kind: "option" };
    if (data === "d") return { kind: "done" };
    if (data === "again") return { kind: "results" };
    return { kind: "other" };
  },
};

/** Labels about as long as Bagdar's, so stored keyboards weigh about the same. */
const label = (i: number) => `Answer option number ${i + 1}`;

function keyboard(question: QuestionShape, selected: readonly number[]): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (let i = 0; i < question.options; i++) {
    if (question.kind === "single") kb.text(label(i), `a:${i}`).row();
    else kb.text(`${selected.includes(i) ? "✅" : "▫️"} ${label(i)}`, `t:${i}`).row();
  }
  if (question.kind === "multi") kb.text(`Done (${selected.length})`, "d");
  return kb;
}

function createQuestionnaire(questions: readonly QuestionShape[]) {
  return async function questionnaire(
    conversation: Conversation<BaselineContext, Context>,
    ctx: Context,
  ): Promise<void> {
    const answers: number[][] = [];
    for (const [step, question] of questions.entries()) {
      const prompt = `<b>${step + 1}/${questions.length}</b> · Question number ${step + 1} of the questionnaire?`;
      await ctx.reply(prompt, { parse_mode: "HTML", reply_markup: keyboard(question, []) });
      if (question.kind === "single") {
        const answer = await conversation.waitForCallbackQuery(/^a:(\d+)$/);
        await answer.answerCallbackQuery();
        answers.push([Number(answer.match[1])]);
        continue;
      }
      let selected: number[] = [];
      // Each toggle is one more wait in the replay log: the plain way to write a multi-select.
      for (let turn = 0; turn < 3 * question.options; turn++) {
        const press = await conversation.waitForCallbackQuery(/^(?:t:(\d+)|d)$/);
        await press.answerCallbackQuery();
        if (press.match[1] === undefined) break;
        const index = Number(press.match[1]);
        selected = selected.includes(index)
          ? selected.filter((i) => i !== index)
          : [...selected, index];
        await press.editMessageReplyMarkup({ reply_markup: keyboard(question, selected) });
      }
      answers.push(selected);
    }
    await conversation.external((outer) => {
      outer.session.answers = answers;
    });
    await ctx.reply("Thank you! Here are your results.", {
      reply_markup: new InlineKeyboard().text("Start over", "again"),
    });
  };
}

export interface BaselineTargetOptions {
  storage: StorageKind;
  questions: readonly QuestionShape[];
  fake: FakeTelegram;
  redisUrl: string;
  dataDir: string;
  namespace: string;
}

export async function baselineTarget(options: BaselineTargetOptions): Promise<BenchTarget> {
  const prefix = `${options.namespace}baseline:`;
  const chatKey = (ctx: Context) => ctx.chat?.id.toString();
  let redis: Redis | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: the adapters store whatever the plugins give them
  let sessions: RedisAdapter<any> | FileAdapter<any>;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  let conversationStore: RedisAdapter<any> | FileAdapter<any>;
  const folder = join(options.dataDir, "baseline");
  if (options.storage === "redis") {
    redis = new Redis(options.redisUrl);
    // Connected before the run starts, so the handshake is not counted as the bot's commands.
    await redis.ping();
    sessions = new RedisAdapter({ instance: redis, ttl: SESSION_TTL_SECONDS });
    conversationStore = new RedisAdapter({ instance: redis, ttl: SESSION_TTL_SECONDS });
  } else {
    sessions = new FileAdapter({ dirName: join(folder, "sessions") });
    conversationStore = new FileAdapter({ dirName: join(folder, "conversations") });
  }

  const sink = countingLogSink();
  const bot = new Bot<BaselineContext>(BENCH_TOKEN, {
    botInfo: options.fake.botInfo,
    client: { fetch: options.fake.fetch, apiRoot: BENCH_API_ROOT },
  });
  bot.catch(() => sink.write('{"level":50}'));
  bot.use(sequentialize(chatKey));
  bot.use(
    session({
      initial: (): BaselineSession => ({}),
      storage: sessions,
      prefix: `${prefix}session:`,
      getSessionKey: chatKey,
    }),
  );
  bot.use(
    conversations<BaselineContext, Context>({
      storage: {
        type: "key",
        adapter: conversationStore,
        version: 1,
        prefix: `${prefix}conversation:`,
        getStorageKey: chatKey,
      },
    }),
  );
  bot.use(createConversation(createQuestionnaire(options.questions), "questionnaire"));
  bot.command("start", async (ctx) => {
    const languages = new InlineKeyboard()
      .text("Қазақша", "lang:kk")
      .text("Русский", "lang:ru")
      .text("English", "lang:en");
    await ctx.reply("<b>Welcome!</b> Choose your language:", {
      parse_mode: "HTML",
      reply_markup: languages,
    });
  });
  bot.callbackQuery(/^lang:(kk|ru|en)$/, async (ctx) => {
    ctx.session.locale = ctx.match[1];
    await ctx.answerCallbackQuery();
    await ctx.reply("Ready? Tap the button to start the questionnaire.", {
      reply_markup: new InlineKeyboard().text("Start the questionnaire", "start"),
    });
  });
  bot.callbackQuery("start", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter("questionnaire");
  });

  return {
    name: "baseline",
    storage: options.storage,
    bot,
    dialect: baselineDialect,
    start: async () => {
      const runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
      return { stop: async () => void (runner.isRunning() ? await runner.stop() : undefined) };
    },
    dataDirs: options.storage === "file" ? [folder] : [],
    stateKeys: (chatId) => [`${prefix}session:${chatId}`, `${prefix}conversation:${chatId}`],
    keyPrefix: prefix,
    ...(redis === undefined ? {} : { redis }),
    errors: sink.errors,
    close: async () => {
      await redis?.quit();
    },
  };
}
