import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as yaml from "yaml";
import { loadKnowledge, loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import { readParsedCache, writeParsedCache } from "../../../src/knowledge/parsed-cache.js";
import { brokenCopy, chain, NOW, removeCopies, replace } from "./fixture-copy.js";

// Counts the YAML parses, to show which loads skip the parser.
vi.mock("yaml", async (original) => {
  const actual = await original<typeof import("yaml")>();
  return { ...actual, parseDocument: vi.fn(actual.parseDocument) };
});
const parses = vi.mocked(yaml.parseDocument);

afterAll(removeCopies);
beforeEach(() => {
  parses.mockClear();
});

const RUSSIA = "destinations/russia.yaml";
const KOREA = "destinations/korea.yaml";
/** The valid fixture has six YAML files. */
const FIXTURE_FILES = 6;
/** Long after the fixture's `verified` dates: every fact is due for another check. */
const A_YEAR_LATER = new Date("2028-01-15T12:00:00Z");

/** A copy of the valid fixture, edited, and the cache of its files as they are now. */
async function cachedCopy(edits: Parameters<typeof brokenCopy>[0] = {}) {
  const dir = await brokenCopy(edits);
  const cache = join(dir, "cache.json");
  const held = await writeParsedCache(dir, cache);
  parses.mockClear();
  return { dir, cache, held };
}

describe("the parsed cache", () => {
  it("holds every file that parses, and loads the same knowledge without parsing any", async () => {
    const { dir, cache, held } = await cachedCopy();
    expect(held).toBe(FIXTURE_FILES);

    const fromCache = await loadKnowledge(dir, { now: NOW, parsedCache: cache });
    expect(parses).not.toHaveBeenCalled();
    expect(fromCache).toEqual(await loadKnowledge(dir, { now: NOW }));
    expect(fromCache.ok).toBe(true);
  });

  it("gives problems in cached files the same lines as parsing them does", async () => {
    // Every file is in the cache, broken ones too: the lines come from parsing them afterwards.
    const { dir, cache } = await cachedCopy({
      [RUSSIA]: chain(
        replace("  min: 2500\n", '  min: "2500"\n'),
        replace("  visa: not-required\n", "  visa: maybe\n"),
        replace("    source: russia-quota\n", "    source: russia-quotas\n"),
        replace("  preparatoryYear: true\n", "  preparatoryYear: true\n  prepYear: 1\n"),
      ),
    });
    const fromCache = await loadKnowledge(dir, { now: NOW, parsedCache: cache });
    const parsed = await loadKnowledge(dir, { now: NOW });

    expect(fromCache).toEqual(parsed);
    if (fromCache.ok) throw new Error("expected problems");
    expect(fromCache.problems.map((problem) => problem.line)).toEqual([14, 22, 49, 54]);
  });

  it("gives warnings the same lines as parsing does", async () => {
    const { dir, cache } = await cachedCopy();
    const fromCache = await loadKnowledge(dir, { now: A_YEAR_LATER, parsedCache: cache });
    const parsed = await loadKnowledge(dir, { now: A_YEAR_LATER });

    expect(fromCache).toEqual(parsed);
    if (!fromCache.ok) throw new Error("expected the knowledge to load");
    expect(fromCache.warnings.length).toBeGreaterThan(0);
    expect(fromCache.warnings.every((warning) => warning.line !== undefined)).toBe(true);
  });

  it("is not used for a file edited after it was written", async () => {
    const { dir, cache } = await cachedCopy();
    await writeFile(join(dir, RUSSIA), "id: russia\ncountry: [RU\n");

    const result = await loadKnowledge(dir, { now: NOW, parsedCache: cache });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ file: RUSSIA, message: expect.stringMatching(/^YAML syntax/) }),
    ]);
    expect(parses).toHaveBeenCalledTimes(1);
  });

  it("leaves out a file that JSON cannot carry exactly (.inf), so it is parsed every time", async () => {
    const { dir, cache, held } = await cachedCopy({
      [KOREA]: replace("id: korea\n", "id: korea\nsize: .inf\n"),
    });
    expect(held).toBe(FIXTURE_FILES - 1);
    const korea = await readFile(join(dir, KOREA), "utf8");
    expect((await readParsedCache(cache)).lookup(korea)).toBeUndefined();
  });

  it("is ignored when missing or written in another format", async () => {
    const { dir } = await cachedCopy();
    const foreign = join(dir, "foreign.json");
    await writeFile(foreign, JSON.stringify({ format: "something else", files: {} }));

    for (const parsedCache of [join(dir, "missing.json"), foreign]) {
      parses.mockClear();
      const result = await loadKnowledge(dir, { now: NOW, parsedCache });
      expect(result.ok).toBe(true);
      expect(parses).toHaveBeenCalledTimes(FIXTURE_FILES);
    }
  });
});

describe("loadKnowledgeOrThrow", () => {
  it("does not look for warnings, so stale facts cost no parsing at start-up", async () => {
    const { dir, cache } = await cachedCopy();
    await loadKnowledgeOrThrow(dir, { now: A_YEAR_LATER, parsedCache: cache });
    expect(parses).not.toHaveBeenCalled();
  });
});
