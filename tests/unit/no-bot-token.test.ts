/**
 * No file of the project holds a string shaped like a Telegram bot token (`<bot id>:<secret>`):
 * tests, the benchmark and the local chat make theirs at run time, and a real one lives only in
 * the environment. Scans every file outside node_modules, .git, dist and data.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fakeBotToken } from "../support/bot-token.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SKIPPED = new Set(["node_modules", ".git", "dist", "data", "coverage"]);
/** A bot id of six digits or more, a colon, then a secret of 30 or more token characters. */
const TOKEN_SHAPE = /\b\d{6,}:[A-Za-z0-9_-]{30,}/;

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

describe("bot tokens", () => {
  it("the pattern recognises a token as @BotFather gives one, and the tests' own", () => {
    expect(TOKEN_SHAPE.test(["7300000001", "AAH".padEnd(35, "x")].join(":"))).toBe(true);
    expect(TOKEN_SHAPE.test(fakeBotToken(123456, "test"))).toBe(true);
    expect(TOKEN_SHAPE.test("redis://127.0.0.1:6379")).toBe(false);
  });

  it("none is written in any file of the project", async () => {
    const offending: string[] = [];
    for (const file of await filesUnder(ROOT)) {
      const text = await readFile(file, "utf8");
      text.split("\n").forEach((line, index) => {
        if (TOKEN_SHAPE.test(line)) offending.push(`${relative(ROOT, file)}:${index + 1}`);
      });
    }
    expect(offending).toEqual([]);
  });
});
