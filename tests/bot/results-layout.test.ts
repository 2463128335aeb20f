/**
 * Results in layers, as a student meets them on a phone: every persona answers the questionnaire
 * in each language and reads a first results message that fits one screen; every button under it
 * (each country's details, the funding view, more countries) leads to messages under 2,000
 * characters, valid Telegram HTML (the harness checks both on every message the bot sends).
 */
import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { decodeCallback } from "../../src/bot/keyboards/callback-data.js";
import { inlineButtonsOf } from "../../src/chat/fake-bot-api.js";
import { LOCALES, type Locale } from "../../src/knowledge/schema.js";
import { type Harness, plain, realKnowledge, startHarness, tr } from "./harness.js";
import { answersFor, PERSONAS } from "./personas.js";
import { answerQuestionnaire, SCHOOL_LEAVER, tap } from "./quiz-flow.js";

/** The most the first results message may show: one phone screen. */
const FIRST_MESSAGE_LIMIT = 1200;

function resultsMessages(h: Harness, locale: Locale): Message[] {
  const title = plain(tr(locale, "results-title"));
  return h.fake.messages(h.student.id).filter((m) => (m.text ?? "").startsWith(title));
}

/** The buttons of a message whose callback data decodes to `kind`, as [label, data]. */
function buttonsOfKind(message: Message | undefined, kind: string): [string, string][] {
  return inlineButtonsOf(message).flatMap((b) =>
    "callback_data" in b &&
    b.callback_data !== undefined &&
    decodeCallback(b.callback_data)?.kind === kind
      ? [[b.text, b.callback_data] as [string, string]]
      : [],
  );
}

describe("results in layers", () => {
  it.each(LOCALES.flatMap((locale) => PERSONAS.map((p) => [locale, p.name, p.profile] as const)))(
    "in %s, %s reads a first message that fits a phone, and every detail under it",
    async (locale, _name, profile) => {
      const h = await startHarness({ languageCode: locale });
      await h.send("/quiz");
      await answerQuestionnaire(h, locale, answersFor(profile));

      const [first] = resultsMessages(h, locale);
      expect(first, "the results").toBeDefined();
      expect((first?.text ?? "").length).toBeLessThanOrEqual(FIRST_MESSAGE_LIMIT);
      // Nothing of the results before it is cut: the summary is one message with its buttons.
      const details = buttonsOfKind(first, "result-details");
      expect(details).toHaveLength(3);
      for (const [, data] of details) await h.pressData(first?.message_id ?? 0, data);
      const [[, funding] = ["", ""]] = buttonsOfKind(first, "results").filter(
        ([label]) => label === tr(locale, "results-funding-button"),
      );
      await h.pressData(first?.message_id ?? 0, funding);
      const more = buttonsOfKind(first, "results").find(
        ([label]) => label === tr(locale, "results-more-button"),
      );
      if (more !== undefined) {
        await h.pressData(first?.message_id ?? 0, more[1]);
        expect((h.last().text ?? "").length).toBeLessThanOrEqual(FIRST_MESSAGE_LIMIT);
      }
      expect(h.fake.unansweredCallbackQueries()).toEqual([]);
      expect(h.errors).toEqual([]);
    },
  );

  it("names each funding route once in the funding view, with its obligations once", async () => {
    const knowledge = await realKnowledge();
    // A student offered Bolashak, Chevening and host governments' scholarships at once.
    const masters = PERSONAS.find((p) => p.name.startsWith("a master's student with C1 English"));
    if (masters === undefined) throw new Error("no such persona");
    const h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", answersFor(masters.profile));
    const summary = resultsMessages(h, "en")[0]?.text ?? "";
    // No obligation is spelled out in the summary: a ⚠️ points to the funding view.
    for (const f of knowledge.funding) {
      for (const o of f.obligations) expect(summary).not.toContain(o.text.en);
    }
    const before = h.texts().length;
    await tap(h, "en", "results-funding-button");
    const view = h.texts().slice(before).join("\n");
    for (const f of knowledge.funding) {
      const heads = view.split("\n").filter((line) => line === `💰 ${f.name.en}`);
      expect(heads.length, f.id).toBeLessThanOrEqual(1);
      for (const o of f.obligations) {
        expect(view.split(o.text.en).length - 1, `${f.id} ${o.id}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it("shows the same summary on /results, and the parent's link the same ways to pay", async () => {
    const h = await startHarness({ languageCode: "ru" });
    await h.send("/quiz");
    await answerQuestionnaire(h, "ru", SCHOOL_LEAVER);
    const [after] = resultsMessages(h, "ru");
    await h.send("/results");
    expect(h.last().text).toBe(after?.text);

    await tap(h, "ru", "results-share-button");
    const payload = /start=([A-Za-z0-9_-]+)/.exec(h.last().caption ?? "")?.[1] ?? "";
    const parent = h.fake.user({ language_code: "ru" });
    await h.deliver(h.fake.sendText(parent, `/start ${payload}`));
    const shared = h.fake.messages(parent.id)[0]?.text ?? "";
    const payLines = (text: string) => text.split("\n").filter((l) => l.startsWith("💰"));
    const names = (text: string) =>
      text
        .split("\n")
        .filter((l) => /^[🥇🥈🥉]/u.test(l))
        .map((l) => l.split(" — ")[0]);
    expect(payLines(shared)).toEqual(payLines(after?.text ?? ""));
    expect(names(shared)).toEqual(names(after?.text ?? ""));
    expect(shared.length).toBeLessThanOrEqual(FIRST_MESSAGE_LIMIT);
  });

  it("answers buttons from an old results message clearly", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    const old = resultsMessages(h, "en")[0]?.message_id ?? 0;
    // "More" from a longer list than today's: the last page.
    await h.pressData(old, "r:more:48", true);
    expect(h.last().text).toContain(plain(tr("en", "results-summary-more")));
    // A country no longer in the knowledge base.
    await h.pressData(old, "r:d:atlantis", true);
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)?.payload.text).toBe(
      tr("en", "button-outdated"),
    );
    // Details after the answers were deleted.
    await h.send("/forget");
    await tap(h, "en", "forget-confirm-button");
    await h.pressData(old, "r:d:russia", true);
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)?.payload.text).toBe(
      tr("en", "results-none-short"),
    );
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
