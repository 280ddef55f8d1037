/**
 * What the browser tests share: Debian's chromium through playwright-core, the portal built
 * (web/dist) and served by a real `qyzmet serve` (startServer) on PGlite in memory with the demo
 * data, screenshots under test-results/browser/, and the language check of a page.
 *
 * The pages run under the server's real Content Security Policy (no 'unsafe-eval'), so tests wait on
 * locators, never with `page.waitForFunction`: Playwright polls its predicate with `eval` in the page,
 * which the policy refuses as soon as the first check is false.
 */
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { ensureWebBuild } from "../../scripts/web-build.ts";
import { type RunningServer, startServer } from "../../src/cli/serve-command.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = fileURLToPath(new URL("../../test-results/browser/", import.meta.url));

/** null when chromium is there; else why the browser tests are skipped. */
export function skipReason(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`;
}

export interface Portal {
  server: RunningServer;
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** PGlite on the data directory we give (not DATABASE_URL), its test CA beside it (not QYZMET_PKI_DIR). */
const { QYZMET_PKI_DIR: _pkiDir, ...inherited } = process.env;
const SERVER_ENV = { ...inherited, DATABASE_URL: "", QYZMET_INSECURE_COOKIES: "1" };

/** A hash of what the demo database is made from: the sources, the acts and the lock file. */
function sourceKey(): string {
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(relative(ROOT, path)).update(readFileSync(path));
    }
  };
  for (const dir of ["src", "seeds"]) walk(join(ROOT, dir));
  hash.update(readFileSync(join(ROOT, "package-lock.json")));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The demo database every browser test starts from, seeded once per source tree: `serve` on a PGlite
 * data directory (with its `-pki` directory beside it) under the system's temp dir, keyed by
 * `sourceKey()`. Each test file's server gets a copy, so seven files do not each spend half a minute
 * seeding the same demo. Seeded under a temporary name and renamed, so a reader never sees half of it;
 * templates of older source trees are removed then.
 */
async function demoTemplate(): Promise<string> {
  const base = join(tmpdir(), "qyzmet-browser-demo");
  const ready = join(base, sourceKey());
  if (existsSync(join(ready, "pglite"))) return ready;
  mkdirSync(base, { recursive: true });
  const building = mkdtempSync(join(base, "seeding-"));
  const seeder = await startServer({
    dataDir: join(building, "pglite"),
    port: 0,
    host: "127.0.0.1",
    env: SERVER_ENV,
  });
  await seeder.close();
  try {
    renameSync(building, ready);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another process finished first
  }
  // Templates of older source trees go.
  for (const name of readdirSync(base))
    if (join(base, name) !== ready && !name.startsWith("seeding-"))
      rmSync(join(base, name), { recursive: true, force: true });
  return ready;
}

/**
 * Builds the web app if stale, starts the server with the demo data on a copy of the demo template,
 * launches chromium. `clock`: the server's clock (API, workers), for a test that moves time (default:
 * the system's; the template was seeded on the system's).
 */
export async function startPortal(options: { clock?: () => Date } = {}): Promise<Portal> {
  await ensureWebBuild({ quiet: true });
  const template = await demoTemplate();
  const copy = mkdtempSync(join(tmpdir(), "qyzmet-browser-run-"));
  cpSync(template, copy, { recursive: true });
  const server = await startServer({
    ...(options.clock ? { clock: options.clock } : {}),
    dataDir: join(copy, "pglite"),
    port: 0,
    host: "127.0.0.1",
    env: SERVER_ENV,
  });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  } catch (error) {
    await server.close();
    rmSync(copy, { recursive: true, force: true });
    throw error;
  }
  return {
    server,
    browser,
    url: server.url.replace(/\/$/, ""),
    async close() {
      await browser.close();
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A new page whose language is `lang` from the first load (as if chosen before). */
export async function pageIn(
  browser: Browser,
  lang: "kk" | "ru" | "en",
  viewport = { width: 1100, height: 900 },
) {
  const context = await browser.newContext({ viewport, locale: lang === "kk" ? "kk-KZ" : lang });
  await context.addInitScript({
    content: `if (!localStorage.getItem("qyzmet.lang")) localStorage.setItem("qyzmet.lang", ${JSON.stringify(lang)});`,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of 40[14]/.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

/** The in-page check (plain JavaScript: it runs in the browser, outside this Node-typed project). */
const LANGUAGE_CHECK = readFileSync(fileURLToPath(new URL("./language-check.js", import.meta.url)), "utf8")
  .replace(/^[\s\S]*?export default /, "")
  .replace(/;\s*$/, "");

export interface LanguageFinding {
  kind: "missing-key" | "raw-key" | "wrong-script";
  text: string;
}

/**
 * What on the page is not in `lang`: keys i18next did not find, raw keys on screen, Cyrillic on an
 * English page, Kazakh-only letters on a Russian page, Latin words on Kazakh and Russian pages. Proper
 * names, codes and the other languages' own names are exempt where the page marks them (translate="no",
 * <code>, an element with its own lang).
 */
export async function languageFindings(page: Page, lang: "kk" | "ru" | "en"): Promise<LanguageFinding[]> {
  const found = await page.evaluate(`(${LANGUAGE_CHECK})(${JSON.stringify(lang)})`);
  return found as LanguageFinding[];
}
