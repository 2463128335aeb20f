/**
 * Redis goes away under a running bot and comes back (same data, append-only file): the bot
 * stays up, a tap during the outage is visibly refused (by webhook also refused with a 500, so
 * Telegram delivers it again and it counts once Redis is back), /healthz tells the load balancer,
 * and afterwards the student finishes with every earlier answer intact.
 */
import { afterEach, expect, it, vi } from "vitest";
import { inlineButtonsOf } from "../../src/chat/fake-bot-api.js";
import { freePort } from "../support/free-port.js";
import { type BotProcess, updateLogged } from "./support/bot-process.js";
import {
  answerButton,
  answerQuestionnaire,
  isQuizButton,
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
import { WebhookSender } from "./support/webhook-sender.js";
import { createWorld, type World } from "./support/world.js";

/** The status of GET /healthz. */
async function health(origin: string): Promise<number> {
  const response = await fetch(`${origin}/healthz`);
  await response.arrayBuffer();
  return response.status;
}

/** Taps during an outage; a handful is enough, each one waits for the bot's answer. */
const MAX_TAPS_UNTIL_BACK = 30;

// Bot processes on a busy 2-core machine need more room than vitest's default 20 s.
vi.setConfig({ testTimeout: 60_000 });

describeWithRedisServer("e2e: Redis restarts while the bot runs", () => {
  let redis: RedisServerProcess | undefined;
  let world: World | undefined;
  afterEach(async () => {
    await world?.dispose();
    await redis?.dispose();
  });

  it("refuses a tap visibly while Redis is down, then the student finishes with every answer", async () => {
    redis = await startRedisServer();
    world = await createWorld({ redisUrl: redis.url });
    const bot = world.startBot();
    await bot.waitUntilStarted();
    const student = world.student("en");
    const tryAgain = said("en", "error-try-again");
    await student.send("/quiz");
    await answerQuestionnaire(student, SCHOOL_LEAVER, 0, 4);
    const question5 = await answerButton(student, 4, SCHOOL_LEAVER.choices[4]?.[0] ?? 0);
    await bot.waitForLog(updateLogged(student.lastUpdate().update_id));

    await redis.stop();
    const refused = await tapAndSee(student, bot, question5, tryAgain);
    expect(refused).toBe("refused");
    expect(student.messages().find((m) => m.message_id === question5.messageId)?.text).not.toMatch(
      /^✅/,
    );

    await redis.start();
    // The bot reconnects on its own schedule; the student taps again until it answers, as a
    // person would after "try again".
    let outcome = "refused";
    for (let taps = 0; outcome === "refused" && taps < MAX_TAPS_UNTIL_BACK; taps++) {
      outcome = await tapAndSee(student, bot, question5, tryAgain);
    }
    expect(outcome).toBe("answered");
    await answerQuestionnaire(student, SCHOOL_LEAVER, 5);
    await waitForResults(student);

    expect(bot.running).toBe(true);
    expect(
      transcriptProblems(student, SCHOOL_LEAVER, world.knowledge, (text) => text === tryAgain),
    ).toEqual([]);
  });

  it("webhook: /healthz says 503 while Redis is down and 200 after; the tap made meanwhile is redelivered and counts", async ({
    annotate,
  }) => {
    redis = await startRedisServer();
    world = await createWorld({ redisUrl: redis.url, webhook: true });
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const sender = new WebhookSender(world.fake);
    const bot = world.startBot({
      WEBHOOK_URL: `${origin}/telegram/hook`,
      WEBHOOK_SECRET: "outage_secret",
      PORT: String(port),
    });
    await bot.waitUntilStarted();
    expect(await health(origin)).toBe(200);
    const student = world.student("ru", { deliver: (update) => sender.deliver(update) });
    const tryAgain = said("ru", "error-try-again");
    await student.send("/quiz");
    await answerQuestionnaire(student, SCHOOL_LEAVER, 0, 4);
    const question5 = await answerButton(student, 4, SCHOOL_LEAVER.choices[4]?.[0] ?? 0);

    await redis.stop();
    expect(await health(origin)).toBe(503);
    // The student taps once during the outage; Telegram's first attempt to deliver it fails with
    // a 500 (after the student was told to try again), so Telegram keeps the update.
    const tap = world.fake.pressButton(student.chatId, question5.messageId, question5.data, {
      queue: false,
    });
    expect(await sender.post(tap)).toBe(500);
    expect(student.texts().at(-1)).toBe(tryAgain);
    expect(world.fake.unansweredCallbackQueries()).toEqual([]);

    // Telegram delivers it again with a growing delay while Redis comes back; the student does
    // nothing more. The delivery succeeds once the bot has handled it.
    const redelivery = sender.deliver(tap);
    await redis.start();
    const { attempts } = await redelivery;
    await annotate(`redelivery attempts after the first 500: ${attempts.join(", ")}`);
    expect(attempts.at(-1)).toBe(200);
    // Each attempt was handled (the log line comes before the answer); the last one counted.
    const handlings = () => bot.logs.filter(updateLogged(tap.update_id));
    await bot.waitForLog(() => handlings().length >= 1 + attempts.length);
    const errors = bot.logs.filter((line) => line.level >= 50 && line.update_id === tap.update_id);
    expect(handlings().at(-1)?.outcome, JSON.stringify(errors.slice(1))).toBe("ok");
    expect(await health(origin)).toBe(200);

    // The redelivered tap answered question 5: it is a record now and question 6 is on screen.
    await answerButton(student, 5, SCHOOL_LEAVER.choices[5]?.[0] ?? 0);
    expect(student.messages().find((m) => m.message_id === question5.messageId)?.text).toMatch(
      /^✅/,
    );
    await answerQuestionnaire(student, SCHOOL_LEAVER, 5);
    await waitForResults(student);
    expect(
      transcriptProblems(student, SCHOOL_LEAVER, world.knowledge, (text) => text === tryAgain),
    ).toEqual([]);
    expect(world.fake.unansweredCallbackQueries()).toEqual([]);
    expect(bot.running).toBe(true);
  });
});

/**
 * Taps `button` and, once the bot has logged the update as handled, tells what the student got:
 * the next question ("answered"), or a "try again" or an error logged for it ("refused").
 */
async function tapAndSee(
  student: Student,
  bot: BotProcess,
  button: ShownButton,
  tryAgain: string,
): Promise<"answered" | "refused" | "nothing"> {
  const after = student.lastMessageId();
  const update = await student.press(button);
  await bot.waitForLog(updateLogged(update.update_id));
  const newTexts = student
    .messages()
    .filter((m) => m.message_id > after)
    .map((m) => m.text);
  const errorLogged = bot.logs.some(
    (line) => line.level >= 50 && line.update_id === update.update_id,
  );
  if (newTexts.includes(tryAgain) || errorLogged) return "refused";
  const nextQuestion = student
    .messages()
    .some(
      (m) =>
        m.message_id > after &&
        inlineButtonsOf(m).some(
          (b) => "callback_data" in b && isQuizButton(b.callback_data ?? "", 5, "answer"),
        ),
    );
  return nextQuestion ? "answered" : "nothing";
}
