/**
 * What the driver needs from a bot under test, so Bagdar and the baseline are run, fed and
 * measured by the same code.
 */
import type { Redis } from "ioredis";
import type { HandlesUpdates } from "./feed.js";
import type { Dialect } from "./students.js";

export type StorageKind = "file" | "redis";

export interface BenchTarget {
  name: "bagdar" | "baseline";
  storage: StorageKind;
  bot: HandlesUpdates;
  dialect: Dialect;
  /** Starts the bot on the production transport (the runner); `stop` waits for updates in flight. */
  start(): Promise<{ stop(): Promise<void> }>;
  /** File store: the folders holding session and conversation files. */
  dataDirs: string[];
  /** Redis: the keys holding one chat's session and conversation state. */
  stateKeys(chatId: number): string[];
  /** Redis: the prefix every key of this bot starts with, for counting and cleaning up. */
  keyPrefix: string;
  /** Redis: the bot's own connection (its commands are counted on it). */
  redis?: Redis;
  /** Errors the bot logged (it answers a student "try again" instead of crashing). */
  errors(): number;
  close(): Promise<void>;
}
