/**
 * The /stats chart as SVG: the destinations students have ranked first, each bar split by what
 * they plan after graduating (come back, stay abroad, not sure). Suppressed cells are drawn as
 * one grey "fewer than 5" part, never as numbers. Pure: the bot turns the SVG into a PNG.
 */
import type { Plan } from "../recommend/profile.js";

export interface ChartRow {
  label: string;
  /** Students who ranked this destination first (a shown cell: 5 or more). */
  total: number;
  /** Per plan: the shown count, or null when suppressed. */
  parts: Record<Plan, number | null>;
}

export interface ChartText {
  title: string;
  subtitle: string;
  legend: Record<Plan | "hidden", string>;
  /** Shown instead of bars when no destination has enough students. */
  empty: string;
}

const COLORS: Record<Plan | "hidden", string> = {
  return: "#2e7d32",
  "stay-abroad": "#ef6c00",
  unsure: "#5c6bc0",
  hidden: "#bdbdbd",
};
const PLAN_ORDER: Plan[] = ["return", "stay-abroad", "unsure"];

const WIDTH = 960;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 620;
const ROW_HEIGHT = 44;
const TOP = 160;
/** The font render-png.ts ships (it covers Cyrillic and the Kazakh letters). */
const FONT = "DejaVu Sans";

function xml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Cuts a label that would run into the bars. */
function truncate(text: string, max = 24): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function chartSvg(rows: ChartRow[], text: ChartText): string {
  const height = TOP + Math.max(rows.length, 1) * ROW_HEIGHT + 40;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="24" y="40" font-size="26" font-weight="bold" fill="#212121">${xml(text.title)}</text>`,
    `<text x="24" y="68" font-size="16" fill="#616161">${xml(text.subtitle)}</text>`,
  ];
  // Two columns, two rows: legend texts are long in Kazakh and Russian.
  for (const [i, key] of ([...PLAN_ORDER, "hidden"] as const).entries()) {
    const x = 24 + (i % 2) * (WIDTH / 2);
    const y = 86 + Math.floor(i / 2) * 26;
    out.push(
      `<rect x="${x}" y="${y}" width="16" height="16" fill="${COLORS[key]}"/>`,
      `<text x="${x + 24}" y="${y + 13}" font-size="15" fill="#424242">${xml(text.legend[key])}</text>`,
    );
  }
  if (rows.length === 0) {
    out.push(
      `<text x="24" y="${TOP + 28}" font-size="18" fill="#616161">${xml(text.empty)}</text>`,
    );
  }
  for (const [i, row] of rows.entries()) {
    const y = TOP + i * ROW_HEIGHT;
    out.push(
      `<text x="${LABEL_WIDTH - 10}" y="${y + 26}" font-size="17" text-anchor="end" fill="#212121">${xml(truncate(row.label))}</text>`,
    );
    let x = LABEL_WIDTH;
    const scale = BAR_WIDTH / max;
    let shown = 0;
    const segments: { key: Plan | "hidden"; count: number; label: string }[] = [];
    for (const plan of PLAN_ORDER) {
      const count = row.parts[plan];
      if (count === null || count === 0) continue;
      shown += count;
      segments.push({ key: plan, count, label: String(count) });
    }
    // What the suppressed plans add up to: the bar's total is shown, its parts are not.
    const hidden = row.total - shown;
    if (hidden > 0) segments.push({ key: "hidden", count: hidden, label: "" });
    for (const segment of segments) {
      const w = segment.count * scale;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="${ROW_HEIGHT - 14}" fill="${COLORS[segment.key]}"/>`,
      );
      if (segment.label !== "" && w >= 28) {
        out.push(
          `<text x="${(x + w / 2).toFixed(1)}" y="${y + 26}" font-size="15" text-anchor="middle" fill="#ffffff">${segment.label}</text>`,
        );
      }
      x += w;
    }
    out.push(
      `<text x="${(x + 8).toFixed(1)}" y="${y + 26}" font-size="16" fill="#212121">${row.total}</text>`,
    );
  }
  out.push("</svg>");
  return out.join("\n");
}
