import { afterAll, describe, expect, it } from "vitest";
import {
  KnowledgeError,
  loadKnowledge,
  loadKnowledgeOrThrow,
} from "../../../src/knowledge/load.js";
import type { Problem } from "../../../src/knowledge/problems.js";
import {
  brokenCopy,
  chain,
  type Edit,
  fixtureText,
  NOW,
  removeCopies,
  replace,
  researchFixture,
} from "./fixture-copy.js";

afterAll(removeCopies);

const RUSSIA = "destinations/russia.yaml";
const BOLASHAK = "funding/bolashak.yaml";
const RESEARCH = "research.yaml";

/** The Bolashak fixture with these language requirements (YAML list items) in its eligibility. */
function withLanguages(items: string): Edit {
  return replace("    master: 35\n", `    master: 35\n  languages:\n${items}`);
}

const B1_KAZTEST = "{ kk: B1 (KAZTEST), ru: B1 (KAZTEST), en: B1 (KAZTEST) }";

/** Loads a copy of the valid fixture with `edits` applied and returns its problems. */
async function problemsOf(edits: Record<string, Edit>): Promise<Problem[]> {
  const result = await loadKnowledge(await brokenCopy(edits), { now: NOW });
  if (result.ok) throw new Error("expected the broken knowledge base to fail to load");
  return result.problems;
}

describe("loadKnowledge reports broken knowledge", () => {
  it("reports a YAML syntax error with its line", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace("  currency: USD\n", "  currency: USD: EUR\n"),
    });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "",
        message: "YAML syntax error: Nested mappings are not allowed in compact mappings",
        line: 23,
      },
    ]);
  });

  it("reports only the first of a cascade of syntax errors, saying how many follow", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace("  teaching: [ru]\n", "  teaching: [ru\n"),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /^YAML syntax error: Flow sequence .* \(6 more errors follow, probably caused by this one\)$/,
    );
  });

  it("says a number written as a string is the wrong type", async () => {
    const problems = await problemsOf({ [RUSSIA]: replace("  min: 2500\n", '  min: "2500"\n') });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "tuition.bachelor[0].min",
        message: "expected a number, got a string",
        line: 21,
      },
    ]);
  });

  it("names the value that is not one of an enum's choices", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace("  visa: not-required\n", "  visa: maybe\n"),
    });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "closeness.visa",
        message: "expected one of 'not-required', 'required', got 'maybe'",
        line: 53,
      },
    ]);
  });

  it("reports a source id that is not in sources.yaml", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace("    source: russia-quota\n", "    source: russia-quotas\n"),
    });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "admission[0].source",
        message:
          "unknown source 'russia-quotas' — add it to sources.yaml or use one of the ids there",
        line: 48,
      },
    ]);
  });

  it("reports a source id unknown in the rates file too", async () => {
    const problems = await problemsOf({
      "rates.yaml": replace("source: rates-nbk\n", "source: nbk\n"),
    });
    expect(problems).toEqual([
      {
        file: "rates.yaml",
        path: "source",
        message: "unknown source 'nbk' — add it to sources.yaml or use one of the ids there",
        line: 5,
      },
    ]);
  });

  it("names the missing language of a text", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace("      en: Tuition-free places\n", ""),
    });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "admission[0].name.en",
        message: "missing the English (en) text",
        line: 36,
      },
    ]);
  });

  it("names the missing language of an admission route's test", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace("tests: [{ kk: ЕГЭ, ru: ЕГЭ, en: EGE }]", "tests: [{ kk: ЕГЭ, en: EGE }]"),
    });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "admission[0].tests[0].ru",
        message: "missing the Russian (ru) text",
        line: 47,
      },
    ]);
  });

  it("says a test written as one plain string needs its three languages", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace(
        "    tests: [{ kk: ЕГЭ, ru: ЕГЭ, en: EGE }]\n",
        "    tests:\n      - { kk: ЕГЭ, ru: ЕГЭ, en: EGE }\n      - University exams\n",
      ),
    });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "admission[0].tests[1]",
        message: "expected a text in Kazakh, Russian and English (kk, ru, en), got a string",
        line: 49,
      },
    ]);
  });

  it("says a funding route's language requirement written as one plain string needs its three languages", async () => {
    const problems = await problemsOf({
      [BOLASHAK]: withLanguages("    - language: kk\n      level: B1 (KAZTEST)\n"),
    });
    expect(problems).toEqual([
      {
        file: BOLASHAK,
        path: "eligibility.languages[0].level",
        message: "expected a text in Kazakh, Russian and English (kk, ru, en), got a string",
        line: 40,
      },
    ]);
  });

  it("asks for the CEFR level a language requirement's English text names", async () => {
    const problems = await problemsOf({
      [BOLASHAK]: withLanguages(`    - language: kk\n      level: ${B1_KAZTEST}\n`),
    });
    expect(problems).toEqual([
      {
        file: BOLASHAK,
        path: "eligibility.languages[0].cefr",
        message: "missing — the English text names B1: write cefr: B1",
        line: 39,
      },
    ]);
  });

  it("says a CEFR level the English text does not name is not the requirement's", async () => {
    const problems = await problemsOf({
      [BOLASHAK]: withLanguages(
        `    - language: kk\n      level: ${B1_KAZTEST}\n      cefr: B2\n` +
          "    - language: ko\n      level: { kk: TOPIK 3, ru: TOPIK 3, en: TOPIK 3 }\n      cefr: B1\n",
      ),
    });
    expect(problems).toEqual([
      {
        file: BOLASHAK,
        path: "eligibility.languages[0].cefr",
        message: "B2 is not the level the English text names (B1) — cefr repeats the text's level",
        line: 41,
      },
      {
        file: BOLASHAK,
        path: "eligibility.languages[1].cefr",
        message:
          "the English text names no CEFR level — write cefr only for a level the text names",
        line: 44,
      },
    ]);
  });

  it("reports a language a funding route asks for twice", async () => {
    const problems = await problemsOf({
      [BOLASHAK]: withLanguages(
        `    - language: kk\n      level: ${B1_KAZTEST}\n      cefr: B1\n` +
          `    - language: kk\n      level: ${B1_KAZTEST}\n      cefr: B1\n`,
      ),
    });
    expect(problems).toEqual([
      {
        file: BOLASHAK,
        path: "eligibility.languages[1].language",
        message:
          "duplicate language 'kk' — eligibility.languages[0] has it too; write one requirement per language",
        line: 42,
      },
    ]);
  });

  it("keeps the schema's own wording for an empty text", async () => {
    const problems = await problemsOf({ [RUSSIA]: replace("  kk: Ресей\n", '  kk: ""\n') });
    expect(problems).toEqual([
      { file: RUSSIA, path: "name.kk", message: "the Kazakh text is missing", line: 4 },
    ]);
  });

  it("reports a fact without verified, pointing at the fact", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace(
        "      per: year\n      source: seed-article\n      verified: 2026-09-01\n",
        "      per: year\n      source: seed-article\n",
      ),
    });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "tuition.bachelor[0].verified",
        message: "missing — every fact needs the date it was checked",
        line: 19,
      },
    ]);
  });

  it("reports a fact without source", async () => {
    const problems = await problemsOf({
      [BOLASHAK]: replace(
        "  values: [master, doctorate]\n  source: bolashak-site\n",
        "  values: [master, doctorate]\n",
      ),
    });
    expect(problems).toEqual([
      {
        file: BOLASHAK,
        path: "levels.source",
        message: "missing — every fact needs its source, an id from sources.yaml",
        line: 19,
      },
    ]);
  });

  it("reports an unknown field and suggests the likely one", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace(
        "    verified: 2026-10-15\n",
        "    verified: 2026-10-15\n    tuitionfree: true\n",
      ),
    });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "admission[0]",
        message: "unknown field 'tuitionfree' — did you mean 'tuitionFree'?",
        line: 50,
      },
    ]);
  });

  it("lists the allowed keys for an unknown priority", async () => {
    const problems = await problemsOf({ [RUSSIA]: replace("  low-cost:\n", "  cheap:\n") });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "fit",
        message:
          "unknown field 'cheap' — allowed here: low-cost, close-to-home, prestige, career-links, new-culture, work-abroad",
        line: 58,
      },
    ]);
  });

  it("reports two destinations with one id", async () => {
    const problems = await problemsOf({
      "destinations/russia-copy.yaml": () => fixtureText(RUSSIA),
    });
    expect(problems).toEqual([
      {
        file: "destinations/russia-copy.yaml",
        path: "id",
        message: "duplicate id 'russia' — destinations/russia.yaml has it too",
        line: 1,
      },
      {
        file: "destinations/russia-copy.yaml",
        path: "id",
        message:
          "the id is 'russia' but the file is named 'russia-copy.yaml' — name it 'russia.yaml'",
        line: 1,
      },
    ]);
  });

  it("reports two admission routes with one id", async () => {
    const secondRoute =
      "  - { id: direct, name: { kk: a, ru: b, en: c }, description: { kk: a, ru: b, en: c }," +
      " levels: [master], tuitionFree: true, source: seed-article, verified: 2026-09-01, asOf: 2021 }\n";
    const problems = await problemsOf({
      "destinations/korea.yaml": replace("closeness:\n", `${secondRoute}closeness:\n`),
    });
    expect(problems).toEqual([
      {
        file: "destinations/korea.yaml",
        path: "admission[1].id",
        message: "duplicate id 'direct' — admission[0] has it too",
        line: 39,
      },
    ]);
  });

  it("reports two obligations with one id", async () => {
    const problems = await problemsOf({
      [BOLASHAK]: replace(
        "competitive: true\n",
        [
          "  - id: work-off",
          "    kind: return-home",
          "    text: { kk: Қайту, ru: Вернуться, en: Return }",
          "    source: bolashak-site",
          "    verified: 2026-10-01",
          "    asOf: undated",
          "competitive: true\n",
        ].join("\n"),
      ),
    });
    expect(problems).toEqual([
      {
        file: BOLASHAK,
        path: "obligations[1].id",
        message: "duplicate id 'work-off' — obligations[0] has it too",
        line: 52,
      },
    ]);
  });

  it("reports two sources with one id", async () => {
    const problems = await problemsOf({
      "sources.yaml": (text) =>
        `${text}  - id: seed-article\n    title: Again\n    kind: research\n    published: 2021\n    quotes: [Again]\n`,
    });
    expect(problems).toEqual([
      {
        file: "sources.yaml",
        path: "sources[4].id",
        message: "duplicate id 'seed-article' — sources[0] has it too",
        line: 24,
      },
    ]);
  });

  it("reports a funding route that shares its id with a destination", async () => {
    const problems = await problemsOf({
      "funding/own-funds.yaml": null,
      "funding/russia.yaml": () =>
        fixtureText("funding/own-funds.yaml").replace("id: own-funds", "id: russia"),
    });
    expect(problems).toEqual([
      {
        file: "funding/russia.yaml",
        path: "id",
        message:
          "duplicate id 'russia' — destinations/russia.yaml has it too; funding needs its own id",
        line: 1,
      },
    ]);
  });

  it("reports a file whose name is not its id", async () => {
    const problems = await problemsOf({
      "destinations/korea.yaml": replace("id: korea\n", "id: south-korea\n"),
    });
    expect(problems).toEqual([
      {
        file: "destinations/korea.yaml",
        path: "id",
        message:
          "the id is 'south-korea' but the file is named 'korea.yaml' — name it 'south-korea.yaml'",
        line: 1,
      },
      {
        file: BOLASHAK,
        path: "destinations.values[0]",
        message: "unknown destination 'korea'; the destinations are: russia, south-korea",
        line: 25,
      },
    ]);
  });

  it("reports a highlight that points at a fact that does not exist", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace(
        "facts: [admission.budget-places, tuition.bachelor.paid]",
        "facts: [admission.quota, tuition.bachelor.paid]",
      ),
    });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "highlights[0].facts[0]",
        message:
          "no fact 'admission.quota' in this file; its facts are: languages, degreeYears, closeness, admission.budget-places, statistics.students, fit.low-cost, tuition.bachelor.paid",
        line: 85,
      },
    ]);
  });

  it("reports a funding route that lists an unknown destination", async () => {
    const problems = await problemsOf({
      [BOLASHAK]: replace("values: [korea, russia]", "values: [korea, japan]"),
    });
    expect(problems).toEqual([
      {
        file: BOLASHAK,
        path: "destinations.values[1]",
        message: "unknown destination 'japan'; the destinations are: korea, russia",
        line: 25,
      },
    ]);
  });

  it("rejects a verified date in the future", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace("    verified: 2026-10-15\n", "    verified: 2026-12-01\n"),
    });
    expect(problems).toEqual([
      {
        file: RUSSIA,
        path: "admission[0].verified",
        message: "2026-12-01 is in the future — use the date the fact was checked",
        line: 49,
      },
    ]);
  });

  it("rejects an application deadline that has passed", async () => {
    const window = (status: string) => `window:
  status: ${status}
  cycle: "2027/28"
  text: { kk: "Қабылдау", ru: "Приём", en: "Applications" }
  opens: 2026-09-01
  closes: 2026-11-01
  source: bolashak-site
  verified: 2026-10-15
  asOf: 2026-09-01
competitive: true`;
    const problems = await problemsOf({
      [BOLASHAK]: replace("competitive: true", window("announced")),
    });
    expect(problems).toEqual([
      {
        file: BOLASHAK,
        path: "window.closes",
        message:
          "the deadline 2026-11-01 has passed — make the window last-cycle, or give the next round's dates",
        line: 57,
      },
    ]);
    // The same dates as the last cycle's are history, not a mistake.
    const lastCycle = await brokenCopy({
      [BOLASHAK]: replace("competitive: true", window("last-cycle")),
    });
    expect((await loadKnowledge(lastCycle, { now: NOW })).ok).toBe(true);
  });

  it("accepts a deadline still ahead, and rejects one that closes before it opens", async () => {
    const window = (opens: string, closes: string) => `window:
  status: announced
  cycle: "2027/28"
  text: { kk: "Қабылдау", ru: "Приём", en: "Applications" }
  opens: ${opens}
  closes: ${closes}
  source: bolashak-site
  verified: 2026-10-15
  asOf: 2026-10-15
competitive: true`;
    const ahead = await brokenCopy({
      [BOLASHAK]: replace("competitive: true", window("2026-12-01", "2027-02-01")),
    });
    expect((await loadKnowledge(ahead, { now: NOW })).ok).toBe(true);
    const problems = await problemsOf({
      [BOLASHAK]: replace("competitive: true", window("2027-03-01", "2027-02-01")),
    });
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ["window.opens", "opens 2027-03-01 after it closes 2027-02-01"],
    ]);
  });

  it("accepts today's date in Kazakhstan while the server's clock is still on yesterday", async () => {
    const lateEveningUtc = new Date("2026-11-28T21:00:00Z"); // 02:00 on the 29th in Almaty
    const dir = await brokenCopy({
      [RUSSIA]: replace("    verified: 2026-10-15\n", "    verified: 2026-11-29\n"),
    });
    const result = await loadKnowledge(dir, { now: lateEveningUtc });
    expect(result.ok).toBe(true);
  });

  it("reports missing destination and funding files", async () => {
    const problems = await problemsOf({
      "destinations/russia.yaml": null,
      "destinations/korea.yaml": null,
      funding: null,
    });
    expect(problems).toEqual([
      {
        file: "destinations/",
        path: "",
        message: "no destination files — add at least one destinations/<id>.yaml",
      },
      {
        file: "funding/",
        path: "",
        message: "the folder is missing — add funding/<id>.yaml",
      },
    ]);
  });

  it("reports a missing sources.yaml without flooding every fact with unknown sources", async () => {
    const problems = await problemsOf({ "sources.yaml": null });
    expect(problems).toEqual([{ file: "sources.yaml", path: "", message: "the file is missing" }]);
  });

  it("reports an empty file", async () => {
    const problems = await problemsOf({ [BOLASHAK]: () => "# to be written\n" });
    expect(problems).toEqual([{ file: BOLASHAK, path: "", message: "the file is empty" }]);
  });

  it("reports a folder that does not exist", async () => {
    const result = await loadKnowledge("/nonexistent/knowledge", { now: NOW });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: "",
          path: "",
          message: "the knowledge folder '/nonexistent/knowledge' does not exist",
        },
      ],
    });
  });

  it("collects every problem in every file in one run, sorted by file and line", async () => {
    const problems = await problemsOf({
      [RUSSIA]: chain(
        replace("    verified: 2026-10-15\n", "    verified: 2027-01-01\n"),
        replace("  min: 2500\n", "  min: lots\n"),
        replace("      en: Tuition-free places\n", ""),
      ),
      [BOLASHAK]: replace("values: [korea, russia]", "values: [korea, japan]"),
      "destinations/korea.yaml": replace("  preparatoryYear: true\n", "  preparatoryYear: [true\n"),
      "sources.yaml": replace("    kind: research\n", "    kind: article\n"),
    });
    expect(problems.map((p) => [p.file, p.path, p.line])).toEqual([
      // The parser notices the unclosed bracket of line 13 on the next line.
      ["destinations/korea.yaml", "", 14],
      [RUSSIA, "tuition.bachelor[0].min", 21],
      [RUSSIA, "admission[0].name.en", 36],
      [RUSSIA, "admission[0].verified", 48],
      [BOLASHAK, "destinations.values[1]", 25],
      ["sources.yaml", "sources[0].kind", 5],
    ]);
  });

  describe("research.yaml", () => {
    /** The research fixture with `steps` applied, added to a copy of the valid fixture. */
    const research = (...steps: ((text: string) => string)[]) => ({
      [RESEARCH]: chain(researchFixture, ...steps),
    });

    it("reports a motive's unknown source and missing Kazakh text, with their lines", async () => {
      const problems = await problemsOf(
        research(
          replace("      kk: Шетелде оқудың жоғары сапасы\n", ""),
          replace(
            "    source: seed-article\n    verified: 2026-11-28\n",
            "    source: seed-paper\n    verified: 2026-11-28\n",
          ),
        ),
      );
      expect(problems).toEqual([
        {
          file: RESEARCH,
          path: "motives[0].text.kk",
          message: "missing the Kazakh (kk) text",
          line: 5,
        },
        {
          file: RESEARCH,
          path: "motives[0].source",
          message:
            "unknown source 'seed-paper' — add it to sources.yaml or use one of the ids there",
          line: 8,
        },
      ]);
    });

    it("reports a statistic's unknown source too", async () => {
      const problems = await problemsOf(
        research(
          replace(
            "      en: 120 students were surveyed\n    source: seed-article\n",
            "      en: 120 students were surveyed\n    source: survey\n",
          ),
        ),
      );
      expect(problems).toEqual([
        {
          file: RESEARCH,
          path: "statistics[0].source",
          message: "unknown source 'survey' — add it to sources.yaml or use one of the ids there",
          line: 29,
        },
      ]);
    });

    it("rejects a research fact verified in the future", async () => {
      const problems = await problemsOf(
        research(replace("    verified: 2026-11-28\n", "    verified: 2027-02-01\n")),
      );
      expect(problems).toEqual([
        {
          file: RESEARCH,
          path: "motives[0].verified",
          message: "2027-02-01 is in the future — use the date the fact was checked",
          line: 10,
        },
      ]);
    });

    it("reports two motives with one id", async () => {
      const problems = await problemsOf(
        research(replace("  - id: language-environment\n", "  - id: quality\n")),
      );
      expect(problems).toEqual([
        {
          file: RESEARCH,
          path: "motives[1].id",
          message: "duplicate id 'quality' — motives[0] has it too",
          line: 12,
        },
      ]);
    });

    it("reports a research file without motives", async () => {
      const problems = await problemsOf({ [RESEARCH]: () => "statistics: []\n" });
      expect(problems).toEqual([{ file: RESEARCH, path: "motives", message: "missing" }]);
    });

    it("reports an entry whose id would clash with the research facts", async () => {
      const problems = await problemsOf({
        ...research(),
        "funding/own-funds.yaml": null,
        "funding/research.yaml": () =>
          fixtureText("funding/own-funds.yaml").replace("id: own-funds", "id: research"),
      });
      expect(problems).toEqual([
        {
          file: "funding/research.yaml",
          path: "id",
          message: "the id 'research' is taken by research.yaml's facts — choose another id",
          line: 1,
        },
      ]);
    });
  });

  it("throws a KnowledgeError listing the problems for start-up", async () => {
    const dir = await brokenCopy({ [RUSSIA]: replace("  min: 2500\n", '  min: "2500"\n') });
    const error = await loadKnowledgeOrThrow(dir, { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).problems).toHaveLength(1);
    expect((error as KnowledgeError).message).toBe(
      `${dir} has 1 problem:\n  ${RUSSIA}: tuition.bachelor[0].min: expected a number, got a string (line 21)`,
    );
  });
});
