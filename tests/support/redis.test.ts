import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { deleteRedisKeys, describeWithRedis, freshRedisPrefix } from "./redis.js";

describeWithRedis("Redis for tests", (redisUrl) => {
  let redis: Redis;
  let leftoverPrefix = "";

  beforeAll(() => {
    redis = new Redis(redisUrl);
  });
  afterAll(async () => {
    await redis.quit();
  });

  it("answers on the URL the global setup provided", async () => {
    expect(await redis.ping()).toBe("PONG");
  });

  it("gives each test its own prefix and deletes its keys when the test ends", async () => {
    const prefix = freshRedisPrefix({ cleanUpWith: redis });
    leftoverPrefix = prefix;
    expect(prefix).not.toBe(freshRedisPrefix());
    await redis.set(`${prefix}a`, "1");
    await redis.set(`${prefix}b`, "2");
    expect(await redis.keys(`${prefix}*`)).toHaveLength(2);
  });

  it("left nothing behind from the previous test", async () => {
    expect(await redis.keys(`${leftoverPrefix}*`)).toEqual([]);
  });

  it("deletes only keys under the prefix, even with glob characters around", async () => {
    const prefix = freshRedisPrefix();
    await redis.set(`${prefix}x`, "1");
    await redis.set(`${prefix.slice(0, -1)}*other`, "keep");
    expect(await deleteRedisKeys(redis, prefix)).toBe(1);
    expect(await redis.get(`${prefix.slice(0, -1)}*other`)).toBe("keep");
    await redis.del(`${prefix.slice(0, -1)}*other`);
  });
});
