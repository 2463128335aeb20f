/**
 * A questionnaire step is all or nothing for the student, with the bot as its own process: Redis
 * stopped, the process killed with SIGKILL, or a flood-control wait longer than the bot waits, in
 * the middle of a step (after the answer was taken, before it was stored). Each ends with the
 * student finishing through live buttons, and with no answer shown as saved ("✅") that was not.
 */
import { Api } from "grammy";
import type { Message } from "grammy/types";
import { afterEach, expect, it, vi } from "vitest";
import { decodeCallback } from "../../src/bot/keyboards/callback-data.js";
import { inlineButtonsOf } from "../../src/chat/fake-bot-api.js";
import { describeWithRedis } from "../support/redis.js";
import { type BotProcess, updateLogged } from "./support/bot-process.js";
import {
  answerButton,
  answerQuestionnaire,
  isQuestionText,
  type QuizPlan,
  SCHOOL_LEAVER,
  said,
  transcriptProblems,
  waitForResults,
} from "./support/questionnaire.js";
import {
  describeWithRedisServer,
  type RedisServerProcess,
  startRedisServer,
} from "./support/redis-server.js";
import type { ShownButton, Student } from "./support/student.js";
import { createWorld, type World } from "./support/world.js";

// Bot processes on a busy 2-core machine need more room than vitest's default 20 s.
vi.setConfig({ testTimeout: 90_000 });

/** Taps while the bot reconnects to Redis; a handful is enough, each waits for the bot. */
const MAX_TAPS_UNTIL_BACK = 30;

/** The message with `messageId` as the chat shows it now. */
function shownNow(student: Student, messageId: number): Message | undefined {
  return student.messages().find((m) => m.message_id === messageId);
}

/** The questionnaire step a button answers, if it is a questionnaire button. */
function stepOf(data: string | undefined): number | undefined {
  const decoded = decodeCallback(data);
  return decoded?.kind === "quiz" ? decoded.step : undefined;
}

/** The questionnaire step a message's live buttons answer, if it has any. */
function liveStep(message: Message | undefined): number | undefined {
  for (const button of inlineButtonsOf(message)) {
    const step = "callback_data" in button ? stepOf(button.callback_data) : undefined;
    if (step !== undefined) return step;
  }
  return undefined;
}

/**
 * What a chat may show besides the records and the results after a fault: a question asked
 * again (the copy that was not answered keeps its question, without a record), "try again".
 */
function notARecord(student: Student): (text: string) => boolean {
  const tryAgain = said(student.locale, "error-try-again");
  return (text) => text === tryAgain || (isQuestionText(text) && !text.startsWith("✅"));
}

/** How many answers the chat shows as taken ("✅"). */
function recordsShown(student: Student): number {
  return student.texts().filter((text) => text.startsWith("✅")).length;
}

/** Taps `button` once the bot has handled the previous update; returns the update. */
async function tapAndWait(student: Student, bot: BotProcess, button: ShownButton) {
  const update = await student.press(button);
  await bot.waitForLog(updateLogged(update.update_id));
  return update;
}

/** Finishes the run from whatever question is live now, and checks the chat against the plan. */
async function finishAndCheck(student: Student, plan: QuizPlan, world: World): Promise<void> {
  const live = student
    .messages()
    .filter((m) => liveStep(m) !== undefined)
    .at(-1);
  const step = liveStep(live);
  expect(step, "a live question to go on with").toBeDefined();
  await answerQuestionnaire(student, plan, step as number);
  await waitForResults(student);
  expect(transcriptProblems(student, plan, world.knowledge, notARecord(student))).toEqual([]);
}

describeWithRedisServer("e2e: Redis stops in the middle of a step", () => {
  let redis: RedisServerProcess | undefined;
  let world: World | undefined;
  afterEach(async () => {
    await world?.dispose();
    await redis?.dispose();
  });

  it("shows no record for the answer it could not store, and repairs the chat on the next tap", async () => {
    redis = await startRedisServer();
    world = await createWorld({ redisUrl: redis.url });
    const bot = world.startBot();
    await bot.waitUntilStarted();
    const student = world.student("ru");
    const plan = SCHOOL_LEAVER;
    await student.send("/quiz");
    await answerQuestionnaire(student, plan, 0, 4);
    const question5 = await answerButton(student, 4, plan.choices[4]?.[0] ?? 0);
    await bot.waitForLog(updateLogged(student.lastUpdate().update_id));
    const recordsBefore = recordsShown(student);

    // The answer is taken and question 6 is on its way; Redis stops before the step is stored.
    const held = world.server.hold("sendMessage");
    const tap = await student.press(question5);
    await held.arrived;
    await redis.stop();
    held.release();
    await bot.waitForLog(updateLogged(tap.update_id));

    const orphan = await answerButton(student, 5, plan.choices[5]?.[0] ?? 0);
    expect(shownNow(student, question5.messageId)?.text).not.toMatch(/^✅/);
    expect(liveStep(shownNow(student, question5.messageId))).toBe(4);
    expect(recordsShown(student)).toBe(recordsBefore);
    expect(student.texts().at(-1)).toBe(said("ru", "error-try-again"));

    // Redis comes back; the student taps the newest question, as anyone would, until the bot
    // answers: it says the last answer was not stored and asks question 5 again.
    await redis.start();
    const notSaved = said("ru", "quiz-answer-not-saved");
    let repaired = false;
    for (let taps = 0; !repaired && taps < MAX_TAPS_UNTIL_BACK; taps++) {
      const after = student.lastMessageId();
      await tapAndWait(student, bot, orphan);
      repaired = student
        .messages()
        .some((m) => m.message_id > after && (m.text ?? "").startsWith(notSaved));
    }
    expect(repaired).toBe(true);
    const again = student.messages().at(-1);
    expect(liveStep(again)).toBe(4);
    expect(liveStep(shownNow(student, orphan.messageId))).toBeUndefined();

    await finishAndCheck(student, plan, world);
    expect(bot.running).toBe(true);
  });
});

describeWithRedis("e2e: the process is killed in the middle of a step", (redisUrl) => {
  let world: World | undefined;
  afterEach(() => world?.dispose());

  it("shows no record for the answer it did not store, and the student goes on after a restart", async ({
    annotate,
  }) => {
    world = await createWorld({ redisUrl });
    const first = world.startBot({}, "first process");
    await first.waitUntilStarted();
    const student = world.student("kk");
    const plan = SCHOOL_LEAVER;
    await student.send("/quiz");
    await answerQuestionnaire(student, plan, 0, 4);
    const question5 = await answerButton(student, 4, plan.choices[4]?.[0] ?? 0);
    await first.waitForLog(updateLogged(student.lastUpdate().update_id));
    const recordsBefore = recordsShown(student);

    // Killed while question 6 is on its way: Telegram still delivers it, nothing is stored.
    const held = world.server.hold("sendMessage");
    const tap = await student.press(question5);
    await held.arrived;
    first.kill("SIGKILL");
    await first.exit;
    held.release();
    const orphan = await student.waitForButton(
      (data) => stepOf(data) === 5,
      "question 6, sent as the process died",
    );
    expect(shownNow(student, question5.messageId)?.text).not.toMatch(/^✅/);
    expect(liveStep(shownNow(student, question5.messageId))).toBe(4);
    expect(recordsShown(student)).toBe(recordsBefore);

    const api = new Api(world.token, { apiRoot: world.server.apiRoot });
    const { pending_update_count: pending } = await api.getWebhookInfo();
    const second = world.startBot({}, "second process");
    await second.waitUntilStarted();
    if (pending > 0) {
      await annotate("the tap was not confirmed yet: Telegram delivered it again, and it counts");
      await second.waitForLog(updateLogged(tap.update_id));
      expect(shownNow(student, question5.messageId)?.text).toMatch(/^✅/);
    } else {
      await annotate("the tap was confirmed before the crash: the student taps question 6");
      await tapAndWait(student, second, orphan);
      expect(student.texts().at(-1)).toMatch(
        new RegExp(`^${escapeRegExp(said("kk", "quiz-answer-not-saved"))}`),
      );
      expect(liveStep(student.messages().at(-1))).toBe(4);
    }
    await finishAndCheck(student, plan, world);
    expect(second.logs.filter((line) => line.level >= 50)).toEqual([]);
  });
});

describeWithRedis(
  "e2e: flood control longer than the bot waits, in the middle of a step",
  (redisUrl) => {
    let world: World | undefined;
    afterEach(() => world?.dispose());

    it("keeps the question answerable when the next one cannot be sent (429, retry after 60 s)", async () => {
      world = await createWorld({ redisUrl });
      const bot = world.startBot();
      await bot.waitUntilStarted();
      const student = world.student("en");
      const plan = SCHOOL_LEAVER;
      await student.send("/quiz");
      await answerQuestionnaire(student, plan, 0, 1);
      const question2 = await answerButton(student, 1, plan.choices[1]?.[0] ?? 0);
      await bot.waitForLog(updateLogged(student.lastUpdate().update_id));
      const recordsBefore = recordsShown(student);

      world.fake.failNextWithTooManyRequests("sendMessage", 60);
      const startedAt = Date.now();
      await tapAndWait(student, bot, question2);
      // The bot gave up at once instead of holding the chat for a minute.
      expect(Date.now() - startedAt).toBeLessThan(30_000);
      expect(shownNow(student, question2.messageId)?.text).not.toMatch(/^✅/);
      expect(liveStep(shownNow(student, question2.messageId))).toBe(1);
      expect(recordsShown(student)).toBe(recordsBefore);
      expect(world.fake.unansweredCallbackQueries()).toEqual([]);

      await tapAndWait(student, bot, question2);
      expect(shownNow(student, question2.messageId)?.text).toMatch(/^✅/);
      await finishAndCheck(student, plan, world);
    });
  },
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
