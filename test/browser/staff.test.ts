/**
 * The staff frame in real Chromium, in kk, ru and en: /staff asks for a sign-in, the demo panel lists
 * the demo accounts (fill-in by keyboard), the signed-in member sees their roles, organisation and the
 * workspaces of their roles; no untranslated key, no text in the wrong script. Screenshots under
 * test-results/browser/.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { languageFindings, type Portal, pageIn, screenshot, skipReason, startPortal } from "./harness.ts";

const skip = skipReason();

describe("staff workspaces' frame", { skip: skip ?? false }, () => {
  let portal: Portal;
  before(async () => {
    portal = await startPortal();
  });
  after(async () => {
    await portal?.close();
  });

  for (const lang of ["kk", "ru", "en"] as const) {
    it(`signs a head in and shows the organisation, in ${lang}`, async () => {
      const { context, page, problems } = await pageIn(portal.browser, lang);
      try {
        await page.goto(`${portal.url}/staff`);
        await page.locator("#staff-login").waitFor();
        await page.locator("#demo-staff-title").waitFor();
        assert.deepEqual(await languageFindings(page, lang), []);
        await screenshot(page, `staff-sign-in-${lang}`);

        // The demo panel's "fill in" for the head of the first district's education department.
        await page.locator('button[aria-describedby="demo-login-kzo-d01-edu.head"]').click();
        assert.equal(await page.locator("#staff-login").inputValue(), "kzo-d01-edu.head");
        await page.locator("#staff-password").fill("qyzmet-demo");
        await page.locator("#staff-password").press("Enter");
        await page.locator("dl.facts").waitFor();
        const facts = await page.locator("dl.facts").innerText();
        const head = { kk: "Басшы", ru: "Руководитель", en: "Head" }[lang];
        assert.match(facts, new RegExp(head));
        assert.ok((await page.locator(".whoami").innerText()).length > 0);
        assert.deepEqual(await languageFindings(page, lang), []);
        await screenshot(page, `staff-home-${lang}`);

        // A wrong password: the server's message in the page's language, and still signed out.
        await page.getByRole("button", { name: { kk: "Шығу", ru: "Выйти", en: "Sign out" }[lang] }).click();
        await page.locator("#staff-login").waitFor();
        await page.locator("#staff-login").fill("kzo-d01-edu.head");
        await page.locator("#staff-password").fill("wrong-password-1");
        await page.locator("#staff-password").press("Enter");
        await page.locator(".error-box").waitFor();
        assert.deepEqual(await languageFindings(page, lang), []);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
