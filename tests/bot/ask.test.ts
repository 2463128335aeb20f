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
    expect(text).toContain(plain(tr("ru", "ask-found-title")));
    const russia = knowledge.destinations.find((d) => d.id === "russia");
    const dormitory = russia?.highlights.find((x) => x.id === "dormitory");
    expect(text).toContain(dormitory?.text.ru);
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
    expect(text).toContain(plain(tr("en", "ask-found-title")));
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
