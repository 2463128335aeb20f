import { describe, expect, it } from "vitest";
import {
  cellsOf,
  countChanges,
  type InsightRecord,
  monthOf,
  toRecord,
} from "../../../src/insight/record.js";
import type { Profile } from "../../../src/recommend/profile.js";

const PROFILE: Profile = {
  level: "master",
  budget: "2m-5m",
  languages: ["ru", "en", "kk"],
  willLearnLanguage: true,
  field: "engineering-it",
  priorities: ["prestige", "career-links"],
  plan: "return",
  english: "b2",
  workYears: 3,
  age: 24,
};

describe("an anonymous record", () => {
  const record = toRecord(PROFILE, "korea", undefined, "2026-11");

  it("holds answers and a month, and nothing that could identify the student", () => {
    expect(Object.keys(record).sort()).toEqual(
      [
        "budget",
        "field",
        "first",
        "languages",
        "level",
        "month",
        "plan",
        "priorities",
        "region",
      ].sort(),
    );
    // Age, work years and English level narrow a student down and are not needed: left out.
    expect(JSON.stringify(record)).not.toMatch(/24|workYears|b2/);
  });

  it("counts the student once in each cell, multi-choice answers in each chosen option", () => {
    expect(cellsOf(record)).toEqual([
      "students",
      "level:master",
      "budget:2m-5m",
      "language:en",
      "language:kk",
      "language:ru",
      "field:engineering-it",
      "priority:career-links",
      "priority:prestige",
      "plan:return",
      "first:korea",
      "region:none",
      "first-plan:korea:return",
    ]);
  });

  it("uses the month in UTC, without the day or time", () => {
    expect(monthOf(Date.parse("2026-11-30T23:59:59Z"))).toBe("2026-11");
    expect(monthOf(Date.parse("2026-12-01T00:00:00Z"))).toBe("2026-12");
  });
});

describe("count changes", () => {
  const first: InsightRecord = toRecord(PROFILE, "korea", undefined, "2026-11");

  it("adds one to every cell of a new record", () => {
    const changes = countChanges(undefined, first);
    expect([...changes.keys()]).toEqual(["2026-11"]);
    expect(Object.values(changes.get("2026-11") ?? {})).toEqual(cellsOf(first).map(() => 1));
  });

  it("moves only the cells that differ when a re-take in the same month replaces a record", () => {
    const retake = toRecord({ ...PROFILE, plan: "stay-abroad" }, "korea", "astana", "2026-11");
    expect(countChanges(first, retake)).toEqual(
      new Map([
        [
          "2026-11",
          {
            "plan:return": -1,
            "region:none": -1,
            "first-plan:korea:return": -1,
            "plan:stay-abroad": 1,
            "region:astana": 1,
            "first-plan:korea:stay-abroad": 1,
          },
        ],
      ]),
    );
  });

  it("changes nothing when the same answers are counted again", () => {
    expect(countChanges(first, { ...first })).toEqual(new Map());
  });

  it("takes everything out again when consent is withdrawn", () => {
    const changes = countChanges(first, undefined).get("2026-11") ?? {};
    expect(Object.values(changes).every((n) => n === -1)).toBe(true);
    expect(Object.keys(changes)).toEqual(cellsOf(first));
  });
});
