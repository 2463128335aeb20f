import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/create-bot.js";
import { FakeBotApi } from "../../src/chat/fake-bot-api.js";
import { createStorage } from "../../src/storage/index.js";
import { realKnowledge, TEST_TOKEN, tempDataDir } from "./harness.js";

async function botWithLog(level: string) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const fake = new FakeBotApi({ queueUpdates: false, token: TEST_TOKEN });
  const bot = createBot({
    token: TEST_TOKEN,
    knowledge: await realKnowledge(),
    storage: await createStorage({ dataDir: await tempDataDir() }),
    logger,
    botInfo: fake.botInfo,
    client: { fetch: fake.fetch, apiRoot: "http://bot-api.local" },
  });
  return { bot, fake, lines, student: fake.user({ language_code: "ru" }) };
}

describe("per-update logs", () => {
  it("write one line per update with its type, feature, duration and outcome, without the text", async () => {
    const { bot, fake, lines, student } = await botWithLog("info");
    await bot.handleUpdate(fake.sendText(student, "/quiz"));
    await bot.handleUpdate(fake.sendText(student, "моя личная история"));
    await bot.handleUpdate(fake.pressButtonByText(student.id, "Заканчиваю школу (или колледж)"));
    const updates = lines.filter((l) => l.msg === "update");
    expect(updates.map((l) => [l.type, l.feature, l.outcome])).toEqual([
      ["command", "questionnaire", "ok"],
      ["message", "questionnaire", "ok"],
      ["callback_query", "questionnaire", "ok"],
    ]);
    for (const line of updates) expect(typeof line.ms).toBe("number");
    const all = JSON.stringify(lines);
    expect(all).not.toContain("личная");
    expect(all).not.toContain(TEST_TOKEN.split(":")[1]);
  });

  it("include the text only at debug level", async () => {
    const { bot, fake, lines, student } = await botWithLog("debug");
    await bot.handleUpdate(fake.sendText(student, "привет"));
    expect(lines.find((l) => l.msg === "update")?.text).toBe("привет");
  });

  it("name the feature that answered and mark failures", async () => {
    const { bot, fake, lines, student } = await botWithLog("info");
    await bot.handleUpdate(fake.sendText(student, "/help"));
    await bot.handleUpdate(fake.sendText(student, "/nonsense"));
    fake.failNext(
      "sendMessage",
      { ok: false, error_code: 400, description: "Bad Request: chat not found" },
      2,
    );
    await bot.handleUpdate(fake.sendText(student, "/help"));
    const updates = lines.filter((l) => l.msg === "update");
    expect(updates.map((l) => [l.feature, l.outcome])).toEqual([
      ["help", "ok"],
      ["unhandled", "ok"],
      ["help", "error"],
    ]);
  });
});

describe("Telegram's flood control", () => {
  it("waits out a 429 and sends the message anyway, inside the questionnaire too", async () => {
    const { bot, fake, student } = await botWithLog("silent");
    fake.failNextWithTooManyRequests("sendMessage", 1);
    await bot.handleUpdate(fake.sendText(student, "/quiz"));
    expect(fake.lastMessage(student.id)?.text).toContain("1/9");
    fake.failNextWithTooManyRequests("editMessageText", 1);
    fake.failNextWithTooManyRequests("sendMessage", 1);
    await bot.handleUpdate(fake.pressButtonByText(student.id, "Заканчиваю школу (или колледж)"));
    expect(fake.lastMessage(student.id)?.text).toContain("2/9");
    expect(fake.messages(student.id).find((m) => m.text?.startsWith("✅ 1/9"))).toBeDefined();
    expect(fake.callsOf("sendMessage").filter((c) => c.error?.error_code === 429)).toHaveLength(2);
  });
});
