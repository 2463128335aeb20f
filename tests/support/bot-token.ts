/**
 * A fresh token for a bot that only ever talks to the in-process stand-in of the Bot API. Made at
 * run time so the repository never holds a string shaped like a real token; random so parallel
 * scenarios sharing one Redis or one log never mistake each other's bot.
 */
import { randomBytes } from "node:crypto";

export function fakeBotToken(botId: number, label: string): string {
  return `${botId}:${label}-${randomBytes(16).toString("hex")}`;
}
