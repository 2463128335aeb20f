import { describe, expect, it } from "vitest";
import type { Funding } from "../../../src/knowledge/schema.js";
import {
  dueReminder,
  plannedReminders,
  remindableDeadline,
} from "../../../src/reminders/schedule.js";

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

describe("a reminder found due", () => {
  const closes = "2027-02-19";
  const at = (iso: string) => Date.parse(iso);

  it("on time says as many days as it was planned for", () => {
    for (const { daysBefore, dueAt } of plannedReminders(closes, NOW)) {
      expect(dueReminder({ closes, daysBefore }, dueAt)).toEqual({
        send: true,
        daysLeft: daysBefore,
      });
    }
  });

  it("late, counts the days left from now, in Kazakhstan's calendar", () => {
    // 19:30 UTC on 14 February is 00:30 on the 15th in Almaty.
    expect(dueReminder({ closes, daysBefore: 7 }, at("2027-02-14T12:00:00Z"))).toEqual({
      send: true,
      daysLeft: 5,
    });
    expect(dueReminder({ closes, daysBefore: 7 }, at("2027-02-14T19:30:00Z"))).toEqual({
      send: true,
      daysLeft: 4,
    });
    expect(dueReminder({ closes, daysBefore: 1 }, at("2027-02-19T10:00:00Z"))).toEqual({
      send: true,
      daysLeft: 0,
    });
  });

  it("is dropped when a later reminder of the same deadline is due too: one message, not three", () => {
    const feb14 = at("2027-02-14T12:00:00Z");
    expect(dueReminder({ closes, daysBefore: 30 }, feb14)).toEqual({
      send: false,
      reason: "superseded",
    });
    expect(dueReminder({ closes, daysBefore: 7 }, feb14).send).toBe(true);
    const feb18 = at("2027-02-18T05:00:00Z");
    expect(dueReminder({ closes, daysBefore: 7 }, feb18).send).toBe(false);
    expect(dueReminder({ closes, daysBefore: 1 }, feb18)).toEqual({ send: true, daysLeft: 1 });
  });

  it("is never sent once the last day is over in Kazakhstan", () => {
    for (const daysBefore of [30, 7, 1]) {
      expect(dueReminder({ closes, daysBefore }, at("2027-02-19T19:00:00Z"))).toEqual({
        send: false,
        reason: "deadline passed",
      });
      expect(dueReminder({ closes, daysBefore }, at("2027-02-24T04:00:00Z")).send).toBe(false);
    }
  });
});
