/**
 * What a student would say the screens must never do, checked on generated students against the
 * real knowledge base, in every language: show a fact of another degree level, give a figure and
 * deny it in the same place, put a route on the share card its owner cannot use, or show the same
 * answers differently twice.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_SHARED_DESTINATIONS } from "../../../src/bot/deep-links.js";
import { createI18n, type Translate, translatorFor } from "../../../src/bot/i18n.js";
import { renderComparison } from "../../../src/bot/render/compare.js";
import { kztText, modelOf } from "../../../src/bot/render/costs.js";
import { renderDestinationCard } from "../../../src/bot/render/destination-card.js";
import { escapeHtml } from "../../../src/bot/render/html.js";
import { nameGrammarParams } from "../../../src/bot/render/name-grammar.js";
import {
  type RenderContext,
  renderDestination,
  renderDestinationDetails,
  renderFundingDetails,
  renderResultsPage,
} from "../../../src/bot/render/results.js";
import { shareSelection } from "../../../src/bot/render/share-card.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import {
  atLevel,
  type DegreeLevel,
  type Destination,
  type Knowledge,
  LOCALES,
  type Locale,
  type Text,
} from "../../../src/knowledge/schema.js";
import { statusesFor } from "../../../src/recommend/criteria/eligibility.js";
import { statusOf } from "../../../src/recommend/profile.js";
import { recommend } from "../../../src/recommend/recommend.js";
import type { Recommendation } from "../../../src/recommend/types.js";
import { profiles, RUNS } from "../recommend/arbitraries.js";

let kb: Knowledge;
const i18n = createI18n();
const translators = Object.fromEntries(
  LOCALES.map((locale) => [locale, translatorFor(i18n, locale)]),
) as Record<Locale, Translate>;

beforeAll(async () => {
  kb = await loadKnowledgeOrThrow("knowledge");
});

const locales = fc.constantFrom(...LOCALES);
const SCREEN_RUNS = RUNS / 4;
/** One day for the matcher and the screens, so both judge the age of a figure alike. */
const TODAY = "2026-12-06";

function context(locale: Locale): RenderContext {
  return { knowledge: kb, t: translators[locale], locale, today: TODAY };
}

/** Every knowledge text that holds at some levels only, with the levels it holds at. */
function levelTexts(): Array<{ levels: readonly DegreeLevel[]; text: Text; where: string }> {
  const out: Array<{ levels: readonly DegreeLevel[]; text: Text; where: string }> = [];
  const add = (
    levels: readonly DegreeLevel[] | undefined,
    text: Text | undefined,
    where: string,
  ) => {
    if (text !== undefined)
      out.push({ levels: levels ?? ["bachelor", "master", "doctorate"], text, where });
  };
  for (const d of kb.destinations) {
    for (const h of d.highlights) add(h.levels, h.text, `${d.id} highlight ${h.id}`);
    for (const r of d.admission) {
      add(r.levels, r.name, `${d.id} route ${r.id}`);
      add(r.levels, r.description, `${d.id} route ${r.id}`);
      for (const test of r.tests) add(r.levels, test, `${d.id} route ${r.id} tests`);
      add(r.note?.levels ?? r.levels, r.note, `${d.id} route ${r.id} note`);
    }
    for (const key of ["degreeYears", "work"] as const) {
      const note = d[key]?.note;
      add(note?.levels, note, `${d.id} ${key} note`);
    }
    // A tuition figure holds at its own level; living and the visa's funds at every level.
    for (const [level, written] of Object.entries(d.tuition)) {
      if (!Array.isArray(written)) continue;
      for (const range of written) {
        const levels = range.note?.levels ?? [level as DegreeLevel];
        add(levels, range.note, `${d.id} tuition ${level} ${range.id} note`);
      }
    }
    for (const range of [...(d.living ?? []), ...(d.requiredFunds ?? [])]) {
      add(range.note?.levels, range.note, `${d.id} cost ${range.id} note`);
    }
  }
  for (const f of kb.funding) {
    for (const other of f.eligibility.other) add(other.levels, other, `${f.id} condition`);
    for (const o of f.obligations) add(o.levels, o.text, `${f.id} obligation ${o.id}`);
  }
  return out;
}

/** Texts a student at `level` must never read: of another level only, and said nowhere at theirs. */
function otherLevelTexts(
  level: DegreeLevel,
  locale: Locale,
): Array<{ html: string; where: string }> {
  const all = levelTexts();
  const theirs = new Set(all.filter((x) => atLevel(x.levels, level)).map((x) => x.text[locale]));
  // A funding route may share its name with an admission route ("Russian Government quota").
  for (const f of kb.funding) if (f.levels.values.includes(level)) theirs.add(f.name[locale]);
  return all
    .filter((x) => !atLevel(x.levels, level) && !theirs.has(x.text[locale]))
    .map((x) => ({ html: escapeHtml(x.text[locale]), where: x.where }));
}

/** The screens a student with answers reads: results, funding details, top cards, comparison. */
function screens(rec: Recommendation, locale: Locale): string[] {
  const ctx = context(locale);
  const out: string[] = [];
  for (let from = 0; from < rec.destinations.length; from += 3) {
    out.push(...renderResultsPage(rec, from, ctx));
  }
  for (const ranked of rec.destinations) {
    out.push(...renderDestinationDetails(rec, ranked.destinationId, ctx));
  }
  out.push(...renderFundingDetails(rec, ctx));
  const top = rec.destinations.slice(0, 3);
  for (const ranked of top) {
    const d = kb.destinations.find((x) => x.id === ranked.destinationId) as Destination;
    const reader = { level: rec.level, funding: ranked.funding.map((f) => f.fundingId) };
    out.push(...renderDestinationCard(d, ctx, reader));
  }
  const compared = top.map(
    (r) => kb.destinations.find((x) => x.id === r.destinationId) as Destination,
  );
  out.push(...renderComparison(compared, ctx, rec));
  return out;
}

describe("screens over generated students", () => {
  it("show a student only the facts of their own degree level", () => {
    fc.assert(
      fc.property(profiles, locales, (p, locale) => {
        const shown = screens(recommend(p, kb, { today: TODAY }), locale).join("\n");
        const leaks = otherLevelTexts(p.level, locale).filter((x) => shown.includes(x.html));
        expect(leaks.map((x) => x.where)).toEqual([]);
        return true;
      }),
      { numRuns: SCREEN_RUNS },
    );
  });

  it("never give a figure and deny it in the same place", () => {
    fc.assert(
      fc.property(profiles, locales, (p, locale) => {
        const ctx = context(locale);
        const t = ctx.t;
        const rec = recommend(p, kb, { today: TODAY });
        const level = t(`level-${rec.level}`);
        const gaps = ["tuition", "living", "stale", "rates"].map((gap) =>
          escapeHtml(t(`cost-gap-${gap}`, { level })),
        );
        rec.destinations.forEach((ranked, i) => {
          const d = kb.destinations.find((x) => x.id === ranked.destinationId) as Destination;
          const block = renderDestination(ranked, i, ctx, rec.level);
          const model = modelOf(d, rec.level, ctx);
          const name = escapeHtml(d.name[locale]);
          const noTuition = escapeHtml(t("cost-gap-tuition", { level }));
          const tuitionShown = model.tuition.figures.some((f) => !f.stale);
          const yearShown = ranked.yearlyCostKzt !== undefined;
          expect(
            tuitionShown && block.includes(noTuition),
            `${d.id}: tuition given and denied`,
          ).toBe(false);
          expect(
            yearShown && gaps.some((gap) => block.includes(gap)),
            `${d.id}: a year given and denied`,
          ).toBe(false);
          // The matcher's own "no figure" reasons give way to the cost model's line.
          for (const id of ["reason-cost-unknown", "reason-living-cost-unknown"]) {
            const params = {
              destination: name,
              ...nameGrammarParams("destination", d.grammar, locale),
            };
            expect(block, `${d.id}: ${id}`).not.toContain(t(id, params));
          }
          // The card reads the same yearly figure, and never says there is none beside it.
          expect(ranked.yearlyCostKzt, `${d.id} yearly`).toEqual(model.yearly);
          const card = renderDestinationCard(d, ctx, { level: rec.level, funding: [] }).join("\n");
          if (model.yearly === undefined) {
            expect(
              gaps.some((gap) => card.includes(gap)),
              `${d.id} card`,
            ).toBe(true);
          } else {
            expect(card, `${d.id} card`).toContain(escapeHtml(kztText(model.yearly, ctx)));
            expect(
              gaps.some((gap) => card.includes(gap)),
              `${d.id} card`,
            ).toBe(false);
          }
        });
        return true;
      }),
      { numRuns: SCREEN_RUNS },
    );
  });

  it("never put a funding route on the share card that its owner cannot use", () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const rec = recommend(p, kb);
        const top = rec.destinations.slice(0, MAX_SHARED_DESTINATIONS);
        const status = p.situation === undefined ? undefined : statusOf(p.situation);
        for (const id of shareSelection(rec, kb).funding) {
          const matches = top.flatMap((d) => d.funding.filter((f) => f.fundingId === id));
          expect(matches.length, `${id} reaches a destination on the card`).toBeGreaterThan(0);
          expect(
            matches.some((m) => !m.missing),
            `${id}: nothing missing`,
          ).toBe(true);
          const f = kb.funding.find((x) => x.id === id);
          const allowed = f && statusesFor(f, p.level);
          if (status !== undefined) {
            expect(allowed === undefined || allowed.includes(status), `${id} for a ${status}`).toBe(
              true,
            );
            expect(
              !f?.eligibility.enrolledInKazakhstan || status === "university-student",
              id,
            ).toBe(true);
          }
          expect(f?.levels.values, id).toContain(p.level);
        }
        return true;
      }),
      { numRuns: RUNS },
    );
  });

  it("show the same answers the same way every time", () => {
    fc.assert(
      fc.property(profiles, locales, (p, locale) => {
        expect(screens(recommend(p, kb, { today: TODAY }), locale)).toEqual(
          screens(recommend(p, kb, { today: TODAY }), locale),
        );
        return true;
      }),
      { numRuns: SCREEN_RUNS / 4 },
    );
  });
});
