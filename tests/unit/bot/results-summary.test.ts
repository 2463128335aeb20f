/**
 * The summary every short results screen shares, rendered directly against the real knowledge
 * base for every kind of student in every language: it fits one phone screen, says per
 * destination its score, the cost model's yearly figure (or that there is none), the best way to
 * pay and why; obligations are said once, in the funding view; every layer under it fits a phone.
 * Nothing here depends on today's figures, only on what the screens promise.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { decodeDeepLink, encodeShare } from "../../../src/bot/deep-links.js";
import { createI18n, type Translate, translatorFor } from "../../../src/bot/i18n.js";
import { renderComparison } from "../../../src/bot/render/compare.js";
import { kztText, modelOf } from "../../../src/bot/render/costs.js";
import { renderDestinationCard } from "../../../src/bot/render/destination-card.js";
import { PHONE_MESSAGE_LIMIT, visibleLength } from "../../../src/bot/render/html.js";
import {
  type RenderContext,
  renderDestinationDetails,
  renderFundingDetails,
  renderResultsPage,
} from "../../../src/bot/render/results.js";
import { SUMMARY_LIMIT, scoreText } from "../../../src/bot/render/results-summary.js";
import { shareSelection } from "../../../src/bot/render/share-card.js";
import { renderSharedResults } from "../../../src/bot/render/shared-results.js";
import { bestFunding, summarize, whyReason } from "../../../src/bot/render/summary.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import { type Knowledge, LOCALES, type Locale } from "../../../src/knowledge/schema.js";
import { recommend } from "../../../src/recommend/recommend.js";
import type { RankedDestination } from "../../../src/recommend/types.js";
import { sweep } from "../recommend/contract.js";

let kb: Knowledge;
const i18n = createI18n();
const translators = Object.fromEntries(
  LOCALES.map((locale) => [locale, translatorFor(i18n, locale)]),
) as Record<Locale, Translate>;
const TODAY = "2026-12-06";

beforeAll(async () => {
  kb = await loadKnowledgeOrThrow("knowledge");
});

function context(locale: Locale): RenderContext {
  return { knowledge: kb, t: translators[locale], locale, today: TODAY };
}

/** Every third student of the sweep: every level, budget, language set, plan and priority mix. */
const students = () => sweep().filter((_, i) => i % 3 === 0);

describe("the results summary", () => {
  it.each(LOCALES)("fits one phone screen for every kind of student, in %s", (locale) => {
    const ctx = context(locale);
    const over: string[] = [];
    for (const p of students()) {
      const rec = recommend(p, kb, { today: TODAY });
      for (let from = 0; from < rec.destinations.length; from += 3) {
        const pages = renderResultsPage(rec, from, ctx);
        expect(pages).toHaveLength(1);
        const length = visibleLength(pages[0] ?? "");
        if (length > SUMMARY_LIMIT) over.push(`${JSON.stringify(p)} from ${from}: ${length}`);
      }
    }
    expect(over).toEqual([]);
  });

  it.each(LOCALES)(
    "says each destination's score, yearly cost and best way to pay, in %s",
    (locale) => {
      const ctx = context(locale);
      const { t } = ctx;
      for (const p of students().filter((_, i) => i % 5 === 0)) {
        const rec = recommend(p, kb, { today: TODAY });
        const [page = ""] = renderResultsPage(rec, 0, ctx);
        for (const item of summarize(rec, kb)) {
          const ranked = item.ranked as RankedDestination;
          const d = kb.destinations.find((x) => x.id === item.destinationId);
          const block = page.split("\n\n").find((b) => b.includes(`<b>${d?.name[locale]}</b>`));
          expect(block, `${d?.id} in the summary`).toBeDefined();
          expect(block).toContain(scoreText(ranked, t).replace(/&/g, "&amp;"));
          const model = modelOf(d as NonNullable<typeof d>, rec.level, ctx);
          if (model.yearly === undefined) {
            expect(block).toContain(t(`results-summary-gap-${model.gaps[0] ?? "tuition"}`));
          } else {
            expect(block).toContain(kztText(model.yearly, ctx));
          }
          const best = bestFunding(ranked, kb);
          expect(block).toContain(
            best === undefined ? t("results-summary-no-route") : `<b>${best.name[locale]}</b>`,
          );
        }
      }
    },
  );

  it("never spells out an obligation in the summary, and names each route once in the funding view", () => {
    const ctx = context("en");
    for (const p of students().filter((_, i) => i % 4 === 0)) {
      const rec = recommend(p, kb, { today: TODAY });
      const summary = renderResultsPage(rec, 0, ctx).join("\n");
      const funding = renderFundingDetails(rec, ctx).join("\n");
      for (const f of kb.funding) {
        for (const o of f.obligations) expect(summary).not.toContain(o.text.en);
        const heads = funding.split("\n").filter((l) => l === `💰 <b>${f.name.en}</b>`);
        expect(heads.length, f.id).toBeLessThanOrEqual(1);
      }
    }
  });

  it.each(LOCALES)("keeps every layer under it under 2,000 characters, in %s", (locale) => {
    const ctx = context(locale);
    const over: string[] = [];
    const check = (what: string, messages: readonly string[]) => {
      for (const m of messages) {
        if (visibleLength(m) > PHONE_MESSAGE_LIMIT) over.push(`${what}: ${visibleLength(m)}`);
      }
    };
    for (const p of students().filter((_, i) => i % 4 === 0)) {
      const rec = recommend(p, kb, { today: TODAY });
      const top = rec.destinations.slice(0, 3);
      for (const ranked of top) {
        check(
          `details ${ranked.destinationId}`,
          renderDestinationDetails(rec, ranked.destinationId, ctx),
        );
        const d = kb.destinations.find((x) => x.id === ranked.destinationId);
        if (d === undefined) continue;
        const reader = { level: rec.level, funding: ranked.funding.map((f) => f.fundingId) };
        check(`card ${d.id}`, renderDestinationCard(d, ctx, reader));
      }
      check("funding", renderFundingDetails(rec, ctx));
      const compared = top.flatMap((r) => kb.destinations.filter((d) => d.id === r.destinationId));
      check("comparison", renderComparison(compared, ctx, rec));
      check("shared", renderSharedResults(shareSelection(rec, kb), ctx));
    }
    for (const d of kb.destinations)
      check(`card ${d.id} for anyone`, renderDestinationCard(d, ctx));
    expect(over).toEqual([]);
  });

  it("gives the share link each destination's best way to pay, the same as the summary", () => {
    for (const p of students().filter((_, i) => i % 4 === 0)) {
      const rec = recommend(p, kb, { today: TODAY });
      const selection = shareSelection(rec, kb);
      const summary = summarize(rec, kb);
      expect(selection.destinations).toEqual(summary.map((s) => s.destinationId));
      expect(selection.best).toEqual(summary.map((s) => s.best?.id));
      const link = decodeDeepLink(encodeShare(kb, selection), kb);
      expect(link).toMatchObject({ kind: "shared", best: selection.best });
    }
  });
});

describe("the one line why", () => {
  const reason = (message: string, kind: "positive" | "negative" | "neutral", params = {}) => ({
    kind,
    message,
    params,
    facts: [`russia.${message}`],
  });
  const ranked = (reasons: ReturnType<typeof reason>[], hardMismatch = false) =>
    ({
      destinationId: "russia",
      score: 50,
      reasons,
      hardMismatch,
      basis: { known: 3, total: 5 },
      funding: [],
    }) as RankedDestination;

  it("gives a destination ruled out the reason that rules it out", () => {
    const why = whyReason(
      ranked(
        [reason("reason-language-missing", "negative"), reason("reason-close", "positive")],
        true,
      ),
    );
    expect(why?.message).toBe("reason-language-missing");
  });

  it("prefers a telling reason to the language that fits, and names every strong priority at once", () => {
    const why = whyReason(
      ranked([
        reason("reason-language-ok", "positive", { language: "ru" }),
        reason("reason-priority-strong", "positive", { priority: "prestige" }),
        reason("reason-priority-strong", "positive", { priority: "career-links" }),
      ]),
    );
    expect(why?.message).toBe("reason-priority-strong");
    expect(why?.params.priority).toBe("prestige,career-links");
    expect(why?.facts).toHaveLength(2);
  });

  it("falls back to the language that fits when nothing else is positive", () => {
    const why = whyReason(
      ranked([
        reason("reason-cost-unknown", "neutral"),
        reason("reason-language-ok", "positive", { language: "ru" }),
      ]),
    );
    expect(why?.message).toBe("reason-language-ok");
  });
});
