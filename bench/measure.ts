/**
 * Measuring helpers: percentiles, Redis commands counted on a connection, bytes stored, memory.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Redis } from "ioredis";

/** The p-th percentile (0–100) of the values, nearest-rank; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export interface CommandCounter {
  total(): number;
  byName(): Record<string, number>;
  stop(): void;
}

/**
 * Counts the commands a bot sends on its own Redis connection. Counting on the client, not with
 * `INFO stats`, keeps the figure exact while other programs (tests, other engineers) share the
 * server.
 */
export function countCommands(redis: Redis): CommandCounter {
  const counts = new Map<string, number>();
  const target = redis as unknown as { sendCommand: (command: { name: string }) => unknown };
  const original = target.sendCommand;
  target.sendCommand = function (this: unknown, command: { name: string }, ...rest: unknown[]) {
    counts.set(command.name, (counts.get(command.name) ?? 0) + 1);
    return (original as (...args: unknown[]) => unknown).call(this, command, ...rest);
  };
  return {
    total: () => [...counts.values()].reduce((sum, n) => sum + n, 0),
    byName: () => Object.fromEntries([...counts.entries()].sort((a, b) => b[1] - a[1])),
    stop: () => {
      target.sendCommand = original;
    },
  };
}

/** `INFO stats` total_commands_processed: the server-wide cross-check of the client count. */
export async function serverCommandCount(redis: Redis): Promise<number> {
  const info = await redis.info("stats");
  return Number(/total_commands_processed:(\d+)/.exec(info)?.[1] ?? Number.NaN);
}

/** Bytes Redis uses for these keys (`MEMORY USAGE`: value, key and overhead); 0 for missing. */
export async function redisBytes(redis: Redis, keys: readonly string[]): Promise<number> {
  let total = 0;
  for (const key of keys) {
    const usage = (await redis.call("MEMORY", "USAGE", key)) as number | null;
    total += usage ?? 0;
  }
  return total;
}

/** Total size of every file under these folders. */
export async function folderBytes(folders: readonly string[]): Promise<number> {
  let total = 0;
  const walk = async (folder: string): Promise<void> => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else total += (await stat(path).catch(() => ({ size: 0 }))).size;
    }
  };
  for (const folder of folders) await walk(folder);
  return total;
}

/** Every key under a prefix, grouped by kind (its name without ids), with `MEMORY USAGE`. */
export async function redisKeysByKind(
  redis: Redis,
  prefix: string,
): Promise<Record<string, { keys: number; bytes: number }>> {
  const kinds: Record<string, { keys: number; bytes: number }> = {};
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
    cursor = next;
    const pipeline = redis.pipeline();
    for (const key of keys) pipeline.call("MEMORY", "USAGE", key);
    const usages = (await pipeline.exec()) ?? [];
    keys.forEach((key, i) => {
      // `bagdar:handled:<bot>:<update>` → `bagdar:handled`: the ids are dropped.
      const kind =
        key
          .slice(prefix.length)
          .split(":")
          .filter((part) => !/^-?\d+$/.test(part))
          .join(":") || "other";
      const entry = kinds[kind] ?? { keys: 0, bytes: 0 };
      kinds[kind] = entry;
      entry.keys++;
      entry.bytes += Number(usages[i]?.[1] ?? 0);
    });
  } while (cursor !== "0");
  return kinds;
}

/** Deletes every key under a prefix (never FLUSHALL: the server is shared). */
export async function deleteKeys(redis: Redis, prefix: string): Promise<number> {
  let cursor = "0";
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
    cursor = next;
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  } while (cursor !== "0");
  return deleted;
}

/** Samples the resident set size while a run goes on; `stop` returns the peak in bytes. */
export function sampleRss(everyMs = 50): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}
