/**
 * Free text outside the questionnaire is a question: understood by what it is about and what it
 * asks, answered with the matching facts and their sources, a question back with choices, a
 * greeting, or an honest "I don't know" with official pages. A choice under a question back asks
 * that facet of that entry. Installed after the questionnaire, whose own waits take text while
 * it runs.
 */
import { Composer } from "grammy";
import type { KnowledgeSearch, SearchAnswer } from "../../search/knowledge-search.js";
import type { BotContext } from "../context.js";
import { decodeCallback } from "../keyboards/callback-data.js";
import { renderAnswer } from "../render/answer.js";
import { renderContextOf, replyAll } from "./reply.js";

async function reply(ctx: BotContext, answer: SearchAnswer): Promise<void> {
  const view = await renderContextOf(ctx);
  const { messages, keyboard } = renderAnswer(answer, view);
  await replyAll(ctx, messages, keyboard.inline_keyboard.length > 0 ? keyboard : undefined);
}

export function createAskFeature(
  search: Pick<KnowledgeSearch, "ask" | "about">,
): Composer<BotContext> {
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
        ...(answer.kind === "found" || answer.kind === "no-data"
          ? { facet: answer.topic?.facet }
          : {}),
      },
      "question",
    );
    await reply(ctx, answer);
  });
  feature.on("callback_query:data", async (ctx, next) => {
    const data = decodeCallback(ctx.callbackQuery.data);
    if (data?.kind !== "ask") return next();
    await ctx.answerCallbackQuery();
    await reply(ctx, search.about({ kind: data.entity, id: data.id }, data.facet));
  });
  return feature;
}
