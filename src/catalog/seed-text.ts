/**
 * The source acts' text, for checking that the catalogue quotes them
 * faithfully. The seeds are committed under `seeds/` in the project root.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SEEDS, type SeedId } from "./vocabulary.ts";

const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));
const cache = new Map<SeedId, string[]>();

/** The seed's lines (index 0 is line 1). */
export function seedLines(seed: SeedId): string[] {
  let lines = cache.get(seed);
  if (!lines) {
    lines = readFileSync(SEEDS_DIR + SEEDS[seed], "utf8").split(/\r?\n/);
    cache.set(seed, lines);
  }
  return lines;
}

/**
 * Comparison form of act text: lower case, no whitespace (PDF extraction
 * breaks and spaces words arbitrarily), one kind of quote and dash.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»“”„"'’`]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, "");
}

/** The text of lines `from`..`to` (1-based, inclusive). */
export function linesText(seed: SeedId, from: number, to: number): string {
  return seedLines(seed)
    .slice(from - 1, to)
    .join("\n");
}

/** Whether `quote` occurs in lines `from`..`to` of the seed, ignoring case and whitespace. */
export function quoteFound(seed: SeedId, from: number, to: number, quote: string): boolean {
  return normalise(linesText(seed, from, to)).includes(normalise(quote));
}
