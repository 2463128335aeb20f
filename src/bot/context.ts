/** The bot's one context type, built from the plugins' flavors, and the session it carries. */
import type { ConversationData, ConversationFlavor, VersionedState } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context, SessionFlavor } from "grammy";
import type { InsightRecord } from "../insight/record.js";
import type { Region } from "../insight/regions.js";
import type { Knowledge, Locale } from "../knowledge/schema.js";
import type { Logger } from "../logger.js";
import type { Profile } from "../recommend/profile.js";
import type { FollowUpQuestion } from "../recommend/questions.js";
import type { AfterSaveFlavor } from "./middleware/after-save.js";
import type { TraceFlavor } from "./middleware/trace.js";

export interface SessionData {
  /** The language the student chose; unset until they choose (then guessed from Telegram). */
  locale?: Locale;
  /** The answers of the last completed questionnaire; results are recomputed from it. */
  profile?: Profile;
  /**
   * May Bagdar count the answers anonymously? "asked" once the question was shown and not yet
   * answered; only "yes" lets anything be counted. Changed in /privacy.
   */
  consent?: "asked" | "yes" | "no";
  /** Where in Kazakhstan the student lives, if they chose to say ("none": they would rather not). */
  region?: Region | "none";
  /**
   * What this student last added to the anonymous counts, so a re-take replaces it instead of
   * counting twice (see src/insight/record.ts). Deleted by /forget and when consent is withdrawn.
   */
  counted?: InsightRecord;
  /**
   * The questionnaire run on screen: its id and the question shown, with the follow-ups this
   * run asks. Lets toggles, old buttons and stray words be answered without replaying the run.
   */
  quiz?: QuizPosition;
  /**
   * The conversations plugin's state for this chat (the questionnaire in progress), kept in the
   * session so that one key holds everything about a student: one read and one write per update,
   * and /forget deletes it with the rest.
   */
  conversation?: VersionedState<ConversationData>;
  /** The ids of the last updates handled in this chat: one Telegram delivers again is skipped. */
  handled?: number[];
}

export interface QuizPosition {
  run: string;
  step: number;
  followUps?: FollowUpQuestion[];
  /** The message that shows the question now (in the session only). */
  message?: number;
  /**
   * The options ticked so far on a multi-choice question (in the session only), so that a
   * redrawn question (after stray text, a language change) keeps them.
   */
  selected?: number[];
}

/** What every handler can reach without importing globals. */
export interface BotDependencies {
  knowledge: Knowledge;
  logger: Logger;
  /** The clock (ms since the epoch): reminders and the month of anonymous counts use it. */
  now: () => number;
}

export type BotContext = ConversationFlavor<
  Context &
    SessionFlavor<SessionData> &
    I18nFlavor &
    TraceFlavor &
    AfterSaveFlavor & { deps: BotDependencies }
>;

/** The context inside the questionnaire conversation: no session there, by the plugin's design. */
export type QuizContext = Context;
