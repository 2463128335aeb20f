/** Bad input gets a clear, translated answer and loses nothing. */
import { describe, expect, it } from "vitest";
import { QUESTIONS } from "../../src/bot/quiz/questions.js";
import { buttonData, labels, plain, realKnowledge, startHarness, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER, tap } from "./quiz-flow.js";

async function inQuizAtLanguages() {
  const h = await startHarness({ languageCode: "ru" });
  await h.send("/quiz");
  await tap(h, "ru", SCHOOL_LEAVER.situation);
  await tap(h, "ru", SCHOOL_LEAVER.level);
  await tap(h, "ru", SCHOOL_LEAVER.budget);
  return h;
}

describe("bad input during the questionnaire", () => {
  it("answers text where a button is expected with a hint and the question again", async () => {
    const h = await inQuizAtLanguages();
    const asked = h.last();
    expect(labels(asked)).toContain(`▫️ ${tr("ru", "language-ru")}`);
    await h.send("я не знаю");
    const reply = h.last();
    expect(reply.text).toContain(plain(tr("ru", "quiz-use-buttons")));
    expect(reply.text).toContain(tr("ru", "quiz-languages-question"));
    expect(labels(reply)).toContain(`▫️ ${tr("ru", "language-ru")}`);
    // One question stays live: the earlier copy keeps its text and loses its buttons.
    const earlier = h.fake.messages(h.student.id).find((m) => m.message_id === asked.message_id);
    expect(earlier?.text).toBe(asked.text);
    expect(labels(earlier)).toEqual([]);
    // Nothing was lost: the questionnaire goes on from the same question.
    await answerQuestionnaire(h, "ru", SCHOOL_LEAVER, 3);
    expect(h.texts().join("\n")).toContain(plain(tr("ru", "results-title")));
    expect(h.errors).toEqual([]);
  });

  it.each([
    [
      "a sticker",
      {
        sticker: {
          file_id: "s1",
          file_unique_id: "u1",
          type: "regular",
          width: 512,
          height: 512,
          is_animated: false,
          is_video: false,
        },
      },
    ],
    ["a photo", { photo: [{ file_id: "p1", file_unique_id: "u2", width: 90, height: 90 }] }],
  ])("answers %s with the same hint", async (_name, content) => {
    const h = await inQuizAtLanguages();
    await h.deliver(
      h.fake.pushUpdate(
        {
          message: {
            message_id: 9000,
            date: 0,
            chat: { id: h.student.id, type: "private", first_name: h.student.first_name },
            from: h.student,
            ...content,
          },
        } as never,
        { queue: false },
      ),
    );
    expect(h.last().text).toContain(plain(tr("ru", "quiz-use-buttons")));
    expect(h.last().text).toContain(tr("ru", "quiz-languages-question"));
  });

  it("survives a message of Telegram's full 4096 characters and odd characters", async () => {
    const h = await inQuizAtLanguages();
    await h.send(`<b>&amp;</b> ${"ә".repeat(4000)} 🙂\u0000`.slice(0, 4096));
    expect(h.last().text).toContain(plain(tr("ru", "quiz-use-buttons")));
  });

  it("answers an unknown command inside the questionnaire with a hint, then continues", async () => {
    const h = await inQuizAtLanguages();
    await h.send("/foo");
    expect(h.last().text).toContain(plain(tr("ru", "quiz-use-buttons")));
    await answerQuestionnaire(h, "ru", SCHOOL_LEAVER, 3);
    expect(h.texts().join("\n")).toContain(plain(tr("ru", "results-title")));
  });

  it("closes a button of an answered question without changing anything", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    const first = h.last();
    const oldData = buttonData(first, 1);
    await tap(h, "en", SCHOOL_LEAVER.situation);
    const before = h.texts();
    await h.pressData(first.message_id, oldData, true);
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)?.payload.text).toBe(
      tr("en", "quiz-stale-button"),
    );
    expect(h.texts()).toEqual(before);
    expect(h.last().text).toContain(`2/${QUESTIONS.length}`);
  });

  it("counts a double tap once", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    const question = h.last();
    const data = buttonData(question, 0);
    const first = h.fake.pressButton(h.student.id, question.message_id, data);
    const second = h.fake.pressButton(h.student.id, question.message_id, data);
    await Promise.all([h.deliver(first), h.deliver(second)]);
    const progress = h.texts().filter((t) => t.includes(`2/${QUESTIONS.length}`));
    expect(progress).toHaveLength(1);
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
  });

  it("asks for at least one language before Done", async () => {
    const h = await inQuizAtLanguages();
    await tap(h, "ru", "quiz-done", { count: 0 });
    const alert = h.fake.callsOf("answerCallbackQuery").at(-1)?.payload;
    expect(alert).toMatchObject({
      text: tr("ru", "quiz-choose-between", { min: 1, max: 7 }),
      show_alert: true,
    });
    expect(h.last().text).toContain(tr("ru", "quiz-languages-question"));
  });

  it("refuses a fourth priority", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER, 0, 6);
    for (const p of [
      "priority-low-cost",
      "priority-prestige",
      "priority-career-links",
      "priority-new-culture",
    ]) {
      await tap(h, "en", p);
    }
    const alert = h.fake.callsOf("answerCallbackQuery").at(-1)?.payload;
    expect(alert).toMatchObject({
      text: tr("en", "quiz-choose-between", { min: 1, max: 3 }),
      show_alert: true,
    });
    expect(labels(h.last()).filter((l) => l.startsWith("✅"))).toHaveLength(3);
  });
});

describe("bad input outside the questionnaire", () => {
  it("answers an unknown command with a pointer to /help", async () => {
    const h = await startHarness({ languageCode: "kk" });
    await h.send("/whatever");
    expect(h.last().text).toBe(plain(tr("kk", "unknown-command")));
  });

  it("answers free text it cannot match with an honest “I don't know” and a pointer to /quiz", async () => {
    const h = await startHarness({ languageCode: "ru" });
    await h.send("курс биткоина");
    const text = h.last().text ?? "";
    const countries = (await realKnowledge()).destinations.length;
    expect(text).toContain(plain(tr("ru", "ask-unknown", { countries })));
    expect(text).toContain("/quiz");
  });

  it("answers a forged or outdated button without breaking", async () => {
    const h = await startHarness();
    await h.send("/start");
    await h.pressData(h.last().message_id, "q:zz:1:a:0", true);
    await h.pressData(h.last().message_id, "totally-forged", true);
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
    expect(h.fake.callsOf("answerCallbackQuery").map((c) => c.payload.text)).toEqual([
      tr("en", "button-outdated"),
      tr("en", "button-outdated"),
    ]);
  });
});
