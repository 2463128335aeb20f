import { describe, expect, it } from "vitest";
import { type Counts, cellsOf, type InsightRecord } from "../../../src/insight/record.js";
import {
  ALL_MONTHS,
  buildReport,
  MIN_CELL,
  type Report,
  reportCsv,
  SUPPRESSED,
} from "../../../src/insight/report.js";

const DESTINATIONS = ["russia", "china", "korea", "uk"];

const BASE: InsightRecord = {
  month: "2026-11",
  level: "bachelor",
  budget: "under-2m",
  languages: ["kk", "ru"],
  field: "engineering-it",
  priorities: ["low-cost"],
  plan: "return",
  first: "russia",
  region: null,
};

/** Counters as the store would hold them after these students were counted. */
function countsOf(records: InsightRecord[]): Record<string, Counts> {
  const months: Record<string, Counts> = {};
  for (const record of records) {
    const counts = months[record.month] ?? {};
    months[record.month] = counts;
    for (const cell of cellsOf(record)) counts[cell] = (counts[cell] ?? 0) + 1;
  }
  return months;
}

function students(n: number, change: Partial<InsightRecord> = {}): InsightRecord[] {
  return Array.from({ length: n }, () => ({ ...BASE, ...change }));
}

/** The sets of cells that add up to a shown total, as the report defines them. */
function additiveSets(report: Report, period: string) {
  const single = ["level", "budget", "field", "plan", "first", "region"] as const;
  return single.map((dimension) => ({
    dimension,
    total: report.get(period, "students"),
    parts: report.rows
      .filter((r) => r.period === period && r.dimension === dimension)
      .map((r) => r.count),
  }));
}

describe("the statistics report", () => {
  // 17 students: 11 Russia (6 return, 5 unsure), 6 China (all stay abroad); one master among
  // them, who alone gave a region.
  const records = [
    ...students(6),
    ...students(5, { plan: "unsure" }),
    ...students(5, { first: "china", plan: "stay-abroad" }),
    ...students(1, { first: "china", plan: "stay-abroad", level: "master", region: "ulytau" }),
  ];
  const report = buildReport(countsOf(records), { destinations: DESTINATIONS });

  it("shows cells of 5 students or more", () => {
    expect(report.get(ALL_MONTHS, "students")).toBe(17);
    expect(report.get("2026-11", "first", "russia")).toBe(11);
    expect(report.get("2026-11", "first-plan", "russia/return")).toBe(6);
    expect(report.get("2026-11", "first-plan", "russia/unsure")).toBe(5);
    expect(report.get("2026-11", "first-plan", "china/stay-abroad")).toBe(6);
  });

  it("suppresses every cell under 5 students, zero included", () => {
    for (const row of report.rows) {
      const truth = trueCount(records, row.period, row.dimension, row.value);
      if (truth < MIN_CELL)
        expect(row.count, `${row.period} ${row.dimension} ${row.value}`).toBeNull();
      else if (row.count !== null) expect(row.count).toBe(truth);
    }
    expect(report.get(ALL_MONTHS, "level", "master")).toBeNull();
    expect(report.get(ALL_MONTHS, "region", "ulytau")).toBeNull();
    expect(report.get(ALL_MONTHS, "first", "uk")).toBeNull();
  });

  it("never lets hidden cells be worked out from a shown total", () => {
    // 16 bachelors of 17 students would give away the one master: 17 − 16 = 1.
    expect(report.get(ALL_MONTHS, "level", "bachelor")).toBeNull();
    expect(report.get(ALL_MONTHS, "region", "none")).toBeNull();
    for (const period of report.periods) {
      for (const set of additiveSets(report, period)) {
        if (set.total === null) continue;
        const hidden = set.parts.filter((c) => c === null).length;
        const hiddenStudents = set.total - set.parts.reduce<number>((sum, c) => sum + (c ?? 0), 0);
        // A lone hidden cell can be worked out: only an empty one may be left alone.
        expect(hidden !== 1 || hiddenStudents === 0).toBe(true);
        expect(
          hiddenStudents === 0 || hiddenStudents >= MIN_CELL,
          `${period} ${set.dimension}`,
        ).toBe(true);
      }
    }
  });

  it("suppresses within the destination × plan table by rows and by columns", () => {
    // Russia: 5 return, 2 unsure: 7 − 5 would give away the 2.
    const small = buildReport(
      countsOf([
        ...students(5),
        ...students(2, { plan: "unsure" }),
        ...students(5, { first: "china" }),
      ]),
      { destinations: DESTINATIONS },
    );
    expect(small.get(ALL_MONTHS, "first", "russia")).toBe(7);
    expect(small.get(ALL_MONTHS, "first-plan", "russia/unsure")).toBeNull();
    expect(small.get(ALL_MONTHS, "first-plan", "russia/return")).toBeNull();
    // The empty "stay abroad" cell alone may be worked out (a zero singles out no one).
    expect(report.get(ALL_MONTHS, "first-plan", "russia/stay-abroad")).toBeNull();
    expect(report.get(ALL_MONTHS, "first-plan", "russia/return")).toBe(6);
    for (const first of [...DESTINATIONS, "none"]) {
      const total = report.get(ALL_MONTHS, "first", first);
      if (total === null) continue;
      const parts = ["return", "stay-abroad", "unsure"].map((p) =>
        report.get(ALL_MONTHS, "first-plan", `${first}/${p}`),
      );
      const hiddenStudents = total - parts.reduce<number>((sum, p) => sum + (p ?? 0), 0);
      expect(hiddenStudents === 0 || hiddenStudents >= MIN_CELL, first).toBe(true);
    }
  });

  it("does not let one month be worked out from the total of all months", () => {
    const twoMonths = buildReport(
      countsOf([...students(6, { month: "2026-10" }), ...students(2, { month: "2026-11" })]),
      { destinations: DESTINATIONS },
    );
    expect(twoMonths.get("2026-11", "students")).toBeNull();
    // 8 in all months − 6 in October would give away November's 2.
    expect(
      twoMonths.get(ALL_MONTHS, "students") === null ||
        twoMonths.get("2026-10", "students") === null,
    ).toBe(true);
  });

  it("writes CSV with ids and counts only, small cells as <5", () => {
    const csv = reportCsv(report);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("period,dimension,value,students");
    expect(lines).toContain("2026-11,first-plan,russia/return,6");
    expect(lines).toContain(`all,level,master,${SUPPRESSED}`);
    for (const line of lines.slice(1)) {
      const value = line.split(",").at(-1) as string;
      expect(value === SUPPRESSED || Number(value) >= MIN_CELL, line).toBe(true);
    }
  });

  it("suppresses everything when fewer than 5 students were counted", () => {
    const tiny = buildReport(countsOf(students(3)), { destinations: DESTINATIONS });
    expect(tiny.rows.every((r) => r.count === null)).toBe(true);
  });

  it("lists a destination no longer in the knowledge base under its id", () => {
    const old = buildReport(countsOf(students(6, { first: "atlantis" })), {
      destinations: DESTINATIONS,
    });
    expect(old.destinations).toContain("atlantis");
    expect(old.get(ALL_MONTHS, "first", "atlantis")).toBe(6);
  });
});

function trueCount(records: InsightRecord[], period: string, dimension: string, value: string) {
  const name =
    dimension === "students"
      ? "students"
      : dimension === "first-plan"
        ? `first-plan:${value.replace("/", ":")}`
        : `${dimension}:${value}`;
  return records
    .filter((r) => period === ALL_MONTHS || r.month === period)
    .filter((r) => cellsOf(r).includes(name)).length;
}
