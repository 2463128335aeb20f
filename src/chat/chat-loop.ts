/**
 * The local chat's conversation with the person at the terminal: prints what the bot does as it
 * happens, and turns each typed line into a message or a button press, waiting until the bot has
 * handled it before reading the next line (so piped scripts behave like a patient person).
 */
import { createInterface } from "node:readline";
import type { Message, User } from "grammy/types";
import { parseChatInput } from "./chat-input.js";
import type { FakeBotApi } from "./fake-bot-api.js";
import { pressableButtons, type RenderOptions, renderBotOutput } from "./render.js";

export interface ChatLoopOptions {
  fake: FakeBotApi;
  /** The person at the terminal; their private chat is the one shown. */
  user: User;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  render: RenderOptions;
  /** Show a prompt (a terminal) or echo each line read (a pipe, so transcripts are readable). */
  interactive: boolean;
  /** How long to wait for the bot after each line before saying it is still busy. */
  idleTimeoutMs?: number;
  /** Ends the loop when it settles, e.g. the bot's polling promise (the bot crashed). */
  stopWhen?: Promise<unknown>;
  /**
   * Sent for the person before they type anything ("/start" greets a newcomer), followed by a
   * line on how to press the buttons it brings.
   */
  firstMessage?: string;
}

/** Runs until `/quit`, Ctrl-D, Ctrl-C or the end of piped input. */
export async function runChatLoop(options: ChatLoopOptions): Promise<void> {
  const { fake, user, output, render } = options;
  const chatId = user.id;
  const print = (text: string) => {
    if (text !== "") output.write(`${text}\n`);
  };
  const dim = (text: string) => (render.color ? `\x1b[2m${text}\x1b[22m` : text);

  const unsubscribe = fake.onBotMessage((event) => {
    if (event.chatId === chatId) print(renderBotOutput(event, render));
  });
  const lines = createInterface({
    input: options.input,
    output: options.interactive ? options.output : undefined,
    terminal: options.interactive,
  });
  // Take lines from the start: readline drops lines that arrive before anyone iterates.
  const typed = lines[Symbol.asyncIterator]();
  lines.setPrompt("you › ");
  lines.on("SIGINT", () => lines.close());
  const stopped = (options.stopWhen ?? new Promise(() => {})).then(
    () => lines.close(),
    () => lines.close(),
  );

  const settle = async () => {
    try {
      await Promise.race([
        fake.waitForIdle({ timeoutMs: options.idleTimeoutMs ?? 15_000 }),
        stopped,
      ]);
    } catch (error) {
      print(dim(`(the bot is still busy: ${(error as Error).message})`));
    }
  };

  const press = (button: number, messageId: number | undefined) => {
    const message =
      messageId === undefined
        ? fake
            .messages(chatId)
            .reverse()
            .find((m) => pressableButtons(m).length > 0)
        : fake.message(chatId, messageId);
    if (message === undefined) {
      print(
        messageId === undefined
          ? "No message has buttons to press. To send a number as text, type: > 1"
          : `There is no message #${messageId} (or it was deleted).`,
      );
      return;
    }
    const buttons = pressableButtons(message);
    const chosen = buttons[button - 1];
    if (chosen === undefined) {
      print(
        `Message #${message.message_id} has ${buttons.length} button(s), not ${button}. To send ${button} as text, type: > ${button}`,
      );
      return;
    }
    print(dim(`you pressed [${button}] ${chosen.text} on #${message.message_id}`));
    fake.pressButton(chatId, message.message_id, chosen.callback_data);
  };

  try {
    await settle();
    if (options.firstMessage !== undefined) {
      print(dim(`you › ${options.firstMessage}  (sent for you)`));
      fake.sendText(user, options.firstMessage);
      await settle();
      print(dim(howToPress(fake.messages(chatId).reverse())));
    }
    if (options.interactive) lines.prompt();
    for await (const line of typed) {
      const input = parseChatInput(line);
      if (input.kind === "quit") break;
      if (input.kind === "send") {
        if (!options.interactive) print(`you › ${input.text}`);
        fake.sendText(user, input.text);
      } else if (input.kind === "press") {
        press(input.button, input.messageId);
      }
      await settle();
      if (options.interactive) lines.prompt();
    }
  } finally {
    unsubscribe();
    lines.close();
  }
}

/**
 * How to press the buttons of the newest keyboard, with its own labels: "Type 1, 2 or 3 to press
 * a button: 1 Қазақша, 2 Русский, 3 English. …".
 */
export function howToPress(newestFirst: readonly Message[]): string {
  const buttons = pressableButtons(newestFirst.find((m) => pressableButtons(m).length > 0));
  const rest = "Or write a message or a /command and press Enter; /quit leaves.";
  if (buttons.length === 0) return `Write a message or a /command and press Enter; /quit leaves.`;
  const numbers = buttons.map((_, i) => String(i + 1));
  const which =
    numbers.length === 1 ? "1" : `${numbers.slice(0, -1).join(", ")} or ${numbers.at(-1)}`;
  const named = buttons.map((b, i) => `${i + 1} ${b.text}`).join(", ");
  return `Type ${which} to press a button: ${named}. ${rest}`;
}
