import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";

// Assembled, so nothing in the repository looks like a real token to secret scanners.
const TOKEN = ["123456789", "AAH-".padEnd(35, "x")].join(":");

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("needs only BOT_TOKEN and fills documented defaults", () => {
    const config = parseConfig({ BOT_TOKEN: TOKEN });
    expect(config).toMatchObject({
      mode: "polling",
      apiRoot: "https://api.telegram.org",
      redisUrl: undefined,
      dataDir: "./data",
      adminIds: [],
      logLevel: "info",
      ratesFeedUrl: "https://nationalbank.kz/rss/rates_all.xml",
    });
  });

  it("reads the exchange rates feed from RATES_FEED_URL; empty turns it off", () => {
    const local = parseConfig({ BOT_TOKEN: TOKEN, RATES_FEED_URL: "http://127.0.0.1:9/rates.xml" });
    expect(local.ratesFeedUrl).toBe("http://127.0.0.1:9/rates.xml");
    expect(parseConfig({ BOT_TOKEN: TOKEN, RATES_FEED_URL: "" }).ratesFeedUrl).toBeUndefined();
    expect(parseConfig({ BOT_TOKEN: TOKEN, RATES_FEED_URL: "  " }).ratesFeedUrl).toBeUndefined();
    expect(problemsOf({ BOT_TOKEN: TOKEN, RATES_FEED_URL: "ftp://x/rates.xml" })).toEqual([
      "RATES_FEED_URL must be an http(s) URL, or empty for no feed",
    ]);
  });

  it("honours TELEGRAM_API_ROOT, REDIS_URL and ADMIN_IDS", () => {
    const config = parseConfig({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: "http://127.0.0.1:9000",
      REDIS_URL: "redis://127.0.0.1:6379",
      ADMIN_IDS: "1, 22,333",
    });
    expect(config.apiRoot).toBe("http://127.0.0.1:9000");
    expect(config.redisUrl).toBe("redis://127.0.0.1:6379");
    expect(config.adminIds).toEqual([1, 22, 333]);
  });

  it("lists every bad variable at once", () => {
    const problems = problemsOf({
      REDIS_URL: "http://nope",
      LOG_LEVEL: "loud",
      ADMIN_IDS: "me",
      PORT: "99999",
    });
    expect(problems.map((p) => p.split(" ")[0]).sort()).toEqual(
      ["ADMIN_IDS", "BOT_TOKEN", "LOG_LEVEL", "PORT", "REDIS_URL"].sort(),
    );
    expect(problems.find((p) => p.startsWith("BOT_TOKEN"))).toBe("BOT_TOKEN is required");
  });

  it("never repeats the token in its messages", () => {
    const badToken = "this-is-a-secret but malformed";
    const problems = problemsOf({ BOT_TOKEN: badToken });
    expect(problems.join("\n")).not.toContain("this-is-a-secret");
    expect(problems[0]).toMatch(/^BOT_TOKEN does not look like a token/);
  });

  it("switches to webhook mode when WEBHOOK_URL is set, and then requires the secret", () => {
    expect(problemsOf({ BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://bagdar.example/hook" })).toEqual([
      "WEBHOOK_SECRET is required when WEBHOOK_URL is set",
    ]);
    const config = parseConfig({
      BOT_TOKEN: TOKEN,
      WEBHOOK_URL: "https://bagdar.example/hook",
      WEBHOOK_SECRET: "s3cret_value",
      PORT: "3000",
    });
    expect(config).toMatchObject({ mode: "webhook", port: 3000, webhookSecret: "s3cret_value" });
  });
});
