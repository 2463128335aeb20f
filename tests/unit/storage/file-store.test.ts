import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileStore } from "../../../src/storage/file-store.js";

describe("FileStore", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "bagdar-store-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads back what it wrote, under any key", async () => {
    const store = new FileStore<{ n: number }>(dir);
    await store.write("-100123:chat/with:odd chars", { n: 1 });
    expect(await store.read("-100123:chat/with:odd chars")).toEqual({ n: 1 });
    expect(await store.read("other")).toBeUndefined();
    expect(await store.keys()).toEqual(["-100123:chat/with:odd chars"]);
  });

  it("deletes a key and its file", async () => {
    const store = new FileStore<string>(dir);
    await store.write("k", "v");
    await store.delete("k");
    expect(await store.read("k")).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it("forgets values after their time to live", async () => {
    let now = 1_000_000;
    const store = new FileStore<string>(dir, 60, () => now);
    await store.write("k", "v");
    now += 59_000;
    expect(await store.read("k")).toBe("v");
    now += 2_000;
    expect(await store.read("k")).toBeUndefined();
  });

  it("leaves no temporary files behind and always a whole JSON file", async () => {
    const store = new FileStore<{ i: number }>(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.write("same", { i })));
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    const parsed = JSON.parse(await readFile(join(dir, files[0] as string), "utf8"));
    expect(parsed.value.i).toBeGreaterThanOrEqual(0);
  });
});
