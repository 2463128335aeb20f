/**
 * `npm run build`: Bagdar as one JavaScript file, `dist/main.js`, run by plain `node` (no
 * TypeScript compiled at start-up), plus the knowledge's parsed cache `dist/knowledge-cache.json`.
 *
 * One bundle rather than a file per module because Node loads one file much faster than hundreds
 * (about 250 ms less at start-up on a 2-core machine). esbuild only strips types: `npm run
 * typecheck` is what checks them. The benchmark's start-up probe is bundled here the same way.
 *
 * `npm start` builds first, so the build is safe to run many times at once from one checkout
 * (several instances started together, or one restarted beside a running one):
 * - `dist/` that is up to date with its inputs (`dist/build-stamp`: a hash of `src/`,
 *   `knowledge/`, `locales/`, this file and the package files) is left as it is;
 * - otherwise each build goes into a fresh folder of its own beside `dist/`, which is renamed
 *   into place only when complete. `dist/` is never half written, and a build that finds the
 *   same build already in place when it is done throws its own away.
 * `npm run build -- --force` builds even when `dist/` is up to date.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";
import { KNOWLEDGE_DIR, PARSED_CACHE_NAME } from "./src/knowledge/paths.js";

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = join(ROOT, "src");
export const DIST = join(ROOT, "dist");

/**
 * Packages Node loads from node_modules instead of the bundle, because they read their own files:
 * resvg loads a native binary, pino starts its transports' workers from its own folder, ioredis
 * reads its own package.json. The others only read the files they are given.
 */
const EXTERNAL = ["@resvg/resvg-js", "pino", "ioredis"];

/** What bundled CommonJS modules expect to find in an ES module. */
const COMMONJS_GLOBALS = [
  `import { createRequire as __bundleCreateRequire } from "node:module";`,
  `import { fileURLToPath as __bundleFileURLToPath } from "node:url";`,
  `import { dirname as __bundleDirname } from "node:path";`,
  "const require = __bundleCreateRequire(import.meta.url);",
  "const __filename = __bundleFileURLToPath(import.meta.url);",
  "const __dirname = __bundleDirname(__filename);",
].join("\n");

/**
 * Bundles `entry` (a TypeScript file of this package) and its imports into `outfile`; `placedAt`
 * is where the bundle will be run from, when it is written elsewhere first.
 */
export async function bundle(
  entry: string,
  outfile: string,
  options: { placedAt?: string } = {},
): Promise<void> {
  // Loaded only to build: a start that finds dist/ up to date does without esbuild.
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: EXTERNAL,
    banner: { js: COMMONJS_GLOBALS },
    plugins: [moduleUrls(options.placedAt ?? outfile)],
    sourcemap: "linked",
    // Bundled modules share one scope, so esbuild renames a class that would shadow a global
    // (abort-controller's AbortSignal becomes AbortSignal2 as soon as any module uses the global
    // one) — and node-fetch recognises signals by `constructor.name`, refusing every request.
    keepNames: true,
    logLevel: "warning",
  });
}

/**
 * In a bundle every module's `import.meta.url` would be the bundle's, so `../../locales` written
 * in `src/bot/i18n.ts` would miss. This gives each module of `src/` the URL it would have in a
 * file-per-module `dist/` (`src/bot/i18n.ts` → `dist/bot/i18n.js`), and any other module (the
 * benchmark's probe) the URL of its source, both relative to where the bundle is.
 */
function moduleUrls(outfile: string): Plugin {
  return {
    name: "module-urls",
    setup(plugin) {
      plugin.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        if (path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = await readFile(path, "utf8");
        if (/import\.meta\.(?!url\b)/.test(source)) {
          return { errors: [{ text: "only import.meta.url is given the module's own value" }] };
        }
        const url = `new URL(${JSON.stringify(urlFromBundle(outfile, path))}, import.meta.url).href`;
        return { contents: source.replaceAll("import.meta.url", url), loader: "ts" };
      });
    },
  };
}

/** `./bot/i18n.js` for `src/bot/i18n.ts` in `dist/main.js`: where the module "is", as a URL path. */
function urlFromBundle(outfile: string, source: string): string {
  const inSrc = !relative(SRC, source).startsWith("..");
  const place = inSrc ? join(DIST, relative(SRC, source)).replace(/\.ts$/, ".js") : source;
  const path = relative(dirname(outfile), place).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** Everything `dist/` is made from; a change in any of it makes `dist/` out of date. */
const INPUTS = ["build.ts", "package.json", "package-lock.json", "src", "knowledge", "locales"];
const STAMP_NAME = "build-stamp";
/** Sibling folders of `dist/`: builds in progress and replaced builds being removed. */
const BUILDING = "dist.building-";
const REPLACED = "dist.replaced-";
/** A folder left by a build that was killed is removed by a later build after this long. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** A hash of every input file's path and content. */
export async function inputsFingerprint(root = ROOT): Promise<string> {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    const path = join(root, input);
    const info = await stat(path).catch(() => undefined);
    if (info === undefined) continue;
    const files = info.isDirectory()
      ? (await readdir(path, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
      : [path];
    for (const file of files.sort()) {
      hash.update(`${relative(root, file).split(sep).join("/")}\0`);
      hash.update(await readFile(file));
      hash.update("\0");
    }
  }
  return hash.digest("hex");
}

async function stampOf(dir: string): Promise<string | undefined> {
  return readFile(join(dir, STAMP_NAME), "utf8").catch(() => undefined);
}

/** Whether `dist/` was built from exactly the inputs there are now. */
export async function distUpToDate(): Promise<boolean> {
  return (await stampOf(DIST)) === (await inputsFingerprint());
}

/**
 * Makes `dist/` up to date: the bundle and the parsed cache of the knowledge as it is now.
 * Returns what it did. Safe to run in several processes at once.
 */
export async function buildDist(
  options: { force?: boolean } = {},
): Promise<"built" | "up to date"> {
  const fingerprint = await inputsFingerprint();
  if (!options.force && (await stampOf(DIST)) === fingerprint) return "up to date";
  await removeLeftovers();
  const folder = join(ROOT, `${BUILDING}${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    await mkdir(folder);
    await bundle("src/main.ts", join(folder, "main.js"), { placedAt: join(DIST, "main.js") });
    const { writeParsedCache } = await import("./src/knowledge/parsed-cache.js");
    await writeParsedCache(KNOWLEDGE_DIR, join(folder, PARSED_CACHE_NAME));
    // The stamp last: a folder with a stamp is a complete build.
    await writeFile(join(folder, STAMP_NAME), fingerprint);
    await publish(folder, fingerprint, { replaceSame: options.force === true });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return "built";
}

/**
 * Renames the complete build `folder` to `dist/`. A directory cannot be renamed over a non-empty
 * one, so an out-of-date `dist/` is first renamed away; if another build of the same inputs got
 * into place meanwhile, that one stays and `folder` is dropped (unless `replaceSame`: --force).
 */
async function publish(
  folder: string,
  fingerprint: string,
  options: { replaceSame: boolean },
): Promise<void> {
  const same = async (dir: string) => !options.replaceSame && (await stampOf(dir)) === fingerprint;
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      await rename(folder, DIST);
      return;
    } catch (error) {
      if (!["ENOTEMPTY", "EEXIST", "ENOTDIR", "EISDIR"].includes(errorCode(error))) throw error;
    }
    if (await same(DIST)) return;
    const replaced = join(ROOT, `${REPLACED}${process.pid}-${randomBytes(4).toString("hex")}`);
    try {
      await rename(DIST, replaced);
    } catch (error) {
      if (errorCode(error) === "ENOENT") continue;
      throw error;
    }
    // Between the look at its stamp and the rename, another build may have put the same
    // inputs' dist/ in place: that one goes back rather than being replaced.
    if (await same(replaced)) {
      await rename(replaced, DIST).catch(() => undefined);
      await rm(replaced, { recursive: true, force: true });
      continue;
    }
    await rm(replaced, { recursive: true, force: true });
  }
  throw new Error("could not put the new build in place of dist/");
}

/** Folders of builds that were killed long ago, and replaced builds not yet removed. */
async function removeLeftovers(): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(ROOT)) {
    if (!name.startsWith(BUILDING) && !name.startsWith(REPLACED)) continue;
    const info = await stat(join(ROOT, name)).catch(() => undefined);
    if (info === undefined || now - info.mtimeMs < ABANDONED_AFTER_MS) continue;
    await rm(join(ROOT, name), { recursive: true, force: true });
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const outcome = await buildDist({ force: process.argv.includes("--force") });
  // On stderr, and only when it built: the bot's stdout is its JSON log.
  if (outcome === "built") {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(`${basename(DIST)}/ built in ${seconds} s\n`);
  }
}
