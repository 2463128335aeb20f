/**
 * A student in a chat with the bot under test, seen from the emulated Telegram side: types text,
 * taps buttons that are really on screen, and waits for what the bot shows — by listening to the
 * fake Bot API's output, never by sleeping.
 */
import type { Message, Update, User } from "grammy/types";
import { type FakeBotApi, inlineButtonsOf } from "../../../src/chat/fake-bot-api.js";
import type { Locale } from "../../../src/knowledge/schema.js";

/** How an update reaches the bot: none for polling (the fake queues it), a webhook POST else. */
export type Deliver = (update: Update) => Promise<unknown>;

/** Long enough for a busy 2-core machine; short enough to fail before vitest's own timeout. */
const DEFAULT_WAIT_MS = 15_000;

export interface WaitOptions {
  /** Only messages newer than this message id count (edits of older ones do not). */
  after?: number;
  timeoutMs?: number;
}

/** A button found on screen: the message it is on and its callback data. */
export interface ShownButton {
  messageId: number;
  data: string;
}

/** One fake listener per fake, dispatching by chat: the fake clones each output per listener. */
const chatListeners = new WeakMap<FakeBotApi, Map<number, Set<() => void>>>();

function onChatOutput(fake: FakeBotApi, chatId: number, listener: () => void): () => void {
  let byChat = chatListeners.get(fake);
  if (byChat === undefined) {
    const created = new Map<number, Set<() => void>>();
    fake.onBotMessage((output) => {
      if (output.chatId === undefined) return;
      for (const notify of [...(created.get(output.chatId) ?? [])]) notify();
    });
    chatListeners.set(fake, created);
    byChat = created;
  }
  const listeners = byChat.get(chatId) ?? new Set();
  byChat.set(chatId, listeners);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export class Student {
  /** Every update this student caused, in order. */
  readonly updates: Update[] = [];

  constructor(
    readonly fake: FakeBotApi,
    readonly user: User,
    /** The language the bot should answer in. */
    readonly locale: Locale,
    private readonly deliver?: Deliver,
  ) {}

  get chatId(): number {
    return this.user.id;
  }

  /** Sends a text message (commands get their entities, as Telegram adds them). */
  async send(text: string): Promise<Update> {
    const update = this.fake.sendText(this.user, text, { queue: this.deliver === undefined });
    this.updates.push(update);
    await this.deliver?.(update);
    return update;
  }

  /** Taps a button on a message that shows it now. */
  async press(button: ShownButton): Promise<Update> {
    const update = this.fake.pressButton(this.chatId, button.messageId, button.data, {
      queue: this.deliver === undefined,
    });
    this.updates.push(update);
    await this.deliver?.(update);
    return update;
  }

  /** The newest update this student caused. */
  lastUpdate(): Update {
    const update = this.updates.at(-1);
    if (update === undefined) throw new Error(`student ${this.chatId} has sent nothing yet`);
    return update;
  }

  /** The bot's messages in this chat as they are now, oldest first. */
  messages(): Message[] {
    return this.fake.messages(this.chatId);
  }

  /** Their texts (captions for media). */
  texts(): string[] {
    return this.messages().map((m) => m.text ?? m.caption ?? "");
  }

  /** The id of the newest message in the chat, to wait for what comes after it. */
  lastMessageId(): number {
    return this.fake.history(this.chatId).at(-1)?.message_id ?? 0;
  }

  /**
   * Resolves with the newest bot message that `matches`, now or as soon as the bot sends or edits
   * one. Rejects after the timeout, listing what the chat shows.
   */
  waitForMessage(
    matches: (message: Message) => boolean,
    description: string,
    options: WaitOptions = {},
  ): Promise<Message> {
    return this.waitFor(
      () => {
        const candidates = this.messages().filter((m) => m.message_id > (options.after ?? 0));
        return candidates.reverse().find(matches);
      },
      description,
      options,
    );
  }

  /** Resolves with the newest button whose callback data `matches` once it is on screen. */
  waitForButton(
    matches: (data: string) => boolean,
    description: string,
    options: WaitOptions = {},
  ): Promise<ShownButton> {
    return this.waitFor(
      () => {
        for (const message of this.messages().reverse()) {
          if (message.message_id <= (options.after ?? 0)) break;
          for (const button of inlineButtonsOf(message)) {
            if (
              "callback_data" in button &&
              button.callback_data &&
              matches(button.callback_data)
            ) {
              return { messageId: message.message_id, data: button.callback_data };
            }
          }
        }
        return undefined;
      },
      description,
      options,
    );
  }

  /** Waits for a button, then taps it. */
  async pressWhenShown(
    matches: (data: string) => boolean,
    description: string,
    options: WaitOptions = {},
  ): Promise<Update> {
    return this.press(await this.waitForButton(matches, description, options));
  }

  private waitFor<T>(
    look: () => T | undefined,
    description: string,
    options: WaitOptions,
  ): Promise<T> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_MS;
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = look();
        if (found === undefined) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(found);
      };
      const unsubscribe = onChatOutput(this.fake, this.chatId, check);
      const timer = setTimeout(() => {
        unsubscribe();
        const shown = this.texts()
          .slice(-4)
          .map((text) => `  | ${text.slice(0, 160).replace(/\n/g, " ⏎ ")}`)
          .join("\n");
        reject(
          new Error(
            `student ${this.chatId} (${this.locale}) waited ${timeoutMs} ms for ${description}; the chat ends with:\n${shown}`,
          ),
        );
      }, timeoutMs);
      check();
    });
  }
}
