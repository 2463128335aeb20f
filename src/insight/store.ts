/**
 * Where the anonymous counters live: one Redis hash per month (`bagdar:insight:month:2026-11`),
 * or one JSON file in `DATA_DIR/insight/` without Redis. Only numbers per cell and month are kept.
 */
import { join } from "node:path";
import type { Redis } from "ioredis";
import { JsonFile } from "../storage/json-file.js";
import type { Counts } from "./record.js";

export interface InsightStore {
  /**
   * Adds each change to the month's counters, all at once. A counter that falls to zero is
   * removed, so a withdrawn count leaves no trace that it ever existed.
   */
  apply(month: string, changes: Counts): Promise<void>;
  /** Every month's counters, by month. */
  months(): Promise<Record<string, Counts>>;
}

// KEYS: the month's hash, the set of months. ARGV: month, then cell, change, cell, change…
const APPLY = `
for i = 2, #ARGV, 2 do
  if redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) <= 0 then
    redis.call('HDEL', KEYS[1], ARGV[i])
  end
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('SADD', KEYS[2], ARGV[1])
else
  redis.call('SREM', KEYS[2], ARGV[1])
end
return 1`;

export class RedisInsightStore implements InsightStore {
  /** @param prefix e.g. `bagdar:insight:` */
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async apply(month: string, changes: Counts): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    await this.redis.eval(
      APPLY,
      2,
      `${this.prefix}month:${month}`,
      `${this.prefix}months`,
      month,
      ...entries.flat(),
    );
  }

  async months(): Promise<Record<string, Counts>> {
    const months = await this.redis.smembers(`${this.prefix}months`);
    const out: Record<string, Counts> = {};
    for (const month of months.sort()) {
      const raw = await this.redis.hgetall(`${this.prefix}month:${month}`);
      out[month] = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)]));
    }
    return out;
  }
}

export class FileInsightStore implements InsightStore {
  private readonly file: JsonFile<Record<string, Counts>>;

  /** @param dir the folder for `counts.json` */
  constructor(dir: string) {
    this.file = new JsonFile(join(dir, "counts.json"), () => ({}));
  }

  async apply(month: string, changes: Counts): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await this.file.update((doc) => {
      const counts = doc[month] ?? {};
      doc[month] = counts;
      for (const [name, by] of Object.entries(changes)) {
        const value = (counts[name] ?? 0) + by;
        if (value > 0) counts[name] = value;
        else delete counts[name];
      }
      if (Object.keys(counts).length === 0) delete doc[month];
    });
  }

  async months(): Promise<Record<string, Counts>> {
    return structuredClone(await this.file.read());
  }
}
