/**
 * Where facts come from, judged: a source on a staging, mirror or archive host is an error; a
 * secondary report backs only a figure marked `approximate` (never a rule); a money figure or
 * rule on a page more than {@link PAGE_STALE_AFTER_MONTHS} months old is a warning. During the
 * transition to dated facts and quoted sources ({@link PROVENANCE_REQUIRED}), a fact without
 * `asOf` and a source without `quotes` are warnings; afterwards they are errors.
 *
 * Reads the data as written, so it runs on files with schema errors too.
 */

import type { FactSlot } from "./fact-ids.js";
import { factCategory, factId, isRecord } from "./fact-ids.js";
import { asOfEnd, monthsBefore, PAGE_STALE_AFTER_MONTHS } from "./freshness.js";
import type { Problem } from "./problems.js";
import { AsOf, IsoDate, PROVENANCE_REQUIRED, SOURCE_KINDS, type SourceKind } from "./schema.js";
import type { YamlFile } from "./yaml-file.js";

export interface Provenance {
  errors: Problem[];
  warnings: Problem[];
}

/** Facts of one file with the id of the entry they belong to (`research` for research.yaml). */
export interface DatedFile {
  yaml: YamlFile;
  entryId: string;
  slots: readonly FactSlot[];
  /** The rates file: its `date` is the page's date, so it needs no `asOf`. */
  rates?: boolean;
}

/**
 * Hosts that are never a source: staging and test sites, mirrors and web archives. A student must
 * be sent to the page the programme or government keeps, not a copy of it.
 */
const FORBIDDEN_HOSTS: readonly { test: RegExp; what: string }[] = [
  {
    test: /(^|\.)(staging|stage|test|testing|preprod|sandbox)[.-]/,
    what: "a staging or test site",
  },
  { test: /(^|[.-])mirror/, what: "a mirror" },
  {
    test: /(^|\.)(archive\.org|archive\.ph|archive\.is|archive\.today|archive\.li)$/,
    what: "a web archive",
  },
  { test: /(^|\.)webcache\.googleusercontent\.com$/, what: "a search engine's cache" },
];

/** Why a URL may not be a source, or undefined when it may. */
export function forbiddenHost(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined; // The schema reports a malformed URL.
  }
  return FORBIDDEN_HOSTS.find((rule) => rule.test.test(host))?.what;
}

/**
 * Checks every source file and every fact. `warnings: false` skips the warnings (start-up: each
 * one's line would mean parsing a file that came from the cache).
 */
export function checkProvenance(
  sourceFiles: readonly YamlFile[],
  dated: readonly DatedFile[],
  now: Date,
  options: { warnings: boolean } = { warnings: true },
): Provenance {
  const result: Provenance = { errors: [], warnings: [] };
  const strictOr = (problem: Problem) =>
    PROVENANCE_REQUIRED ? result.errors.push(problem) : result.warnings.push(problem);
  const report = options.warnings || PROVENANCE_REQUIRED;

  const kinds = new Map<string, SourceKind>();
  for (const yaml of sourceFiles) {
    const items = isRecord(yaml.data) && Array.isArray(yaml.data.sources) ? yaml.data.sources : [];
    items.forEach((item: unknown, index) => {
      if (!isRecord(item)) return;
      if (typeof item.id === "string" && SOURCE_KINDS.includes(item.kind as SourceKind)) {
        kinds.set(item.id, item.kind as SourceKind);
      }
      const why = typeof item.url === "string" ? forbiddenHost(item.url) : undefined;
      if (why !== undefined) {
        result.errors.push(
          yaml.problemAt(
            ["sources", index, "url"],
            `${why} is not a source — cite the page its owner keeps`,
          ),
        );
      }
      if (report && item.quotes === undefined) {
        strictOr(
          yaml.problemAt(
            ["sources", index, "quotes"],
            "missing — quote the line(s) of the page that the facts rest on",
          ),
        );
      }
    });
  }

  const staleBefore = monthsBefore(now.toISOString().slice(0, 10), PAGE_STALE_AFTER_MONTHS);
  for (const file of dated) {
    for (const slot of file.slots) {
      const id = file.rates ? factId(file.entryId, "") : factId(file.entryId, slot.relative);
      const category = factCategory(file.rates ? "rates" : id);
      const kind = typeof slot.value.source === "string" ? kinds.get(slot.value.source) : undefined;
      if (kind === "secondary") {
        const figure = category === "money" || category === "statistic";
        if (!figure) {
          result.errors.push(
            file.yaml.problemAt(
              [...slot.path, "source"],
              "a secondary report cannot back a rule — cite the programme owner's or a government's page",
            ),
          );
        } else if (slot.value.approximate !== true) {
          result.errors.push(
            file.yaml.problemAt(
              [...slot.path, "approximate"],
              "missing — a figure from a secondary report is approximate: write approximate: true, or cite a first-hand page",
            ),
          );
        }
      }
      if (file.rates) continue;
      const asOf = slot.value.asOf;
      if (asOf === undefined) {
        if (report) {
          strictOr(
            file.yaml.problemAt(
              [...slot.path, "asOf"],
              'missing — write the date the page gives: YYYY-MM-DD, a year, "2025/26", or undated',
            ),
          );
        }
        continue;
      }
      if (!AsOf.safeParse(asOf).success) continue; // The schema reports it.
      const end = asOfEnd(asOf as AsOf);
      if (IsoDate.safeParse(asOf).success && (asOf as string) > latestPossible(now)) {
        result.errors.push(
          file.yaml.problemAt([...slot.path, "asOf"], `${String(asOf)} is in the future`),
        );
      } else if (!options.warnings) {
      } else if (end === undefined) {
        result.warnings.push(
          file.yaml.problemAt(
            [...slot.path, "asOf"],
            "the page states no date: its age is judged by verified — look for a dated page",
          ),
        );
      } else if ((category === "money" || category === "rule") && end < staleBefore) {
        result.warnings.push(
          file.yaml.problemAt(
            [...slot.path, "asOf"],
            `the page is from ${String(asOf)}, more than ${PAGE_STALE_AFTER_MONTHS} months ago — find the current page; until then the bot sends students to the official page`,
          ),
        );
      }
    }
  }
  return result;
}

/** A page's own date can be tomorrow somewhere on Earth, never later. */
function latestPossible(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
