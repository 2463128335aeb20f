import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../../src/bot/i18n.js";
import { PHONE_MESSAGE_LIMIT, visibleLength } from "../../../src/bot/render/html.js";
import { renderSharedResults } from "../../../src/bot/render/shared-results.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import { type Knowledge, LOCALES } from "../../../src/knowledge/schema.js";

const KNOWLEDGE = fileURLToPath(new URL("../../../knowledge", import.meta.url));

let kb: Knowledge;
beforeAll(async () => {
  kb = await loadKnowledgeOrThrow(KNOWLEDGE);
});

describe("shared results", () => {
  it("split into messages a phone shows well, however long the destinations' texts", () => {
    const i18n = createI18n();
    // The three destinations with the longest summaries, and four routes: the longest link.
    const destinations = [...kb.destinations]
      .sort((a, b) => b.summary.ru.length - a.summary.ru.length)
      .slice(0, 3)
      .map((d) => d.id);
    const funding = kb.funding.slice(0, 4).map((f) => f.id);
    for (const locale of LOCALES) {
      const t = translatorFor(i18n, locale);
      const messages = renderSharedResults({ destinations, funding }, { knowledge: kb, t, locale });
      for (const message of messages) {
        expect(visibleLength(message), locale).toBeLessThanOrEqual(PHONE_MESSAGE_LIMIT);
      }
      const names = destinations.map(
        (id) => kb.destinations.find((d) => d.id === id)?.name[locale],
      );
      for (const name of names) expect(messages.join("\n")).toContain(name);
    }
  });
});
