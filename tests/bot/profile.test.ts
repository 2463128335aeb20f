import { describe, expect, it } from "vitest";
import { BUDGET_TIERS } from "../../src/recommend/profile.js";
import { labels, plain, realKnowledge, startHarness, tr } from "./harness.js";
import { answerFollowUps, answerQuestionnaire, SCHOOL_LEAVER, tap } from "./quiz-flow.js";

async function withAnswers(locale: "kk" | "ru" | "en") {
  const h = await startHarness({ languageCode: locale });
  await h.send("/quiz");
  await answerQuestionnaire(h, locale, SCHOOL_LEAVER);
  return h;
}

describe("the profile: change one answer", () => {
  it("points to /quiz when there are no answers yet", async () => {
    const h = await startHarness({ languageCode: "kk" });
    await h.send("/profile");
    expect(h.last().text).toBe(plain(tr("kk", "profile-none")));
  });

  it("shows where the student stands now, and a change brings the routes of a university student", async () => {
    const knowledge = await realKnowledge();
    const exchange = knowledge.funding.find((f) => f.id === "exchange-programmes")?.name.ru;
    // Ready to learn a language and after a new culture, so destinations that take exchange
    // students (Korea, Hungary, Türkiye) are among the first three.
    const answers = {
      ...SCHOOL_LEAVER,
      learn: "quiz-learn-yes",
      priorities: ["priority-new-culture"],
    };
    const h = await startHarness({ languageCode: "ru" });
    await h.send("/quiz");
    await answerQuestionnaire(h, "ru", answers);
    const details = async () => {
      const before = h.texts().length;
      await tap(h, "ru", "results-funding-button");
      return h.texts().slice(before).join("\n");
    };
    // A school leaver is offered no exchange: it needs enrolment at a Kazakhstani university.
    expect(await details()).not.toContain(exchange);
    await h.send("/profile");
    expect(h.last().text).toContain(
      `${tr("ru", "profile-field-situation")}: ${tr("ru", "situation-school")}`,
    );
    await h.press(`✏️ ${tr("ru", "profile-field-situation")}`);
    expect(h.last().text).toContain(tr("ru", "quiz-situation-question"));
    await tap(h, "ru", "situation-university-2");
    await answerFollowUps(h, "ru", answers);
    expect(h.texts().join("\n")).toContain(plain(tr("ru", "profile-updated")));
    expect(await details()).toContain(exchange);
    await h.send("/profile");
    expect(h.last().text).toContain(tr("ru", "situation-university-2"));
    expect(h.errors).toEqual([]);
  });

  it("shows every answer with a change button", async () => {
    const h = await withAnswers("kk");
    await h.send("/profile");
    const text = h.last().text ?? "";
    expect(text).toContain(plain(tr("kk", "profile-title")));
    expect(text).toContain(tr("kk", "level-bachelor"));
    expect(text).toContain(`${tr("kk", "language-kk")}, ${tr("kk", "language-ru")}`);
    expect(labels(h.last())).toContain(`✏️ ${tr("kk", "profile-field-budget")}`);
    expect(labels(h.last())).toContain(`✏️ ${tr("kk", "profile-field-english")}`);
  });

  it("changes the budget with one question and sends the recomputed results", async () => {
    const h = await withAnswers("ru");
    await h.send("/profile");
    await h.press(`✏️ ${tr("ru", "profile-field-budget")}`);
    const question = h.last();
    expect(question.text).toContain(tr("ru", "quiz-budget-question"));
    // The current answer is marked; no questionnaire progress, no other question.
    expect(labels(question).find((l) => l.startsWith("• "))).toContain(tr("ru", "budget-under-2m"));
    expect(question.text).not.toMatch(/\d\/9/);

    const before = h.texts().length;
    await tap(h, "ru", "budget-5m-10m");
    await answerFollowUps(h, "ru", SCHOOL_LEAVER);
    const after = h.texts().slice(before).join("\n");
    expect(after).toContain(plain(tr("ru", "profile-updated")));
    expect(after).toContain(plain(tr("ru", "results-title")));
    // The results now judge costs against the new budget's ceiling.
    expect(after).not.toContain("2 000 000 ₸");
    expect(
      h.fake.messages(h.student.id).find((m) => m.message_id === question.message_id)?.text,
    ).toContain(`→ ${tr("ru", "budget-5m-10m")}`);

    await h.send("/profile");
    expect(h.last().text).toContain(tr("ru", "budget-5m-10m"));
    expect(BUDGET_TIERS["5m-10m"].maxKzt).toBe(10_000_000);
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it("changes a multiple choice with toggles and Done", async () => {
    const h = await withAnswers("en");
    await tap(h, "en", "results-profile-button");
    await h.press(`✏️ ${tr("en", "profile-field-languages")}`);
    expect(labels(h.last()).filter((l) => l.startsWith("✅"))).toHaveLength(2);
    await tap(h, "en", "language-en");
    await tap(h, "en", "language-ru");
    expect(labels(h.last()).filter((l) => l.startsWith("✅"))).toEqual([
      `✅ ${tr("en", "language-kk")}`,
      `✅ ${tr("en", "language-en")}`,
    ]);
    await tap(h, "en", "quiz-done", { count: 2 });
    await answerFollowUps(h, "en", SCHOOL_LEAVER);
    await h.send("/profile");
    expect(h.last().text).toContain(`${tr("en", "language-kk")}, ${tr("en", "language-en")}`);
    expect(h.errors).toEqual([]);
  });

  it("refuses an empty multiple choice and keeps the answer on “keep”", async () => {
    const h = await withAnswers("en");
    await h.send("/profile");
    await h.press(`✏️ ${tr("en", "profile-field-priorities")}`);
    await tap(h, "en", "priority-low-cost");
    await tap(h, "en", "priority-close-to-home");
    await tap(h, "en", "quiz-done", { count: 0 });
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)?.payload).toMatchObject({
      text: tr("en", "quiz-choose-between", { min: 1, max: 3 }),
      show_alert: true,
    });
    await tap(h, "en", "profile-cancel-button");
    expect(h.last().text).toBe(plain(tr("en", "profile-edit-cancelled")));
    await h.send("/profile");
    expect(h.last().text).toContain(tr("en", "priority-low-cost"));
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
  });

  it("asks the follow-up a new answer makes relevant, then shows the results", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    // A graduate applying for a bachelor's, with fluent English: no scholarship asks about work
    // experience yet (Chevening, which takes only graduates and working people, is a master's).
    await answerQuestionnaire(h, "en", {
      ...SCHOOL_LEAVER,
      situation: "situation-graduated",
      budget: "budget-5m-10m",
      languages: ["language-kk", "language-ru", "language-en"],
      field: "field-business-economics",
      priorities: ["priority-prestige", "priority-career-links"],
      english: "english-c1",
    });
    expect(h.texts().join("\n")).not.toContain(tr("en", "quiz-work-question"));
    await h.send("/profile");
    await h.press(`✏️ ${tr("en", "profile-field-level")}`);
    await tap(h, "en", "level-master");
    // As a master's applicant, Chevening (two years of work asked) reaches the top results.
    expect(h.last().text).toContain(plain(tr("en", "quiz-follow-up-hint")));
    expect(h.last().text).toContain(tr("en", "quiz-work-question"));
    await tap(h, "en", "work-two-three");
    await answerFollowUps(h, "en", SCHOOL_LEAVER);
    expect(h.texts().join("\n")).toContain(plain(tr("en", "profile-updated")));
    await h.send("/profile");
    expect(h.last().text).toContain(tr("en", "work-two-three"));
  });

  it("turns away forged and outdated profile buttons", async () => {
    const h = await withAnswers("en");
    await h.send("/profile");
    const id = h.last().message_id;
    await h.pressData(id, "p:a:1:9", true);
    await h.pressData(id, "p:e:19", true);
    await h.pressData(id, "p:t:0:1", true);
    expect(
      h.fake
        .callsOf("answerCallbackQuery")
        .slice(-3)
        .map((c) => c.payload.text),
    ).toEqual([
      tr("en", "button-outdated"),
      tr("en", "button-outdated"),
      tr("en", "button-outdated"),
    ]);
    expect(h.errors).toEqual([]);
  });
});
