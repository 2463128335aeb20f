/**
 * What a question asks about (cost, deadline, who may apply…) and which facts answer it. A fact's
 * facet follows from where it stands in the knowledge, i.e. from its id: `china.tuition…` and
 * `uk.requiredFunds…` are cost, `china.living…` living, `bolashak.window` the deadline,
 * `bolashak.eligibility` who may apply. Keyed on the id's field only, so a fact keeps its facet
 * when the schema under that field changes (`china.living` or `china.living.beijing-housing`).
 */
import type { EntityRef } from "./documents.js";

export const FACETS = [
  "cost",
  "living",
  "deadline",
  "eligibility",
  "coverage",
  "obligations",
  "work",
  "admission",
  "duration",
  "language",
  "visa",
  "community",
  "reputation",
  "fields",
  "places",
  "motives",
] as const;
export type Facet = (typeof FACETS)[number];

export function isFacet(value: string): value is Facet {
  return (FACETS as readonly string[]).includes(value);
}

export interface FacetTag {
  facet: Facet;
  /** Facets the fact answers as well: money a visa asks you to show is what you live on. */
  also?: readonly Facet[];
  /**
   * "judgement" for what a destination is good for (`fit.*`): it speaks to the facet ("study is
   * relatively cheap") but a figure or a rule answers better, so it comes after them.
   */
  strength: "fact" | "judgement";
}

const FIELD_FACETS: Record<string, Facet> = {
  tuition: "cost",
  requiredFunds: "cost",
  living: "living",
  window: "deadline",
  eligibility: "eligibility",
  levels: "eligibility",
  covers: "coverage",
  obligations: "obligations",
  work: "work",
  admission: "admission",
  runBy: "admission",
  degreeYears: "duration",
  languages: "language",
  closeness: "visa",
  kazakhstaniStudents: "community",
  statistics: "community",
  destinations: "places",
  motives: "motives",
  fieldFit: "fields",
};

/** Facts that answer a second facet too, by field. */
const ALSO: Record<string, readonly Facet[]> = {
  requiredFunds: ["living"],
};

/**
 * What each priority a destination serves (`fit.<priority>`) speaks to. "career-links" (jobs
 * with Chinese or joint companies) is left out: it says nothing about the right to work, and
 * shown for "can I work while studying" it would answer a question it does not.
 */
const FIT_FACETS: Record<string, Facet> = {
  "low-cost": "cost",
  "close-to-home": "visa",
  prestige: "reputation",
  "work-abroad": "work",
};

/**
 * The facet of a fact, from its id; undefined for facts no question type asks for.
 *
 * @example facetOfFact("china.living.beijing-housing") // { facet: "living", strength: "fact" }
 */
export function facetOfFact(factId: string): FacetTag | undefined {
  const [, field = "", key = ""] = factId.split(".");
  if (field === "fit") {
    const facet = FIT_FACETS[key];
    return facet === undefined ? undefined : { facet, strength: "judgement" };
  }
  const facet = FIELD_FACETS[field];
  if (facet === undefined) return undefined;
  const also = ALSO[field];
  return also === undefined ? { facet, strength: "fact" } : { facet, strength: "fact", also };
}

/**
 * Where to look for a facet in an entry of each kind, best first. A funding route has no work
 * rights of its own, but "do I have to work in Kazakhstan after Bolashak" is its obligations; its
 * cost is what it covers; a destination's "deadline" is its admission routes.
 */
const LOOK_IN: Record<EntityRef["kind"], Partial<Record<Facet, readonly Facet[]>>> = {
  destination: {
    eligibility: ["admission"],
    deadline: ["deadline"],
    motives: ["reputation", "work", "cost", "visa"],
  },
  funding: {
    cost: ["coverage"],
    living: ["coverage"],
    work: ["obligations"],
    duration: ["coverage", "obligations", "eligibility"],
    admission: ["deadline", "eligibility", "admission"],
    language: ["eligibility", "obligations"],
    visa: ["coverage"],
    fields: ["eligibility"],
    places: ["places", "eligibility"],
  },
  research: {},
};

/** The facets that answer a question of `facet` about an entry of `kind`, best first. */
export function lookIn(facet: Facet, kind: EntityRef["kind"]): readonly Facet[] {
  return LOOK_IN[kind][facet] ?? [facet];
}

/** After the facts asked for, one fact of these may follow: the next thing a student asks. */
export const RELATED: Record<Facet, readonly Facet[]> = {
  cost: ["living", "coverage"],
  living: ["cost"],
  deadline: ["eligibility", "admission"],
  eligibility: ["deadline", "admission"],
  coverage: ["obligations"],
  obligations: ["coverage"],
  work: ["visa"],
  admission: ["language"],
  duration: ["admission"],
  language: ["admission"],
  visa: ["work"],
  community: [],
  reputation: ["work"],
  fields: [],
  places: ["eligibility"],
  motives: [],
};

/**
 * Facets that belong to funding routes: asked about a destination, they are answered from the
 * routes made for it (the Global Korea Scholarship's calendar for "deadline in Korea").
 */
export const FUNDING_FACETS: ReadonlySet<Facet> = new Set([
  "deadline",
  "coverage",
  "obligations",
  "eligibility",
  "places",
]);

/** Whether a fact's tag answers a facet, as its own or as a second one. */
export function answers(tag: FacetTag, facet: Facet): boolean {
  return tag.facet === facet || (tag.also?.includes(facet) ?? false);
}
