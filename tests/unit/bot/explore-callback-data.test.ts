import { describe, expect, it } from "vitest";
import {
  type CallbackData,
  decodeCallback,
  encodeCallback,
  indexesToMask,
} from "../../../src/bot/keyboards/callback-data.js";

describe("callback data of the exploring features", () => {
  const samples: CallbackData[] = [
    { kind: "country", destination: "south-korea" },
    { kind: "compare", action: "open", mask: "" },
    { kind: "compare", action: "open", mask: indexesToMask([3]) },
    { kind: "compare", action: "toggle", mask: indexesToMask([0, 5, 9]) },
    { kind: "compare", action: "done", mask: indexesToMask([1, 2]) },
    { kind: "profile", action: "show", question: 0, value: "" },
    { kind: "profile", action: "cancel", question: 0, value: "" },
    { kind: "profile", action: "edit", question: 9, value: "" },
    { kind: "profile", action: "answer", question: 1, value: "3" },
    { kind: "profile", action: "toggle", question: 2, value: indexesToMask([0, 2]) },
    { kind: "profile", action: "done", question: 5, value: indexesToMask([1]) },
    { kind: "share" },
  ];

  it.each(samples)("round-trips %o within 64 bytes", (data) => {
    const encoded = encodeCallback(data);
    expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(64);
    expect(decodeCallback(encoded)).toEqual(data);
  });

  it("lets code leave out fields with defaults", () => {
    expect(encodeCallback({ kind: "compare", action: "open" })).toBe("k:o");
    expect(encodeCallback({ kind: "profile", action: "show" })).toBe("p:s");
  });

  it.each([
    "d:",
    "d:Bad_Id",
    `d:${"a".repeat(41)}`,
    "k:x:1",
    "k:t",
    "k:t:!!",
    "k:t:1234567",
    "p:e",
    "p:e:99",
    "p:a:1",
    "p:q:1:2",
    "p:s:extra",
    "h:1",
  ])("rejects forged data %j", (raw) => {
    expect(decodeCallback(raw)).toBeUndefined();
  });
});
