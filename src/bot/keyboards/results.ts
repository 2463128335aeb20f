/**
 * The buttons under a page of results: one per destination for its details, the funding view
 * (each route once, with its obligations) and the next page; on the first page also comparing,
 * sharing, changing an answer, starting over and the language.
 */
import { InlineKeyboard } from "grammy";
import type { Translate } from "../i18n.js";
import { encodeCallback } from "./callback-data.js";

export interface DestinationButton {
  id: string;
  /** "🥇 🇷🇺 Russia": the rank, the flag and the name, as the message shows them. */
  label: string;
}

export function resultsKeyboard(
  t: Translate,
  page: { destinations: readonly DestinationButton[]; from: number; next: number | undefined },
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const d of page.destinations) {
    keyboard.text(d.label, encodeCallback({ kind: "result-details", destination: d.id })).row();
  }
  keyboard.text(
    t("results-funding-button"),
    encodeCallback({ kind: "results", action: "funding", from: page.from }),
  );
  if (page.next !== undefined) {
    keyboard.text(
      t("results-more-button"),
      encodeCallback({ kind: "results", action: "more", from: page.next }),
    );
  }
  if (page.from !== 0) return keyboard;
  keyboard.row();
  keyboard.text(t("results-compare-button"), encodeCallback({ kind: "compare", action: "open" }));
  keyboard.text(t("results-share-button"), encodeCallback({ kind: "share" }));
  keyboard.row();
  keyboard.text(t("results-profile-button"), encodeCallback({ kind: "profile", action: "show" }));
  keyboard.text(
    t("results-restart-button"),
    encodeCallback({ kind: "results", action: "restart", from: 0 }),
  );
  keyboard.row();
  keyboard.text(
    t("results-language-button"),
    encodeCallback({ kind: "results", action: "language", from: 0 }),
  );
  return keyboard;
}

/**
 * The buttons under one destination's details: its full card, and the funding view of the page it
 * stands on (`from`).
 */
export function detailsKeyboard(t: Translate, destinationId: string, from = 0): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("results-card-button"), encodeCallback({ kind: "country", destination: destinationId }))
    .text(
      t("results-funding-button"),
      encodeCallback({ kind: "results", action: "funding", from }),
    );
}
