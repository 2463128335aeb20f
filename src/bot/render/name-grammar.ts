/**
 * A name's grammar as Fluent variables, so a template agrees with the name it holds instead of
 * guessing: `fundingNumber` ("singular" | "plural") and `fundingGender` for Russian
 * («Стипендии университетов оплачивают»), `fundingArticle` ("the" | "none") and `fundingNumber`
 * for English ("the Bolashak International Scholarship pays", "Intergovernmental grants pay").
 * The same for `destination` ("in the United Kingdom"). Kazakh needs none of it, but gets the
 * variables too, so every locale can be given the same arguments. Pure: no grammY.
 *
 * A template selects on them:
 * `{ $fundingNumber -> [plural] оплачивают *[other] оплачивает }`.
 */
import type { Locale, NameGrammar } from "../../knowledge/schema.js";

/** The variables a name of `prefix` brings, for a name whose grammar is known or not. */
export function nameGrammarParams(
  prefix: "funding" | "destination",
  grammar: NameGrammar | undefined,
  locale: Locale,
): Record<string, string> {
  // A name without grammar data reads as singular with no article: the forms a template falls
  // back to (its `*[other]` variant).
  const number =
    locale === "ru"
      ? (grammar?.ru.number ?? "singular")
      : locale === "en"
        ? (grammar?.en.number ?? "singular")
        : "singular";
  return {
    [`${prefix}Number`]: number,
    [`${prefix}Gender`]: grammar?.ru.gender ?? "masculine",
    [`${prefix}Article`]: locale === "en" ? (grammar?.en.article ?? "none") : "none",
  };
}
