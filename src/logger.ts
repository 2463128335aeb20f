/** The one pino logger. Tokens are redacted wherever they could appear in logged objects. */
import { pino } from "pino";

export type Logger = pino.Logger;

export function createLogger(level: string = "info"): Logger {
  return pino({
    level,
    redact: {
      paths: ["token", "botToken", "*.token", "config.botToken", "url", "*.url"],
      censor: "[redacted]",
    },
  });
}

/** Removes anything shaped like a bot token (e.g. inside an API URL in an error message). */
export function redactToken(text: string): string {
  return text.replace(/\d{5,}:[A-Za-z0-9_-]{20,}/g, "[redacted]");
}
