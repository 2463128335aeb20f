/** Start-up failures an operator must be able to read: one line on stderr, exit code 1. */
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
});
