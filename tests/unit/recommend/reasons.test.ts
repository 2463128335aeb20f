import { describe, expect, it } from "vitest";
import { negative, REASON_MESSAGES, REASON_PARAMS } from "../../../src/recommend/reasons.js";

describe("reason messages", () => {
  it("are listed once each, as Fluent ids prefixed reason-", () => {
    expect(new Set(REASON_MESSAGES).size).toBe(REASON_MESSAGES.length);
    for (const id of REASON_MESSAGES) expect(id).toMatch(/^reason-[a-z]+(?:-[a-z]+)*$/);
    expect(REASON_MESSAGES).toEqual(Object.keys(REASON_PARAMS));
  });

  it("are built with their params copied and their facts de-duplicated in order", () => {
    const params = { destination: "russia", minKzt: 1, maxKzt: 2, budgetMaxKzt: 0 };
    const built = negative("reason-budget-over", params, ["a", "b", "a"]);
    expect(built).toEqual({
      kind: "negative",
      message: "reason-budget-over",
      params,
      facts: ["a", "b"],
    });
    expect(built.params).not.toBe(params);
  });
});
