/**
 * A minimal, fast stand-in for the Bot API, passed to the bots as `client.fetch`.
 *
 * Why not `src/chat/fake-bot-api.ts`: that one validates every call as Telegram would (HTML,
 * lengths, callback data, double answers), which is right for tests and the local chat but costs
 * CPU that would be charged to the bot here. This one checks nothing; it answers the methods a
 * questionnaire uses with results shaped like Telegram's (messages with text, entities and the
 * keyboard, because those land in the conversation's replay log and so in the stored bytes), and
 * serves `getUpdates` from the simulated students. Results are handed back as objects, without
 * the JSON round trip of a real HTTP answer (the same saving for both bots under test); they are
 * built fresh for every call and stored messages are replaced, never changed, on edit, so no bot
 * can see a result change under it.
 */
import type { ApiClientOptions } from "grammy";
import type { Chat, Message, MessageEntity, Update, UserFromGetMe } from "grammy/types";
import type { ChatView } from "./students.js";

/** Where `getUpdates` takes its updates from. */
export interface UpdateSource {
  /** Resolves with 1…limit updates as soon as any are ready; rejects when `signal` aborts. */
  take(limit: number, signal?: AbortSignal): Promise<Update[]>;
}

type Fetch = NonNullable<ApiClientOptions["fetch"]>;
type Payload = Record<string, unknown>;

/** Messages kept per chat: students press buttons on the newest few only. */
const RECENT_MESSAGES = 6;

export const BENCH_API_ROOT = "http://bot-api.bench";

export class FakeTelegram implements ChatView {
  /** Calls per method, to spot a bot calling something this fake does not know. */
  readonly calls = new Map<string, number>();
  private readonly chats = new Map<number, { nextId: number; recent: Message[] }>();
  private source: UpdateSource | undefined;

  constructor(readonly botInfo: UserFromGetMe) {}

  /** Switches `getUpdates` to a new source (one per measured run). */
  attach(source: UpdateSource): void {
    this.source = source;
  }

  recent(chatId: number): readonly Message[] {
    return this.chats.get(chatId)?.recent ?? [];
  }

  allocateMessageId(chatId: number): number {
    const chat = this.chat(chatId);
    return chat.nextId++;
  }

  readonly fetch: Fetch = (async (url: string, init?: { body?: unknown; signal?: AbortSignal }) => {
    const method = String(url).slice(String(url).lastIndexOf("/") + 1);
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    // Answering a callback query needs nothing from the payload: skip parsing the most common call.
    const payload = (
      method !== "answerCallbackQuery" && typeof init?.body === "string"
        ? JSON.parse(init.body)
        : {}
    ) as Payload;
    const result = await this.answer(method, payload, init?.signal);
    if (result === undefined) {
      return respond({ ok: false, error_code: 404, description: `Not Found: ${method}` });
    }
    return respond({ ok: true, result });
  }) as unknown as Fetch;

  private async answer(method: string, p: Payload, signal?: AbortSignal): Promise<unknown> {
    switch (method) {
      case "getUpdates": {
        if (this.source === undefined) throw new Error("no update source attached");
        return this.source.take(Number(p.limit ?? 100), signal);
      }
      case "getMe":
        return this.botInfo;
      case "sendMessage":
        return this.send(Number(p.chat_id), p);
      case "editMessageText":
        return this.edit(Number(p.chat_id), Number(p.message_id), (old) => ({
          ...old,
          ...formatted(p),
          reply_markup: p.reply_markup as Message["reply_markup"],
        }));
      case "editMessageReplyMarkup":
        return this.edit(Number(p.chat_id), Number(p.message_id), (old) => ({
          ...old,
          reply_markup: p.reply_markup as Message["reply_markup"],
        }));
      case "answerCallbackQuery":
      case "deleteWebhook":
      case "setWebhook":
      case "setMyCommands":
      case "deleteMessage":
        return true;
      default:
        return undefined;
    }
  }

  private chat(chatId: number) {
    let chat = this.chats.get(chatId);
    if (chat === undefined) {
      chat = { nextId: 1, recent: [] };
      this.chats.set(chatId, chat);
    }
    return chat;
  }

  private send(chatId: number, p: Payload): Message {
    const message = {
      message_id: this.allocateMessageId(chatId),
      from: { id: this.botInfo.id, is_bot: true, first_name: this.botInfo.first_name },
      chat: privateChat(chatId),
      date: Math.floor(Date.now() / 1000),
      ...formatted(p),
      ...(p.reply_markup === undefined
        ? {}
        : { reply_markup: p.reply_markup as Message["reply_markup"] }),
    } as Message;
    const recent = this.chat(chatId).recent;
    recent.push(message);
    if (recent.length > RECENT_MESSAGES) recent.shift();
    return message;
  }

  /** Replaces a message with its edited copy (never in place: updates already handed out keep theirs). */
  private edit(chatId: number, messageId: number, change: (old: Message) => Message): Message {
    const recent = this.chat(chatId).recent;
    const index = recent.findIndex((m) => m.message_id === messageId);
    const old =
      recent[index] ??
      ({
        message_id: messageId,
        chat: privateChat(chatId),
        date: Math.floor(Date.now() / 1000),
      } as Message);
    const edited = change({ ...old, edit_date: Math.floor(Date.now() / 1000) } as Message);
    if (edited.reply_markup === undefined) delete edited.reply_markup;
    if (index >= 0) recent[index] = edited;
    return edited;
  }
}

function privateChat(id: number): Chat.PrivateChat {
  return { id, type: "private", first_name: "Student" };
}

function respond(body: unknown): Response {
  return { ok: true, status: 200, json: async () => body } as unknown as Response;
}

const ENTITY_TYPES: Record<string, MessageEntity["type"]> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  code: "code",
  pre: "pre",
  a: "text_link",
  blockquote: "blockquote",
  "tg-spoiler": "spoiler",
};
const TOKEN = /<(\/?)([a-z-]+)((?:\s[^>]*)?)>|&(lt|gt|amp|quot);|[^<&]+|[<&]/g;
const CHARS: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/**
 * Telegram turns HTML into entities on its own servers, not in the bot's process: that work is
 * the harness's, so it is done once per distinct text (every student sees the same questions)
 * and handed out as fresh copies.
 */
const parsedTexts = new Map<string, { text: string; entities?: MessageEntity[] }>();
const PARSED_TEXTS_KEPT = 20_000;

/** The text and entities Telegram returns for a sent text: tags become entities, not checked. */
function formatted(p: Payload): { text: string; entities?: MessageEntity[] } {
  const raw = String(p.text ?? "");
  if (p.parse_mode !== "HTML") return { text: raw };
  let parsed = parsedTexts.get(raw);
  if (parsed === undefined) {
    parsed = htmlToEntities(raw);
    if (parsedTexts.size >= PARSED_TEXTS_KEPT) parsedTexts.clear();
    parsedTexts.set(raw, parsed);
  }
  return parsed.entities === undefined
    ? { text: parsed.text }
    : { text: parsed.text, entities: parsed.entities.map((e) => ({ ...e })) };
}

function htmlToEntities(raw: string): { text: string; entities?: MessageEntity[] } {
  let text = "";
  const entities: MessageEntity[] = [];
  const open: { type: MessageEntity["type"]; offset: number; url?: string }[] = [];
  for (const match of raw.matchAll(TOKEN)) {
    const [token, closing, tag, attributes, char] = match;
    if (tag === undefined) {
      text += char === undefined ? token : CHARS[char];
      continue;
    }
    const type = ENTITY_TYPES[tag];
    if (type === undefined) continue;
    if (closing === "") {
      const url = /href="([^"]*)"/.exec(attributes ?? "")?.[1];
      open.push({ type, offset: text.length, ...(url === undefined ? {} : { url }) });
      continue;
    }
    const start = open.pop();
    if (start === undefined || text.length === start.offset) continue;
    entities.push({ ...start, length: text.length - start.offset } as MessageEntity);
  }
  entities.sort((a, b) => a.offset - b.offset);
  return entities.length === 0 ? { text } : { text, entities };
}
