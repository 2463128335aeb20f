import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../../src/bot/i18n.js";
import { fundingBlock, fundingExtent } from "../../../src/bot/render/destination-facts.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import { type Knowledge, LOCALES } from "../../../src/knowledge/schema.js";

const KNOWLEDGE = fileURLToPath(new URL("../../../knowledge", import.meta.url));

let kb: Knowledge;
beforeAll(async () => {
  kb = await loadKnowledgeOrThrow(KNOWLEDGE);
});

describe("what a funding route does, in a few words", () => {
  it("says a student's own money is paid by them, never that it is a way in with no money", () => {
    const i18n = createI18n();
    const own = kb.funding.filter((f) => f.kind === "own-funds");
    const others = kb.funding.filter((f) => f.kind !== "own-funds");
    expect(own.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const t = translatorFor(i18n, locale);
      for (const route of own) {
        expect(fundingExtent(route, t)).toBe(t("funding-extent-own"));
        expect(fundingBlock(route, { knowledge: kb, t, locale })).not.toContain(
          t("funding-extent-none"),
        );
      }
      for (const route of others) {
        expect(fundingExtent(route, t)).toBe(t(`funding-extent-${route.covers.extent}`));
      }
    }
  });
});
