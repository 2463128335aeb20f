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
