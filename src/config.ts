/**
 * Configuration, parsed once at start-up from the environment. A bad or missing variable is
 * reported together with every other problem, and the token is never echoed back.
 */
import { z } from "zod";
import { NBK_RATES_FEED_URL } from "./rates/nbk-feed.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const EnvSchema = z.object({
  BOT_TOKEN: z
    .string({ error: "is required: get a token from @BotFather" })
    .regex(
      /^\d+:[A-Za-z0-9_-]{20,}$/,
      "does not look like a token from @BotFather (digits:secret)",
    ),
  TELEGRAM_API_ROOT: z.preprocess(
    emptyToUndefined,
    z.url("must be a URL such as https://api.telegram.org").default("https://api.telegram.org"),
  ),
  REDIS_URL: z.preprocess(
    emptyToUndefined,
    z
      .url("must be a redis:// or rediss:// URL")
      .refine((u) => /^rediss?:\/\//.test(u), "must start with redis:// or rediss://")
      .optional(),
  ),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("./data")),
  WEBHOOK_URL: z.preprocess(emptyToUndefined, z.url("must be an https URL").optional()),
  WEBHOOK_SECRET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, "may hold only A-Z, a-z, 0-9, _ and - (1 to 256 characters)")
      .optional(),
  ),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(8080)),
  ADMIN_IDS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "must be comma-separated numeric Telegram user ids")
      .transform((s) => s.split(",").map((id) => Number(id.trim())))
      .default([]),
  ),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(LOG_LEVELS).default("info")),
  // Unset: the National Bank's feed. Empty: no feed (the stored rates only), for tests and the
  // local chat, which must never reach the internet.
  RATES_FEED_URL: z
    .string()
    .optional()
    .transform((value) => (value === undefined ? NBK_RATES_FEED_URL : value.trim()))
    .pipe(
      z.union([
        z.literal(""),
        z.url({ protocol: /^https?$/, error: "must be an http(s) URL, or empty for no feed" }),
      ]),
    ),
});

interface CommonConfig {
  botToken: string;
  apiRoot: string;
  redisUrl: string | undefined;
  dataDir: string;
  adminIds: number[];
  logLevel: (typeof LOG_LEVELS)[number];
  /** The exchange rates feed to read at start and daily; undefined keeps the stored rates. */
  ratesFeedUrl: string | undefined;
}

/** Polling and webhook are two shapes of one config, so code cannot mix them up. */
export type Config =
  | (CommonConfig & { mode: "polling" })
  | (CommonConfig & { mode: "webhook"; webhookUrl: string; webhookSecret: string; port: number });

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads the configuration from an environment (`process.env` by default).
 * Throws a {@link ConfigError} that lists every problem; messages name variables, never values.
 */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      // zod's default texts can quote the received value; the token must never be echoed.
      const message =
        issue.code === "invalid_type" && env[name] === undefined ? "is required" : issue.message;
      return `${name} ${message}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const common: CommonConfig = {
    botToken: e.BOT_TOKEN,
    apiRoot: e.TELEGRAM_API_ROOT,
    redisUrl: e.REDIS_URL,
    dataDir: e.DATA_DIR,
    adminIds: e.ADMIN_IDS,
    logLevel: e.LOG_LEVEL,
    ratesFeedUrl: e.RATES_FEED_URL === "" ? undefined : e.RATES_FEED_URL,
  };
  if (e.WEBHOOK_URL === undefined) return { ...common, mode: "polling" };
  if (e.WEBHOOK_SECRET === undefined) {
    throw new ConfigError(["WEBHOOK_SECRET is required when WEBHOOK_URL is set"]);
  }
  return {
    ...common,
    mode: "webhook",
    webhookUrl: e.WEBHOOK_URL,
    webhookSecret: e.WEBHOOK_SECRET,
    port: e.PORT,
  };
}
