/**
 * A funding route's application window as the student reads it: the current intake's dates, the
 * last published cycle's dates marked as such ("2026: 10 Jan – 20 Feb; the next dates are not
 * announced yet"), or how it works when there are no dates (rolling, none, not announced).
 * Pure: no grammY.
 */
import type { ApplicationWindow } from "../../knowledge/schema.js";
import { escapeHtml } from "./html.js";
import { formatDay, localized } from "./knowledge-text.js";
import type { RenderContext } from "./results.js";

/** "10 Jan 2026 – 20 Feb 2026", "until 20 Feb 2026" or "from 10 Jan 2026". */
function datesText(window: ApplicationWindow, ctx: RenderContext): string | undefined {
  const opens = window.opens === undefined ? undefined : formatDay(window.opens, ctx.locale);
  const closes = window.closes === undefined ? undefined : formatDay(window.closes, ctx.locale);
  if (opens !== undefined && closes !== undefined) return `${opens} – ${closes}`;
  if (closes !== undefined) return ctx.t("window-until", { closes });
  if (opens !== undefined) return ctx.t("window-from", { opens });
  return undefined;
}

/** The window's line, "🗓 …": its dates by status, then its text. */
export function windowLine(window: ApplicationWindow, ctx: RenderContext): string {
  const dates = datesText(window, ctx);
  const text = localized(window.text, ctx.locale);
  if (dates === undefined || window.cycle === undefined) return `🗓 ${text}`;
  const id = window.status === "announced" ? "window-announced" : "window-last-cycle";
  const head = escapeHtml(ctx.t(id, { cycle: String(window.cycle), dates }));
  return `🗓 <b>${head}</b>\n${text}`;
}
