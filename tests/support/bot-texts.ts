/**
 * The parameters the bot always passes to some of its texts, so that tests can name a text by
 * its key alone and get what the student sees: the welcome, /help and /profile state how many
 * questions the questionnaire has, from the questions themselves.
 */
import { QUESTIONS } from "../../src/bot/quiz/questions.js";

type Params = Record<string, string | number>;

const BOT_PARAMS: Readonly<Record<string, Params>> = {
  welcome: { count: QUESTIONS.length },
  help: { count: QUESTIONS.length },
  "profile-none": { count: QUESTIONS.length },
};

/** `params` with the ones the bot always passes for `key` filled in. */
export function withBotParams(key: string, params?: Params): Params | undefined {
  const fixed = BOT_PARAMS[key];
  return fixed === undefined ? params : { ...fixed, ...params };
}
