import { describe, expect, it } from "vitest";
import {
  type CallbackData,
  decodeCallback,
  encodeCallback,
  indexesToMask,
  maskToIndexes,
} from "../../../src/bot/keyboards/callback-data.js";

describe("callback data", () => {
  const samples: CallbackData[] = [
    { kind: "quiz", run: "a1b2c", step: 3, action: "answer", value: "2" },
    { kind: "quiz", run: "zzzzz", step: 7, action: "done", value: indexesToMask([0, 2, 5]) },
    { kind: "quiz", run: "00000", step: 1, action: "back", value: "" },
    { kind: "lang", locale: "kk" },
    { kind: "results", action: "more", from: 3 },
    { kind: "results", action: "funding", from: 0 },
    { kind: "results", action: "funding", from: 6 },
    { kind: "result-details", destination: "united-kingdom" },
    { kind: "start-quiz" },
    { kind: "ask", facet: "cost", entity: "destination", id: "china" },
    { kind: "ask", facet: "eligibility", entity: "funding", id: "chinese-government-scholarship" },
  ];

  it.each(samples)("round-trips %o within Telegram's 64 bytes", (data) => {
    const encoded = encodeCallback(data);
    expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(64);
    expect(decodeCallback(encoded)).toEqual(data);
  });

  it.each([
    undefined,
    "",
    "q:run:1:a",
    "q:RUN!:1:a:0",
    "q:abc:99:a:0",
    "q:abc:1:x:0",
    "l:de",
    "r:delete",
    "r:d:",
    "r:d:UK!",
    "r:d:russia:1",
    "s:extra",
    "a:weather:d:china",
    "a:cost:x:china",
    "a:cost:d:China!",
    "x".repeat(65),
  ])("rejects forged or broken data %j", (raw) => {
    expect(decodeCallback(raw)).toBeUndefined();
  });

  it("keeps multi-select choices in a short bitmask", () => {
    expect(maskToIndexes(indexesToMask([1, 4, 6]))).toEqual([1, 4, 6]);
    expect(maskToIndexes("")).toEqual([]);
  });
});
