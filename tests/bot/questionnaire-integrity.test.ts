/**
 * The questionnaire keeps what the student did, and a step is all or nothing for them: an answer
 * shows as taken ("✅") only once it is stored, and whatever fails on the way (the Bot API, the
 * store), the student is left with a live question that counts.
 */
import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { SessionData } from "../../src/bot/context.js";
import { QUESTIONS } from "../../src/bot/quiz/questions.js";
import { inlineButtonsOf } from "../../src/chat/fake-bot-api.js";
import { type Harness, labels, plain, startHarness, tr } from "./harness.js";
import {
  answerQuestionnaire,
  SCHOOL_LEAVER,
  SCHOOL_LEAVER_PROFILE,
  tap,
  tapDone,
} from "./quiz-flow.js";

async function sessionOf(h: Harness): Promise<SessionData | undefined> {
  return h.storage.sessions.read(`${h.storage.prefixes.session}${h.student.id}`);
}

/** The messages that show live questionnaire buttons now. */
function liveQuestions(h: Harness): Message[] {
  return h.fake
    .messages(h.student.id)
    .filter((m) =>
      inlineButtonsOf(m).some((b) => "callback_data" in b && b.callback_data?.startsWith("q:")),
    );
}

/** The one live question; fails when there is none or more than one. */
function theLiveQuestion(h: Harness): Message {
  const live = liveQuestions(h);
  expect(live.map((m) => m.text?.split("\n")[0])).toHaveLength(1);
  return live[0] as Message;
}

const progressOf = (step: number) => `${step + 1}/${QUESTIONS.length}`;

/** Edits the bot made since call number `from`. */
function editsSince(h: Harness, from: number): string[] {
  return h.fake.calls
    .slice(from)
    .map((c) => c.method)
    .filter((m) => m.startsWith("edit"));
}

describe("the questionnaire keeps what the student did", () => {
  it("asks the current question again in the new language after /language, ticks kept, and the old copy loses its buttons", async () => {
    const h = await startHarness({ languageCode: "ru" });
    await h.send("/quiz");
    await answerQuestionnaire(h, "ru", SCHOOL_LEAVER, 0, 3);
    await tap(h, "ru", "language-kk");
    const russianCopy = theLiveQuestion(h);
    await h.send("/language");
    await h.press("English");

    const again = h.last();
    expect(again.text).toBe(
      `${plain(tr("en", "language-set-in-quiz"))}\n\n${progressOf(3)} · ${tr("en", "quiz-languages-question")}\n${tr("en", "quiz-multi-hint-all")}`,
    );
    expect(labels(again)).toContain(`✅ ${tr("en", "language-kk")}`);
    expect(labels(again)).toContain(tr("en", "quiz-done", { count: 1 }));
    expect(h.fake.message(h.student.id, russianCopy.message_id)?.reply_markup).toBeUndefined();
    expect(theLiveQuestion(h).message_id).toBe(again.message_id);

    await tap(h, "en", "language-ru");
    await tapDone(h, "en", 2);
    expect(h.last().text).toContain(tr("en", "quiz-learn-question"));
    const record = h.texts().find((t) => t.startsWith(`✅ ${progressOf(3)}`));
    expect(record).toContain(`${tr("en", "language-kk")}, ${tr("en", "language-ru")}`);
    expect(h.errors).toEqual([]);
  });

  it("changes nothing and sends no edit when the language already chosen is pressed", async () => {
    const h = await startHarness({ languageCode: "en" });
    await h.send("/start");
    await h.press("English");
    await h.send("/quiz");
    await tap(h, "en", SCHOOL_LEAVER.situation);
    await h.send("/language");
    const before = { calls: h.fake.calls.length, texts: h.texts(), session: await sessionOf(h) };

    await h.press("✓ English");

    expect(h.fake.calls.slice(before.calls).map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(h.texts()).toEqual(before.texts);
    const { handled: _, ...after } = (await sessionOf(h)) ?? {};
    const { handled: __, ...earlier } = before.session ?? {};
    expect(after).toEqual(earlier);
  });

  it("shows the earlier question with the earlier answer ticked after Back, for one choice and for several", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await tap(h, "en", "situation-graduated");
    await tap(h, "en", "quiz-back");
    expect(h.last().text).toContain(tr("en", "quiz-situation-question"));
    expect(labels(h.last())).toContain(`✅ ${tr("en", "situation-graduated")}`);
    expect(labels(h.last())).toContain(tr("en", "situation-school"));

    await tap(h, "en", SCHOOL_LEAVER.situation);
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER, 1, 4);
    await tap(h, "en", "quiz-back");
    const languages = h.last();
    expect(languages.text).toContain(tr("en", "quiz-languages-question"));
    expect(labels(languages).filter((l) => l.startsWith("✅"))).toEqual([
      `✅ ${tr("en", "language-kk")}`,
      `✅ ${tr("en", "language-ru")}`,
    ]);
    // Done carries the earlier answer: one tap keeps it.
    await tapDone(h, "en", 2);
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER, 4);
    expect((await sessionOf(h))?.profile).toEqual(SCHOOL_LEAVER_PROFILE);
    expect(liveQuestions(h)).toEqual([]);
  });

  it("keeps the ticks of a multiple choice when the student types instead of tapping", async () => {
    const h = await startHarness({ languageCode: "kk" });
    await h.send("/quiz");
    await answerQuestionnaire(h, "kk", SCHOOL_LEAVER, 0, 6);
    await tap(h, "kk", "priority-low-cost");
    await tap(h, "kk", "priority-close-to-home");
    const first = theLiveQuestion(h);
    await h.send("арзан әрі жақын");

    const again = theLiveQuestion(h);
    expect(again.message_id).not.toBe(first.message_id);
    expect(again.text).toContain(plain(tr("kk", "quiz-use-buttons")));
    expect(labels(again).filter((l) => l.startsWith("✅"))).toEqual([
      `✅ ${tr("kk", "priority-low-cost")}`,
      `✅ ${tr("kk", "priority-close-to-home")}`,
    ]);
    await tapDone(h, "kk", 2);
    await answerQuestionnaire(h, "kk", SCHOOL_LEAVER, 7);
    expect((await sessionOf(h))?.profile?.priorities).toEqual(["low-cost", "close-to-home"]);
  });

  it("sends no edit for a tap that changes nothing (a double tap on an option)", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER, 0, 3);
    const question = theLiveQuestion(h);
    const toggle = inlineButtonsOf(question).find((b) => b.text.endsWith(tr("en", "language-kk")));
    const data = (toggle as { callback_data: string }).callback_data;
    const first = h.fake.pressButton(h.student.id, question.message_id, data);
    const second = h.fake.pressButton(h.student.id, question.message_id, data);
    const from = h.fake.calls.length;
    await h.deliver(first);
    await h.deliver(second);
    expect(editsSince(h, from)).toEqual(["editMessageReplyMarkup"]);
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
  });
});

describe("a step is all or nothing for the student", () => {
  it("keeps the question answerable when the next question cannot be sent (a 429 longer than the bot waits)", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    const question = theLiveQuestion(h);
    h.fake.failNextWithTooManyRequests("sendMessage", 60);
    await tap(h, "en", SCHOOL_LEAVER.situation);

    // Not taken: the question is as it was, with its buttons, and no record claims the answer.
    expect(h.fake.message(h.student.id, question.message_id)?.text).toBe(question.text);
    expect(theLiveQuestion(h).message_id).toBe(question.message_id);
    expect(h.last().text).toBe(plain(tr("en", "error-try-again")));
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);

    await tap(h, "en", SCHOOL_LEAVER.situation);
    expect(h.fake.message(h.student.id, question.message_id)?.text).toMatch(/^✅ 1\//);
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER, 1);
    expect((await sessionOf(h))?.profile).toEqual(SCHOOL_LEAVER_PROFILE);
  });

  it("repairs the chat when the answer was not stored after the next question went out", async () => {
    const h = await startHarness({ languageCode: "ru" });
    await h.send("/quiz");
    await answerQuestionnaire(h, "ru", SCHOOL_LEAVER, 0, 4);
    const question5 = theLiveQuestion(h);
    failNextSessionWrite(h);
    await tap(h, "ru", SCHOOL_LEAVER.learn);

    // Question 6 went out, but the answer to question 5 was not stored: question 5 shows no
    // record and keeps its buttons.
    const orphan = h.fake
      .messages(h.student.id)
      .find((m) => m.text?.includes(tr("ru", "quiz-field-question")));
    expect(orphan).toBeDefined();
    expect(h.fake.message(h.student.id, question5.message_id)?.text).toBe(question5.text);
    expect((await sessionOf(h))?.quiz).toMatchObject({ step: 4 });

    // The student taps the newest question, as anyone would: they are told, and asked again.
    await tap(h, "ru", SCHOOL_LEAVER.field);
    const again = theLiveQuestion(h);
    expect(again.text).toContain(plain(tr("ru", "quiz-answer-not-saved")));
    expect(again.text).toContain(tr("ru", "quiz-learn-question"));
    expect(h.fake.message(h.student.id, orphan?.message_id ?? 0)?.reply_markup).toBeUndefined();
    expect(h.texts().filter((t) => t.startsWith("✅ 5/"))).toEqual([]);

    await answerQuestionnaire(h, "ru", SCHOOL_LEAVER, 4);
    expect((await sessionOf(h))?.profile).toEqual(SCHOOL_LEAVER_PROFILE);
    expect(h.texts().filter((t) => t.startsWith("✅ 5/"))).toHaveLength(1);
    expect(liveQuestions(h)).toEqual([]);
  });

  it("takes the answer again when the student taps the question that was not taken", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    const question1 = theLiveQuestion(h);
    failNextSessionWrite(h);
    await tap(h, "en", SCHOOL_LEAVER.situation);
    expect(h.last().text).toBe(plain(tr("en", "error-try-again")));
    expect(liveQuestions(h).map((m) => m.text?.split(" · ")[0])).toEqual([
      progressOf(0),
      progressOf(1),
    ]);

    // The first question still has its buttons: tapping it counts.
    const data = inlineButtonsOf(question1).find((b) => b.text === tr("en", "situation-school"));
    await h.pressData(question1.message_id, (data as { callback_data: string }).callback_data);
    expect(h.fake.message(h.student.id, question1.message_id)?.text).toMatch(/^✅ 1\//);
    // The copy of question 2 sent first is still a question 2 of this run: either copy counts.
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER, 1);
    expect((await sessionOf(h))?.profile).toEqual(SCHOOL_LEAVER_PROFILE);
  });

  it("keeps the student going when the record of a stored answer cannot be written", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    const question1 = theLiveQuestion(h);
    h.fake.failNextWithTooManyRequests("editMessageText", 60);
    await tap(h, "en", SCHOOL_LEAVER.situation);
    // Stored: question 2 is live. The first question could not become its record.
    expect(liveQuestions(h).at(-1)?.text).toContain(tr("en", "quiz-level-question"));
    expect((await sessionOf(h))?.quiz).toMatchObject({ step: 1 });
    expect(h.errors.join("\n")).toContain("a change after saving failed");

    const old = inlineButtonsOf(question1)[1] as { callback_data: string };
    await h.pressData(question1.message_id, old.callback_data);
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)?.payload.text).toBe(
      tr("en", "quiz-stale-button"),
    );
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER, 1);
    expect((await sessionOf(h))?.profile).toEqual(SCHOOL_LEAVER_PROFILE);
  });

  it("redraws the question when Back was stored but the message still shows the later one", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await tap(h, "en", "situation-graduated");
    const question2 = theLiveQuestion(h);
    h.fake.failNextWithTooManyRequests("editMessageText", 60);
    await tap(h, "en", "quiz-back");
    expect(h.fake.message(h.student.id, question2.message_id)?.text).toBe(question2.text);

    // The student taps question 2's option on that message: it shows the stored question 1.
    await tap(h, "en", SCHOOL_LEAVER.level);
    const redrawn = h.fake.message(h.student.id, question2.message_id);
    expect(redrawn?.text).toContain(tr("en", "quiz-situation-question"));
    expect(labels(redrawn)).toContain(`✅ ${tr("en", "situation-graduated")}`);
    await tap(h, "en", SCHOOL_LEAVER.situation);
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER, 1);
    expect((await sessionOf(h))?.profile).toEqual(SCHOOL_LEAVER_PROFILE);
  });
});

describe("callbacks are acted on only when what they refer to exists", () => {
  const forged = async (h: Harness, data: string) => {
    await h.pressData(h.last().message_id, data, true);
    return h.fake.callsOf("answerCallbackQuery").at(-1)?.payload.text;
  };

  it("turns away a consent nobody was asked for, and a region without consent", async () => {
    const h = await startHarness();
    await h.send("/start");
    const texts = h.texts();
    expect(await forged(h, "c:y:a")).toBe(tr("en", "button-outdated"));
    expect(await forged(h, "c:y:p")).toBe(tr("en", "button-outdated"));
    expect(await forged(h, "g:astana")).toBe(tr("en", "button-outdated"));
    expect((await sessionOf(h))?.consent).toBeUndefined();
    expect(h.texts()).toEqual(texts);
  });

  it("keeps everything when /forget's confirmation is forged", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    expect(await forged(h, "f:c")).toBe(tr("en", "button-outdated"));
    expect((await sessionOf(h))?.profile).toEqual(SCHOOL_LEAVER_PROFILE);
  });

  it("turns away a made-up questionnaire run, and a step of this run the student never saw", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    expect(await forged(h, "q:zzzzz:0:a:0")).toBe(tr("en", "quiz-stale-button"));
    const run = (await sessionOf(h))?.quiz?.run;
    await tap(h, "en", SCHOOL_LEAVER.situation);
    await tap(h, "en", SCHOOL_LEAVER.level);
    // Question 3 is live; a forged answer to question 2 of the same run changes nothing.
    expect(await forged(h, `q:${run}:1:a:3`)).toBe(tr("en", "quiz-stale-button"));
    expect((await sessionOf(h))?.quiz).toMatchObject({ step: 2 });
  });
});

describe("private chats only", () => {
  it("answers a command in a group once, with a link to a private chat, and keeps nothing", async () => {
    const h = await startHarness({ languageCode: "ru" });
    const group = h.fake.group({ title: "11 «А»" });
    await h.deliver(h.fake.sendText(h.student, "/start", { chat: group }));
    await h.deliver(h.fake.sendText(h.student, "/quiz@bagdar_local_bot", { chat: group }));
    await h.deliver(h.fake.sendText(h.student, "всем привет", { chat: group }));
    await h.deliver(h.fake.sendText(h.student, "/start@other_bot", { chat: group }));

    const said = h.fake.messages(group.id).map((m) => m.text);
    const link = plain(tr("ru", "group-private-only", { bot: h.fake.botInfo.username }));
    expect(said).toEqual([link, link]);
    expect(said[0]).toContain(`t.me/${h.fake.botInfo.username}`);
    expect(
      await h.storage.sessions.read(`${h.storage.prefixes.session}${group.id}`),
    ).toBeUndefined();
    expect(await sessionOf(h)).toBeUndefined();
  });

  it("ignores a command for another bot in a private chat, and a channel's posts", async () => {
    const h = await startHarness();
    await h.send("/start@other_bot");
    await h.deliver(
      h.fake.pushUpdate(
        {
          channel_post: {
            message_id: 1,
            date: 1,
            chat: { id: -1009, type: "channel", title: "News" },
            text: "/start",
            entities: [{ type: "bot_command", offset: 0, length: 6 }],
          },
        },
        { queue: false },
      ),
    );
    expect(h.fake.calls.filter((c) => c.method !== "getMe")).toEqual([]);
    expect(await sessionOf(h)).toBeUndefined();
    expect(await h.storage.sessions.read(`${h.storage.prefixes.session}-1009`)).toBeUndefined();
    await h.send("/start@bagdar_local_bot");
    expect(plain(h.last().text ?? "")).toBe(plain(tr("en", "welcome")));
  });
});

/** The next session write fails as it would with Redis gone; later ones work. */
function failNextSessionWrite(h: Harness): void {
  const sessions = h.storage.sessions;
  const write = sessions.write.bind(sessions);
  let failed = false;
  sessions.write = async (key, value) => {
    if (!failed && key === `${h.storage.prefixes.session}${h.student.id}`) {
      failed = true;
      throw new Error("Connection is closed.");
    }
    return write(key, value);
  };
}
