/** Inline keyboards shared by several features. */
import { InlineKeyboard } from "grammy";
import { LOCALES, type Locale } from "../../knowledge/schema.js";
import type { Translate } from "../i18n.js";
import { encodeCallback } from "./callback-data.js";

/** Language names are written in their own language, so anyone can find theirs. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  kk: "Қазақша",
  ru: "Русский",
  en: "English",
};

export function languageKeyboard(current?: Locale): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const locale of LOCALES) {
    const mark = locale === current ? "✓ " : "";
    keyboard.text(`${mark}${LANGUAGE_NAMES[locale]}`, encodeCallback({ kind: "lang", locale }));
  }
  return keyboard;
}

export function startQuizKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("start-quiz-button"), encodeCallback({ kind: "start-quiz" }));
}

export function resultsKeyboard(t: Translate, next: number | undefined): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (next !== undefined) {
    keyboard.text(
      t("results-more-button"),
      encodeCallback({ kind: "results", action: "more", from: next }),
    );
  }
  keyboard.text(
    t("results-funding-button"),
    encodeCallback({ kind: "results", action: "funding", from: 0 }),
  );
  keyboard.row();
  keyboard.text(t("results-compare-button"), encodeCallback({ kind: "compare", action: "open" }));
  keyboard.text(t("results-share-button"), encodeCallback({ kind: "share" }));
  keyboard.row();
  keyboard.text(t("results-profile-button"), encodeCallback({ kind: "profile", action: "show" }));
  keyboard.text(
    t("results-restart-button"),
    encodeCallback({ kind: "results", action: "restart", from: 0 }),
  );
  keyboard.row();
  keyboard.text(
    t("results-language-button"),
    encodeCallback({ kind: "results", action: "language", from: 0 }),
  );
  return keyboard;
}
