/**
 * The language a funding route asks for ("B1 (KAZTEST or Qazaq Resmi Test)", "B2 (an IELTS or
 * TOEFL certificate)") reaches a Kazakh or Russian student in their own language, in the reasons
 * under each route of the funding details. The knowledge base writes it in kk, ru and en. (GKS's
 * TOPIK 3 is no longer among them: it comes after the Korean year, once selected, as an
 * obligation, not as a condition for applying.)
 */
import { describe, expect, it } from "vitest";
import { nameGrammarParams } from "../../src/bot/render/name-grammar.js";
import { inlineLabel } from "../../src/format/locale-format.js";
import type { Locale, TeachingLanguage } from "../../src/knowledge/schema.js";
import { plain, realKnowledge, startHarness, tr } from "./harness.js";
import { type Answers, answerQuestionnaire, tap } from "./quiz-flow.js";

const STUDENT_LOCALES = ["kk", "ru"] as const satisfies readonly Locale[];

/**
 * A master's student who studies in Kazakh and Russian, has B2 English, will learn a language, with
 * a budget that keeps a destination the academic mobility programme reaches (Germany) on page one.
 */
const MASTERS_KK_RU_B2: Answers = {
  situation: "situation-university-4-plus",
  level: "level-master",
  budget: "budget-5m-10m",
  languages: ["language-kk", "language-ru"],
  learn: "quiz-learn-yes",
  field: "field-engineering-it",
  priorities: ["priority-prestige"],
  plan: "plan-return",
  english: "english-b2",
  age: "age-21-24",
  workYears: "work-none",
};

/** The same student with Russian alone and A2 English: Kazakh and English are now gaps. */
const MASTERS_RU_A2: Answers = {
  ...MASTERS_KK_RU_B2,
  languages: ["language-ru"],
  english: "english-a2",
};

type Expected = [message: string, funding: string, language: TeachingLanguage];

/** The funding details for a student who answered the questionnaire so, in one language. */
async function fundingDetails(locale: Locale, answers: Answers): Promise<string[]> {
  const h = await startHarness({ languageCode: locale });
  await h.send("/quiz");
  await answerQuestionnaire(h, locale, answers);
  expect(h.texts().join("\n")).toContain(plain(tr(locale, "results-title")));
  const before = h.texts().length;
  await tap(h, locale, "results-funding-button");
  const details = h.texts().slice(before);
  expect(details.join("\n")).toContain(plain(tr(locale, "funding-title")));
  expect(h.errors).toEqual([]);
  return details;
}

/** The reason as the bot should write it, with the requirement in `locale`. */
async function reasonIn(
  locale: Locale,
  [message, fundingId, language]: Expected,
  answers: Answers,
) {
  const funding = (await realKnowledge()).funding.find((f) => f.id === fundingId);
  const requirement = funding?.eligibility.languages.find((r) => r.language === language);
  if (funding === undefined || requirement === undefined) {
    throw new Error(`no ${language} requirement of ${fundingId} in knowledge/`);
  }
  const line = tr(locale, message, {
    funding: funding.name[locale],
    ...nameGrammarParams("funding", funding.grammar, locale),
    language: tr(locale, `language-${language}`),
    languageCount: 1,
    test: requirement.level[locale],
    // The English level the student gave, for a requirement compared with it, as it reads
    // inside a sentence.
    english: inlineLabel(tr(locale, answers.english), locale),
  });
  return { line: plain(line), english: requirement.level.en, own: requirement.level[locale] };
}

describe("funding routes' language requirements in the student's language", () => {
  const cases: [string, Answers, Expected[]][] = [
    [
      "met, or reached in the preparatory year",
      MASTERS_KK_RU_B2,
      [
        ["reason-funding-language-ok", "bolashak", "kk"],
        ["reason-funding-language-ok", "academic-mobility", "en"],
      ],
    ],
    [
      "still to reach",
      MASTERS_RU_A2,
      [
        ["reason-funding-language-required", "bolashak", "kk"],
        // B2 asked, A2 given: said in the student's own terms.
        ["reason-funding-english-short", "academic-mobility", "en"],
      ],
    ],
  ];

  for (const [what, answers, expected] of cases) {
    it.each(STUDENT_LOCALES)(`names each requirement (${what}) in %s`, async (locale) => {
      const details = (await fundingDetails(locale, answers)).join("\n");
      for (const reason of expected) {
        const { line, english, own } = await reasonIn(locale, reason, answers);
        expect(own, reason.join(" ")).not.toBe(english);
        expect(details, reason.join(" ")).toContain(line);
        expect(details, reason.join(" ")).not.toContain(english);
      }
      // Bolashak's Kazakh test, as a student reads it.
      expect(details).toContain(
        { kk: "B1 (KAZTEST немесе Qazaq Resmi Test)", ru: "B1 (KAZTEST или Qazaq Resmi Test)" }[
          locale
        ],
      );
    });
  }
});
