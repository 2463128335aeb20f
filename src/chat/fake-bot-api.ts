/**
 * An in-process stand-in for the Telegram Bot API server. Pass its `fetch` to grammY
 * (`client: { fetch: fake.fetch }`) and the real bot talks to it as it would to Telegram: long
 * polling, per-chat message history, edits, callback queries, and Telegram's own error answers
 * for the mistakes a bot can make (bad HTML, too long texts, oversized callback data, edits that
 * change nothing, callback queries answered twice).
 *
 * Tests and the local chat play the user's side with `sendText`, `pressButton` and
 * `pressButtonByText`, read what the bot shows with `messages`/`lastMessage`, and wait with
 * `waitForIdle` instead of sleeping.
 *
 * @example
 * const fake = new FakeBotApi();
 * const bot = new Bot("1:test", { botInfo: fake.botInfo, client: { fetch: fake.fetch } });
 * bot.command("start", (ctx) => ctx.reply("Hi"));
 * void bot.start();
 * const student = fake.user({ language_code: "kk" });
 * fake.sendText(student, "/start");
 * await fake.waitForIdle();
 * fake.lastMessage(student.id)?.text; // "Hi"
 * await bot.stop();
 */
import type {
  BotCommand,
  Chat,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";
import {
  type ApiErrorBody,
  ApiFailure,
  badRequest,
  NOT_FOUND,
  tooManyRequests,
  UNAUTHORIZED,
} from "./bot-api/api-error.js";
import { type ChatState, ChatStore, type StoredMessage } from "./bot-api/chat-store.js";
import { findBotCommands, formattedTextFrom } from "./bot-api/message-text.js";
import { readApiRequest, type UploadedFile } from "./bot-api/request-body.js";
import type { FormattedText } from "./bot-api/telegram-html.js";
import { type AbortSignalLike, UpdateQueue } from "./bot-api/update-queue.js";
import { canonicalJson, checkCommands, checkReplyMarkup } from "./bot-api/validate.js";

export type { ApiErrorBody } from "./bot-api/api-error.js";
export type { UploadedFile } from "./bot-api/request-body.js";

/** One request the bot made, in order; `error` is set when the fake answered with one. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  error?: ApiErrorBody;
}

/** Something the bot did that a person in the chat would notice. */
export type BotOutput =
  | { type: "sent"; chatId: number; message: Message; chatKeyboard?: Record<string, unknown> }
  | { type: "edited"; chatId: number; message: Message; before: Message }
  | { type: "deleted"; chatId: number; message: Message }
  | {
      type: "callback_answered";
      chatId: number | undefined;
      callbackQueryId: string;
      text?: string;
      showAlert: boolean;
    };

export interface FakeUserOptions {
  /** Default: 1001, 1002, … */
  id?: number;
  first_name?: string;
  last_name?: string;
  username?: string;
  /** What Telegram reports as the app's language, e.g. "kk", "ru", "en". */
  language_code?: string;
}

export interface FakeBotApiOptions {
  /** Overrides of the bot's own identity, as `getMe` returns it. */
  botInfo?: Partial<UserFromGetMe>;
  /** When set, requests with any other token are answered 401 Unauthorized. */
  token?: string;
  /**
   * Whether `sendText`/`pressButton` queue their updates for `getUpdates` (a polling bot) or only
   * return them (for `bot.handleUpdate`). Default: true.
   */
  queueUpdates?: boolean;
  /** Reject an `&` that starts no HTML entity (Telegram shows it as is). Default: true. */
  strictAmpersand?: boolean;
  /** Clock in milliseconds, for message dates. Default: Date.now. */
  now?: () => number;
  /** How long `waitForIdle` waits before it fails. Default: 5000 ms. */
  idleTimeoutMs?: number;
}

/** The webhook the bot registered with `setWebhook`, as Telegram keeps it. */
export interface WebhookSettings {
  url: string;
  /** Sent back in the `X-Telegram-Bot-Api-Secret-Token` header of every webhook request. */
  secretToken?: string;
  /** Update types to deliver; undefined or [] means all. */
  allowedUpdates?: string[];
  maxConnections: number;
}

export interface UpdateOptions {
  /** Queue for getUpdates; overrides the fake's `queueUpdates` for this update. */
  queue?: boolean;
}

export interface SendTextOptions extends UpdateOptions {
  /** A group the user writes in; default: the user's private chat with the bot. */
  chat?: Chat | number;
  /** message_id the user replies to. */
  replyTo?: number;
}

export interface PressButtonOptions extends UpdateOptions {
  /** Who presses; default: the private chat's user. */
  from?: User;
  /** Press even if the message has no such button now (Telegram clients cannot). */
  force?: boolean;
}

/** A callback query the bot has not answered yet; Telegram shows a spinner meanwhile. */
export interface PendingCallbackQuery {
  id: string;
  chatId: number;
  messageId: number;
  data: string;
}

interface CallbackQueryState extends PendingCallbackQuery {
  answered: boolean;
}

type Payload = Record<string, unknown>;
type MethodHandler = (payload: Payload, signal?: AbortSignalLike) => unknown;

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
const CALLBACK_QUERY_INVALID =
  "query is too old and response timeout expired or query ID is invalid";
const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

/** The inline buttons of a message, row after row. */
export function inlineButtonsOf(message: Message | undefined): InlineKeyboardButton[] {
  return message?.reply_markup?.inline_keyboard.flat() ?? [];
}

export class FakeBotApi {
  /** The bot's identity; pass it to grammY as `botInfo` to skip `getMe`. */
  readonly botInfo: UserFromGetMe;
  /** Every request the bot made, in order, including failed ones. */
  readonly calls: ApiCall[] = [];

  private readonly store = new ChatStore();
  private readonly updates: UpdateQueue;
  private readonly callbackQueries = new Map<string, CallbackQueryState>();
  private readonly injected = new Map<string, ApiErrorBody[]>();
  private readonly commandLists = new Map<string, BotCommand[]>();
  private readonly listeners = new Set<(output: BotOutput) => void>();
  private readonly idleWaiters = new Set<() => void>();
  private readonly queueUpdates: boolean;
  private readonly strictAmpersand: boolean;
  private readonly token: string | undefined;
  private readonly now: () => number;
  private readonly idleTimeoutMs: number;
  private webhookSettings: WebhookSettings | undefined;
  private inFlight = 0;
  private nextUpdateId = 1;
  private nextUserId = 1001;
  private nextGroupId = -1001;
  private nextCallbackQueryId = 1;
  private nextFileId = 1;

  constructor(options: FakeBotApiOptions = {}) {
    this.botInfo = {
      id: 7000000001,
      is_bot: true,
      first_name: "Bagdar",
      username: "bagdar_local_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
      ...options.botInfo,
    };
    this.queueUpdates = options.queueUpdates ?? true;
    this.strictAmpersand = options.strictAmpersand ?? true;
    this.token = options.token;
    this.now = options.now ?? Date.now;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 5000;
    this.updates = new UpdateQueue(() => this.notifyIdleWaiters());
  }

  /**
   * A `fetch` that answers Bot API requests (`<apiRoot>/bot<token>/<method>`, JSON or multipart)
   * like Telegram. Give it to grammY as `client: { fetch: fake.fetch }`.
   */
  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const request = await readApiRequest(input, init);
    if (request === undefined) return jsonResponse(NOT_FOUND);
    const call: ApiCall = { method: request.method, payload: request.payload };
    this.calls.push(call);

    const answer = (body: ApiErrorBody) => {
      call.error = body;
      return jsonResponse(body);
    };
    if (this.token !== undefined && request.token !== this.token) return answer(UNAUTHORIZED);
    const key = request.method.toLowerCase();
    const injected = this.injected.get(key)?.shift();
    if (injected !== undefined) return answer(injected);
    const handler = this.methods[key];
    if (handler === undefined) return answer(NOT_FOUND);

    // A waiting long poll is not work in progress; everything else is.
    const counts = key !== "getupdates";
    if (counts) this.inFlight++;
    try {
      const result = await handler(request.payload, init?.signal ?? undefined);
      return jsonResponse({ ok: true, result });
    } catch (error) {
      if (error instanceof ApiFailure) return answer(error.body);
      throw error;
    } finally {
      if (counts) {
        this.inFlight--;
        this.notifyIdleWaiters();
      }
    }
  };

  // ── test controls ────────────────────────────────────────────────────────────────────────

  /**
   * Defines (or redefines) a user and opens their private chat with the bot.
   *
   * @example
   * const aigerim = fake.user({ first_name: "Aigerim", language_code: "kk" });
   */
  user(options: FakeUserOptions = {}): User {
    const id = options.id ?? this.nextUserId++;
    const user: User = {
      id,
      is_bot: false,
      first_name: options.first_name ?? `Student ${id}`,
      ...(options.last_name === undefined ? {} : { last_name: options.last_name }),
      ...(options.username === undefined ? {} : { username: options.username }),
      ...(options.language_code === undefined ? {} : { language_code: options.language_code }),
    };
    this.store.addUser(user);
    return structuredClone(user);
  }

  /** Defines a group the bot is in; users write there with `sendText(user, text, { chat })`. */
  group(options: { id?: number; title?: string } = {}): Chat.GroupChat {
    const chat: Chat.GroupChat = {
      id: options.id ?? this.nextGroupId--,
      type: "group",
      title: options.title ?? "Group",
    };
    this.store.addGroup(chat);
    return structuredClone(chat);
  }

  /** The user blocks the bot: sending to them fails with 403 until they write again. */
  blockBot(userId: number): void {
    this.store.get(userId).blockedByUser = true;
  }

  /**
   * The user sends `text` (commands get their `bot_command` entities, as Telegram adds them).
   * Returns the update; it is also queued for `getUpdates` unless updates are not queued.
   */
  sendText(from: User | number, text: string, options: SendTextOptions = {}): Update {
    const user = this.resolveUser(from);
    const state = this.store.get(
      options.chat === undefined
        ? user.id
        : typeof options.chat === "number"
          ? options.chat
          : options.chat.id,
    );
    state.blockedByUser = false;
    const replied =
      options.replyTo === undefined ? undefined : this.store.find(state, options.replyTo);
    const entities = findBotCommands(text);
    const stored = this.store.add(
      state,
      (messageId) =>
        ({
          message_id: messageId,
          from: user,
          chat: state.chat,
          date: this.unixTime(),
          text,
          ...(entities.length > 0 ? { entities } : {}),
          ...(replied === undefined ? {} : { reply_to_message: replyView(replied.message) }),
        }) as Message,
    );
    return this.deliver({ message: structuredClone(stored.message) } as Update, options);
  }

  /**
   * The user presses the inline button with `callbackData` on a message. Throws if the message
   * has no such button now (use `force` to press anyway).
   */
  pressButton(
    chatId: number,
    messageId: number,
    callbackData: string,
    options: PressButtonOptions = {},
  ): Update {
    const state = this.store.get(chatId);
    const stored = this.store.find(state, messageId);
    if (stored === undefined) {
      throw new Error(`FakeBotApi: message ${messageId} in chat ${chatId} is not there`);
    }
    const buttons = inlineButtonsOf(stored.message);
    const exists = buttons.some((b) => "callback_data" in b && b.callback_data === callbackData);
    if (!exists && options.force !== true) {
      throw new Error(
        `FakeBotApi: message ${messageId} has no button with data "${callbackData}"; it has ${describeButtons(buttons)}`,
      );
    }
    const from = options.from ?? state.defaultUser;
    if (from === undefined) {
      throw new Error(`FakeBotApi: say who presses in chat ${chatId} with { from: user }`);
    }
    const id = String(this.nextCallbackQueryId++).padStart(6, "0");
    this.callbackQueries.set(id, {
      id,
      chatId,
      messageId,
      data: callbackData,
      answered: false,
    });
    return this.deliver(
      {
        callback_query: {
          id,
          from: structuredClone(from),
          message: structuredClone(stored.message),
          chat_instance: `chat-instance-${chatId}`,
          data: callbackData,
        },
      },
      options,
    );
  }

  /**
   * Presses the callback button labelled `label` on the newest bot message that has one.
   *
   * @example
   * fake.pressButtonByText(student.id, "Қазақша");
   */
  pressButtonByText(chatId: number, label: string, options: PressButtonOptions = {}): Update {
    const messages = this.messages(chatId).reverse();
    for (const message of messages) {
      const button = inlineButtonsOf(message).find((b) => b.text === label);
      if (button === undefined) continue;
      if (!("callback_data" in button) || button.callback_data === undefined) {
        throw new Error(
          `FakeBotApi: "${label}" is not a callback button: ${JSON.stringify(button)}`,
        );
      }
      return this.pressButton(chatId, message.message_id, button.callback_data, options);
    }
    const latest = messages.find((m) => inlineButtonsOf(m).length > 0);
    throw new Error(
      `FakeBotApi: no button "${label}" in chat ${chatId}; the newest keyboard has ${describeButtons(inlineButtonsOf(latest))}`,
    );
  }

  /** Queues (or returns) any other update, e.g. `{ my_chat_member: … }`. */
  pushUpdate(update: Omit<Update, "update_id">, options: UpdateOptions = {}): Update {
    return this.deliver(structuredClone(update), options);
  }

  /** The next `times` calls of `method` fail with `error` instead of running. */
  failNext(method: string, error: ApiErrorBody, times = 1): void {
    const key = method.toLowerCase();
    const queue = this.injected.get(key) ?? [];
    for (let i = 0; i < times; i++) queue.push(error);
    this.injected.set(key, queue);
  }

  /**
   * The next `times` calls of `method` get Telegram's flood-control answer, 429 with
   * `parameters.retry_after`.
   */
  failNextWithTooManyRequests(method: string, retryAfterSeconds: number, times = 1): void {
    this.failNext(method, tooManyRequests(retryAfterSeconds), times);
  }

  /** Subscribes to what the bot sends, edits, deletes and answers. Returns an unsubscribe. */
  onBotMessage(listener: (output: BotOutput) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Resolves once the bot has handled everything it was sent: no request in progress and (when
   * updates are queued) the bot waiting in `getUpdates` with every update confirmed. Rejects after
   * the timeout with what it was still waiting for. Without queued updates, await
   * `bot.handleUpdate` instead; this then only waits for requests in progress.
   */
  waitForIdle(options: { timeoutMs?: number } = {}): Promise<void> {
    const timeoutMs = options.timeoutMs ?? this.idleTimeoutMs;
    return new Promise((resolve, reject) => {
      const waiter = () => {
        if (!this.isIdle()) return;
        clearTimeout(timer);
        this.idleWaiters.delete(waiter);
        resolve();
      };
      const timer = setTimeout(() => {
        this.idleWaiters.delete(waiter);
        reject(
          new Error(
            `FakeBotApi.waitForIdle: still busy after ${timeoutMs} ms (${this.describeState()})`,
          ),
        );
      }, timeoutMs);
      this.idleWaiters.add(waiter);
      // Look on the next turn, so work that was just triggered has started.
      setImmediate(waiter);
    });
  }

  // ── what the chat shows ──────────────────────────────────────────────────────────────────

  /** The bot's messages in a chat as they are now (edited, without deleted ones). */
  messages(chatId: number): Message[] {
    return this.liveMessages(chatId)
      .filter((m) => m.from?.id === this.botInfo.id)
      .map((m) => structuredClone(m));
  }

  /** Everything in the chat, the user's messages too, oldest first. */
  history(chatId: number): Message[] {
    return this.liveMessages(chatId).map((m) => structuredClone(m));
  }

  /** The bot's newest message in a chat, as it is now. */
  lastMessage(chatId: number): Message | undefined {
    return this.messages(chatId).at(-1);
  }

  /** One message as it is now, or undefined if it never existed or was deleted. */
  message(chatId: number, messageId: number): Message | undefined {
    const found = this.store.find(this.store.get(chatId), messageId);
    return found === undefined ? undefined : structuredClone(found.message);
  }

  /** The calls of one method (case-insensitive), in order. */
  callsOf(method: string): ApiCall[] {
    const key = method.toLowerCase();
    return this.calls.filter((call) => call.method.toLowerCase() === key);
  }

  /** Callback queries the bot has not answered (Telegram shows a spinner on those buttons). */
  unansweredCallbackQueries(): PendingCallbackQuery[] {
    return [...this.callbackQueries.values()]
      .filter((q) => !q.answered)
      .map(({ answered: _, ...query }) => query);
  }

  /** The command menu registered for a language (and scope), as `getMyCommands` returns it. */
  commands(options: { languageCode?: string; scope?: { type: string } } = {}): BotCommand[] {
    return structuredClone(
      this.commandLists.get(commandKey(options.scope, options.languageCode)) ?? [],
    );
  }

  /**
   * The webhook the bot set with `setWebhook` (url, secret token, allowed updates), or undefined
   * while it polls. An HTTP emulator reads it to deliver updates the way Telegram would.
   */
  webhook(): WebhookSettings | undefined {
    return structuredClone(this.webhookSettings);
  }

  // ── Bot API methods ──────────────────────────────────────────────────────────────────────

  private readonly methods: Record<string, MethodHandler> = {
    getme: () => this.botInfo,
    logout: () => true,
    close: () => true,
    getupdates: (p, signal) =>
      this.webhookSettings === undefined
        ? this.updates.poll(
            {
              offset: numberOr(p.offset, 0),
              limit: Math.min(Math.max(numberOr(p.limit, 100), 1), 100),
              timeoutSeconds: Math.max(numberOr(p.timeout, 0), 0),
              allowedUpdates: Array.isArray(p.allowed_updates)
                ? (p.allowed_updates as string[])
                : undefined,
            },
            signal,
          )
        : Promise.reject(
            new ApiFailure({
              ok: false,
              error_code: 409,
              description:
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            }),
          ),
    setwebhook: (p) => {
      this.webhookSettings =
        typeof p.url === "string" && p.url !== ""
          ? {
              url: p.url,
              ...(typeof p.secret_token === "string" ? { secretToken: p.secret_token } : {}),
              ...(Array.isArray(p.allowed_updates)
                ? { allowedUpdates: (p.allowed_updates as unknown[]).map(String) }
                : {}),
              maxConnections: numberOr(p.max_connections, 40),
            }
          : undefined;
      if (p.drop_pending_updates === true) this.updates.clear();
      return true;
    },
    deletewebhook: (p) => {
      this.webhookSettings = undefined;
      if (p.drop_pending_updates === true) this.updates.clear();
      return true;
    },
    getwebhookinfo: () => ({
      url: this.webhookSettings?.url ?? "",
      ...(this.webhookSettings === undefined
        ? {}
        : {
            max_connections: this.webhookSettings.maxConnections,
            ...(this.webhookSettings.allowedUpdates
              ? { allowed_updates: this.webhookSettings.allowedUpdates }
              : {}),
          }),
      has_custom_certificate: false,
      pending_update_count: this.updates.size,
    }),
    sendmessage: (p) => this.sendMessage(p),
    sendphoto: (p) => this.sendMedia(p, "photo"),
    senddocument: (p) => this.sendMedia(p, "document"),
    editmessagetext: (p) => this.editMessageText(p),
    editmessagecaption: (p) => this.editMessageCaption(p),
    editmessagereplymarkup: (p) => this.editMessageReplyMarkup(p),
    deletemessage: (p) => {
      const state = this.store.forApi(p.chat_id);
      const stored = this.store.findForApi(state, p.message_id, "message to delete not found");
      stored.deleted = true;
      this.emit({ type: "deleted", chatId: state.chat.id, message: stored.message });
      return true;
    },
    answercallbackquery: (p) => {
      const query = this.callbackQueries.get(String(p.callback_query_id ?? ""));
      if (query === undefined || query.answered) throw badRequest(CALLBACK_QUERY_INVALID);
      if (typeof p.text === "string" && p.text.length > 200) throw badRequest("MESSAGE_TOO_LONG");
      query.answered = true;
      this.emit({
        type: "callback_answered",
        chatId: query.chatId,
        callbackQueryId: query.id,
        ...(typeof p.text === "string" && p.text !== "" ? { text: p.text } : {}),
        showAlert: p.show_alert === true,
      });
      return true;
    },
    sendchataction: (p) => {
      this.store.forApi(p.chat_id);
      if (!CHAT_ACTIONS.has(String(p.action)))
        throw badRequest("wrong parameter action in request");
      return true;
    },
    setmycommands: (p) => {
      const commands = checkCommands(p.commands);
      this.commandLists.set(commandKey(p.scope, p.language_code), structuredClone(commands));
      return true;
    },
    getmycommands: (p) => this.commandLists.get(commandKey(p.scope, p.language_code)) ?? [],
    deletemycommands: (p) => {
      this.commandLists.delete(commandKey(p.scope, p.language_code));
      return true;
    },
    setmydescription: () => true,
    setmyshortdescription: () => true,
    setmyname: () => true,
    setchatmenubutton: () => true,
    getchat: (p) => ({
      ...this.store.forApi(p.chat_id).chat,
      accent_color_id: 0,
      max_reaction_count: 11,
    }),
  };

  private sendMessage(p: Payload): Message {
    const state = this.store.forApi(p.chat_id);
    const text = this.formatted(p.text, p.parse_mode, p.entities, "message");
    const markup = checkReplyMarkup(p.reply_markup);
    const replied = this.repliedMessage(state, p);
    const stored = this.store.add(state, (messageId) => ({
      ...this.botMessageBase(state, messageId, replied),
      text: text.text,
      ...(text.entities.length > 0 ? { entities: text.entities } : {}),
      ...(markup.inline ? { reply_markup: markup.inline } : {}),
    }));
    this.emit({
      type: "sent",
      chatId: state.chat.id,
      message: stored.message,
      ...(markup.chatKeyboard ? { chatKeyboard: markup.chatKeyboard } : {}),
    });
    return structuredClone(stored.message);
  }

  private sendMedia(p: Payload, kind: "photo" | "document"): Message {
    const state = this.store.forApi(p.chat_id);
    const file = p[kind];
    if (file === undefined || file === null || file === "") {
      throw badRequest(`there is no ${kind} in the request`);
    }
    const caption = this.formatted(p.caption, p.parse_mode, p.caption_entities, "caption");
    const markup = checkReplyMarkup(p.reply_markup);
    const replied = this.repliedMessage(state, p);
    const upload = typeof file === "object" ? (file as UploadedFile) : undefined;
    const fileId = `fake-file-${this.nextFileId++}`;
    const media =
      kind === "photo"
        ? {
            photo: [
              {
                file_id: fileId,
                file_unique_id: `${fileId}-u`,
                width: 800,
                height: 600,
                ...(upload ? { file_size: upload.size } : {}),
              },
            ],
          }
        : {
            document: {
              file_id: fileId,
              file_unique_id: `${fileId}-u`,
              file_name:
                upload?.filename ?? (typeof file === "string" ? lastPathPart(file) : "file"),
              ...(upload ? { file_size: upload.size } : {}),
            },
          };
    const stored = this.store.add(state, (messageId) => ({
      ...this.botMessageBase(state, messageId, replied),
      ...media,
      ...(caption.text === "" ? {} : { caption: caption.text }),
      ...(caption.entities.length > 0 ? { caption_entities: caption.entities } : {}),
      ...(markup.inline ? { reply_markup: markup.inline } : {}),
    }));
    this.emit({ type: "sent", chatId: state.chat.id, message: stored.message });
    return structuredClone(stored.message);
  }

  private editMessageText(p: Payload): Message {
    const { state, stored } = this.editableMessage(p);
    if (stored.message.text === undefined) {
      throw badRequest("there is no text in the message to edit");
    }
    const text = this.formatted(p.text, p.parse_mode, p.entities, "message");
    // Telegram drops the keyboard when an edit of the text does not repeat it.
    const markup = checkReplyMarkup(p.reply_markup, true).inline;
    return this.applyEdit(state, stored, { text: text.text, entities: text.entities }, markup);
  }

  private editMessageCaption(p: Payload): Message {
    const { state, stored } = this.editableMessage(p);
    if (stored.message.text !== undefined) {
      throw badRequest("there is no caption in the message to edit");
    }
    const caption = this.formatted(p.caption, p.parse_mode, p.caption_entities, "caption");
    const markup = checkReplyMarkup(p.reply_markup, true).inline;
    return this.applyEdit(
      state,
      stored,
      { caption: caption.text, entities: caption.entities },
      markup,
    );
  }

  private editMessageReplyMarkup(p: Payload): Message {
    const { state, stored } = this.editableMessage(p);
    const markup = checkReplyMarkup(p.reply_markup, true).inline;
    return this.applyEdit(state, stored, {}, markup);
  }

  private editableMessage(p: Payload): { state: ChatState; stored: StoredMessage } {
    if (p.inline_message_id !== undefined) {
      throw badRequest("inline messages are not emulated by the fake Bot API");
    }
    const state = this.store.forApi(p.chat_id);
    const stored = this.store.findForApi(state, p.message_id, "message to edit not found");
    if (stored.message.from?.id !== this.botInfo.id) throw badRequest("message can't be edited");
    return { state, stored };
  }

  private applyEdit(
    state: ChatState,
    stored: StoredMessage,
    content: { text?: string; caption?: string; entities?: MessageEntity[] },
    markup: InlineKeyboardMarkup | undefined,
  ): Message {
    const before = stored.message;
    const after: Message = structuredClone(before);
    if (content.text !== undefined) {
      after.text = content.text;
      setOrDelete(after, "entities", content.entities);
    }
    if (content.caption !== undefined) {
      setOrDelete(after, "caption", content.caption === "" ? undefined : content.caption);
      setOrDelete(after, "caption_entities", content.entities);
    }
    setOrDelete(after, "reply_markup", markup);
    if (sameContent(before, after)) throw badRequest(NOT_MODIFIED);
    after.edit_date = this.unixTime();
    stored.message = after;
    this.emit({ type: "edited", chatId: state.chat.id, message: after, before });
    return structuredClone(after);
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────

  private formatted(
    raw: unknown,
    parseMode: unknown,
    entities: unknown,
    kind: "message" | "caption",
  ): FormattedText {
    return formattedTextFrom({
      raw,
      parseMode,
      entities,
      kind,
      strictAmpersand: this.strictAmpersand,
    });
  }

  private repliedMessage(state: ChatState, p: Payload): Message | undefined {
    const parameters = p.reply_parameters as
      | { message_id?: number; allow_sending_without_reply?: boolean }
      | undefined;
    const messageId = parameters?.message_id ?? p.reply_to_message_id;
    if (messageId === undefined) return undefined;
    const found = this.store.find(state, Number(messageId));
    const allowMissing =
      parameters?.allow_sending_without_reply === true || p.allow_sending_without_reply === true;
    if (found === undefined && !allowMissing) throw badRequest("message to be replied not found");
    return found?.message;
  }

  private botMessageBase(state: ChatState, messageId: number, replied: Message | undefined) {
    const { id, is_bot, first_name, username } = this.botInfo;
    return {
      message_id: messageId,
      from: { id, is_bot, first_name, username },
      chat: state.chat,
      date: this.unixTime(),
      ...(replied === undefined ? {} : { reply_to_message: replyView(replied) }),
    } as Message;
  }

  private liveMessages(chatId: number): Message[] {
    return this.store
      .get(chatId)
      .messages.filter((s) => !s.deleted)
      .map((s) => s.message);
  }

  private resolveUser(from: User | number): User {
    const id = typeof from === "number" ? from : from.id;
    const known = this.store.user(id);
    if (known !== undefined) return structuredClone(known);
    if (typeof from === "number") {
      throw new Error(`FakeBotApi: no user ${from}; define one with fake.user({ id: ${from} })`);
    }
    this.store.addUser(from);
    return structuredClone(from);
  }

  private deliver(update: Omit<Update, "update_id">, options: UpdateOptions): Update {
    const full = { update_id: this.nextUpdateId++, ...update } as Update;
    if (options.queue ?? this.queueUpdates) this.updates.push(structuredClone(full));
    return full;
  }

  private emit(output: BotOutput): void {
    for (const listener of this.listeners) {
      try {
        listener(structuredClone(output));
      } catch (error) {
        // A broken listener must not turn into a failed API call for the bot.
        process.emitWarning(`FakeBotApi listener failed: ${String(error)}`);
      }
    }
  }

  private isIdle(): boolean {
    if (this.inFlight > 0) return false;
    return this.queueUpdates ? this.updates.isWaiting : true;
  }

  private notifyIdleWaiters(): void {
    for (const waiter of [...this.idleWaiters]) waiter();
  }

  private describeState(): string {
    return [
      `requests in progress: ${this.inFlight}`,
      `bot waiting in getUpdates: ${this.updates.isWaiting ? "yes" : "no (stopped, crashed or busy?)"}`,
      `unconfirmed updates: ${this.updates.size}`,
    ].join(", ");
  }

  private unixTime(): number {
    return Math.floor(this.now() / 1000);
  }
}

function jsonResponse(body: { ok: true; result: unknown } | ApiErrorBody): Response {
  return new Response(JSON.stringify(body), {
    status: body.ok ? 200 : body.error_code,
    headers: { "content-type": "application/json" },
  });
}

function numberOr(value: unknown, fallback: number): number {
  const n = Number(value);
  return value === undefined || value === null || Number.isNaN(n) ? fallback : n;
}

function commandKey(scope: unknown, languageCode: unknown): string {
  const scopeType =
    typeof scope === "object" && scope !== null && "type" in scope
      ? canonicalJson(scope)
      : "default";
  return `${scopeType}|${typeof languageCode === "string" ? languageCode : ""}`;
}

/** What a reply carries of the message it answers: the message without its own reply. */
function replyView(message: Message): Message {
  const { reply_to_message: _, ...rest } = structuredClone(message);
  return rest as Message;
}

function sameContent(a: Message, b: Message): boolean {
  const content = (m: Message) =>
    canonicalJson({
      text: m.text,
      entities: m.entities ?? [],
      caption: m.caption,
      caption_entities: m.caption_entities ?? [],
      reply_markup: m.reply_markup,
    });
  return content(a) === content(b);
}

function setOrDelete<K extends keyof Message>(message: Message, key: K, value: Message[K]): void {
  const isEmpty = value === undefined || (Array.isArray(value) && value.length === 0);
  if (isEmpty) delete message[key];
  else message[key] = value;
}

function describeButtons(buttons: InlineKeyboardButton[]): string {
  if (buttons.length === 0) return "no buttons";
  return buttons
    .map((b) => ("callback_data" in b ? `"${b.text}" (${b.callback_data})` : `"${b.text}"`))
    .join(", ");
}

function lastPathPart(value: string): string {
  return value.split(/[/\\]/).at(-1) || "file";
}
