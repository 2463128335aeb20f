import type { User } from "grammy/types";
import { describe, expect, it } from "vitest";
import { countChanges, type InsightRecord } from "../../src/insight/record.js";
import { MIN_CELL, SUPPRESSED } from "../../src/insight/report.js";
import type { InsightStore } from "../../src/insight/store.js";
import { type Harness, plain, startHarness, tr } from "./harness.js";
import { captureUploads, distinctStudent, STUDENT_ID, type Upload } from "./privacy-support.js";
import { answerQuestionnaire, SCHOOL_LEAVER, tap } from "./quiz-flow.js";

const ADMIN_ID = 5550001;

const BASE: InsightRecord = {
  month: "2026-11",
  level: "bachelor",
  budget: "under-2m",
  languages: ["kk", "ru"],
  field: "social-humanities",
  priorities: ["low-cost"],
  plan: "return",
  first: "russia",
  region: null,
};

/** Counts students as if they had consented: `n` copies of a record. */
async function seed(store: InsightStore, n: number, change: Partial<InsightRecord> = {}) {
  for (let i = 0; i < n; i++) {
    for (const [month, counts] of countChanges(undefined, { ...BASE, ...change })) {
      await store.apply(month, counts);
    }
  }
}

interface AdminWorld {
  h: Harness;
  admin: User;
  uploads: Upload[];
  as(user: User, text: string): Promise<void>;
}

async function world(): Promise<AdminWorld> {
  const { fake, student } = distinctStudent();
  const uploads = captureUploads(fake);
  const admin = fake.user({ id: ADMIN_ID, first_name: "Admin", language_code: "en" });
  const h = await startHarness({
    fake,
    student,
    deps: { adminIds: [ADMIN_ID], now: () => Date.parse("2026-11-20T10:00:00Z") },
  });
  return { h, admin, uploads, as: (user, text) => h.deliver(h.fake.sendText(user, text)) };
}

describe("admin commands", () => {
  it.each(["/stats", "/export"])(
    "%s gets exactly the ordinary unknown-command answer from anyone not in ADMIN_IDS",
    async (command) => {
      const { h } = await world();
      await h.send("/no-such-command");
      const unknown = h.last().text;
      expect(unknown).toBe(tr("en", "unknown-command").replace(/<\/?b>/g, ""));
      const calls = h.fake.calls.length;
      await h.send(command);
      expect(h.last().text).toBe(unknown);
      // One reply, no photo, no document.
      expect(h.fake.calls.slice(calls).map((c) => c.method)).toEqual(["sendMessage"]);
    },
  );

  it("are refused in the middle of a questionnaire the way an unknown command is", async () => {
    const { h } = await world();
    await h.send("/quiz");
    await tap(h, "en", "situation-graduated");
    await tap(h, "en", "level-master");
    await h.send("/no-such-command");
    const unknown = h.last().text;
    await h.send("/stats");
    expect(h.last().text).toBe(unknown);
  });

  it("are refused to an administrator in a group, where everyone would see the figures", async () => {
    const { h, admin } = await world();
    const group = h.fake.group({ title: "Staff" });
    await h.deliver(h.fake.sendText(admin, "/stats", { chat: group }));
    // Bagdar does not talk in groups at all: it points to a private chat.
    expect(h.fake.messages(group.id).map((m) => m.text)).toEqual([
      plain(tr("en", "group-private-only", { bot: h.fake.botInfo.username })),
    ]);
  });

  it("/stats shows the main counts as text and a chart, with small cells suppressed", async () => {
    const { h, admin, uploads } = await world();
    await seed(h.storage.insight, 9);
    await seed(h.storage.insight, 6, { first: "china", plan: "stay-abroad" });
    await seed(h.storage.insight, 2, { first: "china", plan: "unsure", level: "master" });
    await as(h, admin, "/stats");
    const [text, chart] = h.fake.messages(admin.id).slice(-2);
    expect(text?.text).toContain("Students counted: 17 in all months, 17 in 2026-11.");
    // 15 bachelors of 17 would give away the 2 masters: both are hidden.
    expect(text?.text).toMatch(/Degree: 3 hidden/);
    expect(text?.text).toMatch(/Ranked first: Russia 9 · China 8/);
    expect(chart?.photo).toBeDefined();
    const image = uploads.at(-1);
    expect(image?.method).toBe("sendPhoto");
    expect(image?.bytes.subarray(0, 8)).toEqual(Buffer.from("\x89PNG\r\n\x1a\n", "latin1"));
  });

  it("/export sends a CSV with no ids, names or usernames, and no cell under 5", async () => {
    const { h, admin, uploads } = await world();
    await seed(h.storage.insight, 7);
    // A real student, counted through the bot: their id must not reach the export.
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    await tap(h, "en", "consent-yes-button");
    await tap(h, "en", "region-ulytau");
    await as(h, admin, "/export");
    const csv = uploads.find((u) => u.method === "sendDocument" && u.filename.endsWith(".csv"));
    expect(csv?.filename).toBe("bagdar-stats-2026-11-20.csv");
    const text = csv?.bytes.toString("utf8") ?? "";
    expect(text.startsWith("period,dimension,value,students\r\n")).toBe(true);
    expect(text).toContain("2026-11,students,,8");
    expect(text).toContain(`all,region,ulytau,${SUPPRESSED}`);
    for (const needle of [String(STUDENT_ID), String(ADMIN_ID), "Aigerim", "aigerim_kz"]) {
      expect(text).not.toContain(needle);
    }
    for (const line of text.trimEnd().split("\r\n").slice(1)) {
      const count = line.split(",").at(-1) as string;
      expect(count === SUPPRESSED || Number(count) >= MIN_CELL, line).toBe(true);
    }
    expect(h.errors).toEqual([]);
  });
});

function as(h: Harness, user: User, text: string) {
  return h.deliver(h.fake.sendText(user, text));
}
