/**
 * Loads the knowledge folder into a `Knowledge`, or explains everything that is wrong with it.
 *
 * Layout: `sources.yaml` (and optional `sources/*.yaml`), `destinations/<id>.yaml`,
 * `funding/<id>.yaml`, optional `rates.yaml` and `research.yaml`.
 * Bad data never throws: every problem in every file is collected and returned, with file, field
 * and line, so one run of `npm run kb:check` shows an editor all there is to fix.
 */
import { stat } from "node:fs/promises";
import {
  factId,
  factSlots,
  isRecord,
  RATES_FACT_ID,
  RESEARCH_FACT_PREFIX,
  ratesSlot,
  researchSlots,
} from "./fact-ids.js";
import { checkVerifiedDates, checkWindow } from "./freshness.js";
import { readParsedCache } from "./parsed-cache.js";
import { KnowledgeError, type Problem, sortProblems } from "./problems.js";
import { checkProvenance, type DatedFile } from "./provenance.js";
import { readKnowledgeFiles } from "./read-files.js";
import { checkReferences } from "./references.js";
import {
  AsOf,
  Destination,
  type FactRecord,
  Funding,
  type Knowledge,
  type Rates,
  RatesFile,
  type Research,
  ResearchFile,
  SourcesFile,
} from "./schema.js";
import { type Validated, validate } from "./schema-problems.js";

export type { Problem } from "./problems.js";
export { formatProblem, KnowledgeError } from "./problems.js";

export type LoadResult =
  | { ok: true; knowledge: Knowledge; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export interface LoadOptions {
  /** The moment `verified` dates are judged against (future, stale); tests pin it. Default: now. */
  now?: Date;
  /**
   * The parsed cache `npm run build` writes (`PARSED_CACHE_FILE`): files found in it are not
   * parsed again. A missing cache file is not a problem. Default: none, every file is parsed.
   */
  parsedCache?: string;
  /**
   * Whether to look for warnings (facts due for another check). Default: true. Start-up does not
   * report them, and each one's line would mean parsing its file, cache or not.
   */
  warnings?: boolean;
}

/**
 * Reads and checks the knowledge folder: either the knowledge, with warnings about facts due for
 * another check, or every problem found, sorted by file and line.
 *
 * @example
 * const result = await loadKnowledge("knowledge");
 * if (!result.ok) for (const p of result.problems) console.log(formatProblem(p));
 */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  if (!(await isFolder(dir))) {
    const message = `the knowledge folder '${dir}' does not exist`;
    return { ok: false, problems: [{ file: "", path: "", message }] };
  }
  const cache =
    options.parsedCache === undefined ? undefined : await readParsedCache(options.parsedCache);
  const { files, problems } = await readKnowledgeFiles(dir, cache);
  const warnings: Problem[] = [];

  const keep = <T>(result: Validated<T>): T[] => {
    if (result.ok) return [result.value];
    problems.push(...result.problems);
    return [];
  };
  const sources = files.sources.flatMap((yaml) => keep(validate(SourcesFile, yaml)));
  const destinations = files.destinations.flatMap(({ yaml }) =>
    yaml === undefined ? [] : keep(validate(Destination, yaml)),
  );
  const funding = files.funding.flatMap(({ yaml }) =>
    yaml === undefined ? [] : keep(validate(Funding, yaml)),
  );
  const rates = files.rates === undefined ? [] : keep(validate(RatesFile, files.rates));
  const research = files.research === undefined ? [] : keep(validate(ResearchFile, files.research));

  problems.push(...checkReferences(files));

  const now = options.now ?? new Date();
  const report = options.warnings ?? true;
  const dated: DatedFile[] = [...files.destinations, ...files.funding].flatMap(({ kind, yaml }) => {
    if (yaml === undefined) return [];
    const entryId = isRecord(yaml.data) && typeof yaml.data.id === "string" ? yaml.data.id : "";
    return [{ yaml, entryId, slots: factSlots(kind, yaml.data) }];
  });
  if (files.rates !== undefined) {
    const slots = [ratesSlot(files.rates.data)];
    dated.push({ yaml: files.rates, entryId: RATES_FACT_ID, slots, rates: true });
  }
  if (files.research !== undefined) {
    const slots = researchSlots(files.research.data);
    dated.push({ yaml: files.research, entryId: RESEARCH_FACT_PREFIX, slots });
  }
  for (const { yaml } of files.funding) {
    if (yaml === undefined) continue;
    const window = checkWindow(yaml, yaml.data, now);
    problems.push(...window.errors);
    if (report) warnings.push(...window.warnings);
  }
  for (const { yaml, slots } of dated) {
    const freshness = checkVerifiedDates(yaml, slots, now, { warnings: report });
    problems.push(...freshness.errors);
    warnings.push(...freshness.warnings);
  }
  const provenance = checkProvenance(files.sources, dated, now, { warnings: report });
  problems.push(...provenance.errors);
  warnings.push(...provenance.warnings);

  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  const knowledge: Knowledge = {
    destinations,
    funding,
    sources: new Map(sources.flatMap((file) => file.sources).map((source) => [source.id, source])),
    rates: rates[0],
    ...(research[0] === undefined ? {} : { research: research[0] }),
    facts: collectFacts(destinations, funding, rates[0], research[0]),
  };
  return { ok: true, knowledge, warnings: sortProblems(warnings) };
}

/**
 * For start-up: the knowledge, or a `KnowledgeError` whose message lists every problem. Warnings
 * are not looked for here; `loadKnowledge` returns them.
 */
export async function loadKnowledgeOrThrow(
  dir: string,
  options: Omit<LoadOptions, "warnings"> = {},
): Promise<Knowledge> {
  const result = await loadKnowledge(dir, { ...options, warnings: false });
  if (!result.ok) throw new KnowledgeError(dir, result.problems);
  return result.knowledge;
}

function collectFacts(
  destinations: readonly Destination[],
  funding: readonly Funding[],
  rates: Rates | undefined,
  research: Research | undefined,
): Map<string, FactRecord> {
  const facts = new Map<string, FactRecord>();
  const add = (id: string, value: Record<string, unknown>, asOf = value.asOf) => {
    // Validated data: every fact has a string source and verified date.
    const record: FactRecord = {
      id,
      source: String(value.source),
      verified: String(value.verified),
    };
    const parsed = AsOf.safeParse(asOf);
    if (parsed.success) record.asOf = parsed.data;
    if (value.approximate === true) record.approximate = true;
    if (typeof value.gapNote === "string") record.gapNote = value.gapNote;
    facts.set(id, record);
  };
  for (const destination of destinations) {
    for (const slot of factSlots("destination", destination)) {
      add(factId(destination.id, slot.relative), slot.value);
    }
  }
  for (const route of funding) {
    for (const slot of factSlots("funding", route))
      add(factId(route.id, slot.relative), slot.value);
  }
  // The rates' page date is the date of the rates themselves.
  if (rates !== undefined) add(RATES_FACT_ID, rates, rates.asOf ?? rates.date);
  for (const slot of researchSlots(research)) {
    add(factId(RESEARCH_FACT_PREFIX, slot.relative), slot.value);
  }
  return facts;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
