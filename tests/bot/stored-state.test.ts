/**
 * What Bagdar keeps while a student answers: one session per chat holding the answers so far and
 * the questionnaire's log, without the texts of the messages; the ids of the last updates, so one
 * Telegram delivers again is handled once, even when it arrives after a later one.
 */
import { describe, expect, it } from "vitest";
import type { SessionData } from "../../src/bot/context.js";
import { HANDLED_UPDATES_KEPT } from "../../src/bot/middleware/skip-handled-updates.js";
import { QUESTIONS } from "../../src/bot/quiz/questions.js";
import { type Harness, plain, startHarness, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER } from "./quiz-flow.js";

async function sessionOf(h: Harness): Promise<SessionData | undefined> {
  return h.storage.sessions.read(`${h.storage.prefixes.session}${h.student.id}`);
}

describe("what is stored while a student answers", () => {
  it("keeps the run in the session without the texts of its messages, and drops it at the end", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER, 0, 3);
    const during = await sessionOf(h);
    expect(during?.conversation).toBeDefined();
    expect(during?.quiz).toMatchObject({ step: 3 });
    const stored = JSON.stringify(during);
    // The questions and answers the student saw are in the chat, not in the store.
    for (const shown of [tr("en", "quiz-level-question"), tr("en", "level-bachelor")]) {
      expect(stored).not.toContain(plain(shown));
    }
    expect(stored).not.toContain(h.student.first_name);

    await answerQuestionnaire(h, "en", SCHOOL_LEAVER, 3);
    const after = await sessionOf(h);
    expect(after?.profile).toMatchObject({ level: "bachelor", budget: "under-2m" });
    expect(after?.conversation).toBeUndefined();
    expect(after?.quiz).toBeUndefined();
    expect(h.errors).toEqual([]);
  });
});

describe("an update delivered again", () => {
  it("is handled once, with the file store too", async () => {
    const h = await startHarness();
    const start = h.fake.sendText(h.student, "/quiz");
    await h.deliver(start);
    await h.deliver(start);
    expect(h.texts().filter((t) => t.includes(`1/${QUESTIONS.length}`))).toHaveLength(1);
  });

  it("is still handled when it arrives after a later update of the same chat", async () => {
    const h = await startHarness();
    const earlier = h.fake.sendText(h.student, "/help");
    const later = h.fake.sendText(h.student, "/privacy");
    await h.deliver(later);
    await h.deliver(earlier);
    const texts = h.texts();
    expect(texts.some((t) => t === plain(tr("en", "help")))).toBe(true);
    expect(texts).toHaveLength(2);
    // Delivered once more, neither is answered again.
    await h.deliver(earlier);
    await h.deliver(later);
    expect(h.texts()).toHaveLength(2);
  });

  it("remembers only the last few ids per chat", async () => {
    const h = await startHarness();
    for (let i = 0; i < HANDLED_UPDATES_KEPT + 3; i++) await h.send("/help");
    expect((await sessionOf(h))?.handled).toHaveLength(HANDLED_UPDATES_KEPT);
  });
});
