/**
 * Every portal page in Kazakh, Russian and English in real Chromium: no key i18next could not find,
 * no raw key on screen, no text in the wrong script (Cyrillic on English pages, Kazakh-only letters on
 * Russian ones, Latin words on Kazakh and Russian ones; proper names and codes are marked and exempt).
 * The passport of every service is walked with its legal sources opened. Then the language switch is
 * remembered, the pages work by keyboard, and they fit a phone's screen. Screenshots: test-results/browser/.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { en } from "../../web/src/locales/en.ts";
import { kk } from "../../web/src/locales/kk.ts";
import { ru } from "../../web/src/locales/ru.ts";
import { languageFindings, type Portal, pageIn, screenshot, skipReason, startPortal } from "./harness.ts";

const skip = skipReason();
if (skip) console.log(`# browser tests skipped: ${skip}`);

const LANGS = ["kk", "ru", "en"] as const;
const PASSWORD = "Qyzmet2026pages";

describe("portal pages in kk, ru and en", { skip: skip ?? false }, () => {
  let portal: Portal;
  let services: string[] = [];
  let citizen = { iin: "", password: PASSWORD };
  let caseId = "";

  before(async () => {
    portal = await startPortal();
    const list = (await (await fetch(`${portal.url}/api/v1/services?lang=en`)).json()) as {
      services: { code: string }[];
    };
    services = list.services.map((s) => s.code);
    // A demo citizen with a case of the demo data: registered over the API with the demo SMS.
    const demo = (await (await fetch(`${portal.url}/api/v1/demo/citizens`)).json()) as {
      items: { iin: string; phone: string }[];
    };
    for (const c of demo.items) {
      const post = (path: string, body: unknown) =>
        fetch(`${portal.url}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      assert.equal((await post("/api/v1/citizen/register", { ...c, password: PASSWORD })).status, 202);
      const sms = (await (
        await fetch(`${portal.url}/api/v1/demo/sms?phone=${encodeURIComponent(c.phone)}`)
      ).json()) as { text: { en: string } };
      const code = /\d{6}/.exec(sms.text.en)?.[0];
      assert.equal((await post("/api/v1/citizen/register/confirm", { iin: c.iin, code })).status, 201);
      const signIn = await post("/api/v1/citizen/sign-in", { iin: c.iin, password: PASSWORD });
      const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const cases = (await (
        await fetch(`${portal.url}/api/v1/citizen/cases`, { headers: { cookie } })
      ).json()) as { items: { id: string }[] };
      if (cases.items[0]) {
        citizen = { iin: c.iin, password: PASSWORD };
        caseId = cases.items[0].id;
        break;
      }
    }
    assert.ok(caseId, "a demo citizen with a key file has a case in the demo data");
  });
  after(async () => {
    await portal?.close();
  });

  async function check(page: Page, lang: (typeof LANGS)[number], path: string, findings: string[]) {
    if (path.startsWith("/verify/")) {
      // The server answers /verify/:id itself (the QR code's script-free page, src/api/routes/verify-page.ts);
      // the portal's own page of that path is reached inside the app, as its links do.
      await page.goto(`${portal.url}/verify`);
      await page.locator("main h1").first().waitFor();
      await page.evaluate(
        `history.pushState(null, "", ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent("popstate"))`,
      );
      await page.locator("[data-verdict], .error-box").first().waitFor();
    } else await page.goto(`${portal.url}${path}`);
    await page.locator("main h1").first().waitFor();
    await page.waitForLoadState("networkidle");
    // Open every legal source, so their texts are checked too.
    await page.evaluate('document.querySelectorAll("details").forEach((d) => { d.open = true; })');
    for (const f of await languageFindings(page, lang))
      findings.push(`${lang} ${path}: ${f.kind}: ${f.text}`);
  }

  for (const lang of LANGS) {
    it(`every page in ${lang}: no missing key, no raw key, no text in another language`, async () => {
      const { page, problems } = await pageIn(portal.browser, lang);
      const findings: string[] = [];
      const publicPages = [
        "/",
        "/sign-in",
        "/register",
        "/verify",
        "/verify/no-such-document",
        "/no-such-page",
      ];
      for (const path of publicPages) await check(page, lang, path, findings);
      for (const code of services) await check(page, lang, `/services/${code}`, findings);
      await screenshot(page, `p-passport-last-${lang}`);

      const signIn = await page.request.post(`${portal.url}/api/v1/citizen/sign-in`, { data: citizen });
      assert.equal(signIn.status(), 200);
      for (const path of [
        "/cabinet",
        `/cabinet/cases/${caseId}`,
        "/services/guardianship-certificate/apply",
        "/services/guardianship-establishment/apply",
        "/services/foster-family-placement/apply",
      ]) {
        await check(page, lang, path, findings);
        await screenshot(page, `p${path.replace(/[/]+/g, "-").replace(/-[0-9a-f-]{20,}$/, "-case")}-${lang}`);
      }
      await page.goto(`${portal.url}/`);
      await page.locator("main h1").first().waitFor();
      await screenshot(page, `p-catalogue-${lang}`);
      assert.deepEqual(findings, []);
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  }

  it("the language switch changes the page and is remembered", async () => {
    const { page } = await pageIn(portal.browser, "kk");
    await page.goto(`${portal.url}/`);
    await page.getByRole("heading", { level: 1, name: kk.catalogue.title }).waitFor();
    await page.getByLabel(kk.app.language).selectOption("ru");
    await page.getByRole("heading", { level: 1, name: ru.catalogue.title }).waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "ru");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: ru.catalogue.title }).waitFor();
    await page.getByLabel(ru.app.language).selectOption("en");
    await page.goto(`${portal.url}/sign-in`);
    await page.getByRole("heading", { level: 1, name: en.auth.signInTitle }).waitFor();
    await page.context().close();
  });

  it("works by keyboard: the skip link first, every input labelled, focus reaches the form", async () => {
    const { page } = await pageIn(portal.browser, "kk");
    await page.goto(`${portal.url}/sign-in`);
    await page.locator("main h1").waitFor();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate("document.activeElement?.textContent"), kk.app.skip);
    await page.keyboard.press("Enter");
    // Tab on from the main content: the IIN field comes before any other input of the page.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate("document.activeElement?.id")) === "signin-iin") break;
    }
    assert.equal(await page.evaluate("document.activeElement?.id"), "signin-iin");
    await page.keyboard.type("000000000000");
    await page.keyboard.press("Tab");
    await page.keyboard.type("x");
    await page.keyboard.press("Enter");
    await page.locator("#signin-iin-error").waitFor();
    for (const path of ["/sign-in", "/register", "/verify", "/services/guardianship-certificate", "/"]) {
      await page.goto(`${portal.url}${path}`);
      await page.locator("main h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      const unlabelled = await page.evaluate(`[...document.querySelectorAll("input, select, textarea")]
        .filter((el) => !(el.labels && el.labels.length > 0) && !el.getAttribute("aria-label"))
        .map((el) => el.outerHTML)`);
      assert.deepEqual(unlabelled, [], path);
    }
    await page.context().close();
  });

  it("fits a phone's screen (360 px): no horizontal scrolling", async () => {
    const { page } = await pageIn(portal.browser, "kk", { width: 360, height: 740 });
    const signIn = await page.request.post(`${portal.url}/api/v1/citizen/sign-in`, { data: citizen });
    assert.equal(signIn.status(), 200);
    for (const path of [
      "/",
      "/services/guardianship-establishment",
      "/services/guardianship-establishment/apply",
      "/cabinet",
      `/cabinet/cases/${caseId}`,
      "/verify",
    ]) {
      await page.goto(`${portal.url}${path}`);
      await page.locator("main h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
      const widest = await page.evaluate(`[...document.querySelectorAll("main *")]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 3).map((el) => el.outerHTML.slice(0, 200))`);
      assert.ok(
        Number(overflow) <= 0,
        `${path} scrolls sideways by ${overflow}px: ${JSON.stringify(widest)}`,
      );
    }
    await page.goto(`${portal.url}/services/guardianship-establishment`);
    await page.locator("main h1").first().waitFor();
    await screenshot(page, "phone-passport-kk");
    await page.goto(`${portal.url}/cabinet/cases/${caseId}`);
    await page.locator("main h1").first().waitFor();
    await screenshot(page, "phone-case-kk");
    await page.context().close();
  });
});
