/**
 * The tests an admission route asks for ("EGE or university exams", "TOPIK 3 (Korean-taught)")
 * reach a Kazakh or Russian student in their own language: in the reasons behind their results, on
 * a country's card and in a comparison. The knowledge base writes them in kk, ru and en.
 */
import { describe, expect, it } from "vitest";
import { encodeCallback } from "../../src/bot/keyboards/callback-data.js";
import { flag } from "../../src/bot/render/knowledge-text.js";
import { inlineButtonsOf } from "../../src/chat/fake-bot-api.js";
import type { AdmissionRoute, Destination, Locale } from "../../src/knowledge/schema.js";
import { plain, realKnowledge, startHarness, tr } from "./harness.js";
import { answerQuestionnaire, SCHOOL_LEAVER } from "./quiz-flow.js";

const STUDENT_LOCALES = ["kk", "ru"] as const satisfies readonly Locale[];

/** A route's tests as the bot joins them, in one language. */
function testsIn(route: AdmissionRoute, locale: Locale): string {
  return route.tests.map((test) => test[locale]).join("; ");
}

async function destination(id: string): Promise<Destination> {
  const found = (await realKnowledge()).destinations.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no destination ${id} in knowledge/`);
  return found;
}

/** Routes with tests whose English differs from this language's, so English would show. */
function translatedRoutes(d: Destination, locale: Locale): AdmissionRoute[] {
  return d.admission.filter((r) => r.tests.length > 0 && testsIn(r, locale) !== testsIn(r, "en"));
}

describe("admission tests in the student's language", () => {
  it.each(STUDENT_LOCALES)(
    "names the tests to plan for in %s in the reasons behind the results",
    async (locale) => {
      const russia = await destination("russia");
      const h = await startHarness({ languageCode: locale });
      await h.send("/quiz");
      await answerQuestionnaire(h, locale, SCHOOL_LEAVER);
      expect(h.texts().join("\n")).toContain(plain(tr(locale, "results-title")));
      // The reasons are a tap away, under the country's button (on this page or a later one).
      const results = h.fake
        .messages(h.student.id)
        .find((m) => (m.text ?? "").startsWith(plain(tr(locale, "results-title"))));
      const data = encodeCallback({ kind: "result-details", destination: russia.id });
      const onPage = inlineButtonsOf(results).some(
        (b) => "callback_data" in b && b.callback_data === data,
      );
      await h.pressData(results?.message_id ?? 0, data, !onPage);
      const shown = h.texts().join("\n");

      // Russia's details name both of its routes that ask for tests.
      const routes = russia.admission.filter((r) => r.tests.length > 0);
      expect(routes.map((r) => r.id)).toEqual(["equal-terms", "quota"]);
      for (const route of routes) {
        const reason = tr(locale, "reason-route-tests", {
          route: route.name[locale],
          test: testsIn(route, locale),
        });
        expect(shown).toContain(plain(reason));
        expect(shown).not.toContain(testsIn(route, "en"));
      }
      expect(shown).toContain(
        {
          kk: "ЕГЭ (Ресейдің бірыңғай мемлекеттік емтиханы) немесе университеттің түсу емтихандары",
          ru: "ЕГЭ или вступительные испытания вуза",
        }[locale],
      );
      expect(h.errors).toEqual([]);
    },
  );

  it.each(STUDENT_LOCALES)(
    "lists every route's tests in %s on each country's card",
    async (locale) => {
      const knowledge = await realKnowledge();
      const h = await startHarness({ languageCode: locale });
      let checked = 0;
      for (const d of knowledge.destinations) {
        const before = h.fake.messages(h.student.id).length;
        await h.send(`/country ${d.id}`);
        const card = h.fake
          .messages(h.student.id)
          .slice(before)
          .map((m) => m.text ?? "")
          .join("\n");
        for (const route of d.admission.filter((r) => r.tests.length > 0)) {
          const line = tr(locale, "explore-route-tests", { tests: testsIn(route, locale) });
          expect(card, `${d.id} ${route.id}`).toContain(`📝 ${plain(line)}`);
        }
        for (const route of translatedRoutes(d, locale)) {
          expect(card, `${d.id} ${route.id}`).not.toContain(testsIn(route, "en"));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
      expect(h.errors).toEqual([]);
    },
  );

  it.each(STUDENT_LOCALES)("shows the tests in %s when comparing countries", async (locale) => {
    const [germany, turkey] = [await destination("germany"), await destination("turkey")];
    const h = await startHarness({ languageCode: locale });
    await h.send("/compare");
    await h.press(`▫️ ${flag("DE")} ${germany.name[locale]}`);
    await h.press(`▫️ ${flag("TR")} ${turkey.name[locale]}`);
    await h.press(tr(locale, "compare-done", { count: 2 }));
    const comparison = h.texts().join("\n");
    expect(comparison).toContain(plain(tr(locale, "compare-admission")));
    for (const d of [germany, turkey]) {
      const routes = d.admission.filter((r) => r.tests.length > 0);
      expect(routes.length, d.id).toBeGreaterThan(0);
      for (const route of routes) {
        const price = plain(
          tr(locale, route.tuitionFree ? "explore-route-free" : "explore-route-paid"),
        );
        expect(comparison, `${d.id} ${route.id}`).toContain(
          `${route.name[locale]} (${price}): ${testsIn(route, locale)}`,
        );
        expect(comparison, `${d.id} ${route.id}`).not.toContain(testsIn(route, "en"));
      }
    }
    expect(h.errors).toEqual([]);
  });
});
