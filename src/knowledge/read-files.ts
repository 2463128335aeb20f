/**
 * Reading the knowledge folder from disk: which files exist, and their YAML parsed. A missing or
 * unreadable file is a problem to report, never an exception.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { EntryKind } from "./fact-ids.js";
import type { ParsedCache } from "./parsed-cache.js";
import type { Problem } from "./problems.js";
import { type ParsedYaml, parseYamlFile, type YamlFile, yamlFileFromData } from "./yaml-file.js";

/** A destination or funding file; `yaml` is absent when the file could not be parsed. */
export interface EntryFile {
  kind: EntryKind;
  /** Relative to the knowledge folder: `destinations/russia.yaml`. */
  file: string;
  /** The file name without its extension, standing in for the id of an unreadable file. */
  stem: string;
  yaml: YamlFile | undefined;
}

/** Every knowledge file that was read; `undefined` where a file is missing or unparseable. */
export interface KnowledgeFiles {
  /**
   * `sources.yaml` first, then `sources/*.yaml` in name order (several editors can add sources
   * without touching one file); the files that could not be read or parsed are left out.
   */
  sources: YamlFile[];
  /** Whether `sources.yaml` itself was read: without it no source reference can be judged. */
  sourcesRead: boolean;
  destinations: EntryFile[];
  funding: EntryFile[];
  rates: YamlFile | undefined;
  research: YamlFile | undefined;
}

const FOLDERS: Record<EntryKind, string> = { destination: "destinations", funding: "funding" };

/** The optional folder of further source lists, beside `sources.yaml`. */
export const SOURCES_FOLDER = "sources";

/**
 * Reads `sources.yaml` (and `sources/*.yaml`), `destinations/*.yaml`, `funding/*.yaml` and the
 * optional `rates.yaml` and `research.yaml`. A file whose text is in `cache` is not parsed (see
 * `parsed-cache.ts`).
 */
export async function readKnowledgeFiles(
  dir: string,
  cache?: ParsedCache,
): Promise<{ files: KnowledgeFiles; problems: Problem[] }> {
  const problems: Problem[] = [];
  const read = async (file: string, required: boolean) => {
    const { yaml, problems: found } = await readYaml(dir, file, required, cache);
    problems.push(...found);
    return yaml;
  };
  const readEntries = async (kind: EntryKind) => {
    const { files, problems: found } = await listEntryFiles(dir, kind);
    problems.push(...found);
    return Promise.all(
      files.map(async (file): Promise<EntryFile> => {
        const stem = file.slice(file.lastIndexOf("/") + 1).replace(/\.ya?ml$/, "");
        return { kind, file, stem, yaml: await read(file, true) };
      }),
    );
  };
  const readMoreSources = async () => {
    const names = await yamlNamesIn(join(dir, SOURCES_FOLDER));
    return Promise.all(names.map((name) => read(`${SOURCES_FOLDER}/${name}`, true)));
  };
  const [sources, moreSources, destinations, funding, rates, research] = await Promise.all([
    read("sources.yaml", true),
    readMoreSources(),
    readEntries("destination"),
    readEntries("funding"),
    read("rates.yaml", false),
    read("research.yaml", false),
  ]);
  const allSources = [sources, ...moreSources].filter((f): f is YamlFile => f !== undefined);
  return {
    files: {
      sources: allSources,
      sourcesRead: sources !== undefined,
      destinations,
      funding,
      rates,
      research,
    },
    problems,
  };
}

/** The YAML file names in an optional folder, sorted; none when the folder does not exist. */
async function yamlNamesIn(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
      .map((entry) => entry.name)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort();
  } catch {
    return [];
  }
}

async function readYaml(
  dir: string,
  file: string,
  required: boolean,
  cache: ParsedCache | undefined,
): Promise<{ yaml: YamlFile | undefined; problems: Problem[] }> {
  let text: string;
  try {
    text = await readFile(join(dir, file), "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT" && !required) return { yaml: undefined, problems: [] };
    const message = errorCode(error) === "ENOENT" ? "the file is missing" : `cannot read: ${error}`;
    return { yaml: undefined, problems: [{ file, path: "", message }] };
  }
  const cached = cache?.lookup(text);
  const parsed: ParsedYaml =
    cached === undefined
      ? parseYamlFile(file, text)
      : { ok: true, yaml: yamlFileFromData(file, text, cached.data) };
  return parsed.ok
    ? { yaml: parsed.yaml, problems: [] }
    : { yaml: undefined, problems: parsed.problems };
}

/**
 * The YAML files of one entry folder, sorted. `.yml` files are included so that the file-name
 * check can tell the editor to rename them, rather than having them silently ignored.
 */
async function listEntryFiles(
  dir: string,
  kind: EntryKind,
): Promise<{ files: string[]; problems: Problem[] }> {
  const folder = FOLDERS[kind];
  const here = { file: `${folder}/`, path: "" };
  let names: string[];
  try {
    const entries = await readdir(join(dir, folder), { withFileTypes: true });
    names = entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
      .map((entry) => entry.name)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort();
  } catch (error) {
    const reason =
      errorCode(error) === "ENOENT" ? "the folder is missing" : `cannot read: ${error}`;
    return { files: [], problems: [{ ...here, message: `${reason} — add ${folder}/<id>.yaml` }] };
  }
  if (names.length === 0) {
    return {
      files: [],
      problems: [{ ...here, message: `no ${kind} files — add at least one ${folder}/<id>.yaml` }],
    };
  }
  return { files: names.map((name) => `${folder}/${name}`), problems: [] };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
