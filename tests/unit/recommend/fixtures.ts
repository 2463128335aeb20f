/**
 * Small in-test knowledge bases for the matcher's unit tests: objects go through the real zod
 * schema (so defaults apply and a broken fixture fails loudly), and fact ids come from the loader's
 * own `factSlots`, so they are named exactly as in the real knowledge base.
 */
import type { z } from "zod";
import { factId, factSlots, RATES_FACT_ID } from "../../../src/knowledge/fact-ids.js";
import {
  Destination,
  type FactRecord,
  Funding,
  type Knowledge,
  RatesFile,
  type Text,
} from "../../../src/knowledge/schema.js";
import type { Profile } from "../../../src/recommend/profile.js";

export const SOURCE = { source: "test-source", verified: "2026-01-01" } as const;

export function text(en: string): Text {
  return { kk: en, ru: en, en };
}

type DestinationInput = z.input<typeof Destination>;
type FundingInput = z.input<typeof Funding>;

/**
 * A cost figure written the short way these tests use: one range for every level (tuition), for
 * the whole country (living), or the visa's monthly (or yearly) funds.
 */
export interface Money {
  min: number;
  max: number;
  currency: "KZT" | "USD" | "EUR" | "GBP" | "RUB";
  per: "year" | "month";
  covers?: "all" | "housing";
  /** How many months the visa's funds count (10, an academic year, unless given). */
  months?: number;
  source: string;
  verified: string;
}

type DestinationOverrides = Partial<
  Omit<DestinationInput, "tuition" | "living" | "requiredFunds">
> & {
  tuition?: Money | undefined;
  living?: Money | undefined;
  requiredFunds?: Money | undefined;
};

/** Tuition at every level, as one range: fact ids `<id>.tuition.<level>.all`. */
function tuitionOf(m: Money | undefined) {
  if (m === undefined) return {};
  const range = {
    id: "all",
    segment: "all",
    min: m.min,
    max: m.max,
    currency: m.currency,
    per: m.per === "month" ? "year" : m.per,
    source: m.source,
    verified: m.verified,
  };
  return { bachelor: [range], master: [range], doctorate: [range] };
}

/** Living for the whole country: fact id `<id>.living.city`. */
function livingOf(m: Money | undefined) {
  if (m === undefined) return undefined;
  const { covers, months: _months, ...rest } = m;
  return [{ id: "city", where: "all", covers: covers ?? "all", ...rest, per: "month" }];
}

/**
 * The visa's funds: one amount (fact id `<id>.requiredFunds.visa`), or a range as the capital's
 * and the other cities' (`.capital`, `.other`); a yearly figure is twelve months of a twelfth.
 */
function requiredFundsOf(m: Money | undefined) {
  if (m === undefined) return undefined;
  const yearly = m.per === "year";
  const months = m.months ?? (yearly ? 12 : 10);
  const amount = (value: number) => (yearly ? value / 12 : value);
  const entry = (id: string, where: string, value: number) => ({
    id,
    where,
    amount: amount(value),
    currency: m.currency,
    per: "month",
    months,
    source: m.source,
    verified: m.verified,
  });
  return m.min === m.max
    ? [entry("visa", "all", m.min)]
    : [entry("capital", "capital", m.max), entry("other", "other-cities", m.min)];
}

/** A plain destination: Russian-taught with a preparatory year, 1.5 M₸ a year all in, near, no fit. */
export function destination(id: string, overrides: DestinationOverrides = {}): Destination {
  const money = {
    tuition: { min: 1_000_000, max: 1_000_000, currency: "KZT", per: "year", ...SOURCE } as Money,
    living: { min: 50_000, max: 50_000, currency: "KZT", per: "month", ...SOURCE } as Money,
    requiredFunds: undefined as Money | undefined,
  };
  const { tuition, living, requiredFunds, ...rest } = overrides;
  if ("tuition" in overrides) money.tuition = tuition as Money;
  if ("living" in overrides) money.living = living as Money;
  if ("requiredFunds" in overrides) money.requiredFunds = requiredFunds;
  return Destination.parse({
    id,
    country: "XX",
    name: text(id),
    summary: text(`${id} summary`),
    languages: { teaching: ["ru"], preparatoryYear: true, ...SOURCE },
    tuition: tuitionOf(money.tuition),
    living: livingOf(money.living),
    requiredFunds: requiredFundsOf(money.requiredFunds),
    degreeYears: { bachelor: 4, master: 2, ...SOURCE },
    admission: [
      {
        id: "paid",
        name: text("paid place"),
        description: text("a paid place"),
        levels: ["bachelor", "master"],
        tuitionFree: false,
        ...SOURCE,
      },
    ],
    closeness: { distance: "near", visa: "required", ...SOURCE },
    ...rest,
  });
}

/** A free admission route at the given levels. */
export function freeRoute(
  id: string,
  levels: Array<"bachelor" | "master" | "doctorate">,
  extra = {},
) {
  return {
    id,
    name: text(id),
    description: text(`${id} description`),
    levels,
    tuitionFree: true,
    ...SOURCE,
    ...extra,
  };
}

/** A full-coverage government scholarship to any destination, for master's students. */
export function funding(id: string, overrides: Partial<FundingInput> = {}): Funding {
  return Funding.parse({
    id,
    name: text(id),
    summary: text(`${id} summary`),
    kind: "kazakhstan-government",
    runBy: { text: text("a ministry"), ...SOURCE },
    levels: { values: ["master"], ...SOURCE },
    destinations: { values: "any", note: text("any country"), ...SOURCE },
    covers: { items: ["tuition", "living"], extent: "full", ...SOURCE },
    eligibility: { ...SOURCE },
    competitive: true,
    url: "https://example.org/",
    ...overrides,
  });
}

export const OWN_FUNDS = () =>
  funding("own-funds", {
    kind: "own-funds",
    levels: { values: ["bachelor", "master", "doctorate"], ...SOURCE },
    covers: { items: [], extent: "none", ...SOURCE },
    competitive: false,
  });

export interface KnowledgeInput {
  destinations?: Destination[];
  funding?: Funding[];
  /** Tenge per unit; `null` leaves the knowledge base without rates. */
  rates?: Record<string, number> | null;
}

export function knowledge(input: KnowledgeInput = {}): Knowledge {
  const destinations = input.destinations ?? [destination("alpha")];
  const fundingList = input.funding ?? [];
  const facts = new Map<string, FactRecord>();
  const add = (entryId: string, slots: ReturnType<typeof factSlots>) => {
    for (const slot of slots) {
      const id = factId(entryId, slot.relative);
      facts.set(id, {
        id,
        source: String(slot.value.source),
        verified: String(slot.value.verified),
      });
    }
  };
  for (const d of destinations) add(d.id, factSlots("destination", d));
  for (const f of fundingList) add(f.id, factSlots("funding", f));
  const rates =
    input.rates === null
      ? undefined
      : RatesFile.parse({
          kzt: input.rates ?? { USD: 500, RUB: 5 },
          date: "2026-01-01",
          ...SOURCE,
        });
  if (rates !== undefined) facts.set(RATES_FACT_ID, { id: RATES_FACT_ID, ...SOURCE });
  return {
    destinations,
    funding: fundingList,
    sources: new Map([["test-source", { id: "test-source", title: "Test", kind: "research" }]]),
    rates,
    facts,
  };
}

/** A bachelor's applicant who studies in Russian, budget up to 2 M₸, no priorities. */
export function profile(overrides: Partial<Profile> = {}): Profile {
  return {
    level: "bachelor",
    budget: "under-2m",
    languages: ["kk", "ru"],
    willLearnLanguage: false,
    field: "engineering-it",
    priorities: [],
    plan: "unsure",
    english: "a2",
    ...overrides,
  };
}
