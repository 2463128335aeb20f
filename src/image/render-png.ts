/**
 * SVG to PNG with resvg, using only the fonts shipped through npm (DejaVu Sans, which covers
 * Cyrillic and the Kazakh letters ә ғ қ ң ө ұ ү һ і), never the system's: the picture looks the
 * same on a laptop, in CI and in the Docker image. Used for the share card and admin charts.
 *
 * @example
 * const png = renderPng(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">
 *   <text x="10" y="28" font-family="${FONT_FAMILY}" font-size="20">Сәлем!</text></svg>`);
 * await ctx.replyWithPhoto(new InputFile(png, "card.png"));
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Resvg as ResvgClass } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");

/** The family name to write in SVG `font-family` attributes. */
export const FONT_FAMILY = "DejaVu Sans";

/** The font files loaded: regular and bold. */
export const FONT_FILES: readonly string[] = [
  join(FONT_DIR, "DejaVuSans.ttf"),
  join(FONT_DIR, "DejaVuSans-Bold.ttf"),
];

/**
 * resvg is loaded on the first picture, not at start-up: loading it costs 15–40 ms (it asks Node
 * for a full process report to pick its native binary), and most runs draw few pictures.
 * `require` keeps `renderPng` synchronous; the package is CommonJS.
 */
let Resvg: typeof ResvgClass | undefined;

/** Renders an SVG document to PNG bytes at the size the SVG declares. */
export function renderPng(svg: string): Buffer {
  Resvg ??= (require("@resvg/resvg-js") as typeof import("@resvg/resvg-js")).Resvg;
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [...FONT_FILES],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
