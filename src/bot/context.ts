/** The bot's one context type, built from the plugins' flavors, and the session it carries. */
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context, SessionFlavor } from "grammy";
import type { Knowledge, Locale } from "../knowledge/schema.js";
import type { Logger } from "../logger.js";
import type { Profile } from "../recommend/profile.js";
import type { TraceFlavor } from "./middleware/trace.js";

export interface SessionData {
  /** The language the student chose; unset until they choose (then guessed from Telegram). */
  locale?: Locale;
  /** The answers of the last completed questionnaire; results are recomputed from it. */
  profile?: Profile;
}

/** What every handler can reach without importing globals. */
export interface BotDependencies {
  knowledge: Knowledge;
  logger: Logger;
}

export type BotContext = ConversationFlavor<
  Context & SessionFlavor<SessionData> & I18nFlavor & TraceFlavor & { deps: BotDependencies }
>;

/** The context inside the questionnaire conversation: no session there, by the plugin's design. */
export type QuizContext = Context;
