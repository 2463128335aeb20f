/**
 * Redis for tests: the URL found by `redis-global-setup.ts`, a `describe` that skips loudly when
 * there is none, and per-test key prefixes so suites can share one server.
 *
 * @example
 * describeWithRedis("Redis sessions", (redisUrl) => {
 *   it("keeps a session", async () => {
 *     const redis = new Redis(redisUrl);
 *     const prefix = freshRedisPrefix({ cleanUpWith: redis });
 *     ...
 *   });
 * });
 */
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { describe, inject, onTestFinished } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string | undefined;
  }
}

/** What skipped suites get instead of a URL; nothing runs in them, and it can never connect. */
const NO_REDIS_URL = "redis://no-redis-for-tests.invalid:6379";

/** The Redis URL for this test run, or undefined when Redis suites are skipped. */
export function redisUrlForTests(): string | undefined {
  return inject("redisUrl");
}

/**
 * `describe` for suites that need Redis. Without Redis they are listed as skipped (the global
 * setup has printed why); under CI=true the run has already failed instead.
 */
export function describeWithRedis(name: string, body: (redisUrl: string) => void): void {
  const url = redisUrlForTests();
  if (url === undefined) {
    describe.skip(`${name} [skipped: no Redis, see the notice above]`, () => body(NO_REDIS_URL));
  } else {
    describe(name, () => body(url));
  }
}

/**
 * A key prefix no other test uses, e.g. `bagdar-test:3f2a…:`. Given `cleanUpWith`, call it inside
 * a test or `beforeEach`: every key under the prefix is deleted when the test finishes.
 */
export function freshRedisPrefix(options: { cleanUpWith?: Redis } = {}): string {
  const prefix = `bagdar-test:${randomUUID()}:`;
  const redis = options.cleanUpWith;
  if (redis !== undefined) onTestFinished(() => deleteRedisKeys(redis, prefix).then(() => {}));
  return prefix;
}

/** Deletes every key that starts with `prefix`; returns how many there were. */
export async function deleteRedisKeys(redis: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${escapeGlob(prefix)}*`, "COUNT", 500);
    cursor = next;
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  } while (cursor !== "0");
  return deleted;
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, "\\$&");
}
