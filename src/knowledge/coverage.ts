/**
 * How complete and current the knowledge base is, as `npm run kb:check -- --coverage` prints it:
 * what is missing (tuition per level, living costs, application dates), what rests on old pages
 * and what rests only on a secondary report. Every list empty is the goal; an item left must say
 * why in its file. Pure: reads a loaded `Knowledge`.
 */
import { factCategory, RATES_FACT_ID } from "./fact-ids.js";
import { isPageStale } from "./freshness.js";
import { DEGREE_LEVELS, type DegreeLevel, type Destination, type Knowledge } from "./schema.js";

export interface Coverage {
  destinations: number;
  funding: number;
  facts: number;
  /** `<destination>.<level>` pairs the destination offers, with no tuition and no `missing:`. */
  tuition_missing: string[];
  /** Destinations with neither living figures nor `livingMissing`. */
  living_missing: string[];
  /** Funding routes with no window, or a window whose dates were never found (`not-announced`). */
  windows_undated: string[];
  /** Money figures and rules on a page over 24 months old, and facts whose page date is not written. */
  stale: string[];
  /** Figures that rest only on a secondary report, and facts whose source quotes no line yet. */
  secondary_only: string[];
  /** The date of the stored exchange rates (`rates.yaml`), or null without them. */
  rates_date: string | null;
}

/** The degree levels a destination offers: a sourced length, or an admission route that takes it. */
export function levelsOffered(destination: Destination): DegreeLevel[] {
  return DEGREE_LEVELS.filter(
    (level) =>
      destination.degreeYears[level] !== undefined ||
      destination.admission.some((route) => route.levels.includes(level)),
  );
}

/** The coverage of a knowledge base on `today` (YYYY-MM-DD), each list sorted. */
export function coverage(knowledge: Knowledge, today: string): Coverage {
  const tuitionMissing = knowledge.destinations.flatMap((d) =>
    levelsOffered(d)
      .filter((level) => d.tuition[level] === undefined)
      .map((level) => `${d.id}.${level}`),
  );
  const livingMissing = knowledge.destinations
    .filter((d) => d.living === undefined && d.livingMissing === undefined)
    .map((d) => d.id);
  const windowsUndated = knowledge.funding
    .filter((f) => f.window === undefined || f.window.status === "not-announced")
    .map((f) => f.id);

  const stale: string[] = [];
  const secondaryOnly: string[] = [];
  for (const fact of knowledge.facts.values()) {
    // The rates have their own line: rates_date.
    if (fact.id === RATES_FACT_ID) continue;
    const category = factCategory(fact.id);
    if (
      fact.asOf === undefined ||
      ((category === "money" || category === "rule") && isPageStale(fact, today))
    ) {
      stale.push(fact.id);
    }
    const source = knowledge.sources.get(fact.source);
    if (source?.kind === "secondary" || (source !== undefined && source.quotes === undefined)) {
      secondaryOnly.push(fact.id);
    }
  }

  return {
    destinations: knowledge.destinations.length,
    funding: knowledge.funding.length,
    facts: knowledge.facts.size,
    tuition_missing: tuitionMissing.sort(),
    living_missing: livingMissing.sort(),
    windows_undated: windowsUndated.sort(),
    stale: stale.sort(),
    secondary_only: secondaryOnly.sort(),
    rates_date: knowledge.rates?.date ?? null,
  };
}

/**
 * The items of the coverage lists that do not say why they are there: a fact on `stale` or
 * `secondary_only`, or a route on `windows_undated`, with no `gapNote`. (A tuition or living gap
 * says why in its own `missing:` / `livingMissing:` text, or it is not explained at all.) Each is
 * `list: id`, sorted.
 */
export function unexplainedGaps(knowledge: Knowledge, report: Coverage): string[] {
  const explained = (factId: string) => knowledge.facts.get(factId)?.gapNote !== undefined;
  return [
    ...report.stale.filter((id) => !explained(id)).map((id) => `stale: ${id}`),
    ...report.secondary_only.filter((id) => !explained(id)).map((id) => `secondary_only: ${id}`),
    ...report.windows_undated
      .filter((id) => !explained(`${id}.window`))
      .map((id) => `windows_undated: ${id}`),
  ];
}
