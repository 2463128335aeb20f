import { describe, expect, it } from "vitest";
import { labels, plain, realKnowledge, startHarness, tr } from "./harness.js";
import { tap } from "./quiz-flow.js";

const DATE = /\d{4}-\d{2}-\d{2}/;

describe("asking in your own words", () => {
  it("answers «общежитие в России?» with the dormitory facts, their sources and dates", async () => {
    const knowledge = await realKnowledge();
    const h = await startHarness({ languageCode: "ru" });
    await h.send("общежитие в России?");
    const answer = h.last();
    const text = answer.text ?? "";
    expect(text).toContain(`Россия — ${tr("ru", "ask-topic-living")}`);
    const russia = knowledge.destinations.find((d) => d.id === "russia");
    // The dormitory's caveat, and its figure from the cost model in dollars and tenge.
    const dormitory = russia?.living?.find((x) => x.id === "msu-dormitory");
    expect(text).toContain(dormitory?.note?.ru);
    expect(text).toMatch(/300 USD.*₸/);
    expect(text).toMatch(DATE);
    const links = (answer.entities ?? []).filter((e) => e.type === "text_link").map((e) => e.url);
    expect(links).toContain(knowledge.sources.get("msu-dormitory")?.url);
    expect(labels(answer)).toContain("🇷🇺 Россия");
    expect(h.errors).toEqual([]);
  });

  it("answers a Kazakh question about Bolashak's work-off in Kazakh", async () => {
    const knowledge = await realKnowledge();
    const h = await startHarness({ languageCode: "kk" });
    await h.send("Болашақ қанша жыл жұмыс істеуді талап етеді?");
    const text = h.last().text ?? "";
    const bolashak = knowledge.funding.find((f) => f.id === "bolashak");
    expect(text).toContain(bolashak?.highlights.find((x) => x.id === "work-off")?.text.kk);
    expect(text).toContain("bolashak.gov.kz");
  });

  it("answers in the student's language whatever language the question is in", async () => {
    const h = await startHarness({ languageCode: "en" });
    await h.send("Chevening опыт работы");
    const text = h.last().text ?? "";
    expect(text).toContain(tr("en", "ask-topic-eligibility"));
    expect(text).toContain("work experience");
  });

  it.each([
    ["en", "what's the weather in Paris"],
    ["ru", "курс биткоина"],
    ["kk", "бешбармақ қалай жасайды"],
  ] as const)(
    "says honestly it does not know (%s: %s) and points to official pages",
    async (locale, question) => {
      const knowledge = await realKnowledge();
      const h = await startHarness({ languageCode: locale });
      await h.send(question);
      const text = h.last().text ?? "";
      expect(text).toContain(
        plain(tr(locale, "ask-unknown", { countries: knowledge.destinations.length })),
      );
      expect(text).toContain(plain(tr(locale, "ask-unknown-official")));
      // With no route named in the question, the state programme's own page.
      expect(text).toContain(knowledge.funding.find((f) => f.id === "bolashak")?.name[locale]);
      expect(h.errors).toEqual([]);
    },
  );

  it.each([
    ["kk", "сәлем"],
    ["ru", "привет"],
    ["en", "hi"],
  ] as const)("greets %s «%s» with the way in, never “I don't know”", async (locale, greeting) => {
    const knowledge = await realKnowledge();
    const h = await startHarness({ languageCode: locale });
    await h.send(greeting);
    const message = h.last();
    expect(message.text).toBe(plain(tr(locale, "ask-greeting")));
    expect(message.text).not.toContain(
      plain(tr(locale, "ask-unknown", { countries: knowledge.destinations.length })),
    );
    const buttons = labels(message);
    expect(buttons[0]).toBe(tr(locale, "start-quiz-button"));
    const china = knowledge.destinations.find((d) => d.id === "china");
    const example = `🇨🇳 ${tr(locale, "ask-example-living-china")}`;
    expect(buttons).toContain(example);

    // The example button answers its question: China's housing, with its figure and source.
    await h.press(example);
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
    const text = h.last().text ?? "";
    expect(text.split("\n")[0]).toBe(
      `🇨🇳 ${china?.name[locale]} — ${tr(locale, "ask-topic-living")}`,
    );
    const housing = china?.living?.find((x) => x.id === "beijing-housing");
    expect(text).toContain(housing?.note?.[locale]);
    expect(text).toContain("CNY");
    expect(text).toMatch(DATE);
    expect(h.errors).toEqual([]);
  });

  it("thanks back and offers the questionnaire", async () => {
    const h = await startHarness({ languageCode: "kk" });
    await h.send("рахмет!");
    expect(h.last().text).toBe(plain(tr("kk", "ask-thanks")));
    expect(labels(h.last())).toEqual([tr("kk", "start-quiz-button")]);
  });

  it("answers a Kazakh question about working in Korea with Korea's work rights", async () => {
    const knowledge = await realKnowledge();
    const h = await startHarness({ languageCode: "kk" });
    await h.send("Кореяда оқып жүріп жұмыс істеуге бола ма");
    const text = h.last().text ?? "";
    const korea = knowledge.destinations.find((d) => d.id === "south-korea");
    expect(text.split("\n")[0]).toBe(`🇰🇷 ${korea?.name.kk} — ${tr("kk", "ask-topic-work")}`);
    expect(text).toContain(korea?.highlights.find((x) => x.id === "work")?.text.kk);
  });

  it("answers a UK cost question with the money a student must show, not with Chevening", async () => {
    const knowledge = await realKnowledge();
    const h = await startHarness({ languageCode: "ru" });
    await h.send("сколько стоит учеба в англии");
    const text = h.last().text ?? "";
    const uk = knowledge.destinations.find((d) => d.id === "united-kingdom");
    expect(text).toContain(uk?.requiredFunds?.[0]?.note?.ru);
    expect(text).toContain("GBP");
    const chevening = knowledge.funding.find((f) => f.id === "chevening");
    expect(text).not.toContain(chevening?.name.ru);
  });

  it("asks which country a cost question is about, and answers the country chosen", async () => {
    const knowledge = await realKnowledge();
    const h = await startHarness({ languageCode: "ru" });
    await h.send("сколько стоит обучение?");
    expect(h.last().text).toBe(
      plain(tr("ru", "ask-clarify-country", { topic: tr("ru", "ask-topic-cost") })),
    );
    expect(labels(h.last())).toContain(tr("ru", "start-quiz-button"));
    await h.press("🇩🇪 Германия");
    const text = h.last().text ?? "";
    expect(text.split("\n")[0]).toBe(`🇩🇪 Германия — ${tr("ru", "ask-topic-cost")}`);
    const germany = knowledge.destinations.find((d) => d.id === "germany");
    expect(text).toContain(germany?.requiredFunds?.[0]?.note?.ru);
    expect(text).toContain("EUR");
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  it("says it has no checked data when the country is known but the facet is not", async () => {
    const h = await startHarness({ languageCode: "en" });
    // China's work rights have no first-hand page yet (its costs now have theirs).
    await h.send("can I work in china while studying");
    const text = h.last().text ?? "";
    expect(text).toContain(`China — ${tr("en", "ask-topic-work")}`);
    expect(text).toContain(plain(tr("en", "ask-no-data")));
    expect(text).toContain(plain(tr("en", "ask-unknown-official")));
    // The official page of the scholarship made for China is among the pages to ask.
    const links = (h.last().entities ?? []).filter((e) => e.type === "text_link").map((e) => e.url);
    expect(links).toContain("https://www.campuschina.org");
    expect(labels(h.last())).toContain("🇨🇳 China");
  });

  it("answers a forged facet button as an outdated one", async () => {
    const h = await startHarness();
    await h.send("hi");
    await h.pressData(h.last().message_id, "a:weather:d:china", true);
    expect(h.fake.unansweredCallbackQueries()).toEqual([]);
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)?.payload.text).toBe(
      tr("en", "button-outdated"),
    );
  });

  it("leaves text inside the questionnaire to the questionnaire", async () => {
    const h = await startHarness();
    await h.send("/quiz");
    await h.send("общежитие в России?");
    expect(h.last().text).toContain(plain(tr("en", "quiz-use-buttons")));
    expect(h.texts().join("\n")).not.toContain(plain(tr("en", "ask-found-title")));
    await tap(h, "en", "situation-school");
    expect(h.last().text).toContain("2/9");
  });
});
