/**
 * The share card as SVG: the student's top destinations and funding routes on one picture a
 * parent can read on a phone. Takes already-translated text (this module knows no languages) and
 * escapes every piece of it for XML. Lines are wrapped by an estimate of DejaVu Sans widths, so
 * long names and obligations stay inside the card. Render it with `renderPng`.
 */
import { FONT_FAMILY } from "./render-png.js";

export interface CardDestination {
  /** ISO 3166-1 alpha-2, shown as a badge (flag emoji are not in the font). */
  country: string;
  name: string;
  /** 0–100, the student's match; omitted on a card without answers. */
  score?: number;
  /** Lines under the name: cost, teaching languages. */
  details: string[];
}

export interface CardFunding {
  name: string;
  /** What it pays for, e.g. "covers study and living". */
  extent: string;
  /** What it obliges, one short sentence each. */
  obligations: string[];
}

export interface ResultCard {
  /** BCP 47 language of the text, for the SVG's `xml:lang`. */
  lang: string;
  title: string;
  subtitle: string;
  destinationsTitle: string;
  destinations: CardDestination[];
  fundingTitle: string;
  funding: CardFunding[];
  /** Small print at the bottom: where to find the sources, the date. */
  footer: string[];
}

export const CARD_WIDTH = 1080;
const PAD = 64;
const INNER = CARD_WIDTH - 2 * PAD;

const COLORS = {
  sky: "#00A3C4",
  gold: "#F5B700",
  ink: "#13232F",
  muted: "#52616B",
  line: "#DDE6EA",
  panel: "#F3F8FA",
  warn: "#9A5B00",
} as const;

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      // Control characters are not allowed in XML 1.0 at all: dropped after escaping.
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      .split("")
      .filter((c) => c >= " " || c === "\n" || c === "\t" || c === "\r")
      .join("")
  );
}

/** Rough advance widths of DejaVu Sans in em, enough to wrap lines before they overflow. */
function textWidth(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const char of text) {
    if (char === " ") em += 0.32;
    else if (/[ilj.,:;'|!ıі]/.test(char)) em += 0.3;
    else if (/[mwMWЖШЩМЮжшщмю]/.test(char)) em += 0.9;
    else if (/[A-ZА-ЯӘҒҚҢӨҰҮҺІ0-9]/.test(char)) em += 0.7;
    else em += 0.6;
  }
  return em * size * (bold ? 1.08 : 1);
}

/** Splits text into at most `maxLines` lines of `width` pixels; the last one ends with "…" if cut. */
export function wrapText(
  text: string,
  width: number,
  size: number,
  options: { bold?: boolean; maxLines?: number } = {},
): string[] {
  const bold = options.bold ?? false;
  const maxLines = options.maxLines ?? 2;
  // Only ordinary spaces break a line: the no-break spaces inside "3 495 000" keep a number whole.
  const words = text.split(" ").filter((w) => w !== "");
  const lines: string[] = [];
  let current = "";
  let cut = false;
  for (const word of words) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (textWidth(candidate, size, bold) <= width) {
      current = candidate;
      continue;
    }
    if (current !== "") lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      cut = true;
      break;
    }
  }
  if (!cut && current !== "") lines.push(current);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    cut = true;
  }
  if (cut) {
    let last = lines[maxLines - 1] ?? "";
    while (last !== "" && textWidth(`${last}…`, size, bold) > width) {
      last = last.slice(0, -1).trimEnd();
    }
    lines[maxLines - 1] = `${last}…`;
  }
  // A single word wider than the line (a long name) is cut too.
  return lines.map((line) => {
    let out = line;
    while (textWidth(out, size, bold) > width && out.length > 1) out = `${out.slice(0, -2)}…`;
    return out;
  });
}

function text(
  x: number,
  y: number,
  content: string,
  style: { size: number; bold?: boolean; fill?: string; anchor?: "start" | "middle" | "end" },
): string {
  const weight = style.bold ? ` font-weight="bold"` : "";
  const anchor = style.anchor && style.anchor !== "start" ? ` text-anchor="${style.anchor}"` : "";
  return `<text x="${x}" y="${y}" font-size="${style.size}"${weight}${anchor} fill="${style.fill ?? COLORS.ink}">${escapeXml(content)}</text>`;
}

/** The card as a standalone SVG document; its height grows with the content. */
export function resultCardSvg(card: ResultCard): string {
  const parts: string[] = [];
  let y = 0;

  // Header band in the sky blue of Kazakhstan's flag, with a gold rule under it.
  const titleLines = wrapText(card.title, INNER, 56, { bold: true, maxLines: 2 });
  const subtitleLines = wrapText(card.subtitle, INNER, 30, { maxLines: 2 });
  const headerHeight = 64 + titleLines.length * 66 + subtitleLines.length * 40 + 28;
  parts.push(
    `<rect x="0" y="0" width="${CARD_WIDTH}" height="${headerHeight}" fill="${COLORS.sky}"/>`,
  );
  parts.push(
    `<rect x="0" y="${headerHeight}" width="${CARD_WIDTH}" height="10" fill="${COLORS.gold}"/>`,
  );
  y = 64 + 48;
  for (const line of titleLines) {
    parts.push(text(PAD, y, line, { size: 56, bold: true, fill: "#FFFFFF" }));
    y += 66;
  }
  y -= 14;
  for (const line of subtitleLines) {
    parts.push(text(PAD, y + 10, line, { size: 30, fill: "#E8FAFF" }));
    y += 40;
  }
  y = headerHeight + 10 + 72;

  parts.push(text(PAD, y, card.destinationsTitle, { size: 38, bold: true, fill: COLORS.sky }));
  y += 28;
  card.destinations.forEach((d, i) => {
    const nameLines = wrapText(d.name, INNER - 400, 44, { bold: true, maxLines: 1 });
    const details = d.details.flatMap((line) => wrapText(line, INNER - 150, 28, { maxLines: 2 }));
    const height = 40 + nameLines.length * 52 + details.length * 38 + 20;
    parts.push(
      `<rect x="${PAD}" y="${y}" width="${INNER}" height="${height}" rx="24" fill="${COLORS.panel}" stroke="${COLORS.line}" stroke-width="2"/>`,
    );
    // Rank in a circle, the country code under it.
    parts.push(
      `<circle cx="${PAD + 62}" cy="${y + 62}" r="34" fill="${i === 0 ? COLORS.gold : COLORS.sky}"/>`,
    );
    parts.push(
      text(PAD + 62, y + 77, String(i + 1), {
        size: 40,
        bold: true,
        fill: "#FFFFFF",
        anchor: "middle",
      }),
    );
    parts.push(
      text(PAD + 62, y + 132, d.country.toUpperCase(), {
        size: 26,
        bold: true,
        fill: COLORS.muted,
        anchor: "middle",
      }),
    );
    let line = y + 78;
    for (const name of nameLines) {
      parts.push(text(PAD + 130, line, name, { size: 44, bold: true }));
      line += 52;
    }
    if (d.score !== undefined) {
      // The match: a bar with its percentage on the name's line, right-aligned.
      const score = Math.max(0, Math.min(100, Math.round(d.score)));
      const barX = PAD + INNER - 190;
      parts.push(
        `<rect x="${barX}" y="${y + 56}" width="150" height="18" rx="9" fill="${COLORS.line}"/>`,
      );
      parts.push(
        `<rect x="${barX}" y="${y + 56}" width="${(150 * score) / 100}" height="18" rx="9" fill="${COLORS.sky}"/>`,
      );
      parts.push(
        text(barX - 16, y + 76, `${score}%`, {
          size: 30,
          bold: true,
          fill: COLORS.sky,
          anchor: "end",
        }),
      );
    }
    line -= 6;
    for (const detail of details) {
      parts.push(text(PAD + 130, line, detail, { size: 28, fill: COLORS.muted }));
      line += 38;
    }
    y += height + 20;
  });

  if (card.funding.length > 0) {
    y += 52;
    parts.push(text(PAD, y, card.fundingTitle, { size: 38, bold: true, fill: COLORS.sky }));
    y += 20;
    for (const f of card.funding) {
      const nameLines = wrapText(f.name, INNER - 40, 32, { bold: true, maxLines: 2 });
      const extent = wrapText(f.extent, INNER - 40, 27, { maxLines: 1 });
      const duties = f.obligations.flatMap((o) =>
        wrapText(`! ${o}`, INNER - 40, 26, { maxLines: 2 }),
      );
      y += 26;
      parts.push(
        `<rect x="${PAD}" y="${y}" width="8" height="${nameLines.length * 42 + extent.length * 36 + duties.length * 34 + 6}" rx="4" fill="${COLORS.gold}"/>`,
      );
      y += 32;
      for (const name of nameLines) {
        parts.push(text(PAD + 28, y, name, { size: 32, bold: true }));
        y += 42;
      }
      for (const e of extent) {
        parts.push(text(PAD + 28, y - 4, e, { size: 27, fill: COLORS.muted }));
        y += 36;
      }
      for (const duty of duties) {
        parts.push(text(PAD + 28, y - 4, duty, { size: 26, fill: COLORS.warn }));
        y += 34;
      }
    }
  }

  y += 40;
  parts.push(`<rect x="${PAD}" y="${y}" width="${INNER}" height="2" fill="${COLORS.line}"/>`);
  y += 48;
  for (const note of card.footer) {
    for (const line of wrapText(note, INNER, 26, { maxLines: 2 })) {
      parts.push(text(PAD, y, line, { size: 26, fill: COLORS.muted }));
      y += 36;
    }
  }
  const height = Math.ceil(y + 28);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${escapeXml(card.lang)}" width="${CARD_WIDTH}" height="${height}" viewBox="0 0 ${CARD_WIDTH} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect x="0" y="0" width="${CARD_WIDTH}" height="${height}" fill="#FFFFFF"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}
