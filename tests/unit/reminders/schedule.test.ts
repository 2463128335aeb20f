import { describe, expect, it } from "vitest";
import type { Funding } from "../../../src/knowledge/schema.js";
import { plannedReminders, remindableDeadline } from "../../../src/reminders/schedule.js";

const NOW = Date.parse("2026-11-28T12:00:00Z");

function route(window: Partial<NonNullable<Funding["window"]>> | undefined): Funding {
  return {
    id: "bolashak",
    ...(window === undefined
      ? {}
      : {
          window: {
            status: "announced",
            cycle: "2026/27",
            text: { kk: "…", ru: "…", en: "…" },
            source: "gov",
            verified: "2026-11-01",
            ...window,
          },
        }),
  } as Funding;
}

describe("reminder times", () => {
  it("are 30, 7 and 1 day before the last day, at 09:00 in Kazakhstan (04:00 UTC)", () => {
    expect(plannedReminders("2027-01-31", NOW).map((r) => new Date(r.dueAt).toISOString())).toEqual(
      ["2027-01-01T04:00:00.000Z", "2027-01-24T04:00:00.000Z", "2027-01-30T04:00:00.000Z"],
    );
  });

  it("leave out the ones already past", () => {
    expect(plannedReminders("2026-12-03", NOW).map((r) => r.daysBefore)).toEqual([1]);
    expect(plannedReminders("2026-11-29", NOW)).toEqual([]);
  });
});

describe("which deadlines can be reminded of", () => {
  it("a dated, recently checked deadline with a reminder still ahead", () => {
    expect(remindableDeadline(route({ closes: "2027-01-31" }), NOW)).toBe("2027-01-31");
  });

  it.each([
    ["no window", route(undefined)],
    ["a window in words only", route({ status: "not-announced" })],
    [
      "the last cycle's deadline, which is history",
      route({ status: "last-cycle", closes: "2027-01-31" }),
    ],
    ["a deadline too close for any reminder", route({ closes: "2026-11-29" })],
    ["a deadline that has passed", route({ closes: "2026-10-01" })],
    [
      "a deadline nobody has checked for over a year",
      route({ closes: "2027-01-31", verified: "2025-10-01" }),
    ],
  ])("not %s", (_, funding) => {
    expect(remindableDeadline(funding, NOW)).toBeUndefined();
  });
});
