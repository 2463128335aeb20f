/**
 * Trying deadline reminders in the local chat without waiting weeks. Two settings, read only by
 * `npm run chat` (the production bot ignores them):
 *
 * - `REMINDER_CLOCK_SPEEDUP=86400` runs the bot's clock that many times faster than real time
 *   (86400: one day a second), so reminders due in days arrive in seconds.
 * - `CHAT_DEMO_DEADLINE_DAYS=40` announces a demo deadline that many days ahead for every funding
 *   route whose window is not announced, so the 🔔 buttons appear. Demo dates exist only in this
 *   chat's memory.
 */
import type { Knowledge } from "../knowledge/schema.js";

export interface ReminderDemo {
  /** The chat's clock, ms since the epoch. */
  now: () => number;
  knowledge: Knowledge;
  /** One line for the chat's banner, or undefined when neither setting is used. */
  notice: string | undefined;
}

function positive(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, e.g. ${name}=86400`);
  }
  return value;
}

export function reminderDemo(
  env: NodeJS.ProcessEnv,
  knowledge: Knowledge,
  realNow: () => number = Date.now,
): ReminderDemo {
  const speedup = positive(env.REMINDER_CLOCK_SPEEDUP, "REMINDER_CLOCK_SPEEDUP") ?? 1;
  const days = positive(env.CHAT_DEMO_DEADLINE_DAYS, "CHAT_DEMO_DEADLINE_DAYS");
  const start = realNow();
  const now = speedup === 1 ? realNow : () => start + (realNow() - start) * speedup;
  const notes: string[] = [];
  if (speedup !== 1) notes.push(`the clock runs ${speedup}× faster`);
  let demoKnowledge = knowledge;
  if (days !== undefined) {
    demoKnowledge = structuredClone(knowledge);
    const closes = new Date(start + Math.round(days) * 24 * 60 * 60 * 1000)
      .toISOString()
      .slice(0, 10);
    const today = new Date(start).toISOString().slice(0, 10);
    for (const funding of demoKnowledge.funding) {
      if (funding.window !== undefined && funding.window.status !== "announced") {
        const { opens: _opens, ...window } = funding.window;
        funding.window = {
          ...window,
          status: "announced",
          cycle: Number(closes.slice(0, 4)),
          closes,
          verified: today,
        };
      }
    }
    notes.push(`DEMO deadlines on ${closes} were added to funding routes (not real dates)`);
  }
  return {
    now,
    knowledge: demoKnowledge,
    notice: notes.length === 0 ? undefined : `Reminder demo: ${notes.join("; ")}.`,
  };
}
