/**
 * Long polling through grammY's runner: updates of different chats are handled concurrently, and
 * `sequentialize` inside the bot keeps each chat's updates in order.
 */
import { type RunnerHandle, run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import { ALLOWED_UPDATES, type Transport } from "./transport.js";

export async function startPolling(bot: Bot<BotContext>): Promise<Transport> {
  // A webhook left over from a webhook deployment would make getUpdates fail with 409.
  await bot.api.deleteWebhook();
  const runner: RunnerHandle = run(bot, {
    runner: { fetch: { allowed_updates: ALLOWED_UPDATES } },
  });
  return {
    mode: "polling",
    stop: async () => {
      if (runner.isRunning()) await runner.stop();
    },
  };
}
