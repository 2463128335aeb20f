/**
 * Free text outside the questionnaire is a question: searched in the knowledge base (all three
 * languages) and answered with the best matching facts and their sources, or with an honest "I
 * don't know" and official pages. Installed after the questionnaire, whose own waits take text
 * while it runs.
 */
import { Composer } from "grammy";
import type { KnowledgeSearch } from "../../search/knowledge-search.js";
import type { BotContext } from "../context.js";
import { renderAnswer } from "../render/answer.js";
import { renderContextOf, replyAll } from "./reply.js";

export function createAskFeature(search: Pick<KnowledgeSearch, "ask">): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on("message:text", async (ctx, next) => {
    const text = ctx.message.text;
    if (text.startsWith("/")) return next();
    const answer = search.ask(text);
    // What students type is logged only at debug level.
    ctx.deps.logger.debug(
      {
        question: text,
        outcome: answer.kind,
        ...(answer.kind === "found" ? { passages: answer.hits.map((h) => h.passage.id) } : {}),
      },
      "question",
    );
    const view = await renderContextOf(ctx);
    const { messages, keyboard } = renderAnswer(answer, view);
    await replyAll(ctx, messages, keyboard.inline_keyboard.length > 0 ? keyboard : undefined);
  });
  return feature;
}
