import { describe, expect, it } from "vitest";
import { flag } from "../../src/bot/render/knowledge-text.js";
import { recommend } from "../../src/recommend/index.js";
import { labels, plain, realKnowledge, startHarness, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER, SCHOOL_LEAVER_PROFILE, tap } from "./quiz-flow.js";

const BLOCKS = ["compare-cost", "compare-languages", "compare-work"] as const;

describe("comparing destinations", () => {
  it("compares two countries picked with toggles, one block per attribute and one line per country", async () => {
    const h = await startHarness({ languageCode: "ru" });
    await h.send("/compare");
    expect(h.last().text).toContain(plain(tr("ru", "compare-choose", { min: 2, max: 3 })));
    // Without answers nothing is chosen yet.
    expect(labels(h.last()).filter((l) => l.startsWith("✅"))).toEqual([]);

    await h.press(`▫️ ${flag("RU")} Россия`);
    await h.press(`▫️ ${flag("DE")} Германия`);
    expect(labels(h.last()).filter((l) => l.startsWith("✅"))).toHaveLength(2);
    const before = h.texts().length;
    await h.press(tr("ru", "compare-done", { count: 2 }));

    // A comparison too long for one phone screen goes on in a second message.
    const text = h.texts().slice(before).join("\n\n");
    for (const id of BLOCKS) expect(text).toContain(plain(tr("ru", id)));
    expect(text).toContain(plain(tr("ru", "compare-degree-years")));
    expect(text).toContain(plain(tr("ru", "compare-admission")));
    // Without answers: the funding made for each country.
    expect(text).toContain(plain(tr("ru", "compare-funding-specific")));
    expect(text).toContain("DAAD");
    // One line per country in each block: the cost block has exactly a Russian and a German line.
    const costBlock = text.split("\n\n").find((b) => b.startsWith(plain(tr("ru", "compare-cost"))));
    const [ratesLine, ...lines] = (costBlock?.split("\n").slice(1) ?? []).reverse();
    lines.reverse();
    // Without answers, in the reader's alphabet order, as in the picker; a bachelor's costs, and
    // the day of the rates the tenge figures use under them.
    expect(costBlock).toContain(tr("ru", "level-bachelor"));
    expect(lines.map((l) => l.slice(0, 4))).toEqual([flag("DE"), flag("RU")]);
    expect(ratesLine).toMatch(/^💱 ₸ по курсу Нацбанка на \d+ /);
    expect(lines[0]).toMatch(/₸|EUR/);
    // Each line has its source and the date it was checked.
    expect(lines.every((l) => /\d{4}-\d{2}-\d{2}/.test(l))).toBe(true);
    expect(labels(h.last())).toEqual([
      `${flag("DE")} Германия`,
      `${flag("RU")} Россия`,
      tr("ru", "compare-again-button"),
    ]);
    expect(h.errors).toEqual([]);
  });

  it("starts from the student's top three under the results and shows the funding that fits them", async () => {
    const knowledge = await realKnowledge();
    const h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", SCHOOL_LEAVER);
    await tap(h, "en", "results-compare-button");
    expect(h.last().text).toContain(plain(tr("en", "compare-preselected")));
    expect(labels(h.last()).filter((l) => l.startsWith("✅"))).toHaveLength(3);
    const before = h.texts().length;
    await tap(h, "en", "compare-done", { count: 3 });

    const text = h.texts().slice(before).join("\n\n");
    expect(text).toContain(plain(tr("en", "compare-funding-fits")));
    expect(text).toContain(
      plain(tr("en", "compare-degree-years-level", { level: tr("en", "level-bachelor") })),
    );
    // The countries in the student's own order, the best first.
    const top = recommend(SCHOOL_LEAVER_PROFILE, knowledge).destinations.slice(0, 3);
    const names = top.map(
      (r) => knowledge.destinations.find((d) => d.id === r.destinationId)?.name.en,
    );
    const title = text.split("\n")[0] ?? "";
    expect(title.indexOf(names[0] ?? "?")).toBeLessThan(title.indexOf(names[1] ?? "?"));
    expect(text).toContain("Russian Government quota");
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it("asks for two or three countries: one is too few, a fourth is too many", async () => {
    const h = await startHarness();
    await h.send("/compare");
    await h.press(`▫️ ${flag("RU")} Russia`);
    await h.press(tr("en", "compare-done", { count: 1 }));
    const alert = {
      text: tr("en", "compare-choose-between", { min: 2, max: 3 }),
      show_alert: true,
    };
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)?.payload).toMatchObject(alert);
    await h.press(`▫️ ${flag("CN")} China`);
    await h.press(`▫️ ${flag("KR")} South Korea`);
    await h.press(`▫️ ${flag("TR")} Türkiye`);
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)?.payload).toMatchObject(alert);
    expect(labels(h.last()).filter((l) => l.startsWith("✅"))).toHaveLength(3);
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
  });

  it("opens the picker from a country's card with that country chosen", async () => {
    const h = await startHarness();
    await h.send("/country kr");
    await tap(h, "en", "explore-compare-button");
    expect(labels(h.last()).filter((l) => l.startsWith("✅"))).toEqual([
      `✅ ${flag("KR")} South Korea`,
    ]);
  });

  it("answers a forged comparison of countries that do not exist as outdated", async () => {
    const h = await startHarness();
    await h.send("/compare");
    await h.pressData(h.last().message_id, "k:d:zzzz", true);
    await h.pressData(h.last().message_id, "k:d:!!", true);
    const answers = h.fake.callsOf("answerCallbackQuery").map((c) => c.payload.text);
    expect(answers).toEqual([tr("en", "button-outdated"), tr("en", "button-outdated")]);
    expect(h.errors).toEqual([]);
  });
});
