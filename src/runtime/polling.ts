/**
 * Long polling through grammY's runner: updates of different chats are handled concurrently, and
 * `sequentialize` inside the bot keeps each chat's updates in order.
 */
import { type RunnerHandle, run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import { ALLOWED_UPDATES, type Transport } from "./transport.js";

export async function startPolling(bot: Bot<BotContext>): Promise<Transport> {
  // A webhook left over from a webhook deployment would make getUpdates fail with 409.
  await bot.api.deleteWebhook();
  // The runner's stop() ends fetching but does not wait for handlers still running; tracking
  // them here lets a shutdown finish the updates already taken instead of dropping them.
  const inFlight = new Set<Promise<void>>();
  const runner: RunnerHandle = run(
    {
      init: () => bot.init(),
      api: bot.api,
      errorHandler: (error) => bot.errorHandler(error as Parameters<typeof bot.errorHandler>[0]),
      handleUpdate: (update: Update) => {
        const task = bot.handleUpdate(update);
        inFlight.add(task);
        void task.finally(() => inFlight.delete(task)).catch(() => undefined);
        return task;
      },
    },
    { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } },
  );
  return {
    mode: "polling",
    stop: async () => {
      if (runner.isRunning()) await runner.stop();
      await Promise.allSettled([...inFlight]);
    },
  };
}
