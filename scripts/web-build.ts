/**
 * Builds the portal (web/ → web/dist) when the build is missing or older than its sources: `npm start`
 * runs it first (prestart), and the browser tests call `ensureWebBuild()` themselves.
 *
 *   node --import tsx scripts/web-build.ts [--force]
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const WEB_DIST = join(ROOT, "web", "dist");

/** What the bundle is made of: the web sources and the shared code it imports. */
const SOURCES = [
  "web/src",
  "web/index.html",
  "web/vite.config.ts",
  "src/pki",
  "src/iin",
  "src/core",
  "src/catalog/schema.ts",
  "package-lock.json",
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

/** True when web/dist is missing or older than a source. */
export function webBuildStale(): boolean {
  const index = join(WEB_DIST, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => newest(join(ROOT, s)) > built);
}

/** Runs `vite build` when needed; returns whether it built. */
export async function ensureWebBuild(options: { force?: boolean; quiet?: boolean } = {}): Promise<boolean> {
  if (!options.force && !webBuildStale()) return false;
  const { build } = await import("vite");
  await build({
    configFile: join(ROOT, "web", "vite.config.ts"),
    logLevel: options.quiet ? "error" : "warn",
  });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const force = process.argv.includes("--force");
  const built = await ensureWebBuild({ force });
  console.log(built ? `Built the web app into ${WEB_DIST}` : "The web app is up to date");
}
