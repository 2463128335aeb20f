/**
 * Several instances behind a load balancer (webhook mode) sharing one Redis: a student's updates
 * alternate between two instances, some reach both at once (Telegram delivering an update again
 * while the first delivery still runs) and some are double taps sent to both at the same moment.
 * Every answer must count exactly once, in order, and every result must be right.
 */
import { randomBytes } from "node:crypto";
import type { Update } from "grammy/types";
import { afterEach, expect, it, vi } from "vitest";
import { QUESTIONS } from "../../src/bot/quiz/questions.js";
import { LOCALES } from "../../src/knowledge/schema.js";
import { freePort } from "../support/free-port.js";
import { describeWithRedis } from "../support/redis.js";
import type { BotProcess } from "./support/bot-process.js";
import {
  answerButton,
  answerStep,
  type Choice,
  transcriptProblems,
  variedPlan,
  waitForResults,
} from "./support/questionnaire.js";
import type { Student } from "./support/student.js";
import { WebhookSender } from "./support/webhook-sender.js";
import { createWorld, type World } from "./support/world.js";

const STUDENTS = 12;
/** Single-choice questions (budget, plan) that each student double-taps. */
const DOUBLE_TAP_STEPS = new Set(
  ["budget", "plan"].map((key) => QUESTIONS.findIndex((q) => q.key === key)),
);

// Bot processes on a busy 2-core machine need more room than vitest's default 20 s.
vi.setConfig({ testTimeout: 60_000 });

describeWithRedis("e2e: two webhook instances sharing Redis", (redisUrl) => {
  let world: World | undefined;
  afterEach(() => world?.dispose());

  it("counts every answer once when a student's updates alternate between instances, some at once", async () => {
    world = await createWorld({ redisUrl, webhook: true });
    const secret = randomBytes(16).toString("hex");
    // The URL Telegram knows is the load balancer's; each instance serves its path on its port.
    const publicUrl = `https://bagdar.example/telegram/${randomBytes(8).toString("hex")}`;
    const origins: string[] = [];
    const instances: BotProcess[] = [];
    for (const name of ["instance A", "instance B"]) {
      const port = await freePort();
      origins.push(`http://127.0.0.1:${port}`);
      instances.push(
        world.startBot(
          { WEBHOOK_URL: publicUrl, WEBHOOK_SECRET: secret, PORT: String(port) },
          name,
        ),
      );
    }
    await Promise.all(instances.map((instance) => instance.waitUntilStarted()));
    const [viaA, viaB] = origins as [string, string];
    const sender = new WebhookSender(world.fake);

    const run = async (n: number) => {
      const w = world as World;
      let turn = 0;
      const deliver = async (update: Update) => {
        turn++;
        if (turn % 3 === 0) {
          await Promise.all([
            sender.deliver(update, { via: viaA }),
            sender.deliver(update, { via: viaB }),
          ]);
        } else {
          await sender.deliver(update, { via: turn % 2 === 0 ? viaA : viaB });
        }
      };
      const student = w.student(LOCALES[n % LOCALES.length] ?? "en", { deliver });
      const plan = variedPlan(n);
      await student.send("/quiz");
      for (const [step, choice] of plan.choices.entries()) {
        if (DOUBLE_TAP_STEPS.has(step)) await doubleTap(student, step, choice, [viaA, viaB]);
        else await answerStep(student, plan, step);
      }
      await waitForResults(student);
      return { student, plan };
    };

    /** Two taps on one button, sent to the two instances at the same moment. */
    const doubleTap = async (
      student: Student,
      step: number,
      choice: Choice,
      via: [string, string],
    ) => {
      const button = await answerButton(student, step, choice[0] ?? 0);
      const taps = [0, 1].map(() =>
        (world as World).fake.pressButton(student.chatId, button.messageId, button.data, {
          queue: false,
        }),
      );
      await Promise.all(taps.map((tap, i) => sender.deliver(tap, { via: via[i] as string })));
    };

    const finished = await Promise.all(Array.from({ length: STUDENTS }, (_, n) => run(n)));

    const problems = finished.flatMap(({ student, plan }) =>
      transcriptProblems(student, plan, (world as World).knowledge),
    );
    expect(problems).toEqual([]);
    // A second handling of one update would answer its callback query twice or edit a message
    // to what it already says: Telegram refuses both, and the fake records the refusal.
    expect(world.fake.calls.filter((call) => call.error !== undefined)).toEqual([]);
    expect(world.fake.unansweredCallbackQueries()).toEqual([]);
    for (const instance of instances) {
      expect(instance.logs.filter((line) => line.level >= 50)).toEqual([]);
      expect(instance.logs.filter((line) => line.msg === "update").length).toBeGreaterThan(
        STUDENTS,
      );
    }
  });
});
