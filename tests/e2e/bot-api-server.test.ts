/** The HTTP Bot API emulator: the fake's answers, errors and long polls, over a real socket. */
import { Api, GrammyError, InputFile } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { FakeBotApi } from "../../src/chat/fake-bot-api.js";
import { fakeBotToken } from "../support/bot-token.js";
import { type BotApiServer, startBotApiServer } from "./support/bot-api-server.js";

const TOKEN = fakeBotToken(42, "emulator");

describe("e2e support: the Bot API emulator over HTTP", () => {
  let server: BotApiServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function setup() {
    const fake = new FakeBotApi({ token: TOKEN });
    server = await startBotApiServer(fake);
    const api = new Api(TOKEN, { apiRoot: server.apiRoot });
    return { fake, api, server, student: fake.user({ language_code: "kk" }) };
  }

  it("listens on a real free port of 127.0.0.1 and answers as the fake does", async () => {
    const { fake, api, server } = await setup();
    expect(server.port).toBeGreaterThan(0);
    expect(server.apiRoot).toBe(`http://127.0.0.1:${server.port}`);
    await expect(api.getMe()).resolves.toEqual(fake.botInfo);
  });

  it("takes JSON requests and answers with Telegram's error shapes", async () => {
    const { fake, api, student } = await setup();
    await api.sendMessage(student.id, "<b>Сәлем</b> &amp; hi", { parse_mode: "HTML" });
    expect(fake.lastMessage(student.id)?.text).toBe("Сәлем & hi");
    const failure = await api
      .sendMessage(student.id, "<b>open", { parse_mode: "HTML" })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(GrammyError);
    expect(failure).toMatchObject({ error_code: 400 });
    expect((failure as GrammyError).description).toMatch(/^Bad Request: can't parse entities/);
  });

  it("takes multipart uploads", async () => {
    const { fake, api, student } = await setup();
    await api.sendDocument(student.id, new InputFile(Buffer.from("a,b\n1,2\n"), "results.csv"), {
      caption: "42",
    });
    const call = fake.callsOf("sendDocument")[0];
    expect(call?.payload).toMatchObject({
      chat_id: student.id,
      caption: "42",
      document: { upload: true, filename: "results.csv", size: 8 },
    });
  });

  it("refuses a wrong token with 401", async () => {
    const { server } = await setup();
    const stranger = new Api(fakeBotToken(43, "stranger"), { apiRoot: server.apiRoot });
    await expect(stranger.getMe()).rejects.toMatchObject({ error_code: 401 });
  });

  it("passes flood control on with retry_after", async () => {
    const { fake, api, student } = await setup();
    fake.failNextWithTooManyRequests("sendMessage", 3);
    await expect(api.sendMessage(student.id, "hi")).rejects.toMatchObject({
      error_code: 429,
      parameters: { retry_after: 3 },
    });
    await expect(api.sendMessage(student.id, "hi")).resolves.toMatchObject({ text: "hi" });
  });

  it("answers a waiting long poll when an update arrives", async () => {
    const { fake, api, student } = await setup();
    const poll = api.getUpdates({ timeout: 30 });
    await fake.waitForIdle();
    const update = fake.sendText(student, "/start");
    await expect(poll).resolves.toEqual([update]);
  });

  it("holds a request until released, to catch the bot in the middle of a call", async () => {
    const { fake, api, server, student } = await setup();
    const held = server.hold("sendMessage");
    const sending = api.sendMessage(student.id, "held");
    await held.arrived;
    expect(fake.messages(student.id)).toEqual([]);
    held.release();
    await expect(sending).resolves.toMatchObject({ text: "held" });
    expect(fake.lastMessage(student.id)?.text).toBe("held");
  });

  it("closes with a long poll still waiting", async () => {
    const { api, server } = await setup();
    const poll = api.getUpdates({ timeout: 30 }).catch((error: unknown) => error);
    await server.close();
    await expect(poll).resolves.toBeInstanceOf(Error);
  });
});
