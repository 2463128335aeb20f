/** Which `language_code` the local chat's user has, from the environment. */

export type ChatLanguage = "kk" | "ru" | "en";

/**
 * `CHAT_LANG` if set (any language code, e.g. "de" to try a language Bagdar does not speak),
 * else the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) mapped to kk, ru or en.
 *
 * @example
 * chatLanguageCode({ LANG: "ru_RU.UTF-8" }) // "ru"
 */
export function chatLanguageCode(env: NodeJS.ProcessEnv): string {
  const chosen = env.CHAT_LANG?.trim().toLowerCase();
  if (chosen) return /^[a-z]{2,3}(-[a-z0-9]+)?$/.test(chosen) ? chosen : fromLocale(chosen);
  return fromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || "");
}

function fromLocale(locale: string): ChatLanguage {
  const language = locale.toLowerCase().slice(0, 2);
  return language === "kk" || language === "ru" ? language : "en";
}
