import { afterAll, describe, expect, it } from "vitest";
import { coverage, unexplainedGaps } from "../../../src/knowledge/coverage.js";
import { loadKnowledge } from "../../../src/knowledge/load.js";
import type { Problem } from "../../../src/knowledge/problems.js";
import { brokenCopy, chain, type Edit, NOW, removeCopies, replace } from "./fixture-copy.js";

afterAll(removeCopies);

const RUSSIA = "destinations/russia.yaml";
const BOLASHAK = "funding/bolashak.yaml";
const SOURCES = "sources.yaml";

/** The fixture's Russian tuition range, as written, to edit. */
const TUITION = `    - id: paid
      segment: all
      min: 2500
      max: 8000
      currency: USD
      per: year
      source: seed-article
      verified: 2026-09-01
      asOf: 2025
`;

async function load(edits: Record<string, Edit>) {
  return loadKnowledge(await brokenCopy(edits), { now: NOW });
}

async function problemsOf(edits: Record<string, Edit>): Promise<Problem[]> {
  const result = await load(edits);
  if (result.ok) throw new Error("expected the broken knowledge base to fail to load");
  return result.problems;
}

async function warningsOf(edits: Record<string, Edit>): Promise<Problem[]> {
  const result = await load(edits);
  if (!result.ok) throw new Error(`expected it to load: ${JSON.stringify(result.problems)}`);
  return result.warnings;
}

const message = (p: Problem) => [p.file, p.path, p.message];

describe("knowledge schema v2: costs", () => {
  it("accepts 'up to' alone, 'from' alone, and a semester's fee, and rejects a range with no end", async () => {
    const upTo = await load({
      [RUSSIA]: replace("      min: 2500\n      max: 8000\n", "      max: 8000\n"),
    });
    expect(upTo.ok).toBe(true);
    const semester = await load({
      [RUSSIA]: replace("      per: year\n", "      per: semester\n"),
    });
    expect(semester.ok).toBe(true);
    const problems = await problemsOf({
      [RUSSIA]: replace("      min: 2500\n      max: 8000\n", ""),
    });
    expect(problems.map(message)).toEqual([
      [
        RUSSIA,
        "tuition.bachelor[0].max",
        'missing — write min, max or both (max alone means "up to", min alone "from")',
      ],
    ]);
  });

  it("takes an explained missing level in place of figures, and reports a misspelt field inside a range", async () => {
    const explained = await load({
      [RUSSIA]: replace(
        "tuition:\n",
        "tuition:\n  master:\n    missing: { kk: Жоқ, ru: Нет, en: Each university sets its own fee }\n",
      ),
    });
    expect(explained.ok && coverage(explained.knowledge, "2026-11-28").tuition_missing).toEqual([
      "korea.bachelor",
      "korea.doctorate",
      "korea.master",
    ]);
    const problems = await problemsOf({
      [RUSSIA]: replace("      segment: all\n", "      segmnt: all\n"),
    });
    expect(problems.map(message)).toEqual([
      [RUSSIA, "tuition.bachelor[0].segment", "missing"],
      [RUSSIA, "tuition.bachelor[0]", "unknown field 'segmnt' — did you mean 'segment'?"],
    ]);
  });

  it("gives tuition ranges of one level distinct ids", async () => {
    const problems = await problemsOf({ [RUSSIA]: replace(TUITION, `${TUITION}${TUITION}`) });
    expect(problems.map(message)).toEqual([
      [RUSSIA, "tuition.bachelor[1].id", "duplicate id 'paid' — tuition.bachelor[0] has it too"],
    ]);
  });

  it("counts required funds by months and living per place, each a fact of its own", async () => {
    const result = await load({
      [RUSSIA]: replace(
        "degreeYears:\n",
        `living:
  - id: dorm
    where: capital
    covers: housing
    max: 300
    currency: USD
    per: month
    source: seed-article
    verified: 2026-09-01
    asOf: 2025
requiredFunds:
  - id: visa
    where: all
    amount: 1000
    currency: USD
    per: month
    months: 9
    source: seed-article
    verified: 2026-09-01
    asOf: 2025
degreeYears:
`,
      ),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.knowledge.facts.keys()]).toEqual(
      expect.arrayContaining(["russia.living.dorm", "russia.requiredFunds.visa"]),
    );
    expect(coverage(result.knowledge, "2026-11-28").living_missing).toEqual(["korea"]);
  });
});

describe("knowledge schema v2: where facts come from", () => {
  it("rejects a staging, mirror or archived page as a source", async () => {
    const problems = await problemsOf({
      [SOURCES]: chain(
        replace("https://bolashak.gov.kz", "https://staging.bolashak.gov.kz"),
        replace(
          "https://nationalbank.kz",
          "https://web.archive.org/web/2024/https://nationalbank.kz",
        ),
      ),
    });
    expect(problems.map(message)).toEqual([
      [
        SOURCES,
        "sources[2].url",
        "a staging or test site is not a source — cite the page its owner keeps",
      ],
      [SOURCES, "sources[3].url", "a web archive is not a source — cite the page its owner keeps"],
    ]);
  });

  it("lets a secondary report back only an approximate figure, never a rule", async () => {
    const secondary = replace(
      "    kind: programme-owner\n    url: https://education-in-russia.com/quota",
      "    kind: secondary\n    url: https://education-in-russia.com/quota",
    );
    // The quota's admission route is a rule.
    const rule = await problemsOf({ [SOURCES]: secondary });
    expect(rule.map(message)).toEqual([
      [
        RUSSIA,
        "admission[0].source",
        "a secondary report cannot back a rule — cite the programme owner's or a government's page",
      ],
    ]);
    // A tuition figure from it must say it is approximate…
    const figure = await problemsOf({
      [SOURCES]: secondary,
      [RUSSIA]: chain(
        replace("    source: russia-quota\n", "    source: seed-article\n"),
        replace(
          "      source: seed-article\n      verified: 2026-09-01\n      asOf: 2025\n",
          "      source: russia-quota\n      verified: 2026-09-01\n      asOf: 2025\n",
        ),
      ),
    });
    expect(figure.map(message)).toEqual([
      [
        RUSSIA,
        "tuition.bachelor[0].approximate",
        "missing — a figure from a secondary report is approximate: write approximate: true, or cite a first-hand page",
      ],
    ]);
    // …and then it loads, listed as resting on a secondary report.
    const approximate = await load({
      [SOURCES]: secondary,
      [RUSSIA]: chain(
        replace("    source: russia-quota\n", "    source: seed-article\n"),
        replace(
          "      source: seed-article\n      verified: 2026-09-01\n      asOf: 2025\n",
          "      source: russia-quota\n      approximate: true\n      verified: 2026-09-01\n      asOf: 2025\n",
        ),
      ),
    });
    expect(approximate.ok && coverage(approximate.knowledge, "2026-11-28").secondary_only).toEqual([
      "russia.tuition.bachelor.paid",
    ]);
  });

  it("lets a report give a last cycle's past dates when approximate, never a current window", async () => {
    const secondary = replace(
      "    kind: programme-owner\n    url: https://education-in-russia.com/quota",
      "    kind: secondary\n    url: https://education-in-russia.com/quota",
    );
    const withWindow = (status: string, extra: string) =>
      replace(
        "competitive: true\n",
        `window:\n  status: ${status}\n  cycle: 2026\n  opens: 2026-01-10\n  closes: ${status === "announced" ? "2026-12-20" : "2026-02-20"}\n  text:\n    kk: Өтінім онлайн.\n    ru: Заявка онлайн.\n    en: Apply online.\n  source: russia-quota\n${extra}  verified: 2026-10-01\n  asOf: 2026-01-15\ncompetitive: true\n`,
      );
    // The quota's admission route is a rule resting on the same source: cite the fixture's
    // first-hand page there, so only the window is judged.
    const admission = replace("    source: russia-quota\n", "    source: seed-article\n");
    const current = await problemsOf({
      [SOURCES]: secondary,
      [RUSSIA]: admission,
      [BOLASHAK]: withWindow("announced", "  approximate: true\n"),
    });
    expect(current.map(message)).toEqual([
      [
        BOLASHAK,
        "window.source",
        "a secondary report cannot back a rule — cite the programme owner's or a government's page",
      ],
    ]);
    const unmarked = await problemsOf({
      [SOURCES]: secondary,
      [RUSSIA]: admission,
      [BOLASHAK]: withWindow("last-cycle", ""),
    });
    expect(unmarked.map(message)).toEqual([
      [
        BOLASHAK,
        "window.approximate",
        "missing — a figure from a secondary report is approximate: write approximate: true, or cite a first-hand page",
      ],
    ]);
    const past = await load({
      [SOURCES]: secondary,
      [RUSSIA]: admission,
      [BOLASHAK]: withWindow("last-cycle", "  approximate: true\n"),
    });
    expect(past.ok && coverage(past.knowledge, "2026-11-28").secondary_only).toEqual([
      "bolashak.window",
    ]);
  });

  it("refuses a fact without asOf and a source without quotes", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace("    verified: 2026-10-15\n    asOf: 2025\n", "    verified: 2026-10-15\n"),
      [SOURCES]: replace('    quotes: ["The scholarship covers tuition and living costs."]\n', ""),
    });
    expect(problems.map(message)).toEqual([
      [
        RUSSIA,
        "admission[0].asOf",
        'missing — write the date the page gives: YYYY-MM-DD, a year, "2025/26", or undated',
      ],
      [
        SOURCES,
        "sources[2].quotes",
        "missing — quote the line(s) of the page that the facts rest on",
      ],
    ]);
  });

  it("warns about a money figure or rule on a page more than 24 months old, and an undated page", async () => {
    const warnings = await warningsOf({
      [RUSSIA]: chain(
        replace(TUITION, TUITION.replace("asOf: 2025", 'asOf: "2022/23"')),
        replace(
          "    verified: 2026-10-15\n    asOf: 2025\n",
          "    verified: 2026-10-15\n    asOf: undated\n",
        ),
      ),
    });
    expect(warnings.map(message)).toEqual([
      [
        RUSSIA,
        "tuition.bachelor[0].asOf",
        "the page is from 2022/23, more than 24 months ago — find the current page; until then the bot sends students to the official page",
      ],
      [
        RUSSIA,
        "admission[0].asOf",
        "the page states no date: its age is judged by verified — look for a dated page",
      ],
    ]);
  });

  it("explains what an asOf may be", async () => {
    const problems = await problemsOf({
      [RUSSIA]: replace(TUITION, TUITION.replace("asOf: 2025", 'asOf: "2025/27"')),
    });
    expect(problems.map(message)).toEqual([
      [
        RUSSIA,
        "tuition.bachelor[0].asOf",
        'write the date the page states: YYYY-MM-DD, a year (2025), an academic year ("2025/26") or undated',
      ],
    ]);
  });

  it("reads more sources from sources/*.yaml, with ids unique across all the files", async () => {
    const extra = `sources:
  - id: extra-page
    title: Another page
    kind: university
    url: https://example.edu/fees
    quotes: ["Fees for international students."]
`;
    const result = await load({
      "sources/more.yaml": () => extra,
      [RUSSIA]: replace(
        "      source: seed-article\n      verified: 2026-09-01\n      asOf: 2025\n",
        "      source: extra-page\n      verified: 2026-09-01\n      asOf: 2025\n",
      ),
    });
    expect(result.ok && result.knowledge.sources.get("extra-page")?.kind).toBe("university");
    const problems = await problemsOf({
      "sources/more.yaml": () => extra.replace("id: extra-page", "id: rates-nbk"),
    });
    expect(problems.map(message)).toEqual([
      [
        "sources/more.yaml",
        "sources[0].id",
        "duplicate id 'rates-nbk' — sources.yaml sources[3] has it too",
      ],
    ]);
  });
});

describe("knowledge schema v2: application windows", () => {
  const window = (lines: string) =>
    replace(
      "competitive: true",
      `window:\n${lines}  text: { kk: "Қабылдау", ru: "Приём", en: "Applications" }\n  source: bolashak-site\n  verified: 2026-10-15\n  asOf: 2026\ncompetitive: true`,
    );

  it("needs the intake and the last day of an announced window, and no dates on a rolling one", async () => {
    const announced = await problemsOf({ [BOLASHAK]: window("  status: announced\n") });
    expect(announced.map((p) => [p.path, p.message])).toEqual([
      ["window.cycle", "missing — an announced window names the intake its dates are for"],
      ["window.closes", "missing — an announced window needs its last day to apply"],
    ]);
    const rolling = await problemsOf({
      [BOLASHAK]: window("  status: rolling\n  closes: 2027-01-01\n"),
    });
    expect(rolling.map((p) => [p.path, p.message])).toEqual([
      [
        "window.closes",
        "a rolling window has no dates — use announced or last-cycle for dated windows",
      ],
    ]);
  });

  it("counts a window as undated in coverage until its dates are found", async () => {
    const notAnnounced = await load({ [BOLASHAK]: window("  status: not-announced\n") });
    expect(
      notAnnounced.ok && coverage(notAnnounced.knowledge, "2026-11-28").windows_undated,
    ).toEqual(["bolashak", "own-funds"]);
    const lastCycle = await load({
      [BOLASHAK]: window(
        '  status: last-cycle\n  cycle: "2026/27"\n  opens: 2026-01-10\n  closes: 2026-02-20\n',
      ),
    });
    expect(lastCycle.ok && coverage(lastCycle.knowledge, "2026-11-28").windows_undated).toEqual([
      "own-funds",
    ]);
  });

  it("asks every item left on a coverage list to say why, and takes a gapNote as the answer", async () => {
    const silent = await load({ [BOLASHAK]: window("  status: not-announced\n") });
    if (!silent.ok) throw new Error("the fixture should load");
    const silentGaps = unexplainedGaps(silent.knowledge, coverage(silent.knowledge, "2026-11-28"));
    expect(silentGaps).toContain("windows_undated: bolashak");

    const explained = await load({
      [BOLASHAK]: window(
        "  status: not-announced\n  gapNote: No round has published its dates on the programme's site.\n",
      ),
    });
    if (!explained.ok) throw new Error("the fixture should load");
    const gaps = unexplainedGaps(explained.knowledge, coverage(explained.knowledge, "2026-11-28"));
    expect(gaps).not.toContain("windows_undated: bolashak");
    expect(gaps).toContain("windows_undated: own-funds");
  });
});
