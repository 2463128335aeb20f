import { Api, Bot, GrammyError, InlineKeyboard, InputFile } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type BotOutput, FakeBotApi } from "../../src/chat/fake-bot-api.js";

const API_ROOT = "http://bot-api.local";

function setup(options: ConstructorParameters<typeof FakeBotApi>[0] = {}) {
  const fake = new FakeBotApi(options);
  const api = new Api("1:test", { fetch: fake.fetch, apiRoot: API_ROOT });
  const student = fake.user({ first_name: "Aigerim", language_code: "kk" });
  return { fake, api, student };
}

function badRequest(what: string) {
  return { error_code: 400, description: `Bad Request: ${what}` };
}

describe("FakeBotApi: sending", () => {
  it("answers getMe with the bot's identity", async () => {
    const { fake, api } = setup({ botInfo: { username: "test_bot" } });
    await expect(api.getMe()).resolves.toEqual(fake.botInfo);
    expect(fake.botInfo.username).toBe("test_bot");
  });

  it("numbers messages per chat, counting the user's messages too", async () => {
    const { fake, api, student } = setup();
    const other = fake.user();
    fake.sendText(student, "hello");
    const first = await api.sendMessage(student.id, "one");
    const second = await api.sendMessage(student.id, "two");
    const elsewhere = await api.sendMessage(other.id, "three");
    expect([first.message_id, second.message_id, elsewhere.message_id]).toEqual([2, 3, 1]);
    expect(fake.messages(student.id).map((m) => m.text)).toEqual(["one", "two"]);
    expect(fake.history(student.id).map((m) => m.text)).toEqual(["hello", "one", "two"]);
  });

  it("turns HTML into text and entities as Telegram does", async () => {
    const { api, student } = setup();
    const sent = await api.sendMessage(
      student.id,
      '<b>Bolashak</b> &amp; <a href="https://bolashak.gov.kz">more</a> <i>x<u>y</u></i> &lt;3 &#128578;',
      { parse_mode: "HTML" },
    );
    expect(sent.text).toBe("Bolashak & more xy <3 🙂");
    expect(sent.entities).toEqual([
      { type: "bold", offset: 0, length: 8 },
      { type: "text_link", offset: 11, length: 4, url: "https://bolashak.gov.kz" },
      { type: "italic", offset: 16, length: 2 },
      { type: "underline", offset: 17, length: 1 },
    ]);
  });

  it("keeps a code language only inside pre, and supports spoilers and quotes", async () => {
    const { api, student } = setup();
    const sent = await api.sendMessage(
      student.id,
      '<pre><code class="language-ts">a</code></pre> <code>b</code> <tg-spoiler>c</tg-spoiler> <span class="tg-spoiler">d</span> <blockquote expandable>e</blockquote>',
      { parse_mode: "HTML" },
    );
    expect(sent.entities).toEqual([
      { type: "pre", offset: 0, length: 1, language: "ts" },
      { type: "code", offset: 2, length: 1 },
      { type: "spoiler", offset: 4, length: 1 },
      { type: "spoiler", offset: 6, length: 1 },
      { type: "expandable_blockquote", offset: 8, length: 1 },
    ]);
  });

  it("trims surrounding whitespace and moves entities with it", async () => {
    const { api, student } = setup();
    const sent = await api.sendMessage(student.id, "\n  <b>hi</b>  \n", { parse_mode: "HTML" });
    expect(sent.text).toBe("hi");
    expect(sent.entities).toEqual([{ type: "bold", offset: 0, length: 2 }]);
  });

  it("sends photos and documents uploaded as multipart", async () => {
    const { fake, api, student } = setup();
    const photo = await api.sendPhoto(
      student.id,
      new InputFile(Buffer.from("jpeg bytes"), "map.jpg"),
      {
        caption: "<b>Where</b> to study",
        parse_mode: "HTML",
      },
    );
    expect(photo.caption).toBe("Where to study");
    expect(photo.caption_entities).toEqual([{ type: "bold", offset: 0, length: 5 }]);
    expect(photo.photo?.[0]?.file_size).toBe(10);
    expect(fake.callsOf("sendPhoto")[0]?.payload).toMatchObject({
      chat_id: student.id,
      photo: { upload: true, filename: "map.jpg", size: 10 },
    });

    const doc = await api.sendDocument(student.id, new InputFile(Buffer.from("%PDF"), "guide.pdf"));
    expect(doc.document?.file_name).toBe("guide.pdf");
  });

  it("registers command menus per language", async () => {
    const { fake, api } = setup();
    await api.setMyCommands([{ command: "start", description: "Бастау" }], { language_code: "kk" });
    await api.setMyCommands([{ command: "start", description: "Start" }]);
    expect(fake.commands({ languageCode: "kk" })).toEqual([
      { command: "start", description: "Бастау" },
    ]);
    expect(fake.commands()).toEqual([{ command: "start", description: "Start" }]);
    await expect(
      api.setMyCommands([{ command: "Start!", description: "x" }]),
    ).rejects.toMatchObject(badRequest("BOT_COMMAND_INVALID"));
  });

  it("records every call, failed ones with their error", async () => {
    const { fake, api, student } = setup();
    await api.sendChatAction(student.id, "typing");
    await api.sendMessage(student.id, "").catch(() => undefined);
    expect(fake.calls.map((c) => [c.method, c.error?.description])).toEqual([
      ["sendChatAction", undefined],
      ["sendMessage", "Bad Request: message text is empty"],
    ]);
  });
});

describe("FakeBotApi: Telegram's errors", () => {
  it.each([
    ["an empty text", "", undefined, "message text is empty"],
    ["a text of only whitespace", "  \n ", undefined, "message text is empty"],
    ["a text of only tags", "<b></b>", "HTML", "message text is empty"],
    ["4097 characters", "x".repeat(4097), undefined, "message is too long"],
    [
      "an unclosed tag",
      "<b>bold",
      "HTML",
      `can't parse entities: Can't find end tag corresponding to start tag "b"`,
    ],
    [
      "an unknown tag",
      "line<br>break",
      "HTML",
      `can't parse entities: Unsupported start tag "br" at byte offset 4`,
    ],
    [
      "an unescaped <",
      "Оқу < 2",
      "HTML",
      `can't parse entities: Unsupported start tag "" at byte offset 7`,
    ],
    [
      "an unescaped &",
      "R&D",
      "HTML",
      `can't parse entities: Unescaped "&" at byte offset 1 (write &amp;; Telegram would show it as is, the fake is stricter)`,
    ],
    [
      "crossed tags",
      "<b><i>x</b></i>",
      "HTML",
      `can't parse entities: Unmatched end tag at byte offset 7, expected "</i>", found "</b>"`,
    ],
    [
      "a stray end tag",
      "x</b>",
      "HTML",
      "can't parse entities: Unexpected end tag at byte offset 1",
    ],
    [
      "a span that is not a spoiler",
      '<span class="big">x</span>',
      "HTML",
      `can't parse entities: Tag "span" must have class "tg-spoiler" at byte offset 0`,
    ],
  ] as const)("rejects %s", async (_name, text, parseMode, description) => {
    const { api, student } = setup();
    const call = api.sendMessage(student.id, text, parseMode ? { parse_mode: parseMode } : {});
    await expect(call).rejects.toMatchObject(badRequest(description));
  });

  it("counts the length after removing tags and decoding entities", async () => {
    const { api, student } = setup();
    const visible = "&lt;".repeat(4000) + "x".repeat(96);
    await expect(
      api.sendMessage(student.id, `<b>${visible}</b>`, { parse_mode: "HTML" }),
    ).resolves.toMatchObject({ text: "<".repeat(4000) + "x".repeat(96) });
    await expect(
      api.sendMessage(student.id, `<b>${visible}y</b>`, { parse_mode: "HTML" }),
    ).rejects.toMatchObject(badRequest("message is too long"));
  });

  it("accepts an unescaped & when told to be as lenient as Telegram", async () => {
    const { api, student } = setup({ strictAmpersand: false });
    await expect(api.sendMessage(student.id, "R&D", { parse_mode: "HTML" })).resolves.toMatchObject(
      {
        text: "R&D",
      },
    );
  });

  it("rejects callback data over 64 bytes, counting UTF-8 bytes", async () => {
    const { api, student } = setup();
    const fits = new InlineKeyboard().text("ok", "x".repeat(64));
    await expect(api.sendMessage(student.id, "a", { reply_markup: fits })).resolves.toBeDefined();
    // 33 Cyrillic letters are 66 bytes.
    const tooLong = new InlineKeyboard().text("ok", "ж".repeat(33));
    await expect(api.sendMessage(student.id, "a", { reply_markup: tooLong })).rejects.toMatchObject(
      badRequest("BUTTON_DATA_INVALID"),
    );
  });

  it("rejects sending to a chat it does not know, and to a user who blocked the bot", async () => {
    const { fake, api, student } = setup();
    await expect(api.sendMessage(424242, "hi")).rejects.toMatchObject(badRequest("chat not found"));
    fake.blockBot(student.id);
    await expect(api.sendMessage(student.id, "hi")).rejects.toMatchObject({
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
  });

  it("answers an unknown method with 404 Not Found", async () => {
    const { fake } = setup();
    const response = await fake.fetch(`${API_ROOT}/bot1:test/sendTelepathy`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ ok: false, error_code: 404, description: "Not Found" });
  });

  it("answers 401 to a wrong token when it was given one", async () => {
    const fake = new FakeBotApi({ token: "1:right" });
    const api = new Api("1:wrong", { fetch: fake.fetch, apiRoot: API_ROOT });
    await expect(api.getMe()).rejects.toMatchObject({
      error_code: 401,
      description: "Unauthorized",
    });
  });

  it("fails the next call of a method with 429 and retry_after when told to", async () => {
    const { fake, api, student } = setup();
    fake.failNextWithTooManyRequests("sendMessage", 7);
    const error = await api.sendMessage(student.id, "hi").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({
      error_code: 429,
      description: "Too Many Requests: retry after 7",
      parameters: { retry_after: 7 },
    });
    await expect(api.sendMessage(student.id, "hi")).resolves.toMatchObject({ text: "hi" });
    expect(fake.messages(student.id)).toHaveLength(1);
  });
});

describe("FakeBotApi: edits and deletions", () => {
  async function sentWithKeyboard() {
    const context = setup();
    const keyboard = new InlineKeyboard().text("Қазақша", "lang:kk").text("Русский", "lang:ru");
    const sent = await context.api.sendMessage(context.student.id, "<b>Тіл</b>", {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
    return { ...context, keyboard, sent };
  }

  it("refuses an edit that changes nothing", async () => {
    const { api, student, sent, keyboard } = await sentWithKeyboard();
    const same = api.editMessageText(student.id, sent.message_id, "<b>Тіл</b>", {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
    await expect(same).rejects.toMatchObject(
      badRequest(
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
      ),
    );
    await expect(
      api.editMessageReplyMarkup(student.id, sent.message_id, { reply_markup: keyboard }),
    ).rejects.toMatchObject({ error_code: 400 });
  });

  it("counts a change of formatting alone as a change", async () => {
    const { api, student, sent, keyboard } = await sentWithKeyboard();
    const edited = await api.editMessageText(student.id, sent.message_id, "<i>Тіл</i>", {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
    expect(edited).toMatchObject({ text: "Тіл", entities: [{ type: "italic" }] });
  });

  it("shows the current state after edits, and drops the keyboard an edit does not repeat", async () => {
    const { fake, api, student, sent } = await sentWithKeyboard();
    const outputs: BotOutput[] = [];
    fake.onBotMessage((output) => outputs.push(output));
    const edited = await api.editMessageText(student.id, sent.message_id, "Тіл таңдалды");
    expect(edited).toMatchObject({ edit_date: expect.any(Number) });
    expect(edited).not.toHaveProperty("reply_markup");
    expect(fake.lastMessage(student.id)).toMatchObject({ text: "Тіл таңдалды" });
    expect(fake.lastMessage(student.id)?.reply_markup).toBeUndefined();
    expect(outputs).toMatchObject([
      { type: "edited", message: { text: "Тіл таңдалды" }, before: { text: "Тіл" } },
    ]);
  });

  it("edits and removes only the keyboard with editMessageReplyMarkup", async () => {
    const { fake, api, student, sent } = await sentWithKeyboard();
    const other = new InlineKeyboard().text("English", "lang:en");
    await api.editMessageReplyMarkup(student.id, sent.message_id, { reply_markup: other });
    expect(fake.lastMessage(student.id)?.reply_markup).toEqual(other);
    await api.editMessageReplyMarkup(student.id, sent.message_id);
    expect(fake.lastMessage(student.id)).toMatchObject({ text: "Тіл" });
    expect(fake.lastMessage(student.id)?.reply_markup).toBeUndefined();
  });

  it("cannot edit or delete a message that does not exist or was deleted", async () => {
    const { fake, api, student, sent } = await sentWithKeyboard();
    await expect(api.editMessageText(student.id, 999, "x")).rejects.toMatchObject(
      badRequest("message to edit not found"),
    );
    await expect(api.deleteMessage(student.id, 999)).rejects.toMatchObject(
      badRequest("message to delete not found"),
    );
    await api.deleteMessage(student.id, sent.message_id);
    expect(fake.messages(student.id)).toEqual([]);
    await expect(api.editMessageText(student.id, sent.message_id, "x")).rejects.toMatchObject(
      badRequest("message to edit not found"),
    );
  });

  it("cannot edit the user's message", async () => {
    const { fake, api, student } = setup();
    const update = fake.sendText(student, "hello");
    await expect(
      api.editMessageText(student.id, update.message?.message_id ?? 0, "bye"),
    ).rejects.toMatchObject(badRequest("message can't be edited"));
  });
});

describe("FakeBotApi: callback queries", () => {
  it("lets a callback query be answered once, and never an unknown one", async () => {
    const { fake, api, student } = setup();
    const sent = await api.sendMessage(student.id, "?", {
      reply_markup: new InlineKeyboard().text("Yes", "yes"),
    });
    const update = fake.pressButton(student.id, sent.message_id, "yes");
    const query = update.callback_query;
    expect(query).toMatchObject({
      from: { id: student.id, language_code: "kk" },
      data: "yes",
      message: {
        message_id: sent.message_id,
        reply_markup: { inline_keyboard: [[{ text: "Yes" }]] },
      },
    });
    expect(fake.unansweredCallbackQueries()).toHaveLength(1);
    await api.answerCallbackQuery(query?.id ?? "");
    expect(fake.unansweredCallbackQueries()).toEqual([]);
    const invalid = badRequest(
      "query is too old and response timeout expired or query ID is invalid",
    );
    await expect(api.answerCallbackQuery(query?.id ?? "")).rejects.toMatchObject(invalid);
    await expect(api.answerCallbackQuery("nope")).rejects.toMatchObject(invalid);
  });

  it("presses by label on the newest message that has the button", async () => {
    const { fake, api, student } = setup();
    const keyboard = () => new InlineKeyboard().text("Again", "again");
    await api.sendMessage(student.id, "old", { reply_markup: keyboard() });
    const newer = await api.sendMessage(student.id, "new", { reply_markup: keyboard() });
    const update = fake.pressButtonByText(student.id, "Again");
    expect(update.callback_query?.message?.message_id).toBe(newer.message_id);
    expect(() => fake.pressButtonByText(student.id, "Missing")).toThrow(
      /no button "Missing".*"Again" \(again\)/,
    );
  });

  it("refuses to press a button the message does not have, unless forced", async () => {
    const { fake, api, student } = setup();
    const sent = await api.sendMessage(student.id, "?", {
      reply_markup: new InlineKeyboard().text("Yes", "yes"),
    });
    expect(() => fake.pressButton(student.id, sent.message_id, "no")).toThrow(/no button/);
    expect(
      fake.pressButton(student.id, sent.message_id, "no", { force: true }).callback_query?.data,
    ).toBe("no");
  });
});

describe("FakeBotApi: long polling", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("waits for the next update and hands out updates from the offset on", async () => {
    const { fake, api, student } = setup();
    const waiting = api.getUpdates({ offset: 0, timeout: 30 });
    fake.sendText(student, "/start");
    const [first] = await waiting;
    expect(first?.message).toMatchObject({
      text: "/start",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    });

    fake.sendText(student, "second");
    // Without confirming, the same updates come again.
    expect(await api.getUpdates({ offset: 0, timeout: 0 })).toHaveLength(2);
    const rest = await api.getUpdates({ offset: (first?.update_id ?? 0) + 1, timeout: 0 });
    expect(rest.map((u) => u.message?.text)).toEqual(["second"]);
    // Confirmed updates are gone for good.
    expect(await api.getUpdates({ offset: 0, timeout: 0 })).toHaveLength(1);
  });

  it("answers an empty list when the timeout passes", async () => {
    vi.useFakeTimers();
    const { api } = setup();
    const waiting = api.getUpdates({ timeout: 10 });
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(waiting).resolves.toEqual([]);
  });

  it("gives up a poll whose request is aborted", async () => {
    const { fake } = setup();
    const api = new Api("1:test", { fetch: fake.fetch, apiRoot: API_ROOT });
    const controller = new AbortController();
    // grammY types its signal as the abort-controller polyfill; a native one works the same.
    const signal = controller.signal as unknown as Parameters<typeof api.getUpdates>[1];
    const waiting = api.getUpdates({ timeout: 30 }, signal);
    controller.abort();
    await expect(waiting).rejects.toThrow();
  });

  it("ends the older of two concurrent polls with a 409 conflict", async () => {
    const { api } = setup();
    const older = api.getUpdates({ timeout: 30 });
    const newer = api.getUpdates({ timeout: 0 });
    await expect(older).rejects.toMatchObject({
      error_code: 409,
      description:
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    });
    await expect(newer).resolves.toEqual([]);
  });

  it("refuses getUpdates while a webhook is set", async () => {
    const { api } = setup();
    await api.setWebhook("https://example.org/hook");
    await expect(api.getUpdates()).rejects.toMatchObject({ error_code: 409 });
    await api.deleteWebhook();
    await expect(api.getUpdates()).resolves.toEqual([]);
  });

  it("keeps the webhook the bot set, with its secret and update types, until deleted", async () => {
    const { fake, api } = setup();
    expect(fake.webhook()).toBeUndefined();
    await api.setWebhook("https://example.org/hook", {
      secret_token: "s3cret",
      allowed_updates: ["message", "callback_query"],
    });
    expect(fake.webhook()).toEqual({
      url: "https://example.org/hook",
      secretToken: "s3cret",
      allowedUpdates: ["message", "callback_query"],
      maxConnections: 40,
    });
    await expect(api.getWebhookInfo()).resolves.toMatchObject({
      url: "https://example.org/hook",
      allowed_updates: ["message", "callback_query"],
      max_connections: 40,
    });
    await api.deleteWebhook();
    expect(fake.webhook()).toBeUndefined();
    await expect(api.getWebhookInfo()).resolves.toMatchObject({ url: "" });
  });

  it("drives a real polling bot, and knows when it is idle", async () => {
    const fake = new FakeBotApi();
    const bot = new Bot("1:test", {
      botInfo: fake.botInfo,
      client: { fetch: fake.fetch, apiRoot: API_ROOT },
    });
    bot.command("start", (ctx) =>
      ctx.reply("Choose", { reply_markup: new InlineKeyboard().text("A", "a").text("B", "b") }),
    );
    bot.callbackQuery(/^[ab]$/, async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(`You chose ${ctx.callbackQuery.data}`);
    });
    const running = bot.start();
    try {
      const student = fake.user({ language_code: "ru" });
      fake.sendText(student, "/start");
      await fake.waitForIdle();
      expect(fake.lastMessage(student.id)?.text).toBe("Choose");

      fake.pressButtonByText(student.id, "B");
      await fake.waitForIdle();
      expect(fake.lastMessage(student.id)).toMatchObject({ text: "You chose b" });
      expect(fake.unansweredCallbackQueries()).toEqual([]);
    } finally {
      await bot.stop();
      await running;
    }
  });

  it("says what it is still waiting for when the bot never gets idle", async () => {
    const fake = new FakeBotApi({ idleTimeoutMs: 20 });
    fake.sendText(fake.user(), "/start");
    await expect(fake.waitForIdle()).rejects.toThrow(
      /still busy after 20 ms \(requests in progress: 0, bot waiting in getUpdates: no .*unconfirmed updates: 1\)/,
    );
  });

  it("lets users write in a group, where the bot answers in the group", async () => {
    const { fake, api, student } = setup();
    const group = fake.group({ title: "Class 11A" });
    const update = fake.sendText(student, "/start@bagdar_local_bot", { chat: group });
    expect(update.message).toMatchObject({
      chat: { id: group.id, type: "group" },
      from: { id: student.id },
      entities: [{ type: "bot_command", offset: 0, length: 23 }],
    });
    await api.sendMessage(group.id, "Hello, class");
    expect(fake.lastMessage(group.id)?.text).toBe("Hello, class");
    expect(fake.messages(student.id)).toEqual([]);
  });

  it("returns updates without queueing them for bot.handleUpdate", async () => {
    const fake = new FakeBotApi({ queueUpdates: false });
    const bot = new Bot("1:test", {
      botInfo: fake.botInfo,
      client: { fetch: fake.fetch, apiRoot: API_ROOT },
    });
    bot.on("message:text", (ctx) => ctx.reply(ctx.message.text.toUpperCase()));
    const student = fake.user();
    await bot.handleUpdate(fake.sendText(student, "salem"));
    expect(fake.lastMessage(student.id)?.text).toBe("SALEM");
    const api = new Api("1:test", { fetch: fake.fetch, apiRoot: API_ROOT });
    await expect(api.getUpdates()).resolves.toEqual([]);
  });
});
