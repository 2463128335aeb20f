import { describe, expect, it } from "vitest";
import { escapeHtml, packMessages, visibleLength } from "../../../src/bot/render/html.js";

describe("HTML helpers", () => {
  it("escapes everything Telegram's HTML parser would read as markup", () => {
    expect(escapeHtml(`<b>"Tom & Jerry"</b>`)).toBe(
      "&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;",
    );
  });

  it("counts what the reader sees, not the tags", () => {
    expect(visibleLength('<b>ab</b> &amp; <a href="https://x.kz">c</a>')).toBe(6);
  });

  it("packs blocks into as few messages as fit, never cutting a block", () => {
    const block = `<b>${"x".repeat(1500)}</b>`;
    const messages = packMessages([block, block, block, block], 4096);
    expect(messages).toHaveLength(2);
    for (const m of messages) {
      expect(visibleLength(m)).toBeLessThanOrEqual(4096);
      expect(m.match(/<b>/g)?.length).toBe(m.match(/<\/b>/g)?.length);
    }
  });

  it("splits one oversized block at line breaks", () => {
    const block = Array.from({ length: 300 }, (_, i) => `line ${i} ${"y".repeat(40)}`).join("\n");
    const messages = packMessages([block], 4096);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => visibleLength(m) <= 4096)).toBe(true);
    expect(messages.join("\n")).toBe(block);
  });
});
