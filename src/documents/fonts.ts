/**
 * The embedded font: DejaVu Sans (dejavu-fonts-ttf, a free licence), which has
 * every letter of the Kazakh Cyrillic alphabet (ә ғ қ ң ө ұ ү һ і) as well as
 * Russian and Latin. Read once per process.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

let cache: { regular: Buffer; bold: Buffer } | null = null;

export function documentFonts(): { regular: Buffer; bold: Buffer } {
  cache ??= {
    regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  };
  return cache;
}
