/**
 * Graceful shutdown of a polling bot: SIGTERM arrives while an update is half handled (the bot is
 * waiting on Telegram). It must finish that update, say "stopped", exit 0 within 10 s — and the
 * answer must be saved, so the next process carries on from it.
 */
import { afterEach, expect, it, vi } from "vitest";
import { describeWithRedis } from "../support/redis.js";
import { updateLogged } from "./support/bot-process.js";
import {
  answerButton,
  answerQuestionnaire,
  SCHOOL_LEAVER,
  transcriptProblems,
  waitForResults,
} from "./support/questionnaire.js";
import { createWorld, type World } from "./support/world.js";

const SHUTDOWN_LIMIT_MS = 10_000;

// Bot processes on a busy 2-core machine need more room than vitest's default 20 s.
vi.setConfig({ testTimeout: 60_000 });

describeWithRedis("e2e: graceful shutdown on SIGTERM", (redisUrl) => {
  let world: World | undefined;
  afterEach(() => world?.dispose());

  it("stops an idle polling bot on SIGTERM: exit 0, a stopped line, well within 10 s", async () => {
    world = await createWorld({ redisUrl });
    const bot = world.startBot();
    await bot.waitUntilStarted();
    const signalledAt = Date.now();
    bot.kill("SIGTERM");
    expect(await bot.exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(SHUTDOWN_LIMIT_MS);
    expect(bot.logs.at(-1)?.msg).toBe("stopped");
  });

  it("finishes the update in flight, logs stopped and exits 0 within 10 s", async () => {
    world = await createWorld({ redisUrl });
    const bot = world.startBot({}, "stopping process");
    await bot.waitUntilStarted();
    const student = world.student("ru");
    await student.send("/quiz");
    await answerQuestionnaire(student, SCHOOL_LEAVER, 0, 4);
    const question5 = await answerButton(student, 4, SCHOOL_LEAVER.choices[4]?.[0] ?? 0);

    // The answer to question 5 is in flight: the bot waits for Telegram to take question 6.
    const held = world.server.hold("sendMessage");
    await student.press(question5);
    await held.arrived;
    const signalledAt = Date.now();
    bot.kill("SIGTERM");
    // main.ts logs "stopping" as soon as the signal is taken: the update is still in flight.
    await bot.waitForLog((line) => line.msg === "stopping");
    held.release();

    expect(await bot.exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(SHUTDOWN_LIMIT_MS);
    const inFlight = student.lastUpdate().update_id;
    // In the order the process logged them (each line's own time: lines written together can
    // reach the pipe in either order).
    const milestones = bot.logs
      .filter((line) => updateLogged(inFlight)(line) || line.msg === "stopped")
      .sort((a, b) => Number(a.time) - Number(b.time) || (a.msg === "stopped" ? 1 : -1))
      .map((line) => (line.msg === "stopped" ? "stopped" : "in-flight update handled"));
    expect(milestones).toEqual(["in-flight update handled", "stopped"]);
    // Handled to the end, its answer saved: nothing failed on the way out.
    expect(bot.logs.find(updateLogged(inFlight))?.outcome).toBe("ok");
    expect(bot.logs.filter((line) => line.level >= 40)).toEqual([]);
    expect(world.fake.unansweredCallbackQueries()).toEqual([]);
    // Question 6, the reply the update was sending, reached the student before the exit.
    await answerButton(student, 5, SCHOOL_LEAVER.choices[5]?.[0] ?? 0, { timeoutMs: 1 });

    const next = world.startBot({}, "next process");
    await next.waitUntilStarted();
    await answerQuestionnaire(student, SCHOOL_LEAVER, 5);
    await waitForResults(student);
    expect(transcriptProblems(student, SCHOOL_LEAVER, world.knowledge)).toEqual([]);
    // If Telegram hands the next process the update again (its offset was not confirmed yet),
    // it is recognised as already handled: it counts once.
    expect(next.logs.filter(updateLogged(inFlight)).map((line) => line.outcome)).not.toContain(
      "ok",
    );
    expect(next.logs.filter((line) => line.level >= 50)).toEqual([]);
  });
});
