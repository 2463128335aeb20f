import { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { COMMANDS, registerCommands } from "../../src/bot/commands.js";
import { createI18n, translatorFor } from "../../src/bot/i18n.js";
import { LOCALES } from "../../src/knowledge/schema.js";
import { startHarness, TEST_TOKEN, tr } from "./harness.js";
import { tap } from "./quiz-flow.js";

describe("commands", () => {
  it("registers the command menu in Kazakh, Russian and English (and English by default)", async () => {
    const h = await startHarness();
    const api = new Api(TEST_TOKEN, {
      fetch: h.fake.fetch,
      apiRoot: "http://bot-api.local",
    } as never);
    const i18n = createI18n();
    await registerCommands(api, (l) => translatorFor(i18n, l));
    for (const locale of LOCALES) {
      const menu = h.fake.commands({ languageCode: locale });
      expect(menu.map((c) => c.command)).toEqual([...COMMANDS]);
      expect(menu.map((c) => c.description)).toEqual(
        COMMANDS.map((c) => tr(locale, `command-${c}`)),
      );
      for (const c of menu) expect(c.description.length).toBeLessThanOrEqual(256);
    }
    expect(h.fake.commands().map((c) => c.description)).toEqual(
      COMMANDS.map((c) => tr("en", `command-${c}`)),
    );
  });

  it.each(["/start", "/help", "/language", "/results", "/cancel"])(
    "%s works in the middle of the questionnaire and the questionnaire goes on",
    async (command) => {
      const h = await startHarness();
      await h.send("/quiz");
      await tap(h, "en", "situation-graduated");
      await tap(h, "en", "level-master");
      await h.send(command);
      const reply = h.last().text ?? "";
      expect(reply).not.toContain(tr("en", "quiz-use-buttons").slice(3));
      if (command !== "/cancel") {
        await tap(h, "en", "budget-2m-5m");
        expect(h.last().text).toContain("4/9");
      }
      expect(h.errors).toEqual([]);
    },
  );
});
