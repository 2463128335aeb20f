/**
 * The share card: valid, escaped SVG; a real PNG of a sensible size; and the text in the
 * reader's language (the same card in Kazakh and English differs where it should).
 */
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../../src/bot/i18n.js";
import { resultCardModel, shareSelection } from "../../../src/bot/render/share-card.js";
import { renderPng } from "../../../src/image/render-png.js";
import {
  CARD_WIDTH,
  escapeXml,
  type ResultCard,
  resultCardSvg,
  wrapText,
} from "../../../src/image/result-card.js";
import { loadKnowledgeOrThrow } from "../../../src/knowledge/load.js";
import type { Knowledge, Locale } from "../../../src/knowledge/schema.js";
import { recommend } from "../../../src/recommend/index.js";
import { Profile } from "../../../src/recommend/profile.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const MASTER = Profile.parse({
  level: "master",
  budget: "scholarship-only",
  languages: ["kk", "ru", "en"],
  willLearnLanguage: true,
  field: "engineering-it",
  priorities: ["prestige", "career-links"],
  plan: "return",
  english: "b2",
  workYears: 2,
  age: 27,
});

let knowledge: Knowledge;
const i18n = createI18n();

function card(locale: Locale): ResultCard {
  const rec = recommend(MASTER, knowledge, { today: "2026-12-01" });
  return resultCardModel(
    shareSelection(rec, knowledge),
    { knowledge, t: translatorFor(i18n, locale), locale },
    {
      botUsername: "bagdar_bot",
      date: "2026-12-01",
      scores: new Map(rec.destinations.map((d) => [d.destinationId, d.score])),
    },
  );
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The text nodes of an SVG, unescaped. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}

/** Share of non-white pixels: a rendered card has text and shapes, not a blank page. */
function inkShare(png: Buffer): number {
  const { width, height } = pngSize(png);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    if (type === "IDAT") chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = (raw.length - height) / height;
  let ink = 0;
  // Sample the first byte of every pixel of every 8th row, ignoring PNG filters' effect on
  // exact values: filtered rows of a white page are zeros or 255s.
  for (let y = 0; y < height; y += 8) {
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < row.length; x += 4) if (row[x] !== 0 && row[x] !== 255) ink++;
  }
  return ink / ((height / 8) * width);
}

beforeAll(async () => {
  knowledge = await loadKnowledgeOrThrow("knowledge");
});

describe("the result card", () => {
  it("renders a PNG of a sensible size", () => {
    const png = renderPng(resultCardSvg(card("kk")));
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const { width, height } = pngSize(png);
    expect(width).toBe(CARD_WIDTH);
    expect(height).toBeGreaterThan(800);
    expect(height).toBeLessThan(4000);
    expect(png.length).toBeGreaterThan(20_000);
    expect(png.length).toBeLessThan(2_000_000);
    expect(inkShare(png)).toBeGreaterThan(0.01);
  });

  it("is written in the reader's language: Kazakh letters on the Kazakh card, English on the English one", () => {
    const kk = resultCardSvg(card("kk"));
    const en = resultCardSvg(card("en"));
    const kkText = svgTexts(kk).join("\n");
    const enText = svgTexts(en).join("\n");
    expect(kk).toContain('xml:lang="kk"');
    expect(kkText).toContain(translatorFor(i18n, "kk")("share-card-destinations"));
    expect(kkText).toMatch(/[әғқңөұүһі]/);
    // The student's first destination, named in each language.
    const firstId = recommend(MASTER, knowledge).destinations[0]?.destinationId;
    const first = knowledge.destinations.find((d) => d.id === firstId);
    expect(kkText).toContain(first?.name.kk);
    expect(enText).toContain("Where I could study abroad");
    expect(enText).toContain(first?.name.en);
    expect(enText).not.toMatch(/[а-яәғқңөұүһі]/i);
    // The same destinations and routes, so the numbers agree.
    expect(kkText.match(/\d+%/g)).toEqual(enText.match(/\d+%/g));
    const kkPng = renderPng(kk);
    const enPng = renderPng(en);
    expect(kkPng.equals(enPng)).toBe(false);
  });

  it("escapes what it is given, so a name cannot break the SVG", () => {
    const svg = resultCardSvg({
      lang: "en",
      title: `<script>alert("x")</script> & co`,
      subtitle: "it's \u0007fine",
      destinationsTitle: "A",
      destinations: [{ country: "ru", name: "Tom & Jerry <b>", details: ['"quoted"'] }],
      fundingTitle: "B",
      funding: [{ name: "Fund", extent: "all", obligations: ["<none>"] }],
      footer: ["x"],
    });
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<b>");
    expect(svg).not.toContain("\u0007");
    expect(svg).toContain("&lt;script&gt;");
    expect(svgTexts(svg)).toContain("Tom & Jerry <b>");
    expect(renderPng(svg).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(escapeXml(`a<b>"c"&'d'`)).toBe("a&lt;b&gt;&quot;c&quot;&amp;&apos;d&apos;");
  });

  it("wraps long lines and cuts them with an ellipsis, keeping numbers whole", () => {
    const lines = wrapText("word ".repeat(100), 300, 28, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    const money = "About 3\u00a0495\u00a0000 – 4\u00a0108\u00a0000 ₸ a year, paying yourself";
    for (const line of wrapText(money, 400, 28, { maxLines: 3 })) {
      expect(line).not.toMatch(/^\u00a0|\u00a0$/);
    }
    expect(wrapText(money, 400, 28, { maxLines: 3 }).join(" ")).toContain("3\u00a0495\u00a0000");
  });
});
