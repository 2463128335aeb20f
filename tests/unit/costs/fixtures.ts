/**
 * Small knowledge bases for the cost model's tests: destinations go through the real schema, and
 * facts (with their page dates) are collected the way the loader collects them.
 */
import type { z } from "zod";
import { factId, factSlots, RATES_FACT_ID } from "../../../src/knowledge/fact-ids.js";
import {
  AsOf,
  Destination,
  type FactRecord,
  type Knowledge,
  RatesFile,
  type Text,
} from "../../../src/knowledge/schema.js";

export const SOURCE = { source: "test-source", verified: "2026-11-01" } as const;
export const TODAY = "2026-12-06";

export function text(en: string): Text {
  return { kk: en, ru: en, en };
}

/** A destination with a sourced bachelor's (4 years) and master's (2 years) and nothing costed. */
export function place(
  id: string,
  overrides: Partial<z.input<typeof Destination>> = {},
): Destination {
  return Destination.parse({
    id,
    country: "XX",
    name: text(id),
    summary: text(`${id} summary`),
    languages: { teaching: ["en"], preparatoryYear: false, ...SOURCE },
    degreeYears: { bachelor: 4, master: [1, 2], ...SOURCE },
    admission: [
      {
        id: "paid",
        name: text("paid"),
        description: text("paid"),
        levels: ["bachelor", "master"],
        tuitionFree: false,
        ...SOURCE,
      },
    ],
    closeness: { distance: "far", visa: "required", ...SOURCE },
    ...overrides,
  });
}

/** Tenge for one unit: USD 500, EUR 550, GBP 650 unless given. */
export function kb(
  destinations: Destination[],
  rates: Record<string, number> | null = { USD: 500, EUR: 550, GBP: 650 },
): Knowledge {
  const facts = new Map<string, FactRecord>();
  for (const d of destinations) {
    for (const slot of factSlots("destination", d)) {
      const id = factId(d.id, slot.relative);
      const record: FactRecord = {
        id,
        source: String(slot.value.source),
        verified: String(slot.value.verified),
      };
      const asOf = AsOf.safeParse(slot.value.asOf);
      if (asOf.success) record.asOf = asOf.data;
      facts.set(id, record);
    }
  }
  const parsed =
    rates === null ? undefined : RatesFile.parse({ kzt: rates, date: "2026-12-05", ...SOURCE });
  if (parsed !== undefined) facts.set(RATES_FACT_ID, { id: RATES_FACT_ID, ...SOURCE });
  return {
    destinations,
    funding: [],
    sources: new Map([["test-source", { id: "test-source", title: "Test", kind: "university" }]]),
    rates: parsed,
    facts,
  };
}
