/**
 * Exchange rates over HTTP: the bot process reads a local stand-in of the National Bank's feed
 * (never the internet). A slow feed never holds start-up up; once it answers, every tenge amount
 * uses its rates and says their day.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createWorld } from "./support/world.js";

vi.setConfig({ testTimeout: 60_000 });

/** How long the stand-in waits before answering: longer than start-up needs. */
const FEED_DELAY_MS = 4_000;

const FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Official exchange rates</title>
${[
  ["USD", "515.20", "1"],
  ["EUR", "545.10", "1"],
  ["GBP", "650.40", "1"],
  ["RUB", "6.45", "1"],
  ["CNY", "71.30", "1"],
  ["KRW", "36.10", "100"],
  ["TRY", "14.90", "1"],
  ["CZK", "22.10", "1"],
  ["PLN", "128.40", "1"],
  ["HUF", "14.20", "10"],
  ["KGS", "5.90", "1"],
  ["BYN", "170.10", "1"],
  ["UZS", "4.30", "100"],
  ["JPY", "3.40", "1"],
  ["MYR", "118.50", "1"],
  ["AED", "140.30", "1"],
]
  .map(
    ([code, rate, quant]) =>
      `<item><title>${code}</title><pubDate>05.12.2026</pubDate><description>${rate}</description><quant>${quant}</quant></item>`,
  )
  .join("\n")}
</channel></rss>`;

let feed: Server;
let feedUrl: string;

beforeAll(async () => {
  feed = createServer((_request, response) => {
    setTimeout(() => {
      if (!response.destroyed) response.writeHead(200, { "content-type": "text/xml" }).end(FEED);
    }, FEED_DELAY_MS).unref();
  });
  await new Promise<void>((resolve) => feed.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/rss/rates_all.xml`;
});

afterAll(async () => {
  feed.closeAllConnections();
  await new Promise((resolve) => feed.close(resolve));
});

describe("e2e: exchange rates from the National Bank's feed", () => {
  it("starts before a slow feed answers, then shows tenge at the feed's rates and day", async () => {
    const world = await createWorld();
    try {
      const started = Date.now();
      const bot = world.startBot({ RATES_FEED_URL: feedUrl });
      const startedLine = await bot.waitUntilStarted({ timeoutMs: 30_000 });
      const updated = await bot.waitForLog(
        (line) => line.msg === "exchange rates updated from the National Bank",
        {
          timeoutMs: 30_000,
        },
      );
      // Serving began while the feed was still silent.
      expect(Number(startedLine.time)).toBeLessThan(Number(updated.time));
      expect(Date.now() - started).toBeGreaterThanOrEqual(FEED_DELAY_MS);
      expect(updated).toMatchObject({ date: "2026-12-05" });

      const student = world.student("en");
      await student.send("/country germany");
      const card = await student.waitForMessage(
        (m) => (m.text ?? "").includes("National Bank rate"),
        "the card's costs",
      );
      expect(card.text).toContain("₸ at the National Bank rate of 5 Dec 2026");
    } finally {
      await world.dispose();
    }
  });
});
