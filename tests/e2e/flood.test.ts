/**
 * A flood: 100 students answer the questionnaire at the same time over long polling, well over a
 * thousand updates interleaved in the bot's queue (each student's in their own order). Every
 * student must end with exactly their own answers and results.
 */
import { afterEach, expect, it, vi } from "vitest";
import { LOCALES } from "../../src/knowledge/schema.js";
import { describeWithRedis } from "../support/redis.js";
import {
  answerQuestionnaire,
  transcriptProblems,
  updatesIn,
  variedPlan,
  waitForResults,
} from "./support/questionnaire.js";
import { createWorld, type World } from "./support/world.js";

const STUDENTS = 100;

// Bot processes on a busy 2-core machine need more room than vitest's default 20 s.
vi.setConfig({ testTimeout: 60_000 });

describeWithRedis("e2e: a flood of students over long polling", (redisUrl) => {
  let world: World | undefined;
  afterEach(() => world?.dispose());

  it("gives each of 100 simultaneous students their own correct results", {
    timeout: 60_000,
  }, async ({ annotate }) => {
    world = await createWorld({ redisUrl });
    const bot = world.startBot();
    await bot.waitUntilStarted();
    const w = world;
    const students = Array.from({ length: STUDENTS }, (_, n) => ({
      student: w.student(LOCALES[n % LOCALES.length] ?? "en"),
      plan: variedPlan(n),
    }));

    const startedAt = Date.now();
    await Promise.all(
      students.map(async ({ student, plan }) => {
        await student.send("/quiz");
        await answerQuestionnaire(student, plan);
        await waitForResults(student, { timeoutMs: 45_000 });
      }),
    );
    const updates = students.reduce((sum, { plan }) => sum + 1 + updatesIn(plan), 0);
    await annotate(`${updates} updates from ${STUDENTS} students in ${Date.now() - startedAt} ms`);

    expect(updates).toBeGreaterThanOrEqual(1000);
    expect(
      students.flatMap(({ student, plan }) => transcriptProblems(student, plan, w.knowledge)),
    ).toEqual([]);
    expect(w.fake.calls.filter((call) => call.error !== undefined)).toEqual([]);
    expect(w.fake.unansweredCallbackQueries()).toEqual([]);
    expect(bot.logs.filter((line) => line.level >= 50)).toEqual([]);
  });
});
