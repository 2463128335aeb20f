import { describe, expect, it } from "vitest";
import {
  FACT_FIELDS,
  factId,
  factSlots,
  RESEARCH_FACT_FIELDS,
  researchSlots,
} from "../../../src/knowledge/fact-ids.js";
import { allowedKeys } from "../../../src/knowledge/field-hints.js";
import { Destination, Funding, ResearchFile } from "../../../src/knowledge/schema.js";

/** Fields of an entry schema that hold facts, one way or another, read from the schema itself. */
function factFieldsOf(schema: typeof Destination | typeof Funding | typeof ResearchFile): string[] {
  const isFact = (path: (string | number)[]) =>
    allowedKeys(schema, path)?.includes("verified") ?? false;
  return Object.keys(schema.shape).filter(
    (field) => isFact([field]) || isFact([field, 0]) || isFact([field, "any-key"]),
  );
}

describe("fact ids", () => {
  it("joins the entry id and the id relative to it", () => {
    expect(factId("russia", "admission.equal-terms")).toBe("russia.admission.equal-terms");
  });

  it.each([
    ["destination", Destination],
    ["funding", Funding],
  ] as const)("every %s field that holds facts is walked (so none is left out)", (kind, schema) => {
    const layout = FACT_FIELDS[kind];
    expect([...layout.single, ...layout.lists, ...layout.records].sort()).toEqual(
      factFieldsOf(schema).sort(),
    );
  });

  it("every research.yaml field that holds facts is walked", () => {
    const layout = RESEARCH_FACT_FIELDS;
    expect([...layout.single, ...layout.lists, ...layout.records].sort()).toEqual(
      factFieldsOf(ResearchFile).sort(),
    );
  });

  it("finds the research facts in their lists, by id", () => {
    const slots = researchSlots({
      motives: [{ id: "quality" }, { text: "no id" }],
      statistics: [{ id: "surveyed" }],
    });
    expect(slots.map((slot) => [slot.relative, slot.path])).toEqual([
      ["motives.quality", ["motives", 0]],
      ["statistics.surveyed", ["statistics", 0]],
    ]);
    expect(researchSlots(undefined)).toEqual([]);
  });

  it("skips what is not shaped like a fact and leaves it to the schema", () => {
    const slots = factSlots("destination", {
      tuition: "cheap",
      admission: [{ name: "no id" }, { id: "quota" }],
      fit: { "low-cost": null, prestige: {} },
    });
    expect(slots.map((slot) => [slot.relative, slot.path])).toEqual([
      ["admission.quota", ["admission", 1]],
      ["fit.prestige", ["fit", "prestige"]],
    ]);
  });
});
