/**
 * One log line per update: its type, the feature that handled it, how long it took and how it
 * ended. Message text is logged only at debug level: students write personal things.
 */
import type { Composer, Context, MiddlewareFn } from "grammy";
import type { Logger } from "../../logger.js";

/** `stale`: the update's chat lock was lost while it ran, so its session write was refused. */
export type Outcome = "ok" | "error" | "duplicate" | "stale";

/** What the log line says about an update; filled in as the update travels. */
export interface Trace {
  feature?: string;
  outcome: Outcome;
}

export interface TraceFlavor {
  trace: Trace;
}

function updateType(ctx: Context): string {
  const keys = Object.keys(ctx.update).filter((k) => k !== "update_id");
  const type = keys[0] ?? "unknown";
  if (type === "message" && ctx.message?.text?.startsWith("/")) return "command";
  return type;
}

export function traceUpdates<C extends Context & TraceFlavor>(logger: Logger): MiddlewareFn<C> {
  return async (ctx, next) => {
    ctx.trace = { outcome: "ok" };
    const started = performance.now();
    try {
      await next();
    } catch (error) {
      ctx.trace.outcome = "error";
      throw error;
    } finally {
      const line: Record<string, unknown> = {
        update_id: ctx.update.update_id,
        type: updateType(ctx),
        feature: ctx.trace.feature ?? "none",
        ms: Math.round((performance.now() - started) * 10) / 10,
        outcome: ctx.trace.outcome,
      };
      if (logger.isLevelEnabled("debug")) {
        line.text = ctx.message?.text ?? ctx.callbackQuery?.data;
      }
      logger.info(line, "update");
    }
  };
}

/**
 * Wraps a feature so the log names it when it handles an update (does not pass it on).
 *
 * @example
 * bot.use(named("results", resultsFeature));
 */
export function named<C extends Context & TraceFlavor>(
  name: string,
  feature: Composer<C>,
): MiddlewareFn<C> {
  const middleware = feature.middleware();
  return async (ctx, next) => {
    let passedOn = false;
    try {
      await middleware(ctx, async () => {
        passedOn = true;
        await next();
      });
    } finally {
      // Also when the feature failed: the log should say where.
      if (!passedOn) ctx.trace.feature ??= name;
    }
  };
}
