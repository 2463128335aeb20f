/** Keyboards of /privacy, the consent question, the region question and /forget. */
import { InlineKeyboard } from "grammy";
import { REGIONS } from "../../insight/regions.js";
import type { SessionData } from "../context.js";
import type { Translate } from "../i18n.js";
import { encodeCallback } from "./callback-data.js";

export function consentKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("consent-yes-button"), encodeCallback({ kind: "consent", answer: "yes", from: "ask" }))
    .text(t("consent-no-button"), encodeCallback({ kind: "consent", answer: "no", from: "ask" }));
}

/** Two regions a row (names are long), then "rather not say". */
export function regionKeyboard(t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const [i, region] of REGIONS.entries()) {
    keyboard.text(t(`region-${region}`), encodeCallback({ kind: "region", region }));
    if (i % 2 === 1) keyboard.row();
  }
  return keyboard
    .row()
    .text(t("region-skip-button"), encodeCallback({ kind: "region", region: "none" }));
}

export function privacyKeyboard(t: Translate, session: SessionData): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (session.consent === "yes") {
    keyboard
      .text(
        t("privacy-consent-off-button"),
        encodeCallback({ kind: "consent", answer: "no", from: "privacy" }),
      )
      .text(t("privacy-region-button"), encodeCallback({ kind: "region", region: "ask" }));
  } else {
    keyboard.text(
      t("privacy-consent-on-button"),
      encodeCallback({ kind: "consent", answer: "yes", from: "privacy" }),
    );
  }
  return keyboard
    .row()
    .text(t("privacy-forget-button"), encodeCallback({ kind: "forget", action: "ask" }));
}

export function forgetKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("forget-confirm-button"), encodeCallback({ kind: "forget", action: "confirm" }))
    .row()
    .text(t("forget-cancel-button"), encodeCallback({ kind: "forget", action: "cancel" }));
}
