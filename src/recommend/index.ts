/**
 * Matching: a student's profile against the knowledge base, as ranked and explained destinations
 * with the funding routes that reach them. Pure functions; no grammY, no I/O.
 */
export * from "./profile.js";
export {
  FOLLOW_UP_QUESTIONS,
  FOLLOW_UP_TOP,
  type FollowUpQuestion,
  pendingQuestions,
} from "./questions.js";
export { REASON_MESSAGES, REASON_PARAMS, type ReasonMessage } from "./reasons.js";
export { type RecommendOptions, recommend } from "./recommend.js";
export type {
  FundingMatch,
  RankedDestination,
  Reason,
  ReasonKind,
  Recommendation,
} from "./types.js";
export {
  BUDGET_FACTOR,
  ENGLISH_CLOSABLE_FROM,
  ENGLISH_FOR_STUDY,
  FIELD_FACTOR,
  FUNDING_FACTOR,
  HARD_MISMATCH_CAP,
  LANGUAGE_FACTOR,
  MONTHS_PER_ACADEMIC_YEAR,
  PRIORITY_FACTOR,
  WEIGHTS,
} from "./weights.js";
