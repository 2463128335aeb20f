/**
 * The parsed cache: the plain data of knowledge files that parsed without error, keyed by a hash
 * of their text. `npm run build` writes it beside the compiled bot (`dist/knowledge-cache.json`);
 * at start-up a file whose exact text is in it skips the YAML parser, which is most of the cost of
 * loading the knowledge (about 350 ms of 400 ms on a 2-core machine, the parser's code still cold).
 *
 * Nothing else is skipped: cached data is validated like freshly parsed data, and a file with a
 * problem is parsed after all, to find the problem's line (see `yamlFileFromData`). A file edited
 * after the build is simply not in the cache and is parsed as usual.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parseYamlFile } from "./yaml-file.js";

/** Names the layout of the cache file; one written in another layout is ignored. */
const FORMAT = "bagdar-parsed-yaml/1";

interface CacheFile {
  format: typeof FORMAT;
  /** Text hash → what the YAML parser made of that text. */
  files: Record<string, unknown>;
}

export class ParsedCache {
  constructor(private readonly files: Readonly<Record<string, unknown>> = {}) {}

  /** What `text` parses to, when it is in the cache. */
  lookup(text: string): { data: unknown } | undefined {
    const key = textKey(text);
    return Object.hasOwn(this.files, key) ? { data: this.files[key] } : undefined;
  }
}

/** The cache in `file`; an empty one when the file is missing, unreadable or of another format. */
export async function readParsedCache(file: string): Promise<ParsedCache> {
  try {
    const content: unknown = JSON.parse(await readFile(file, "utf8"));
    return isCacheFile(content) ? new ParsedCache(content.files) : new ParsedCache();
  } catch {
    // No cache (running from src/, or a build that wrote none) only means parsing as before.
    return new ParsedCache();
  }
}

/**
 * Parses every `.yaml` file in the knowledge folder and writes the cache of those that parse.
 * Returns how many files it holds.
 */
export async function writeParsedCache(knowledgeDir: string, cacheFile: string): Promise<number> {
  const files: Record<string, unknown> = {};
  for (const name of await yamlFilesIn(knowledgeDir)) {
    const text = await readFile(join(knowledgeDir, name), "utf8");
    const parsed = parseYamlFile(name, text);
    // A file with a syntax error is left out: loading it again reports the error with its line.
    if (parsed.ok && survivesJson(parsed.yaml.data)) files[textKey(text)] = parsed.yaml.data;
  }
  const content: CacheFile = { format: FORMAT, files };
  await writeFile(cacheFile, JSON.stringify(content));
  return Object.keys(files).length;
}

/** Every YAML file in the folder and below it, relative to it. */
async function yamlFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => /\.ya?ml$/.test(name)).sort();
}

function textKey(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/**
 * Whether JSON gives back exactly this data. YAML can say things JSON cannot (`.inf`, `.nan`, -0);
 * a file with such a value is left out, so cached data is always what the parser would give.
 */
function survivesJson(data: unknown): boolean {
  return data !== undefined && isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data);
}

function isCacheFile(value: unknown): value is CacheFile {
  const candidate = value as Partial<CacheFile> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    candidate.format === FORMAT &&
    typeof candidate.files === "object" &&
    candidate.files !== null
  );
}
