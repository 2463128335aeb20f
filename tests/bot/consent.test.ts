import { describe, expect, it } from "vitest";
import { monthOf } from "../../src/insight/record.js";
import { labels, startHarness, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER, tap } from "./quiz-flow.js";

const NOV = Date.parse("2026-11-20T10:00:00Z");
const DEC = Date.parse("2026-12-03T10:00:00Z");

/** A harness whose clock the test moves. */
async function withClock(start = NOV) {
  const clock = { now: start };
  const h = await startHarness({ deps: { now: () => clock.now } });
  return { h, clock };
}

describe("consent to anonymous statistics", () => {
  it("is asked once, after the results of the first completed questionnaire, in the student's language", async () => {
    const { h } = await withClock();
    await h.send("/language");
    await h.press("Қазақша");
    await h.send("/quiz");
    await answerQuestionnaire(h, "kk", SCHOOL_LEAVER);
    const texts = h.texts();
    const results = texts.findIndex((t) =>
      t.includes(tr("kk", "results-title").replace(/<\/?b>/g, "")),
    );
    const question = texts.findIndex((t) => t.startsWith("📊"));
    expect(results).toBeGreaterThan(0);
    expect(question).toBe(texts.length - 1);
    expect(labels(h.last())).toEqual([
      tr("kk", "consent-yes-button"),
      tr("kk", "consent-no-button"),
    ]);
    // Not asked again after a re-take: the student can change their mind in /privacy.
    await h.send("/quiz");
    await answerQuestionnaire(h, "kk", SCHOOL_LEAVER);
    expect(h.texts().filter((t) => t.startsWith("📊"))).toHaveLength(1);
    expect(h.errors).toEqual([]);
  });

  it("without a yes, nothing is counted: not after No, not when the question is ignored", async () => {
    const { h } = await withClock();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    expect(await h.storage.insight.months()).toEqual({});
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    expect(await h.storage.insight.months()).toEqual({});
    await tap(h, "en", "consent-no-button");
    // The question of the first run, answered late, becomes a record of the answer.
    expect(h.texts()).toContain(tr("en", "consent-declined"));
    expect(h.texts().filter((t) => t.startsWith("📊"))).toEqual([]);
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    expect(await h.storage.insight.months()).toEqual({});
  });

  it("a yes counts the answers at once, and a region can be added or skipped", async () => {
    const { h } = await withClock();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    await tap(h, "en", "consent-yes-button");
    const month = (await h.storage.insight.months())["2026-11"] ?? {};
    expect(month).toMatchObject({
      students: 1,
      "level:bachelor": 1,
      "plan:return": 1,
      "region:none": 1,
      "language:kk": 1,
      "language:ru": 1,
    });
    expect(Object.keys(month).some((k) => k.startsWith("first:"))).toBe(true);
    expect(h.last().text).toBe(tr("en", "region-question"));
    await tap(h, "en", "region-astana");
    expect(h.last().text).toBe(tr("en", "region-saved", { region: tr("en", "region-astana") }));
    const after = (await h.storage.insight.months())["2026-11"] ?? {};
    expect(after).toMatchObject({ students: 1, "region:astana": 1 });
    // A counter back at zero is removed: nothing shows the count was ever "no region".
    expect(after).not.toHaveProperty("region:none");
  });

  it("counts one student once a month: a re-take replaces this month's answers, a new month counts again", async () => {
    const { h, clock } = await withClock();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    await tap(h, "en", "consent-yes-button");
    await tap(h, "en", "region-skip-button");
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", { ...SCHOOL_LEAVER, plan: "plan-stay-abroad" });
    const november = (await h.storage.insight.months())["2026-11"] ?? {};
    expect(november).toMatchObject({ students: 1, "plan:stay-abroad": 1 });
    expect(november).not.toHaveProperty("plan:return");
    clock.now = DEC;
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    const months = await h.storage.insight.months();
    expect(months["2026-11"]).toMatchObject({ students: 1, "plan:stay-abroad": 1 });
    expect(months["2026-12"]).toMatchObject({ students: 1, "plan:return": 1 });
    expect(monthOf(DEC)).toBe("2026-12");
  });

  it("an answer changed in /profile replaces this month's answers, and only with consent", async () => {
    const { h } = await withClock();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    await tap(h, "en", "consent-yes-button");
    await tap(h, "en", "region-skip-button");
    await h.send("/profile");
    await h.press(`✏️ ${tr("en", "profile-field-plan")}`);
    await tap(h, "en", "plan-stay-abroad");
    const november = (await h.storage.insight.months())["2026-11"] ?? {};
    expect(november).toMatchObject({ students: 1, "plan:stay-abroad": 1 });
    expect(november).not.toHaveProperty("plan:return");

    const { h: declined } = await withClock();
    await declined.send("/quiz");
    await answerQuestionnaire(declined, "en", SCHOOL_LEAVER);
    await tap(declined, "en", "consent-no-button");
    await declined.send("/profile");
    await declined.press(`✏️ ${tr("en", "profile-field-plan")}`);
    await tap(declined, "en", "plan-stay-abroad");
    expect(await declined.storage.insight.months()).toEqual({});
    expect([...h.errors, ...declined.errors]).toEqual([]);
  });

  it("withdrawing consent in /privacy takes out the last counted answers and stops counting", async () => {
    const { h } = await withClock();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    await tap(h, "en", "consent-yes-button");
    await h.send("/privacy");
    expect(h.last().text).toContain("Anonymous statistics: on");
    await tap(h, "en", "privacy-consent-off-button");
    // Nothing is left, not even counters at zero that would show what was taken out.
    expect(await h.storage.insight.months()).toEqual({});
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    expect(await h.storage.insight.months()).toEqual({});
    expect(h.errors).toEqual([]);
  });

  it("a region button from an old message does nothing once consent is withdrawn", async () => {
    const { h } = await withClock();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    await tap(h, "en", "consent-yes-button");
    const regionMessage = h.last();
    await h.send("/privacy");
    await tap(h, "en", "privacy-consent-off-button");
    const data = regionMessage.reply_markup?.inline_keyboard[0]?.[0];
    await h.pressData(regionMessage.message_id, (data as { callback_data: string }).callback_data);
    expect(h.fake.calls.at(-1)?.payload.text).toBe(tr("en", "button-outdated"));
    expect(Object.keys((await h.storage.insight.months())["2026-11"] ?? {})).not.toContain(
      "region:astana",
    );
  });
});
