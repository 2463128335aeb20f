/**
 * `kill -9` of a polling bot in the middle of a questionnaire: a new process on the same Redis
 * picks up where the student was, including what they tapped while no bot was running.
 */
import { Api } from "grammy";
import { afterEach, expect, it, vi } from "vitest";
import { describeWithRedis } from "../support/redis.js";
import { updateLogged } from "./support/bot-process.js";
import {
  answerButton,
  answerQuestionnaire,
  answerStep,
  SCHOOL_LEAVER,
  transcriptProblems,
  waitForResults,
} from "./support/questionnaire.js";
import { createWorld, type World } from "./support/world.js";

// Bot processes on a busy 2-core machine need more room than vitest's default 20 s.
vi.setConfig({ testTimeout: 60_000 });

describeWithRedis("e2e: the bot is killed with SIGKILL and restarted", (redisUrl) => {
  let world: World | undefined;
  afterEach(() => world?.dispose());

  it("keeps every answer, and the tap made while it was down, after kill -9 and a restart", async () => {
    world = await createWorld({ redisUrl });
    const first = world.startBot({}, "first process");
    await first.waitUntilStarted();
    const student = world.student("ru");
    await student.send("/quiz");
    await answerQuestionnaire(student, SCHOOL_LEAVER, 0, 4);
    // Question 5 is on screen and the fourth answer is saved: the bot is between updates.
    await answerButton(student, 4, SCHOOL_LEAVER.choices[4]?.[0] ?? 0);
    await first.waitForLog(updateLogged(student.lastUpdate().update_id));

    first.kill("SIGKILL");
    expect(await first.exit).toEqual({ code: null, signal: "SIGKILL" });
    // Telegram keeps updates while no bot polls; the next process gets them.
    await answerStep(student, SCHOOL_LEAVER, 4);
    const tappedWhileDown = student.lastUpdate().update_id;

    const second = world.startBot({}, "second process");
    await second.waitUntilStarted();
    await second.waitForLog(updateLogged(tappedWhileDown));
    await answerQuestionnaire(student, SCHOOL_LEAVER, 5);
    await waitForResults(student);

    expect(transcriptProblems(student, SCHOOL_LEAVER, world.knowledge)).toEqual([]);
    expect(second.logs.filter((line) => line.level >= 50)).toEqual([]);
  });

  it("loses nothing when killed in the middle of an update: redelivered, or tapped again", async ({
    annotate,
  }) => {
    world = await createWorld({ redisUrl });
    const first = world.startBot({}, "first process");
    await first.waitUntilStarted();
    const student = world.student("kk");
    await student.send("/quiz");
    await answerQuestionnaire(student, SCHOOL_LEAVER, 0, 7);

    // Killed while it handles the answer to question 8: it has taken the update, not replied.
    const planButton = await answerButton(student, 7, SCHOOL_LEAVER.choices[7]?.[0] ?? 0);
    const held = world.server.hold("answerCallbackQuery");
    await student.press(planButton);
    await held.arrived;
    first.kill("SIGKILL");
    await first.exit;
    held.release();

    const api = new Api(world.token, { apiRoot: world.server.apiRoot });
    const { pending_update_count: pending } = await api.getWebhookInfo();
    const second = world.startBot({}, "second process");
    await second.waitUntilStarted();
    await annotate(
      pending > 0
        ? "the update in flight was not confirmed yet, so Telegram delivered it again"
        : "the update in flight was already confirmed (the runner fetches ahead): the student tapped again",
    );
    if (pending > 0) {
      // Not confirmed before the crash: Telegram delivers it again, and it counts once.
      await second.waitForLog(updateLogged(student.lastUpdate().update_id));
    } else {
      // Confirmed before the crash, so it never comes back: the student sees no reaction and
      // taps again; the button must still be there and must still count.
      expect(
        student.messages().find((m) => m.message_id === planButton.messageId)?.text,
      ).not.toMatch(/^✅/);
      await student.press(planButton);
    }
    await answerQuestionnaire(student, SCHOOL_LEAVER, 8);
    await waitForResults(student);
    expect(transcriptProblems(student, SCHOOL_LEAVER, world.knowledge)).toEqual([]);
  });
});
