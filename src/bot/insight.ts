/**
 * Counting a consenting student's answers into the anonymous statistics, and taking them out
 * again. The rule: while consent holds, a student counts once per month, with their latest
 * answers of that month. Their first "yes" counts the answers they have; each later completed
 * questionnaire replaces what they added this month (or counts anew in a new month); giving
 * their region updates it. Saying "no" or `/forget` takes out what they added last; totals of
 * earlier months stay, as nothing links them to anyone.
 */
import { countChanges, InsightRecord, monthOf, toRecord } from "../insight/record.js";
import type { InsightStore } from "../insight/store.js";
import { recommend } from "../recommend/index.js";
import type { BotContext } from "./context.js";

async function applyChanges(store: InsightStore, changes: ReturnType<typeof countChanges>) {
  for (const [month, counts] of changes) await store.apply(month, counts);
}

/** What the session says this student added last, if it is still readable. */
function countedOf(ctx: BotContext): InsightRecord | undefined {
  const parsed = InsightRecord.safeParse(ctx.session.counted);
  return parsed.success ? parsed.data : undefined;
}

/** Counts the student's current answers if they consented; replaces this month's earlier count. */
export async function countAnswers(ctx: BotContext, store: InsightStore): Promise<void> {
  const { session } = ctx;
  if (session.consent !== "yes" || session.profile === undefined) return;
  const now = ctx.deps.now();
  const today = new Date(now).toISOString().slice(0, 10);
  const first = recommend(session.profile, ctx.deps.knowledge, { today }).destinations[0];
  const region =
    session.region === undefined || session.region === "none" ? undefined : session.region;
  const next = toRecord(session.profile, first?.destinationId, region, monthOf(now));
  const counted = countedOf(ctx);
  // A count of an earlier month stays where it is: that month this student counted once.
  const replaced = counted?.month === next.month ? counted : undefined;
  await applyChanges(store, countChanges(replaced, next));
  session.counted = next;
}

/** Takes out what the student added last (consent withdrawn, or /forget). */
export async function withdrawCount(ctx: BotContext, store: InsightStore): Promise<void> {
  const counted = countedOf(ctx);
  if (counted !== undefined) await applyChanges(store, countChanges(counted, undefined));
  delete ctx.session.counted;
}
