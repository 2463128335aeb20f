/**
 * Where the bot finds its knowledge, from this module's own place: `src/knowledge/` when run from
 * the sources (tsx, tests), `dist/knowledge/` as far as the built bundle is concerned
 * (`build.ts` gives every module the URL it would have in a file-per-module `dist/`).
 */
import { fileURLToPath } from "node:url";

/** The file name of the parsed cache, which `npm run build` writes into `dist/`. */
export const PARSED_CACHE_NAME = "knowledge-cache.json";

/** The knowledge folder at the root of the package. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge", import.meta.url));

/** The parsed cache beside the built code; running from `src/` there is none, which is fine. */
export const PARSED_CACHE_FILE = fileURLToPath(new URL(`../${PARSED_CACHE_NAME}`, import.meta.url));
