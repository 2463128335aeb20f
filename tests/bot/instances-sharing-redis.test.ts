/**
 * Several instances sharing Redis: an update delivered twice is handled once, and one student's
 * updates arriving at two instances at the same time are handled one after another.
 */
import { Redis } from "ioredis";
import { afterAll, expect, it } from "vitest";
import { QUESTIONS } from "../../src/bot/quiz/questions.js";
import { createStorage } from "../../src/storage/index.js";
import { describeWithRedis, freshRedisPrefix } from "../support/redis.js";
import { buttonData, plain, startHarness, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER } from "./quiz-flow.js";

describeWithRedis("instances sharing Redis", (redisUrl) => {
  const admin = new Redis(redisUrl);
  afterAll(() => admin.disconnect());

  it("handles an update delivered twice only once", async () => {
    const namespace = freshRedisPrefix({ cleanUpWith: admin });
    const h = await startHarness({
      storage: await createStorage({ redisUrl, dataDir: "unused", namespace }),
    });
    const start = h.fake.sendText(h.student, "/quiz");
    await h.deliver(start);
    await h.deliver(start);
    expect(h.texts().filter((t) => t.includes(`1/${QUESTIONS.length}`))).toHaveLength(1);
    await h.storage.close();
  });

  it("keeps one student's answers whole when two instances get them at the same time", async () => {
    const namespace = freshRedisPrefix({ cleanUpWith: admin });
    const one = await startHarness({
      storage: await createStorage({ redisUrl, dataDir: "unused", namespace }),
      distributed: true,
    });
    const two = await startHarness({
      storage: await createStorage({ redisUrl, dataDir: "unused", namespace }),
      fake: one.fake,
      student: one.student,
      distributed: true,
    });
    await one.send("/quiz");
    // Two taps on the same question reach both instances at once: one answer is counted.
    const question = one.last();
    const tapOne = one.fake.pressButton(
      one.student.id,
      question.message_id,
      buttonData(question, 0),
    );
    const tapTwo = one.fake.pressButton(
      one.student.id,
      question.message_id,
      buttonData(question, 1),
    );
    await Promise.all([one.deliver(tapOne), two.deliver(tapTwo)]);
    expect(one.texts().filter((t) => t.startsWith("✅ 1/"))).toHaveLength(1);
    expect(one.texts().filter((t) => t.includes(`2/${QUESTIONS.length}`))).toHaveLength(1);
    // The rest alternates between the instances and still ends in results.
    const alternating = {
      ...one,
      pressData: async (messageId: number, data: string) => {
        const target = Math.random() < 0.5 ? one : two;
        await target.pressData(messageId, data);
      },
    };
    await answerQuestionnaire(alternating, "en", SCHOOL_LEAVER, 1);
    expect(one.texts().join("\n")).toContain(plain(tr("en", "results-title")));
    expect(one.errors).toEqual([]);
    expect(two.errors).toEqual([]);
    await one.storage.close();
    await two.storage.close();
  });
});
