/**
 * The regulations browser in real Chromium: /regulations and every service's /regulations/:code in
 * kk, ru and en with no text in the wrong language (legal sources opened, bpmn-js's labels included);
 * the diagram drawn by bpmn-js with a shape per step of the version; a real change between versions
 * with its legal source; choosing a step on the diagram or in its text alternative shows its source;
 * the labels follow the language switch. Screenshots under test-results/browser/.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { shorten } from "../../src/catalog/bpmn.ts";
import { loadCatalog } from "../../src/catalog/catalog.ts";
import { languageFindings, type Portal, pageIn, screenshot, skipReason, startPortal } from "./harness.ts";

const skip = skipReason();
if (skip) console.log(`# browser tests skipped: ${skip}`);

const LANGS = ["kk", "ru", "en"] as const;
const catalog = loadCatalog();

/** Waits for bpmn-js to have drawn the diagram; returns how many steps (tasks and gateways) it drew. */
async function drawnSteps(page: Page): Promise<number> {
  await page.locator('.reg-diagram[data-state="ready"]').waitFor({ timeout: 20_000 });
  return page.evaluate(`[...document.querySelectorAll(".reg-canvas svg .djs-element.djs-shape[data-element-id]")]
    .map((g) => g.getAttribute("data-element-id"))
    .filter((id) => /^(Task|Gateway)_/.test(id) && !id.endsWith("_label")).length`) as Promise<number>;
}

async function openSources(page: Page) {
  await page.evaluate('document.querySelectorAll("details").forEach((d) => { d.open = true; })');
}

describe("the regulations browser in kk, ru and en", { skip: skip ?? false }, () => {
  let portal: Portal;
  before(async () => {
    portal = await startPortal();
  });
  after(async () => {
    await portal?.close();
  });

  for (const lang of LANGS) {
    it(`/regulations and every service's page in ${lang}: the diagram drawn, nothing in another language`, async () => {
      const { context, page, problems } = await pageIn(portal.browser, lang);
      try {
        const findings: string[] = [];
        await page.goto(`${portal.url}/regulations`);
        await page.locator("main h1").waitFor();
        await page.locator(".reg-service").first().waitFor();
        assert.equal(await page.locator(".reg-service").count(), catalog.length);
        const rows = await page.locator(".reg-service tbody tr").count();
        assert.equal(
          rows,
          catalog.reduce((n, s) => n + s.versions.length, 0),
          "a row per version",
        );
        await openSources(page);
        for (const f of await languageFindings(page, lang))
          findings.push(`/regulations: ${f.kind}: ${f.text}`);
        await screenshot(page, `reg-list-${lang}`);

        for (const service of catalog) {
          await page.goto(`${portal.url}/regulations/${service.code}`);
          await page.locator("main h1").waitFor();
          const latest = service.versions.at(-1)!;
          const steps = latest.procedures.reduce((n, p) => n + p.steps.length, 0);
          assert.equal(await drawnSteps(page), steps, `${service.code}@${latest.id}: a shape per step`);
          assert.equal(await page.locator(".reg-side thead th").count(), service.versions.length + 1);
          assert.equal(await page.locator(".reg-diff").count(), service.versions.length - 1);
          assert.equal(
            await page.locator(".reg-steps li").count(),
            steps,
            "the text alternative lists every step",
          );
          await page.waitForLoadState("networkidle");
          await openSources(page);
          for (const f of await languageFindings(page, lang))
            findings.push(`/regulations/${service.code}: ${f.kind}: ${f.text}`);
          if (service.code === "guardianship-establishment" || service.code === "foster-family-placement")
            await screenshot(page, `reg-${service.code}-${lang}`);
        }
        assert.deepEqual(findings, []);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  it("a service with several versions shows a real change, each with its legal source", async () => {
    const { context, page, problems } = await pageIn(portal.browser, "en");
    try {
      const service = catalog.find((s) => s.code === "guardianship-establishment")!;
      const [older, newer] = service.versions as [(typeof service.versions)[0], (typeof service.versions)[0]];
      await page.goto(`${portal.url}/regulations/${service.code}`);
      const diff = page.locator(`.reg-diff[data-from="${older.id}"][data-to="${newer.id}"]`);
      await diff.waitFor();
      // The national standard brings the term the regional regulation did not state: 19 working days.
      const terms = diff.locator(".reg-group").first();
      assert.match(await terms.innerText(), /19 working days/);
      assert.equal(await terms.locator('li[data-kind="added"]').count(), 1);
      // Steps: the hearing of APPC art. 73–74 is new; the applicant's first step is the same step, reworded.
      const steps = diff.locator(".reg-group", { hasText: "Steps: " }).first();
      const added = await steps.locator('li[data-kind="added"]').allInnerTexts();
      assert.ok(
        added.some((t) => t.includes(newer.procedures[0]!.steps.find((s) => s.id === "hearing")!.action.en)),
        "the hearing step is added",
      );
      const changed = steps.locator('li[data-kind="changed"]').first();
      await changed.locator('[data-field="action"]').waitFor();
      const actionText = await changed.locator('[data-field="action"]').innerText();
      assert.ok(actionText.includes(newer.procedures[0]!.steps[0]!.action.en), actionText);
      assert.ok(actionText.includes(older.procedures[0]!.steps[0]!.action.en), actionText);
      // Its legal sources on demand: closed, then opened, with the act and the quote of each side.
      const sources = changed.locator(".reg-source details");
      assert.equal(await sources.count(), 2, "before and after");
      assert.equal(await sources.first().getAttribute("open"), null);
      await sources.nth(1).locator("summary").click();
      const after = await sources.nth(1).innerText();
      assert.ok(after.includes(newer.act.title.en), "the newer act");
      assert.ok(after.includes(newer.procedures[0]!.steps[0]!.source.ref), "the newer paragraph");
      const quote = newer.procedures[0]!.steps[0]!.source.quote;
      if (quote) assert.ok(after.replace(/\s+/g, " ").includes(quote.replace(/\s+/g, " ").slice(0, 40)));
      await screenshot(page, "reg-diff-guardianship-establishment-en");
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it("choosing a step on the diagram or in the list shows its role, deadline and legal source", async () => {
    const { context, page, problems } = await pageIn(portal.browser, "ru");
    try {
      const service = catalog.find((s) => s.code === "guardianship-establishment")!;
      const version = service.versions.at(-1)!;
      const procedure = version.procedures[0]!;
      const step = procedure.steps.find((s) => s.duration !== null)!;
      await page.goto(`${portal.url}/regulations/${service.code}`);
      await drawnSteps(page);
      // A click on the shape on the canvas.
      const id = `Task_${procedure.id}_${step.id}`.replace(/[^A-Za-z0-9_.-]/g, "_");
      await page.locator(`.reg-canvas [data-element-id="${id}"]`).first().click();
      const aside = page.locator(".reg-step");
      await aside.locator(`[data-step="${step.id}"]`).waitFor();
      const shown = await aside.innerText();
      assert.ok(shown.includes(step.action.ru), "the step's full text");
      assert.match(shown, /рабоч/, "its deadline in working days, in Russian");
      assert.equal(await aside.locator("details").getAttribute("open"), "", "its source open at once");
      assert.ok(shown.includes(version.act.title.ru), "the act");
      if (step.source.quote)
        assert.ok(shown.replace(/\s+/g, " ").includes(step.source.quote.replace(/\s+/g, " ").slice(0, 40)));
      assert.equal(
        await page.locator(`.reg-canvas [data-element-id="${id}"].qz-selected`).count(),
        1,
        "marked on the diagram",
      );
      // By keyboard: focusing a step of the text alternative chooses it and marks it on the diagram.
      const other = procedure.steps.find((s) => s.kind === "decision")!;
      const otherId = `Gateway_${procedure.id}_${other.id}`.replace(/[^A-Za-z0-9_.-]/g, "_");
      await page.locator(`button[data-element="${otherId}"]`).focus();
      await aside.locator(`[data-step="${other.id}"]`).waitFor();
      assert.equal(await page.locator(`.reg-canvas [data-element-id="${otherId}"].qz-selected`).count(), 1);
      assert.equal(await page.locator(`.reg-canvas [data-element-id="${id}"].qz-selected`).count(), 0);
      await screenshot(page, "reg-step-selected-ru");

      // The diagram's labels follow the language switch.
      const label = (lang: "kk" | "ru" | "en") =>
        shorten(`${step.n ? `${step.n}. ` : ""}${step.action[lang]}`, 110)
          .split(" ")
          .slice(0, 2)
          .join(" ");
      const svgText = () =>
        page.locator(`.reg-canvas [data-element-id="${id}"]`).first().textContent() as Promise<string>;
      assert.ok((await svgText()).includes(label("ru")), await svgText());
      await page.locator("#lang-select").selectOption("kk");
      await page
        .locator(`.reg-canvas [data-element-id="${id}"]`, { hasText: label("kk") })
        .first()
        .waitFor({ state: "attached" });
      await page.locator("#lang-select").selectOption("en");
      await page
        .locator(`.reg-canvas [data-element-id="${id}"]`, { hasText: label("en") })
        .first()
        .waitFor({ state: "attached" });
      assert.equal(
        await drawnSteps(page),
        version.procedures.reduce((n, p) => n + p.steps.length, 0),
      );
      assert.deepEqual(await languageFindings(page, "en"), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
