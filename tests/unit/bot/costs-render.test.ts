import { beforeAll, describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../../src/bot/i18n.js";
import { renderComparison } from "../../../src/bot/render/compare.js";
import {
  kztText,
  livingLine,
  modelOf,
  tuitionLine,
  yearlyLine,
} from "../../../src/bot/render/costs.js";
import { renderDestinationCard } from "../../../src/bot/render/destination-card.js";
import {
  type RenderContext,
  renderDestination,
  renderResultsPage,
} from "../../../src/bot/render/results.js";
import { resultCardModel } from "../../../src/bot/render/share-card.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import {
  DEGREE_LEVELS,
  type Destination,
  type Knowledge,
  LOCALES,
  type Locale,
} from "../../../src/knowledge/schema.js";
import { recommend } from "../../../src/recommend/index.js";
import { kb, place, SOURCE, TODAY } from "../costs/fixtures.js";

const i18n = createI18n();
const contextOf = (knowledge: Knowledge, locale: Locale = "en"): RenderContext => ({
  knowledge,
  t: translatorFor(i18n, locale),
  locale,
  today: TODAY,
});
const plain = (html: string) => html.replace(/<[^>]+>/g, "");

describe("cost lines", () => {
  const dorm = place("alpha", {
    living: [
      {
        id: "dorm",
        where: "capital",
        covers: "housing",
        max: 300,
        currency: "USD",
        per: "month",
        asOf: "2025/26",
        ...SOURCE,
      },
      {
        id: "flat",
        where: "other-cities",
        covers: "all",
        min: 400,
        currency: "USD",
        per: "month",
        asOf: 2026,
        ...SOURCE,
      },
    ],
    tuition: {
      bachelor: [
        {
          id: "old",
          segment: "public",
          min: 1000,
          max: 2000,
          currency: "USD",
          per: "semester",
          asOf: 2019,
          ...SOURCE,
        },
      ],
    },
  });

  it.each(LOCALES)(
    "keep 'up to' an upper bound and 'from' a lower one, in tenge too (%s)",
    (locale) => {
      const ctx = contextOf(kb([dorm]), locale);
      const [capital, others] = modelOf(dorm, "bachelor", ctx).living.figures;
      const upTo = plain(livingLine(capital as NonNullable<typeof capital>, ctx));
      const from = plain(livingLine(others as NonNullable<typeof others>, ctx));
      const t = ctx.t;
      expect(upTo).toContain(t("cost-up-to", { high: "300 USD" }));
      expect(upTo).toContain(kztText({ high: 150_000, approximate: false }, ctx));
      expect(upTo).not.toContain(t("cost-from", { low: "300 USD" }));
      expect(upTo).toContain(t("cost-as-of", { asOf: "2025/26" }));
      expect(from).toContain(t("cost-from", { low: "400 USD" }));
    },
  );

  it("show a figure from an old page as old, with no tenge, and count it nowhere", () => {
    const ctx = contextOf(kb([dorm]));
    const model = modelOf(dorm, "bachelor", ctx);
    const old = model.tuition.figures[0];
    const line = plain(tuitionLine(old as NonNullable<typeof old>, "bachelor", ctx));
    expect(line).toContain("1,000 – 2,000 USD a semester");
    expect(line).toContain("an old figure (2019), not counted: check the official page");
    expect(line).not.toContain("₸");
    expect(model.yearly).toBeUndefined();
  });

  it.each(LOCALES)(
    "say what a yearly cost leaves out: food where living is housing only, not where it includes food (%s)",
    (locale) => {
      const withLiving = (covers: "housing" | "housing-food") =>
        place("beta", {
          living: [
            {
              id: "room",
              where: "all",
              covers,
              min: 500,
              max: 700,
              currency: "USD",
              per: "month",
              asOf: 2026,
              ...SOURCE,
            },
          ],
          tuition: {
            bachelor: [
              {
                id: "fee",
                segment: "public",
                min: 1000,
                max: 2000,
                currency: "USD",
                per: "year",
                asOf: 2026,
                ...SOURCE,
              },
            ],
          },
        });
      for (const covers of ["housing", "housing-food"] as const) {
        const beta = withLiving(covers);
        const ctx = contextOf(kb([beta]), locale);
        const line = plain(yearlyLine(modelOf(beta, "bachelor", ctx), ctx));
        expect(line, covers).toContain(ctx.t("cost-yearly-partial", { covers }));
      }
      const t = contextOf(kb([]), locale).t;
      expect(t("cost-yearly-partial", { covers: "housing-food" })).not.toBe(
        t("cost-yearly-partial", { covers: "housing" }),
      );
    },
  );
});

describe("every screen shows the cost model's figure", () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = await loadKnowledgeOrThrow("knowledge");
  });

  it("the card, the comparison, the results and the share card never disagree on a yearly cost", () => {
    for (const locale of LOCALES) {
      const ctx = contextOf(knowledge, locale);
      for (const level of DEGREE_LEVELS) {
        const rec = recommend(
          {
            level,
            budget: "over-10m",
            languages: ["kk", "ru", "en"],
            willLearnLanguage: true,
            field: "engineering-it",
            priorities: [],
            plan: "unsure",
            english: "c1",
          },
          knowledge,
          { today: TODAY },
        );
        const share = resultCardModel(
          { destinations: knowledge.destinations.map((d) => d.id), funding: [] },
          ctx,
          { botUsername: "bagdar_bot", date: TODAY, level },
        );
        for (const d of knowledge.destinations) {
          const model = modelOf(d, level, ctx);
          const card = plain(renderDestinationCard(d, ctx, { level, funding: [] }).join("\n"));
          const compare = plain(
            renderComparison([d, otherThan(knowledge, d)], ctx, rec).join("\n"),
          );
          const ranked = rec.destinations.find((r) => r.destinationId === d.id);
          const result = plain(
            renderDestination(ranked as NonNullable<typeof ranked>, 0, ctx, level),
          );
          const shared =
            share.destinations.find((c) => c.name === d.name[locale])?.details[0] ?? "";
          // The summary of the results, the block of this destination.
          const position = rec.destinations.findIndex((r) => r.destinationId === d.id);
          const page = Math.floor(position / 3) * 3;
          const summary =
            plain(renderResultsPage(rec, page, ctx).join("\n"))
              .split("\n\n")
              .find((block) => block.split("\n")[0]?.includes(` ${d.name[locale]} — `)) ?? "";
          const where = `${locale} ${d.id} ${level}`;
          if (model.yearly === undefined) {
            // No figure anywhere, and each screen says what is missing rather than a figure.
            const gap = ctx.t(`cost-gap-${model.gaps[0]}`, { level: ctx.t(`level-${level}`) });
            for (const text of [compare, result]) expect(text, where).toContain(gap);
            // The summary and the share card say it in a few words.
            const short = ctx.t(`results-summary-gap-${model.gaps[0]}`);
            for (const text of [summary, shared]) expect(text, where).toContain(short);
            expect(ranked?.yearlyCostKzt, where).toBeUndefined();
          } else {
            const figure = kztText(model.yearly, ctx);
            for (const text of [card, compare, result, summary, shared])
              expect(text, where).toContain(figure);
            expect(ranked?.yearlyCostKzt, where).toEqual(model.yearly);
          }
        }
      }
    }
  });
});

function otherThan(knowledge: Knowledge, d: Destination): Destination {
  return knowledge.destinations.find((other) => other.id !== d.id) as Destination;
}
