/**
 * Fact ids come from where a fact stands, so editors never write them:
 * `russia.tuition.bachelor.public`, `russia.living.moscow-dormitory`, `russia.admission.equal-terms`,
 * `russia.fit.low-cost`, `bolashak.obligations.work-off`, `rates`, `research.motives.quality`.
 * The walk works on unvalidated data too, so reference checks can run on a file that also has
 * schema errors and every problem is reported in one go.
 */
import type { PathSegment } from "./problems.js";
import type { Destination, FactCategory, Funding, Research } from "./schema.js";

/** The fact id of the rates file, which is one fact. */
export const RATES_FACT_ID = "rates";

/** What the facts of `research.yaml` are prefixed with, in place of an entry id. */
export const RESEARCH_FACT_PREFIX = "research";

/**
 * The global id of a fact from its entry and its id relative to the entry (the form highlights use).
 *
 * @example factId("russia", "admission.equal-terms") // "russia.admission.equal-terms"
 */
export function factId(entryId: string, relative: string): string {
  return `${entryId}.${relative}`;
}

/** A fact found in an entry, as written (not yet validated). */
export interface FactSlot {
  /** Relative to the entry: `tuition`, `admission.equal-terms`, `fit.low-cost`. */
  relative: string;
  /** Where the fact stands in its file, for problems and their lines. */
  path: PathSegment[];
  value: Record<string, unknown>;
}

export type EntryKind = "destination" | "funding";

interface FactLayout<T> {
  /** Fields that are one fact each. */
  single: readonly (keyof T)[];
  /** Lists of facts, each with an `id`. */
  lists: readonly (keyof T)[];
  /** Records of facts keyed by an enum (priorities). */
  records: readonly (keyof T)[];
  /** Records keyed by degree level whose values are lists of facts, each with an `id` (tuition). */
  levelLists: readonly (keyof T)[];
}

// Typed against the schema so a renamed field breaks the build here rather than silently
// dropping facts; tests/unit/knowledge/fact-ids.test.ts checks no fact field is left out.
const DESTINATION_FACTS = {
  single: ["languages", "degreeYears", "closeness", "work", "kazakhstaniStudents"],
  lists: ["living", "requiredFunds", "admission", "statistics"],
  records: ["fit", "fieldFit"],
  levelLists: ["tuition"],
} as const satisfies FactLayout<Destination>;

const FUNDING_FACTS = {
  single: ["runBy", "levels", "destinations", "covers", "eligibility", "window"],
  lists: ["obligations", "statistics"],
  records: [],
  levelLists: [],
} as const satisfies FactLayout<Funding>;

/** Which fields of each kind of entry hold facts. */
export const FACT_FIELDS: Record<EntryKind, FactLayout<Record<string, unknown>>> = {
  destination: DESTINATION_FACTS,
  funding: FUNDING_FACTS,
};

/** Which fields of `research.yaml` hold facts. */
export const RESEARCH_FACT_FIELDS: FactLayout<Record<string, unknown>> = {
  single: [],
  lists: ["motives", "statistics"],
  records: [],
  levelLists: [],
} as const satisfies FactLayout<Research>;

/** Destination fields whose facts are money figures. */
const MONEY_FIELDS = new Set(["tuition", "living", "requiredFunds"]);
/** Fields whose facts are counts and shares, told with their own year. */
const STATISTIC_FIELDS = new Set(["statistics", "kazakhstaniStudents"]);
/** Fields whose facts are judgements (what a destination suits, why students leave). */
const JUDGEMENT_FIELDS = new Set(["fit", "fieldFit", "motives"]);

/**
 * What a fact is, from where it stands: a money figure, a count, a judgement, or (everything else)
 * a rule. Money figures and rules must rest on a current first-hand page; a secondary report may
 * back only an approximate figure.
 *
 * @example factCategory("russia.tuition.bachelor.public") // "money"
 */
export function factCategory(id: string): FactCategory {
  if (id === RATES_FACT_ID) return "money";
  const field = id.split(".")[1] ?? "";
  if (MONEY_FIELDS.has(field)) return "money";
  if (STATISTIC_FIELDS.has(field)) return "statistic";
  if (JUDGEMENT_FIELDS.has(field)) return "judgement";
  return "rule";
}

/**
 * Every fact in an entry, in the order of the layout. Anything not shaped like a fact (a missing
 * field, a list item without an id) is skipped; schema validation reports it.
 */
export function factSlots(kind: EntryKind, entry: unknown): FactSlot[] {
  return slotsIn(FACT_FIELDS[kind], entry);
}

/** Every fact in `research.yaml`; their ids are `factId(RESEARCH_FACT_PREFIX, slot.relative)`. */
export function researchSlots(research: unknown): FactSlot[] {
  return slotsIn(RESEARCH_FACT_FIELDS, research);
}

function slotsIn(layout: FactLayout<Record<string, unknown>>, entry: unknown): FactSlot[] {
  if (!isRecord(entry)) return [];
  const slots: FactSlot[] = [];
  for (const field of layout.single) {
    const value = entry[field];
    if (isRecord(value)) slots.push({ relative: field, path: [field], value });
  }
  for (const field of layout.lists) {
    const list = entry[field];
    if (!Array.isArray(list)) continue;
    list.forEach((value: unknown, index) => {
      if (isRecord(value) && typeof value.id === "string") {
        slots.push({ relative: `${field}.${value.id}`, path: [field, index], value });
      }
    });
  }
  for (const field of layout.records) {
    const record = entry[field];
    if (!isRecord(record)) continue;
    for (const [key, value] of Object.entries(record)) {
      if (isRecord(value)) slots.push({ relative: `${field}.${key}`, path: [field, key], value });
    }
  }
  for (const field of layout.levelLists) {
    const record = entry[field];
    if (!isRecord(record)) continue;
    for (const [level, list] of Object.entries(record)) {
      if (!Array.isArray(list)) continue;
      list.forEach((value: unknown, index) => {
        if (isRecord(value) && typeof value.id === "string") {
          const relative = `${field}.${level}.${value.id}`;
          slots.push({ relative, path: [field, level, index], value });
        }
      });
    }
  }
  return slots;
}

/** The rates file is one fact, standing at the top of its file. */
export function ratesSlot(rates: unknown): FactSlot {
  return { relative: "", path: [], value: isRecord(rates) ? rates : {} };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
