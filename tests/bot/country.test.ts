import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/bot/render/html.js";
import { flag } from "../../src/bot/render/knowledge-text.js";
import { LOCALES } from "../../src/knowledge/schema.js";
import { labels, plain, realKnowledge, startHarness, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER } from "./quiz-flow.js";

const DATE = /\d{4}-\d{2}-\d{2}/;

describe("destination cards", () => {
  it("lists every destination as a button on /country, and a tap shows its card with sources and dates", async () => {
    const knowledge = await realKnowledge();
    const h = await startHarness();
    await h.send("/country");
    expect(h.last().text).toBe(plain(tr("en", "country-choose")));
    const buttons = labels(h.last());
    expect(buttons).toHaveLength(knowledge.destinations.length);
    for (const d of knowledge.destinations)
      expect(buttons).toContain(`${flag(d.country)} ${d.name.en}`);

    const china = knowledge.destinations.find((d) => d.id === "china");
    await h.press(`${flag("CN")} China`);
    const card = h.texts().slice(1).join("\n"); // after the list
    expect(card).toContain(china?.summary.en);
    for (const highlight of china?.highlights ?? []) expect(card).toContain(highlight.text.en);
    // Costs in the currency the source gives, each level's year in tenge from universities' own
    // fee pages; the scholarship's durations rest on a 2018 page, shown as old with its page.
    expect(card).toContain("CNY");
    expect(card).toMatch(/A year \(Bachelor's\), paying yourself: about [\d,]+ ₸ – [\d,]+ ₸/);
    expect(card).toMatch(
      /A year \(Doctorate \(PhD\)\), paying yourself: about [\d,]+ ₸ – [\d,]+ ₸/,
    );
    expect(card).toContain("Tuition (Bachelor's, taught in English): 26,000 – 45,000 CNY a year");
    expect(card).toContain(", 2018 ⚠️ old page");
    expect(card).toMatch(/₸ at the National Bank rate of \d+ \w+ \d{4}/);
    expect(card).toContain(plain(tr("en", "explore-admission")));
    for (const route of china?.admission ?? []) expect(card).toContain(route.name.en);
    expect(card).toContain("HSK");
    expect(card).toContain("Chinese Government Scholarship");
    expect(card).toMatch(DATE);
    // Links to the sources are entities, not bare text.
    const entities = h.fake.messages(h.student.id).flatMap((m) => m.entities ?? []);
    expect(entities.some((e) => e.type === "text_link")).toBe(true);
    expect(labels(h.last())).toContain(tr("en", "explore-compare-button"));
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it("gives Germany's yearly and whole-degree cost in tenge, keeping each figure's bounds", async () => {
    const h = await startHarness();
    await h.send("/country germany");
    const card = h.texts().join("\n");
    // €0–1,500 of fees a semester, living of about €700–1,350 a month floored by the blocked
    // account's €992 for 12 months: "about", as the living figure is.
    expect(card).toMatch(/A year \(Bachelor's\), paying yourself: about [\d,]+ ₸ – [\d,]+ ₸/);
    expect(card).toMatch(/The whole degree \(3 years\): about [\d,]+ ₸ – [\d,]+ ₸/);
    expect(card).toContain("992 EUR a month for 12 months");
    expect(card).toContain(
      "Tuition (Bachelor's, public universities): 0 – 1,500 EUR a semester ≈ 0 – ",
    );
    expect(card).toMatch(/₸ at the National Bank rate of 24 Apr 2024/);

    expect(h.errors).toEqual([]);
  });

  it("shows a student with answers only their level's ways in, tests and highlights", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await answerQuestionnaire(h, "en", {
      ...SCHOOL_LEAVER,
      situation: "situation-graduated",
      level: "level-master",
      languages: ["language-ru", "language-en"],
      english: "english-c1",
    });
    for (const id of ["germany", "united-states"]) {
      const before = h.texts().length;
      await h.send(`/country ${id}`);
      const card = h.texts().slice(before).join("\n");
      expect(card, id).toContain(plain(tr("en", "explore-admission")));
      for (const word of ["Studienkolleg", "SAT", "school certificate"]) {
        expect(card, `${id}: ${word}`).not.toContain(word);
      }
    }
    // Read by someone without answers, the same card says whom a fact is for.
    const anyone = await startHarness();
    await anyone.send("/country germany");
    expect(anyone.texts().join("\n")).toContain(
      `Studienkolleg and the assessment exam. (${tr("en", "level-bachelor")})`,
    );
    expect(h.errors).toEqual([]);
  });

  it("renders every destination's card in every language within Telegram's limits", async () => {
    const knowledge = await realKnowledge();
    for (const locale of LOCALES) {
      const h = await startHarness({ languageCode: locale });
      for (const d of knowledge.destinations) {
        const before = h.fake.messages(h.student.id).length;
        await h.send(`/country ${d.id}`);
        const sent = h.fake.messages(h.student.id).slice(before);
        expect(sent.length, `${locale} ${d.id}`).toBeGreaterThan(0);
        const text = sent.map((m) => m.text ?? "").join("\n");
        expect(text).toContain(d.name[locale]);
        expect(text).toContain(d.summary[locale]);
        expect(text).toMatch(DATE);
        for (const m of sent) expect(visibleLength(m.text ?? "")).toBeLessThanOrEqual(4096);
      }
      // The fake Bot API rejects bad HTML and over-long texts; any of that would be logged here.
      expect(h.errors, locale).toEqual([]);
    }
  });

  it("opens a card straight from /country with an ISO code or a name in any language", async () => {
    const h = await startHarness({ languageCode: "ru" });
    await h.send("/country kr");
    expect(h.texts().join("\n")).toContain("🇰🇷 Южная Корея");
    await h.send("/country Германия");
    expect(h.texts().join("\n")).toContain("🇩🇪 Германия");
    await h.send("/country Atlantis");
    expect(h.last().text).toBe(plain(tr("ru", "country-not-found")));
  });

  it("opens a card from a ?start=country-kr deep link, by ISO code or by id", async () => {
    const h = await startHarness({ languageCode: "kk" });
    await h.send("/start country-kr");
    expect(h.texts()[0]).toContain("🇰🇷 Оңтүстік Корея");
    expect(h.texts().join("\n")).not.toContain(plain(tr("kk", "welcome")).slice(0, 20));
    await h.send("/start country-south-korea");
    expect(h.texts().join("\n")).toContain("Global Korea Scholarship");
    expect(h.errors).toEqual([]);
  });

  it.each([
    "country-zz",
    "country-",
    "country-../../etc",
    "r-zzzz-",
    "r-ru-zzz",
    "r-ruru-",
    "r-RU-",
    "something-else",
    "x".repeat(80),
  ])("answers the broken deep link %j with a friendly note and the welcome", async (payload) => {
    const h = await startHarness({ languageCode: "ru" });
    await h.send(`/start ${payload}`);
    const texts = h.texts();
    expect(texts[0]).toBe(plain(tr("ru", "deep-link-broken")));
    expect(texts[1]).toBe(plain(tr("ru", "welcome")));
    expect(h.errors).toEqual([]);
  });

  it("answers a card button for a destination that no longer exists as outdated", async () => {
    const h = await startHarness();
    await h.send("/country");
    await h.pressData(h.last().message_id, "d:atlantis", true);
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)?.payload.text).toBe(
      tr("en", "button-outdated"),
    );
  });
});
