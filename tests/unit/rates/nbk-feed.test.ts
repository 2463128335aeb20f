import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RATES_FACT_ID } from "../../../src/knowledge/fact-ids.js";
import type { Knowledge, Rates } from "../../../src/knowledge/schema.js";
import { startLiveRates } from "../../../src/rates/live-rates.js";
import { fetchNbkFeed, parseNbkFeed, ratesFromFeed } from "../../../src/rates/nbk-feed.js";
import { freePort } from "../../support/free-port.js";

/** A feed in the National Bank's RSS layout, as its rates_all.xml serves it. */
function feed(items: Array<[code: string, rate: string, quant: string]>, day = "05.12.2026") {
  const body = items
    .map(
      ([code, rate, quant]) =>
        `<item><title>${code}</title><pubDate>${day}</pubDate><description>${rate}</description><quant>${quant}</quant><index>UP</index><change>+0.50</change><link/></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><generator>nationalbank.kz</generator><title>Official exchange rates</title>
<link>https://nationalbank.kz</link><description>Official exchange rates of the National Bank</description>
<language>ru</language>
${body}
</channel></rss>`;
}

const VALID = feed([
  ["AUD", "347.50", "1"],
  ["USD", "512.30", "1"],
  ["EUR", "540.10", "1"],
  ["KRW", "35.20", "100"],
  ["HUF", "14.10", "10"],
]);

const STORED: Rates = {
  kzt: { USD: 444.32, EUR: 473.33, KRW: 0.3225, HUF: 1.202 },
  date: "2024-04-24",
  source: "nbk-rates",
  verified: "2026-11-28",
  note: { kk: "2024 жылғы бағам", ru: "Курс 2024 года", en: "Rates of 2024" },
};

let server: Server;
let base: string;
/** Which answer the stand-in gives, by path. */
const routes: Record<string, (respond: (status: number, body: string) => void) => void> = {
  "/valid.xml": (respond) => respond(200, VALID),
  "/malformed.xml": (respond) =>
    respond(
      200,
      feed([
        ["USD", "five hundred", "1"],
        ["EUR", "540.10", "1"],
      ]),
    ),
  "/html.xml": (respond) => respond(200, "<html><body>Service unavailable</body></html>"),
  "/error.xml": (respond) => respond(503, "down"),
  "/slow.xml": (respond) => {
    setTimeout(() => respond(200, VALID), 2_000).unref();
  },
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const route = routes[request.url ?? ""];
    if (route === undefined) {
      response.writeHead(404).end();
      return;
    }
    route((status, body) => {
      if (!response.destroyed) response.writeHead(status, { "content-type": "text/xml" }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("the National Bank's rates feed", () => {
  it("reads tenge per unit, dividing rates quoted per 10 or 100 units, and the day", () => {
    const result = parseNbkFeed(VALID);
    expect(result).toEqual({
      ok: true,
      rates: { date: "2026-12-05", kzt: { USD: 512.3, EUR: 540.1, KRW: 0.352, HUF: 1.41 } },
    });
  });

  it("refuses a feed with a malformed rate, items of several days, or no items", () => {
    expect(parseNbkFeed(feed([["USD", "five hundred", "1"]]))).toMatchObject({ ok: false });
    expect(parseNbkFeed(feed([["USD", "512.30", "0"]]))).toMatchObject({ ok: false });
    expect(parseNbkFeed(feed([["USD", "512.30", "1"]], "2026-13-40"))).toMatchObject({ ok: false });
    const twoDays = `${feed([["USD", "512.30", "1"]])}${feed([["EUR", "540.10", "1"]], "04.12.2026")}`;
    expect(parseNbkFeed(twoDays)).toMatchObject({ ok: false, reason: /several days/ });
    expect(parseNbkFeed("<rss></rss>")).toMatchObject({ ok: false, reason: /no <item>/ });
  });

  it("reads a valid feed over HTTP", async () => {
    const result = await fetchNbkFeed(`${base}/valid.xml`, { timeoutMs: 1_000 });
    expect(result).toMatchObject({ ok: true, rates: { date: "2026-12-05" } });
  });

  it.each([
    ["malformed", "/malformed.xml", /item USD/],
    ["not the feed at all", "/html.xml", /no <item>/],
    ["failing", "/error.xml", /HTTP 503/],
    ["slow", "/slow.xml", /no answer within 300 ms/],
  ])("gives a reason, never a throw, for a %s feed", async (_name, path, reason) => {
    const result = await fetchNbkFeed(`${base}${path}`, { timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, reason });
  });

  it("gives a reason for an unreachable feed", async () => {
    const port = await freePort();
    const result = await fetchNbkFeed(`http://127.0.0.1:${port}/rates.xml`, { timeoutMs: 1_000 });
    expect(result).toMatchObject({ ok: false, reason: /unreachable/ });
  });

  it("replaces the stored rates only with a reading that has every currency, is newer and plausible", () => {
    const read = { date: "2026-12-05", kzt: { USD: 512.3, EUR: 540.1, KRW: 0.352, HUF: 1.41 } };
    const swapped = ratesFromFeed(STORED, read, "2026-12-06");
    expect(swapped).toEqual({
      ok: true,
      rates: {
        kzt: read.kzt,
        date: "2026-12-05",
        asOf: "2026-12-05",
        source: "nbk-rates",
        verified: "2026-12-06",
      },
    });
    const { HUF: _huf, ...noHuf } = read.kzt;
    expect(ratesFromFeed(STORED, { ...read, kzt: noHuf }, "2026-12-06")).toMatchObject({
      ok: false,
      reason: "no HUF rate in the feed",
    });
    expect(ratesFromFeed(STORED, { ...read, date: "2024-01-01" }, "2026-12-06")).toMatchObject({
      ok: false,
      reason: /older than the stored/,
    });
    // KRW quoted per 100 but read per 1 would be a hundred times too dear.
    const mixedUp = { ...read, kzt: { ...read.kzt, KRW: 35.2 } };
    expect(ratesFromFeed(STORED, mixedUp, "2026-12-06")).toMatchObject({
      ok: false,
      reason: /KRW .* implausibly far/,
    });
  });
});

describe("live rates", () => {
  const quiet = { info: () => {}, warn: () => {} };
  const knowledgeWith = (rates: Rates): Knowledge => ({
    destinations: [],
    funding: [],
    sources: new Map(),
    rates,
    facts: new Map([
      [
        RATES_FACT_ID,
        { id: RATES_FACT_ID, source: "nbk-rates", verified: "2026-11-28", asOf: "2024-04-24" },
      ],
    ]),
  });

  it("swaps in the feed's rates and the rates fact's dates when the feed answers", async () => {
    const knowledge = knowledgeWith(STORED);
    const live = startLiveRates({
      knowledge,
      url: `${base}/valid.xml`,
      logger: quiet,
      timeoutMs: 1_000,
      now: () => Date.parse("2026-12-06T08:00:00Z"),
    });
    try {
      expect(await live.refresh()).toEqual({ updated: true, date: "2026-12-05" });
      expect(knowledge.rates?.kzt.USD).toBe(512.3);
      expect(knowledge.facts.get(RATES_FACT_ID)).toMatchObject({
        verified: "2026-12-06",
        asOf: "2026-12-05",
      });
    } finally {
      live.stop();
    }
  });

  it.each([
    ["malformed", "/malformed.xml"],
    ["slow", "/slow.xml"],
    ["failing", "/error.xml"],
  ])("keeps the stored rates when the feed is %s, and starts at once", async (_name, path) => {
    const knowledge = knowledgeWith(STORED);
    const warnings: unknown[] = [];
    const started = Date.now();
    const live = startLiveRates({
      knowledge,
      url: `${base}${path}`,
      logger: { info: () => {}, warn: (fields: unknown) => warnings.push(fields) },
      timeoutMs: 300,
    });
    // Starting returns before the feed answers: start-up never waits for it.
    expect(Date.now() - started).toBeLessThan(100);
    expect(knowledge.rates).toBe(STORED);
    try {
      expect(await live.refresh()).toMatchObject({ updated: false, date: "2024-04-24" });
      expect(knowledge.rates).toBe(STORED);
      expect(warnings).toHaveLength(1);
    } finally {
      live.stop();
    }
  });

  it("reads nothing without a feed address", async () => {
    const knowledge = knowledgeWith(STORED);
    const live = startLiveRates({ knowledge, url: undefined, logger: quiet });
    expect(await live.refresh()).toEqual({ updated: false, reason: "no feed", date: "2024-04-24" });
    live.stop();
  });
});
