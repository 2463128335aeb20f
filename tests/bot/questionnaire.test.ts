import { describe, expect, it } from "vitest";
import { LANGUAGE_NAMES } from "../../src/bot/keyboards/menus.js";
import { QUESTIONS } from "../../src/bot/quiz/questions.js";
import { flag } from "../../src/bot/render/knowledge-text.js";
import { scoreText } from "../../src/bot/render/results-summary.js";
import { LOCALES } from "../../src/knowledge/schema.js";
import { recommend } from "../../src/recommend/recommend.js";
import type { RankedDestination } from "../../src/recommend/types.js";
import { buttonData, labels, plain, realKnowledge, startHarness, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER, SCHOOL_LEAVER_PROFILE, tap } from "./quiz-flow.js";

describe("the questionnaire, from /start to results", () => {
  it.each(LOCALES)(
    "runs entirely in %s, ending with the best match first and Russia's budget places on the first page for a school leaver near home",
    async (locale) => {
      const h = await startHarness({ languageCode: "en" });
      await h.send("/start");
      expect(plain(h.last().text ?? "")).toBe(plain(tr("en", "welcome")));
      expect(labels(h.last())).toEqual(["Қазақша", "Русский", "English"]);

      await h.press(LANGUAGE_NAMES[locale]);
      await tap(h, locale, "start-quiz-button");

      // Each question arrives in the chosen language with its progress.
      const prompts = QUESTIONS.map((q) => tr(locale, q.prompt));
      expect(h.last().text).toContain(`1/${QUESTIONS.length}`);
      expect(h.last().text).toContain(prompts[0]);

      await answerQuestionnaire(h, locale, SCHOOL_LEAVER);

      const texts = h.texts();
      // Every question stayed in the chat as a record: answered, edited, without buttons.
      for (const [i, prompt] of prompts.entries()) {
        const record = h.fake
          .messages(h.student.id)
          .find((m) => m.text?.startsWith(`✅ ${i + 1}/${QUESTIONS.length}`));
        expect(record?.text, `question ${i + 1}`).toContain(plain(prompt));
        expect(record?.reply_markup, `question ${i + 1} keeps no buttons`).toBeUndefined();
      }
      const knowledge = await realKnowledge();
      const results = texts.join("\n");
      expect(results).toContain(plain(tr(locale, "results-title")));
      // Which destination leads is the matcher's to say (the personas pin it down); the results
      // show it first, with its flag, its score and how much of it rests on checked data.
      const first = recommend(SCHOOL_LEAVER_PROFILE, knowledge).destinations[0];
      const leader = knowledge.destinations.find((d) => d.id === first?.destinationId);
      expect(results).toContain(`🥇 ${flag(leader?.country ?? "")} ${leader?.name[locale]}`);
      const say = (key: string, params?: Record<string, string | number>) =>
        tr(locale, key, params);
      expect(results).toContain(plain(scoreText(first as RankedDestination, say)));
      // The results keyboard is under the results; the consent question (issue 7) follows them.
      expect(labels(h.fake.messages(h.student.id).at(-2))).toContain(
        tr(locale, "results-funding-button"),
      );
      expect(labels(h.last())).toEqual([
        tr(locale, "consent-yes-button"),
        tr(locale, "consent-no-button"),
      ]);
      expect(h.fake.unansweredCallbackQueries()).toEqual([]);
      expect(h.errors).toEqual([]);
    },
  );

  it("keeps a Kazakh speaker in Kazakh all the way, guessed from Telegram", async () => {
    const h = await startHarness({ languageCode: "kk" });
    await h.send("/quiz");
    await answerQuestionnaire(h, "kk", SCHOOL_LEAVER);
    const questionTexts = h.fake.messages(h.student.id).filter((m) => m.text?.startsWith("✅"));
    // The main questions, then the follow-up on age that a scholarship in the results depends on.
    expect(questionTexts).toHaveLength(QUESTIONS.length + 1);
    for (const [i, q] of QUESTIONS.entries()) {
      expect(questionTexts[i]?.text).toContain(tr("kk", q.prompt));
    }
    expect(questionTexts[QUESTIONS.length]?.text).toContain(tr("kk", "quiz-age-question"));
    expect(h.texts().join("\n")).toContain(plain(tr("kk", "results-title")));
  });

  it("asks a master's applicant about work experience, and the answer shows in the funding reasons", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", {
      situation: "situation-working",
      level: "level-master",
      budget: "budget-5m-10m",
      languages: ["language-ru", "language-en"],
      learn: "quiz-learn-no",
      field: "field-business-economics",
      priorities: ["priority-prestige", "priority-career-links"],
      plan: "plan-return",
      english: "english-c1",
      workYears: "work-two-three",
      age: "age-25-29",
    });
    const texts = h.texts();
    // Both follow-ups, in order, counted on their own after the main questions.
    expect(texts.find((t) => t.startsWith(`✅ ${QUESTIONS.length}/${QUESTIONS.length}`))).toContain(
      tr("en", QUESTIONS.at(-1)?.prompt ?? ""),
    );
    expect(texts.find((t) => t.startsWith("✅ +1/2"))).toContain(tr("en", "quiz-work-question"));
    expect(texts.find((t) => t.startsWith("✅ +2/2"))).toContain(tr("en", "quiz-age-question"));
    expect(texts.join("\n")).toContain(plain(tr("en", "results-title")));
    await h.press(tr("en", "results-funding-button"));
    expect(h.errors).toEqual([]);
  });

  it("goes back one question with Back and keeps going", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await tap(h, "en", SCHOOL_LEAVER.situation);
    await tap(h, "en", "level-master");
    await tap(h, "en", "quiz-back");
    expect(h.last().text).toContain(tr("en", "quiz-level-question"));
    await tap(h, "en", "level-bachelor");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER, 2);
    const records = h.texts().filter((t) => t.startsWith("✅ 2/"));
    expect(records.at(-1)).toContain(tr("en", "level-bachelor"));
    expect(h.texts().join("\n")).toContain(plain(tr("en", "results-title")));
  });

  it("shows the results again on /results, pages with More and explains funding", async () => {
    const h = await startHarness();
    await h.send("/results");
    expect(h.last().text).toBe(plain(tr("en", "results-none")));
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    const before = h.texts().length;
    await h.send("/results");
    expect(h.texts().length).toBeGreaterThan(before);
    // A page may take more than one message: the first place is on it.
    expect(h.texts().slice(before).join("\n")).toContain("🥇");

    await h.press(tr("en", "results-more-button"));
    expect(h.last().text).toContain(plain(tr("en", "results-summary-more")));
    expect(h.last().text).toMatch(/^4\. /m);

    await h.press(tr("en", "results-funding-button"));
    const funding = h.texts().join("\n");
    expect(funding).toContain(plain(tr("en", "funding-title")));
    expect(funding).toContain(plain(tr("en", "funding-scam-warning")));
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
  });

  it("starts over with /quiz in the middle and with the Start over button", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await tap(h, "en", "situation-graduated");
    await tap(h, "en", "level-master");
    await h.send("/quiz");
    expect(h.last().text).toContain(`1/${QUESTIONS.length}`);
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    await h.press(tr("en", "results-restart-button"));
    expect(h.last().text).toContain(`1/${QUESTIONS.length}`);
  });

  it("stops with /cancel and says so; a later answer button is closed", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    const question = h.last();
    await h.send("/cancel");
    expect(h.last().text).toBe(plain(tr("en", "cancel-done")));
    // The question lost its buttons; an old client may still send one.
    expect(h.fake.message(h.student.id, question.message_id)?.reply_markup).toBeUndefined();
    const data = buttonData(question, 0);
    await h.pressData(question.message_id, data, true);
    const answered = h.fake.callsOf("answerCallbackQuery").at(-1);
    expect(answered?.payload.text).toBe(tr("en", "button-outdated"));
  });
});
