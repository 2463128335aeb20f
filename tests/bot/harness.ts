/**
 * Builds the real bot from the factory against the in-process Bot API stand-in and drives it as a
 * student would: updates go through `bot.handleUpdate`, every API call is captured at `fetch` level
 * (which, unlike `bot.api` transformers, also reaches the contexts inside the conversation).
 *
 * Every message the bot sends is checked after each update (see `outgoing-messages.ts`): one that
 * Telegram would refuse, one over 2,000 characters, or any failed call the test did not arrange
 * fails the test there, even when the bot carried on.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Message, Update, User } from "grammy/types";
import { pino } from "pino";
import { onTestFinished } from "vitest";
import { type BotDeps, createBot } from "../../src/bot/create-bot.js";
import { createI18n, translatorFor } from "../../src/bot/i18n.js";
import { type ApiCall, FakeBotApi, inlineButtonsOf } from "../../src/chat/fake-bot-api.js";
import { loadKnowledgeOrThrow } from "../../src/knowledge/load.js";
import type { Knowledge, Locale } from "../../src/knowledge/schema.js";
import { type BotStorage, createStorage } from "../../src/storage/index.js";
import { withBotParams } from "../support/bot-texts.js";
import { fakeBotToken } from "../support/bot-token.js";
import { outgoingProblems } from "./outgoing-messages.js";

export const TEST_TOKEN = fakeBotToken(123456, "test");

let knowledgeOnce: Promise<Knowledge> | undefined;
export function realKnowledge(): Promise<Knowledge> {
  knowledgeOnce ??= loadKnowledgeOrThrow("knowledge");
  return knowledgeOnce;
}

const i18n = createI18n();
/** Translations as the bot renders them, to compare with what it sent. */
export function tr(locale: Locale, key: string, params?: Record<string, string | number>): string {
  return translatorFor(i18n, locale)(key, withBotParams(key, params));
}

/** Text with the HTML tags of a translation removed, as Telegram shows it. */
export function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

export async function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "bagdar-bot-"));
}

export interface Harness {
  fake: FakeBotApi;
  storage: BotStorage;
  student: User;
  send(text: string): Promise<void>;
  press(label: string): Promise<void>;
  pressData(messageId: number, data: string, force?: boolean): Promise<void>;
  deliver(update: Update): Promise<void>;
  last(): Message;
  /** Errors the bot logged; a flow that went well leaves none. */
  errors: string[];
  texts(): string[];
  /** Builds a new bot on the same storage and Bot API, as after a restart. */
  restart(): Promise<void>;
}

export async function startHarness(
  options: {
    languageCode?: string;
    storage?: BotStorage;
    fake?: FakeBotApi;
    student?: User;
    /** As in webhook mode with several instances: lock chats across bots sharing Redis. */
    distributed?: boolean;
    /** Other bot dependencies: knowledge, a clock, admin ids. */
    deps?: Partial<Pick<BotDeps, "knowledge" | "now" | "adminIds">>;
  } = {},
): Promise<Harness> {
  const knowledge = options.deps?.knowledge ?? (await realKnowledge());
  const fake = options.fake ?? new FakeBotApi({ queueUpdates: false, token: TEST_TOKEN });
  const storage = options.storage ?? (await createStorage({ dataDir: await tempDataDir() }));
  const student = options.student ?? fake.user({ language_code: options.languageCode ?? "en" });
  const errors: string[] = [];
  const logger = pino({ level: "warn" }, { write: (line: string) => void errors.push(line) });
  const build = () =>
    createBot({
      token: TEST_TOKEN,
      knowledge,
      storage,
      logger,
      botInfo: fake.botInfo,
      client: { fetch: fake.fetch, apiRoot: "http://bot-api.local" },
      distributed: options.distributed ?? false,
      ...options.deps,
    });
  let bot = build();

  // Failures the test arranges (an injected 429, a student who blocked the bot) are expected.
  const arranged = new WeakSet<object>();
  const failNext = fake.failNext.bind(fake);
  fake.failNext = (method, error, times) => {
    arranged.add(error);
    failNext(method, error, times);
  };
  // After a failed update the error boundary answers its callback query again, in case nothing
  // did; a query answered already refuses that second answer, which changes nothing.
  const answeredTwice = (call: ApiCall) =>
    call.method === "answerCallbackQuery" &&
    fake.calls
      .slice(0, fake.calls.indexOf(call))
      .some(
        (earlier) =>
          earlier.method === "answerCallbackQuery" &&
          earlier.error === undefined &&
          earlier.payload.callback_query_id === call.payload.callback_query_id,
      );
  let checked = 0;
  const checkOutgoing = () => {
    const calls = fake.calls.slice(checked);
    checked = fake.calls.length;
    const problems = outgoingProblems(calls, {
      arranged: (call) =>
        (call.error !== undefined && arranged.has(call.error)) ||
        call.error?.error_code === 403 ||
        answeredTwice(call),
    });
    if (problems.length > 0) {
      throw new Error(`the bot sent what Telegram or a phone refuses:\n${problems.join("\n")}`);
    }
  };
  try {
    // What the bot sends outside an update (reminders) is checked when the test ends.
    onTestFinished(checkOutgoing);
  } catch {
    // Started outside a test (a beforeAll): the checks after each update still hold.
  }
  const deliver = async (update: Update) => {
    await bot.handleUpdate(update);
    checkOutgoing();
  };
  return {
    fake,
    storage,
    student,
    deliver,
    errors,
    send: (text) => deliver(fake.sendText(student, text)),
    press: (label) => deliver(fake.pressButtonByText(student.id, label)),
    pressData: (messageId, data, force = false) =>
      deliver(fake.pressButton(student.id, messageId, data, { force })),
    last: () => {
      const message = fake.lastMessage(student.id);
      if (message === undefined) throw new Error("the bot has sent nothing");
      return message;
    },
    texts: () => fake.messages(student.id).map((m) => m.text ?? m.caption ?? ""),
    restart: async () => {
      bot = build();
    },
  };
}

/** Labels of the buttons of a message. */
export function labels(message: Message | undefined): string[] {
  return inlineButtonsOf(message).map((b) => b.text);
}

/** The option labels of the newest question, in the student's language. */
export function optionLabel(locale: Locale, key: string): string {
  return tr(locale, key);
}

/** The callback data of the button at row `row`, column `col` of a message. */
export function buttonData(message: Message, row: number, col = 0): string {
  const button = message.reply_markup?.inline_keyboard[row]?.[col];
  if (button === undefined || !("callback_data" in button) || button.callback_data === undefined) {
    throw new Error(`no callback button at ${row}:${col}`);
  }
  return button.callback_data;
}
