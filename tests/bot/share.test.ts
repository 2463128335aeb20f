import { describe, expect, it } from "vitest";
import { decodeDeepLink } from "../../src/bot/deep-links.js";
import { shareSelection } from "../../src/bot/render/share-card.js";
import type { UploadedFile } from "../../src/chat/fake-bot-api.js";
import { recommend } from "../../src/recommend/index.js";
import { labels, plain, realKnowledge, startHarness, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER, SCHOOL_LEAVER_PROFILE, tap } from "./quiz-flow.js";

/** The bot judges each figure's age by today's date, so the expected ranking does too. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

describe("sharing the results", () => {
  it("sends a PNG card and a link that holds only destination and route ids", async () => {
    const knowledge = await realKnowledge();
    const h = await startHarness({ languageCode: "kk" });
    await h.send("/quiz");
    await answerQuestionnaire(h, "kk", SCHOOL_LEAVER);
    await tap(h, "kk", "results-share-button");

    const call = h.fake.callsOf("sendPhoto").at(-1);
    const photo = call?.payload.photo as UploadedFile;
    expect(photo.upload).toBe(true);
    expect(photo.filename).toMatch(/\.png$/);
    expect(photo.size).toBeGreaterThan(20_000);
    expect(photo.size).toBeLessThan(2_000_000);

    const message = h.last();
    expect(message.photo).toBeDefined();
    const caption = message.caption ?? "";
    const link = /https:\/\/t\.me\/(\w+)\?start=([A-Za-z0-9_-]+)/.exec(caption);
    expect(link?.[1]).toBe(h.fake.botInfo.username);
    const payload = link?.[2] ?? "";
    expect(payload.length).toBeLessThanOrEqual(64);
    // Nothing of the answers: only the ids of the same destinations and routes the card shows.
    const expected = shareSelection(
      recommend(SCHOOL_LEAVER_PROFILE, knowledge, { today: today() }),
      knowledge,
    );
    expect(decodeDeepLink(payload, knowledge)).toEqual({ kind: "shared", ...expected });
    expect(payload).not.toMatch(/bachelor|under|social|return|a2/);
    // The forward button opens Telegram's share page with the link.
    const button = message.reply_markup?.inline_keyboard[0]?.[0];
    expect(button && "url" in button ? button.url : "").toContain(
      encodeURIComponent(link?.[0] ?? "?"),
    );
    expect(h.errors).toEqual([]);
  });

  it("shows a parent who opens the link the same countries and routes in the parent's language", async () => {
    const knowledge = await realKnowledge();
    const h = await startHarness({ languageCode: "kk" });
    await h.send("/quiz");
    await answerQuestionnaire(h, "kk", SCHOOL_LEAVER);
    await tap(h, "kk", "results-share-button");
    const payload = /start=([A-Za-z0-9_-]+)/.exec(h.last().caption ?? "")?.[1] ?? "";

    const parent = h.fake.user({ language_code: "ru" });
    await h.deliver(h.fake.sendText(parent, `/start ${payload}`));
    const seen = h.fake
      .messages(parent.id)
      .map((m) => m.text ?? "")
      .join("\n");
    expect(seen).toContain(plain(tr("ru", "shared-title")));
    expect(seen).toContain(plain(tr("ru", "shared-private")));
    const selection = shareSelection(
      recommend(SCHOOL_LEAVER_PROFILE, knowledge, { today: today() }),
      knowledge,
    );
    for (const id of selection.destinations) {
      expect(seen).toContain(knowledge.destinations.find((d) => d.id === id)?.name.ru);
    }
    for (const id of selection.funding) {
      expect(seen).toContain(knowledge.funding.find((f) => f.id === id)?.name.ru);
    }
    // Not the student's answers, nor anything in Kazakh.
    expect(seen).not.toContain(tr("ru", "budget-under-2m"));
    expect(seen).not.toMatch(/[әғқңөұүһі]/);
    const buttons = labels(h.fake.lastMessage(parent.id));
    expect(buttons).toContain(tr("ru", "shared-compare-button"));
    expect(buttons).toContain(tr("ru", "start-quiz-button"));
    expect(h.errors).toEqual([]);
  });

  it("points to /quiz when Share is pressed without answers", async () => {
    const h = await startHarness();
    await h.send("/start");
    await h.pressData(h.last().message_id, "h", true);
    expect(h.last().text).toBe(plain(tr("en", "results-none")));
    expect(h.fake.callsOf("sendPhoto")).toEqual([]);
  });
});
