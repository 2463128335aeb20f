import { PassThrough } from "node:stream";
import { Bot, InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import { expect, it } from "vitest";
import { howToPress, runChatLoop } from "../../src/chat/chat-loop.js";
import { FakeBotApi } from "../../src/chat/fake-bot-api.js";

/** Runs the chat loop over piped lines against a small bot; returns what the terminal showed. */
async function transcriptOf(lines: string[]): Promise<string> {
  const fake = new FakeBotApi();
  const bot = new Bot("1:test", {
    botInfo: fake.botInfo,
    client: { fetch: fake.fetch, apiRoot: "http://bot-api.local" },
  });
  bot.command("start", (ctx) =>
    ctx.reply("<b>Pick</b> one", {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text("A", "a").text("B", "b"),
    }),
  );
  bot.callbackQuery(/^[ab]$/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: `got ${ctx.callbackQuery.data}` });
    await ctx.editMessageText(`Picked ${ctx.callbackQuery.data}`, {
      reply_markup: new InlineKeyboard().text("Again", "a"),
    });
  });
  bot.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
  const running = bot.start();

  const input = new PassThrough();
  const output = new PassThrough();
  let shown = "";
  output.on("data", (chunk: Buffer) => {
    shown += chunk.toString();
  });
  const user = fake.user({ language_code: "kk" });
  const loop = runChatLoop({
    fake,
    user,
    input,
    output,
    render: { color: false },
    interactive: false,
  });
  input.end(lines.map((line) => `${line}\n`).join(""));
  await loop;
  await bot.stop();
  await running;
  return shown;
}

it("sends typed text, presses numbered buttons, and stops at /quit", async () => {
  const shown = await transcriptOf(["/start", "2", "m2.1", "> 5", "7", "m99.1", "/quit", "late"]);
  expect(shown).toBe(
    [
      "you › /start",
      "bot #2",
      "  Pick one",
      "  [1] A  [2] B",
      "you pressed [2] B on #2",
      "🔔 got b",
      "✎ edited #2:",
      "  Picked b",
      "  [1] Again",
      "you pressed [1] Again on #2",
      "🔔 got a",
      "✎ edited #2:",
      "  Picked a",
      "  [1] Again",
      "you › 5",
      "bot #4",
      "  echo: 5",
      "Message #2 has 1 button(s), not 7. To send 7 as text, type: > 7",
      "There is no message #99 (or it was deleted).",
      "",
    ].join("\n"),
  );
});

it("ends at the end of the input", async () => {
  const shown = await transcriptOf(["hello"]);
  expect(shown).toBe("you › hello\nbot #2\n  echo: hello\n");
});

it("says so when there is nothing to press", async () => {
  const shown = await transcriptOf(["1"]);
  expect(shown).toBe("No message has buttons to press. To send a number as text, type: > 1\n");
});

it("tells how to press the newest keyboard's buttons, by their own labels", () => {
  const withButtons = (labels: string[]) =>
    ({
      message_id: 2,
      date: 0,
      chat: { id: 1, type: "private", first_name: "S" },
      reply_markup: { inline_keyboard: [labels.map((text) => ({ text, callback_data: text }))] },
    }) as Message;
  expect(howToPress([withButtons(["▶️ Start"])])).toBe(
    "Type 1 to press a button: 1 ▶️ Start. Or write a message or a /command and press Enter; /quit leaves.",
  );
  expect(howToPress([withButtons(["A", "B", "C"])])).toMatch(
    /^Type 1, 2 or 3 to press a button: 1 A, 2 B, 3 C\./,
  );
  expect(howToPress([])).toBe("Write a message or a /command and press Enter; /quit leaves.");
});
