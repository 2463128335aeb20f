/**
 * `npm run build`: Bagdar as one JavaScript file, `dist/main.js`, run by plain `node` (no
 * TypeScript compiled at start-up), plus the knowledge's parsed cache `dist/knowledge-cache.json`.
 *
 * One bundle rather than a file per module because Node loads one file much faster than hundreds
 * (about 250 ms less at start-up on a 2-core machine). esbuild only strips types: `npm run
 * typecheck` is what checks them. The benchmark's start-up probe is bundled here the same way.
 */
import { readFile, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { writeParsedCache } from "./src/knowledge/parsed-cache.js";
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

/** Bundles `entry` (a TypeScript file of this package) and its imports into `outfile`. */
export async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: EXTERNAL,
    banner: { js: COMMONJS_GLOBALS },
    plugins: [moduleUrls(outfile)],
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

/** `dist/`: the bundle and the parsed cache of the knowledge as it is now. */
export async function buildDist(): Promise<void> {
  await rm(DIST, { recursive: true, force: true });
  await bundle("src/main.ts", join(DIST, "main.js"));
  await writeParsedCache(KNOWLEDGE_DIR, join(DIST, PARSED_CACHE_NAME));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildDist();
}
