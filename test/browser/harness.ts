/**
 * What the browser tests share: Debian's chromium through playwright-core, the portal built
 * (web/dist) and served by a real `qyzmet serve` (startServer) on PGlite in memory with the demo
 * data, screenshots under test-results/browser/, and the language check of a page.
 *
 * The pages run under the server's real Content Security Policy (no 'unsafe-eval'), so tests wait on
 * locators, never with `page.waitForFunction`: Playwright polls its predicate with `eval` in the page,
 * which the policy refuses as soon as the first check is false.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

/**
 * Builds the web app if stale, starts the server with the demo data, launches chromium. `clock`: the
 * server's clock (API, demo seeding, workers), for a test that moves time (default: the system's).
 */
export async function startPortal(options: { clock?: () => Date } = {}): Promise<Portal> {
  await ensureWebBuild({ quiet: true });
  const server = await startServer({
    ...(options.clock ? { clock: options.clock } : {}),
    memory: true,
    port: 0,
    host: "127.0.0.1",
    env: { ...process.env, DATABASE_URL: "", QYZMET_INSECURE_COOKIES: "1" },
  });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    url: server.url.replace(/\/$/, ""),
    async close() {
      await browser.close();
      await server.close();
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
