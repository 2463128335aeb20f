/**
 * The checks a schema cannot make: file names against ids, ids (and a funding route's language
 * requirements) that must be unique, and everything that points somewhere else (sources, highlight
 * facts, funding destinations). They read the data as written, so they run even on files with
 * schema errors and every problem is reported at once.
 */
import {
  type EntryKind,
  type FactSlot,
  factSlots,
  isRecord,
  RESEARCH_FACT_FIELDS,
  RESEARCH_FACT_PREFIX,
  ratesSlot,
  researchSlots,
} from "./fact-ids.js";
import { highlightLevelsMatchRoutes } from "./level-checks.js";
import { formatPath, type PathSegment, type Problem } from "./problems.js";
import type { EntryFile, KnowledgeFiles } from "./read-files.js";
import { Id } from "./schema.js";
import type { YamlFile } from "./yaml-file.js";

/** Lists inside an entry whose items must have distinct ids. */
const ID_LISTS: Record<EntryKind, readonly string[]> = {
  destination: ["living", "requiredFunds", "admission", "statistics", "highlights"],
  funding: ["obligations", "highlights"],
};

/** Runs every cross-field and cross-file check and returns the problems found. */
export function checkReferences(files: KnowledgeFiles): Problem[] {
  const problems: Problem[] = [];
  const entries = [...files.destinations, ...files.funding];
  const knownSources = files.sourcesRead ? sourceIds(files.sources) : undefined;
  const knownDestinations = new Set(files.destinations.map(entryId));

  problems.push(...duplicateEntryIds(files.destinations), ...duplicateEntryIds(files.funding));
  problems.push(...idsSharedAcrossKinds(files.destinations, files.funding));
  problems.push(...duplicateSourceIds(files.sources));

  for (const entry of entries) {
    const yaml = entry.yaml;
    if (yaml === undefined) continue;
    const slots = factSlots(entry.kind, yaml.data);
    problems.push(...fileNameMatchesId(yaml));
    problems.push(...duplicateIdsWithin(yaml, ID_LISTS[entry.kind]));
    if (entry.kind === "destination") problems.push(...duplicateTuitionIds(yaml));
    problems.push(...highlightsPointAtFacts(yaml, slots));
    if (entry.kind === "destination") problems.push(...highlightLevelsMatchRoutes(yaml));
    if (knownSources !== undefined) problems.push(...sourcesExist(yaml, slots, knownSources));
    if (entry.kind === "funding") {
      problems.push(...destinationsExist(yaml, knownDestinations));
      problems.push(...duplicateLanguages(yaml));
    }
  }
  if (files.rates !== undefined && knownSources !== undefined) {
    problems.push(...sourcesExist(files.rates, [ratesSlot(files.rates.data)], knownSources));
  }
  if (files.research !== undefined) {
    const research = files.research;
    problems.push(...duplicateIdsWithin(research, RESEARCH_FACT_FIELDS.lists));
    if (knownSources !== undefined) {
      problems.push(...sourcesExist(research, researchSlots(research.data), knownSources));
    }
    problems.push(...entriesNamedLikeResearch(entries));
  }
  return problems;
}

/** The id written in an entry, or its file name when none is written or the file is unreadable. */
function entryId(entry: EntryFile): string {
  const data = entry.yaml?.data;
  return isRecord(data) && typeof data.id === "string" ? data.id : entry.stem;
}

function writtenId(yaml: YamlFile): string | undefined {
  return isRecord(yaml.data) && typeof yaml.data.id === "string" ? yaml.data.id : undefined;
}

function fileNameMatchesId(yaml: YamlFile): Problem[] {
  const id = writtenId(yaml);
  const name = yaml.file.slice(yaml.file.lastIndexOf("/") + 1);
  if (id === undefined || name === `${id}.yaml`) return [];
  return [
    yaml.problemAt(
      ["id"],
      `the id is '${id}' but the file is named '${name}' — name it '${id}.yaml'`,
    ),
  ];
}

function duplicateEntryIds(entries: readonly EntryFile[]): Problem[] {
  const firstFile = new Map<string, string>();
  const problems: Problem[] = [];
  // The file named after the id keeps it; the duplicate is blamed on the copy.
  const namedAfterId = (entry: EntryFile) =>
    entry.yaml !== undefined && entry.stem === writtenId(entry.yaml);
  const ownersFirst = [...entries].sort(
    (a, b) => Number(namedAfterId(b)) - Number(namedAfterId(a)),
  );
  for (const { yaml } of ownersFirst) {
    const id = yaml === undefined ? undefined : writtenId(yaml);
    if (yaml === undefined || id === undefined) continue;
    const first = firstFile.get(id);
    if (first === undefined) firstFile.set(id, yaml.file);
    else problems.push(yaml.problemAt(["id"], `duplicate id '${id}' — ${first} has it too`));
  }
  return problems;
}

// Fact ids start with the entry id, so a destination and a funding route with one id would
// have facts that could not be told apart.
function idsSharedAcrossKinds(
  destinations: readonly EntryFile[],
  funding: readonly EntryFile[],
): Problem[] {
  const destinationFiles = new Map<string, string>();
  for (const { yaml } of destinations) {
    const id = yaml === undefined ? undefined : writtenId(yaml);
    if (yaml !== undefined && id !== undefined) destinationFiles.set(id, yaml.file);
  }
  const problems: Problem[] = [];
  for (const { yaml } of funding) {
    const id = yaml === undefined ? undefined : writtenId(yaml);
    const clash = id === undefined ? undefined : destinationFiles.get(id);
    if (yaml === undefined || clash === undefined) continue;
    problems.push(
      yaml.problemAt(
        ["id"],
        `duplicate id '${id}' — ${clash} has it too; funding needs its own id`,
      ),
    );
  }
  return problems;
}

// The facts of research.yaml are `research.<field>.<id>`; an entry with the id `research` would
// have facts that could not be told apart from them.
function entriesNamedLikeResearch(entries: readonly EntryFile[]): Problem[] {
  return entries.flatMap(({ yaml }) =>
    yaml !== undefined && writtenId(yaml) === RESEARCH_FACT_PREFIX
      ? [
          yaml.problemAt(
            ["id"],
            `the id '${RESEARCH_FACT_PREFIX}' is taken by research.yaml's facts — choose another id`,
          ),
        ]
      : [],
  );
}

function duplicateIdsWithin(yaml: YamlFile, lists: readonly string[]): Problem[] {
  if (!isRecord(yaml.data)) return [];
  const data = yaml.data;
  return lists.flatMap((field) =>
    repeatedKeys(yaml, [field], data[field], "id", (id, other) => {
      return `duplicate id '${id}' — ${other} has it too`;
    }),
  );
}

// The matcher's language reasons name a requirement by its language, so a route asks for each
// language once: one requirement says all it asks ("IELTS or TOEFL").
function duplicateLanguages(yaml: YamlFile): Problem[] {
  const eligibility = isRecord(yaml.data) ? yaml.data.eligibility : undefined;
  const requirements = isRecord(eligibility) ? eligibility.languages : undefined;
  return repeatedKeys(
    yaml,
    ["eligibility", "languages"],
    requirements,
    "language",
    (language, other) =>
      `duplicate language '${language}' — ${other} has it too; write one requirement per language`,
  );
}

/** A problem for each item of the list at `path` whose `key` an earlier item has already. */
function repeatedKeys(
  yaml: YamlFile,
  path: PathSegment[],
  items: unknown,
  key: string,
  message: (value: string, other: string) => string,
): Problem[] {
  if (!Array.isArray(items)) return [];
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item: unknown, index) => {
    const value = isRecord(item) ? item[key] : undefined;
    if (typeof value !== "string") return;
    const first = firstIndex.get(value);
    if (first === undefined) {
      firstIndex.set(value, index);
      return;
    }
    const other = formatPath([...path, first]);
    problems.push(yaml.problemAt([...path, index, key], message(value, other)));
  });
  return problems;
}

function sourcesExist(
  yaml: YamlFile,
  slots: readonly FactSlot[],
  known: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const slot of slots) {
    const source = slot.value.source;
    // A malformed or missing source is the schema's to report.
    if (!Id.safeParse(source).success || known.has(source as string)) continue;
    problems.push(
      yaml.problemAt(
        [...slot.path, "source"],
        `unknown source '${source}' — add it to sources.yaml or use one of the ids there`,
      ),
    );
  }
  return problems;
}

function highlightsPointAtFacts(yaml: YamlFile, slots: readonly FactSlot[]): Problem[] {
  const highlights = isRecord(yaml.data) ? yaml.data.highlights : undefined;
  if (!Array.isArray(highlights)) return [];
  const known = new Set(slots.map((slot) => slot.relative));
  const problems: Problem[] = [];
  highlights.forEach((highlight: unknown, index) => {
    const facts = isRecord(highlight) ? highlight.facts : undefined;
    if (!Array.isArray(facts)) return;
    facts.forEach((ref: unknown, position) => {
      if (typeof ref !== "string" || known.has(ref)) return;
      const path: PathSegment[] = ["highlights", index, "facts", position];
      problems.push(
        yaml.problemAt(
          path,
          `no fact '${ref}' in this file; its facts are: ${[...known].join(", ")}`,
        ),
      );
    });
  });
  return problems;
}

function destinationsExist(yaml: YamlFile, known: ReadonlySet<string>): Problem[] {
  const destinations = isRecord(yaml.data) ? yaml.data.destinations : undefined;
  const values = isRecord(destinations) ? destinations.values : undefined;
  if (!Array.isArray(values)) return [];
  const problems: Problem[] = [];
  values.forEach((value: unknown, index) => {
    if (typeof value !== "string" || known.has(value)) return;
    problems.push(
      yaml.problemAt(
        ["destinations", "values", index],
        `unknown destination '${value}'; the destinations are: ${[...known].sort().join(", ")}`,
      ),
    );
  });
  return problems;
}

/** Each level's tuition ranges have distinct ids (they are the last part of the fact id). */
function duplicateTuitionIds(yaml: YamlFile): Problem[] {
  const tuition = isRecord(yaml.data) ? yaml.data.tuition : undefined;
  if (!isRecord(tuition)) return [];
  return Object.entries(tuition).flatMap(([level, list]) =>
    repeatedKeys(yaml, ["tuition", level], list, "id", (id, other) => {
      return `duplicate id '${id}' — ${other} has it too`;
    }),
  );
}

/** The source items of one sources file, as written. */
function sourceItems(yaml: YamlFile): unknown[] {
  const items = isRecord(yaml.data) ? yaml.data.sources : undefined;
  return Array.isArray(items) ? items : [];
}

/** Every source id written in any sources file. */
function sourceIds(files: readonly YamlFile[]): Set<string> {
  const ids = new Set<string>();
  for (const yaml of files) {
    for (const item of sourceItems(yaml)) {
      if (isRecord(item) && typeof item.id === "string") ids.add(item.id);
    }
  }
  return ids;
}

/** A source id is unique across `sources.yaml` and `sources/*.yaml`; the later one is blamed. */
function duplicateSourceIds(files: readonly YamlFile[]): Problem[] {
  const first = new Map<string, { file: string; path: string }>();
  const problems: Problem[] = [];
  for (const yaml of files) {
    sourceItems(yaml).forEach((item, index) => {
      const id = isRecord(item) ? item.id : undefined;
      if (typeof id !== "string") return;
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, { file: yaml.file, path: formatPath(["sources", index]) });
        return;
      }
      const where = earlier.file === yaml.file ? earlier.path : `${earlier.file} ${earlier.path}`;
      problems.push(
        yaml.problemAt(["sources", index, "id"], `duplicate id '${id}' — ${where} has it too`),
      );
    });
  }
  return problems;
}
