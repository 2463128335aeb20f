/** Start-up failures an operator must be able to read: one line on stderr, exit code 1. */
import { createServer, type Socket } from "node:net";
import { describe, expect, it, vi } from "vitest";
import { freePort } from "../support/free-port.js";
import { createWorld } from "./support/world.js";

// Bot processes on a busy 2-core machine need more room than vitest's default 20 s.
vi.setConfig({ testTimeout: 60_000 });

describe("e2e: start-up failures", () => {
  it("exits 1 with one line naming REDIS_URL when Redis cannot be reached", async () => {
    const nobodyListens = await freePort();
    const world = await createWorld({ redisUrl: `redis://127.0.0.1:${nobodyListens}` });
    try {
      const bot = world.startBot();
      expect(await bot.exit).toEqual({ code: 1, signal: null });
      expect(bot.otherOutput).toHaveLength(1);
      expect(bot.otherOutput[0]).toMatch(/REDIS_URL/);
      expect(bot.otherOutput[0]).not.toMatch(/\bat .+:\d+:\d+/);
      expect(bot.logs.some((line) => line.msg === "started")).toBe(false);
    } finally {
      await world.dispose();
    }
  });

  it("exits 1 with one clear line, in bounded time, when the Bot API cannot be reached", async () => {
    const world = await createWorld();
    // One address refuses connections; the other accepts them and never answers.
    const refusing = `http://127.0.0.1:${await freePort()}`;
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const address = silent.address();
    const silentRoot = `http://127.0.0.1:${typeof address === "object" ? address?.port : 0}`;
    try {
      const started = Date.now();
      const bots = [refusing, silentRoot].map((apiRoot, i) =>
        world.startBot({ TELEGRAM_API_ROOT: apiRoot }, i === 0 ? "refused" : "no answer"),
      );
      for (const bot of bots) {
        expect(await bot.exit).toEqual({ code: 1, signal: null });
        expect(bot.otherOutput).toHaveLength(1);
        expect(bot.otherOutput[0]).toMatch(
          /^Cannot reach the Telegram Bot API at http:\/\/127\.0\.0\.1:\d+ /,
        );
        expect(bot.otherOutput[0]).toMatch(/gave up after 15 s/);
        expect(bot.otherOutput[0]).not.toMatch(/\bat .+:\d+:\d+/);
        expect(bot.otherOutput[0]).not.toContain(world.token.split(":")[1]);
        expect(bot.logs.some((line) => line.msg === "started")).toBe(false);
      }
      // 15 s of trying, plus starting a process on a busy machine.
      expect(Date.now() - started).toBeLessThan(45_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await world.dispose();
    }
  });
});
