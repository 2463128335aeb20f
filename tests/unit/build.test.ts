/**
 * `build.ts`: a bundled module still finds what it finds from `src/`, because each module keeps
 * the URL it would have in a file-per-module `dist/`. (tests/e2e/built-bot.test.ts starts the
 * whole bundle.)
 */
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { bundle, DIST } from "../../build.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Inside the package, so that Node finds node_modules from there, as from dist/. */
const OUT = join(ROOT, "node_modules", ".cache", "bagdar-build-test");

afterAll(() => rm(OUT, { recursive: true, force: true }));

/** What `src/knowledge/paths.ts` says, bundled into `outfile` and run by plain node. */
async function pathsFromBundle(outfile: string): Promise<Record<string, string>> {
  await bundle("src/knowledge/paths.ts", outfile);
  const { stdout } = await promisify(execFile)(process.execPath, [
    "--input-type=module",
    "-e",
    `const paths = await import(${JSON.stringify(outfile)}); console.log(JSON.stringify(paths));`,
  ]);
  return JSON.parse(stdout) as Record<string, string>;
}

it("resolves the knowledge folder and the parsed cache as from dist/, wherever the bundle is", async () => {
  for (const outfile of [join(OUT, "paths.js"), join(OUT, "deeper", "still", "paths.js")]) {
    expect(await pathsFromBundle(outfile)).toMatchObject({
      KNOWLEDGE_DIR: join(ROOT, "knowledge"),
      PARSED_CACHE_FILE: join(DIST, "knowledge-cache.json"),
    });
  }
});
