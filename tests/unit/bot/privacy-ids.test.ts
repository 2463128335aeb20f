/**
 * Privacy, statistics and reminder buttons: their callback data round-trips within Telegram's
 * 64 bytes and rejects forgeries, and every message id built from a template exists in all three
 * languages (the locale test finds only literal ids).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES_DIR } from "../../../src/bot/i18n.js";
import {
  type CallbackData,
  decodeCallback,
  encodeCallback,
} from "../../../src/bot/keyboards/callback-data.js";
import { REGIONS } from "../../../src/insight/regions.js";
import { DIMENSIONS } from "../../../src/insight/report.js";
import { LOCALES } from "../../../src/knowledge/schema.js";

describe("privacy and reminder buttons", () => {
  const samples: CallbackData[] = [
    { kind: "consent", answer: "yes", from: "ask" },
    { kind: "consent", answer: "no", from: "privacy" },
    { kind: "region", region: "north-kazakhstan" },
    { kind: "region", region: "none" },
    { kind: "region", region: "ask" },
    { kind: "forget", action: "ask" },
    { kind: "forget", action: "confirm" },
    { kind: "forget", action: "cancel" },
    { kind: "remind", action: "subscribe", funding: "chinese-government-scholarship" },
    { kind: "remind", action: "cancel", funding: "bolashak" },
  ];

  it.each(samples)("round-trips %o within 64 bytes", (data) => {
    const encoded = encodeCallback(data);
    expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(64);
    expect(decodeCallback(encoded)).toEqual(data);
  });

  it.each([
    "c:y",
    "c:yes:a",
    "c:a:y",
    "g:moscow",
    "g:",
    "f:x",
    "f:y:1",
    "m:s:",
    "m:s:Bad Id",
    "m:q:bolashak",
  ])("rejects %j", (raw) => {
    expect(decodeCallback(raw)).toBeUndefined();
  });
});

describe("messages built from ids", () => {
  const ids = (locale: string) =>
    new Set(
      [
        ...readFileSync(join(LOCALES_DIR, `${locale}.ftl`), "utf8").matchAll(/^([a-z0-9-]+) =/gm),
      ].map((m) => m[1]),
    );

  it.each(LOCALES)("%s has every region and statistics dimension", (locale) => {
    const have = ids(locale);
    const wanted = [
      ...REGIONS.map((r) => `region-${r}`),
      ...DIMENSIONS.filter((d) => d !== "students" && d !== "first-plan").map(
        (d) => `stats-dimension-${d}`,
      ),
    ];
    expect(wanted.filter((id) => !have.has(id))).toEqual([]);
  });
});
