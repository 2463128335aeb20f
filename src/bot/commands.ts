/** The command menu, registered with Telegram in each language Bagdar speaks. */
import type { Api } from "grammy";
import { LOCALES } from "../knowledge/schema.js";
import type { Translate } from "./i18n.js";

export const COMMANDS = [
  "start",
  "quiz",
  "results",
  "profile",
  "compare",
  "country",
  "language",
  "reminders",
  "privacy",
  "forget",
  "help",
  "cancel",
] as const;

export function commandList(t: Translate) {
  return COMMANDS.map((command) => ({ command, description: t(`command-${command}`) }));
}

/**
 * Calls `setMyCommands` once per language, plus once without a language (Telegram shows that
 * list to users whose app language is none of ours), which gets the English descriptions.
 */
export async function registerCommands(
  api: Api,
  translator: (locale: (typeof LOCALES)[number]) => Translate,
) {
  for (const locale of LOCALES) {
    await api.setMyCommands(commandList(translator(locale)), { language_code: locale });
  }
  await api.setMyCommands(commandList(translator("en")));
}
