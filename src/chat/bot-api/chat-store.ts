/**
 * The chats the fake Bot API knows: their users, and every message in them with a message_id
 * counter per chat, as Telegram numbers messages in a private chat.
 */
import type { Chat, Message, User } from "grammy/types";
import { badRequest, forbidden } from "./api-error.js";

export interface ChatState {
  chat: Chat;
  nextMessageId: number;
  messages: StoredMessage[];
  /** Who presses buttons and types when a helper is not told: the private chat's user. */
  defaultUser: User | undefined;
  blockedByUser: boolean;
}

export interface StoredMessage {
  /** The message as Telegram would show it now (after edits). */
  message: Message;
  deleted: boolean;
}

export class ChatStore {
  private readonly chats = new Map<number, ChatState>();
  private readonly users = new Map<number, User>();

  addUser(user: User): void {
    this.users.set(user.id, user);
    const chat: Chat.PrivateChat = {
      id: user.id,
      type: "private",
      first_name: user.first_name,
      ...(user.last_name === undefined ? {} : { last_name: user.last_name }),
      ...(user.username === undefined ? {} : { username: user.username }),
    };
    const existing = this.chats.get(user.id);
    if (existing === undefined) {
      this.chats.set(user.id, {
        chat,
        nextMessageId: 1,
        messages: [],
        defaultUser: user,
        blockedByUser: false,
      });
    } else {
      existing.chat = chat;
      existing.defaultUser = user;
    }
  }

  addGroup(chat: Chat.GroupChat | Chat.SupergroupChat): void {
    if (!this.chats.has(chat.id)) {
      this.chats.set(chat.id, {
        chat,
        nextMessageId: 1,
        messages: [],
        defaultUser: undefined,
        blockedByUser: false,
      });
    }
  }

  user(id: number): User | undefined {
    return this.users.get(id);
  }

  /** For test helpers: a chat that must exist, or a plain Error that says what to do. */
  get(chatId: number): ChatState {
    const state = this.chats.get(chatId);
    if (state === undefined) {
      throw new Error(`FakeBotApi: no chat ${chatId}; create its user with fake.user({ id })`);
    }
    return state;
  }

  /** For API methods: the chat a `chat_id` names, or Telegram's error. */
  forApi(chatId: unknown): ChatState {
    if (chatId === undefined || chatId === null || chatId === "") {
      throw badRequest("chat_id is empty");
    }
    let state: ChatState | undefined;
    if (typeof chatId === "string" && chatId.startsWith("@")) {
      const username = chatId.slice(1).toLowerCase();
      state = [...this.chats.values()].find(
        (s) => "username" in s.chat && s.chat.username?.toLowerCase() === username,
      );
    } else {
      state = this.chats.get(Number(chatId));
    }
    if (state === undefined) throw badRequest("chat not found");
    if (state.blockedByUser) throw forbidden("bot was blocked by the user");
    return state;
  }

  /** A live (not deleted) message, or Telegram's error with the wording for the action. */
  findForApi(state: ChatState, messageId: unknown, notFound: string): StoredMessage {
    const stored = this.find(state, Number(messageId));
    if (stored === undefined) throw badRequest(notFound);
    return stored;
  }

  find(state: ChatState, messageId: number): StoredMessage | undefined {
    return state.messages.find((s) => s.message.message_id === messageId && !s.deleted);
  }

  add(state: ChatState, build: (messageId: number) => Message): StoredMessage {
    const stored: StoredMessage = { message: build(state.nextMessageId++), deleted: false };
    state.messages.push(stored);
    return stored;
  }
}
