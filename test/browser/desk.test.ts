/**
 * The State Corporation desk in real Chromium against a server started here (PGlite in memory with
 * the demo data). Screenshots: test-results/browser/desk-*.png.
 *
 * A citizen takes a ticket at the branch's kiosk for guardianship-establishment; the operator of
 * KZO-D01-SC calls it to a window, serves it and accepts the paper package through the standard's
 * State Corporation checklist (003 list annex 6, row 8, "State Corporation") — receipt downloaded,
 * a PDF; an incomplete package is refused at acceptance with the refusal-to-accept receipt (Law on
 * State Services art. 20 p. 2; 003 annex 7); the provider's steps are driven through the API (the
 * head signs with the demo key file) until the result comes back to the branch, where the operator
 * prints the signed document and hands it out. Every desk page and the kiosk in kk, ru and en has no
 * untranslated key and no text in the wrong script.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Download, Page } from "playwright-core";
import { defaultCalendar } from "../../src/calendar/index.ts";
import { loadCatalog } from "../../src/catalog/catalog.ts";
import { findService } from "../../src/catalog/lookup.ts";
import { runToEnd } from "../../src/demo/autopilot.ts";
import { httpClient, type Send } from "../../src/demo/http-client.ts";
import { readPkcs12 } from "../../src/pki/index.ts";
import { deskKk } from "../../web/src/staff/desk/locales/kk.ts";
import {
  languageFindings,
  type Portal,
  pageIn,
  SCREENSHOTS,
  screenshot,
  skipReason,
  startPortal,
} from "./harness.ts";

const skip = skipReason();
if (skip) console.log(`# browser tests skipped: ${skip}`);

const catalog = loadCatalog();
const BRANCH = "KZO-D01-SC";
const SERVICE = "guardianship-establishment";
const OPERATOR = "kzo-d01-sc.operator";
const k = deskKk.desk;

interface DemoCitizen {
  iin: string;
  fullName: string;
}

async function pdfOf(download: Download, name: string): Promise<Buffer> {
  const path = join(SCREENSHOTS, name);
  await download.saveAs(path);
  return readFileSync(path);
}

describe("State Corporation desk in Chromium", { skip: skip ?? false }, () => {
  let portal: Portal;
  let keyDir = "";
  let citizens: DemoCitizen[] = [];
  let acceptedCase = "";

  before(async () => {
    portal = await startPortal();
    const demo = (await (await fetch(`${portal.url}/api/v1/demo/citizens`)).json()) as {
      keyDir: string;
      items: DemoCitizen[];
    };
    keyDir = demo.keyDir;
    citizens = demo.items;
    assert.ok(citizens.length >= 2);
  });
  after(async () => {
    await portal?.close();
  });

  async function signIn(page: Page, login: string) {
    const res = await page.request.post(`${portal.url}/api/v1/auth/sign-in`, {
      data: { login, password: "qyzmet-demo" },
    });
    assert.equal(res.status(), 200);
  }

  /** The applicant's part of the intake form. */
  async function fillApplicant(page: Page, c: DemoCitizen) {
    const [surname = "", given = ""] = c.fullName.split(/\s+/);
    await page.locator("#intake-iin").fill(c.iin);
    await page.locator("#intake-surname").fill(surname);
    await page.locator("#intake-given").fill(given);
  }

  it("a citizen takes a ticket; the operator calls it and accepts a complete package for guardianship-establishment through the checklist (receipt PDF)", async () => {
    const citizen = citizens[0] as DemoCitizen;
    // The kiosk in the hall (public).
    const hall = await pageIn(portal.browser, "kk");
    await hall.page.goto(`${portal.url}/kiosk/${BRANCH}`);
    await hall.page.getByRole("heading", { level: 1, name: k.kiosk.title }).waitFor();
    await hall.page.locator(`button[data-service="${SERVICE}"]`).click();
    // The standard's maximum waiting time at the State Corporation: 15 minutes (003 list annex 6, row 3, sub-p. 2).
    assert.match(await hall.page.locator(`button[data-service="${SERVICE}"]`).innerText(), /15 мин/);
    await hall.page.locator("#kiosk-iin").fill(citizen.iin);
    await screenshot(hall.page, "desk-1-kiosk-kk");
    await hall.page.getByRole("button", { name: k.kiosk.take }).click();
    const ticketBox = hall.page.locator("[data-ticket-id]");
    await ticketBox.waitFor();
    const label = (await ticketBox.locator(".ticket-label").innerText()).trim();
    assert.match(label, /^\d{3}$/);
    assert.deepEqual(await languageFindings(hall.page, "kk"), []);
    await screenshot(hall.page, "desk-2-ticket-kk");

    // The operator at window 3.
    const { page, problems } = await pageIn(portal.browser, "kk");
    await page.goto(`${portal.url}/staff/desk`);
    await page.locator("#staff-login").fill(OPERATOR);
    await page.locator("#staff-password").fill("qyzmet-demo");
    await page.locator("#staff-password").press("Enter");
    await page.getByRole("heading", { level: 1, name: k.tabs.queue }).waitFor();
    const row = page.locator(`tr[data-ticket-id="${await ticketBox.getAttribute("data-ticket-id")}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(label));
    await page.locator("#desk-window").fill("3");
    await screenshot(page, "desk-3-queue-kk");
    await page.getByRole("button", { name: k.queue.callNext }).click();
    const mine = page.locator('[data-status="called"]');
    await mine.waitFor();
    assert.equal((await mine.locator(".ticket-label").innerText()).trim(), label);
    // The board in the hall shows the ticket called to window 3.
    await hall.page.getByText(`${label} → 3-терезе`).first().waitFor({ timeout: 10_000 });
    await screenshot(hall.page, "desk-4-board-kk");
    await hall.context.close();

    await page.getByRole("button", { name: k.queue.start }).click();
    await page.locator('[data-status="serving"]').waitFor();
    await page.getByRole("button", { name: k.queue.accept }).click();
    await page.getByRole("heading", { level: 1, name: k.intake.title }).waitFor();
    assert.equal(await page.locator("#intake-service").inputValue(), SERVICE);
    await page.locator("#intake-provider option").first().waitFor({ state: "attached" });
    await page.locator(".checklist li").first().waitFor();

    // A wrong check digit is refused in the page, nothing is sent.
    const bad = `${citizen.iin.slice(0, 11)}${(Number(citizen.iin[11]) + 1) % 10}`;
    await page.locator("#intake-iin").fill(bad);
    await page.getByRole("button", { name: k.intake.refuse }).click();
    await page.locator("#intake-iin-error").waitFor();
    assert.match(await page.locator("#intake-iin-error").innerText(), /ЖСН/);

    await fillApplicant(page, citizen);
    await page.getByRole("button", { name: k.intake.addChild }).click();
    await page.locator('[id$="-name"][id^="child-"]').fill("Сейітова Айша");
    await page.locator('[id$="-birth"][id^="child-"]').fill("2019-04-12");
    // A document the act waives when АХАЖ has the record (003 List annex 6, row 8, SC sub-p. 6): with no
    // child IIN to ask about, the checklist says it is required.
    await page
      .locator('[data-document-id="sc-child-birth-certificate"] [data-waiver="required"]')
      .waitFor({ timeout: 15_000 });
    // The checklist: every document of the State Corporation channel, ticked after checking the original.
    const boxes = page.locator('.checklist input[id^="doc-"]');
    const n = await boxes.count();
    assert.ok(n >= 10, `the standard lists ${n} documents for the State Corporation`);
    for (let i = 0; i < n; i++) await boxes.nth(i).check();
    assert.deepEqual(await languageFindings(page, "kk"), []);
    await screenshot(page, "desk-5-intake-checklist-kk");
    await page.getByRole("button", { name: k.intake.accept }).click();
    await page.getByRole("heading", { level: 1, name: k.intake.acceptedTitle }).waitFor({ timeout: 30_000 });
    assert.match(
      await page.locator("[data-receipt-kind=receipt] code").first().innerText(),
      /^KZO-D01-EDU-\d{4}-\d{6}$/,
    );
    const link = page.getByRole("link", { name: k.intake.receipt });
    acceptedCase = /cases\/([^/]+)\/receipt/.exec((await link.getAttribute("href")) ?? "")?.[1] ?? "";
    assert.ok(acceptedCase);
    const downloading = page.waitForEvent("download");
    await link.click();
    const pdf = await pdfOf(await downloading, "desk-receipt.pdf");
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    await screenshot(page, "desk-6-accepted-kk");
    await page.getByRole("button", { name: k.intake.finishTicket }).click();
    await page.getByText(k.queue.finished.replace("{{label}}", label)).waitFor();
    assert.deepEqual(await languageFindings(page, "kk"), []);

    // The ticket is done and linked to the case; the day's statistics count it.
    const stats = (await (await page.request.get(`${portal.url}/api/v1/queue/stats`)).json()) as {
      totals: { served: number };
    };
    assert.equal(stats.totals.served, 1);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("an incomplete package gets the refusal-to-accept receipt naming the missing documents (Law on State Services art. 20 p. 2; 003 annex 7)", async () => {
    const { page, problems } = await pageIn(portal.browser, "kk");
    await signIn(page, OPERATOR);
    await page.goto(`${portal.url}/staff/desk/intake?service=${SERVICE}`);
    await page.getByRole("heading", { level: 1, name: k.intake.title }).waitFor();
    await page.locator("#intake-provider option").first().waitFor({ state: "attached" });
    await fillApplicant(page, citizens[1] as DemoCitizen);
    await page.locator('.checklist input[id^="doc-"]').first().check();
    await page.locator(".missing-note").waitFor();
    await screenshot(page, "desk-7-incomplete-kk");
    await page.getByRole("button", { name: k.intake.refuse }).click();
    await page.getByRole("heading", { level: 1, name: k.intake.refusedTitle }).waitFor({ timeout: 30_000 });
    const missing = await page.locator(".missing-list li").count();
    assert.ok(missing >= 5, `${missing} missing documents named`);
    assert.match(
      await page.locator("[data-receipt-kind=refusal_to_accept_receipt]").innerText(),
      /20-бабының 2-тармағы/,
    );
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: k.intake.refusalReceipt }).click();
    const pdf = await pdfOf(await downloading, "desk-refusal-receipt.pdf");
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    assert.deepEqual(await languageFindings(page, "kk"), []);
    await screenshot(page, "desk-8-refused-kk");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("the result comes back to the branch; the operator prints the signed document and hands it out", async () => {
    assert.ok(acceptedCase, "the first test accepted a case");
    const send: Send = async (req) => {
      const res = await fetch(`${portal.url}${req.url}`, {
        method: req.method,
        headers: req.headers,
        ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
      });
      const raw = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        body: new TextDecoder().decode(raw),
        raw,
        headers: { "set-cookie": res.headers.getSetCookie() },
      };
    };
    const client = httpClient(send, {
      gatewayToken: "",
      clock: { now: Date.now() },
      keyOf: async (login) => readPkcs12(readFileSync(join(keyDir, "staff", `${login}.p12`)), "qyzmet-demo"),
    });
    const { page, problems } = await pageIn(portal.browser, "kk");
    await signIn(page, OPERATOR);
    const view = (await (await page.request.get(`${portal.url}/api/v1/cases/${acceptedCase}`)).json()) as {
      case: { versionId: string; procedureId: string };
    };
    const procedure = findService(catalog, SERVICE)
      .versions.find((v) => v.id === view.case.versionId)
      ?.procedures.find((p) => p.id === view.case.procedureId);
    assert.ok(procedure);
    // The provider's steps (executor, head signing the order with the demo key file), one at a time,
    // until the case waits on the State Corporation's hand-out.
    for (let i = 0; i < 12; i++) {
      const c = await client.get(acceptedCase, { orgId: "", role: "supervisor" });
      if (!c.openTask || c.openTask.role === "state_corporation_operator") break;
      await runToEnd({ client, cal: defaultCalendar(), procedure, caseId: acceptedCase, maxActions: 1 });
    }
    const waiting = await client.get(acceptedCase, { orgId: "", role: "supervisor" });
    assert.equal(waiting.openTask?.stepId, "issue-result");
    // Nothing is handed out unsigned: the provider's head signs the order with EDS (the demo key file).
    await client.signResult(acceptedCase, "result");

    await page.goto(`${portal.url}/staff/desk/results`);
    await page.getByRole("heading", { level: 1, name: k.results.title }).waitFor();
    const row = page.locator(`tr[data-case-id="${acceptedCase}"]`);
    await row.waitFor();
    assert.deepEqual(await languageFindings(page, "kk"), []);
    await screenshot(page, "desk-9-results-kk");
    const print = row.getByRole("link", { name: k.results.print });
    const downloading = page.waitForEvent("download");
    await print.click();
    const pdf = await pdfOf(await downloading, "desk-result.pdf");
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    await row.getByRole("button", { name: k.results.handOut }).click();
    await page.locator(".ok-box").waitFor();
    await row.waitFor({ state: "detached" });
    const closed = await client.get(acceptedCase, { orgId: "", role: "supervisor" });
    assert.equal(closed.status, "issued");
    await screenshot(page, "desk-10-handed-out-kk");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  for (const lang of ["kk", "ru", "en"] as const) {
    it(`every desk page and the kiosk in ${lang}: no missing key, no text in the wrong script`, async () => {
      const { page, problems } = await pageIn(portal.browser, lang);
      await signIn(page, OPERATOR);
      for (const [path, ready] of [
        ["/staff/desk", "#desk-window"],
        [`/staff/desk/intake?service=${SERVICE}`, ".checklist li"],
        ["/staff/desk/results", "#results-iin"],
        ["/staff/desk/stats", "#stats-day"],
        ["/kiosk", "#kiosk-branch"],
        [`/kiosk/${BRANCH}`, "#kiosk-iin"],
      ] as const) {
        await page.goto(`${portal.url}${path}`);
        await page.locator(ready).first().waitFor();
        await page.waitForLoadState("networkidle");
        // Open every source on the page: the act's quotes are checked too.
        for (const summary of await page.locator("details.source summary").all()) await summary.click();
        assert.deepEqual(await languageFindings(page, lang), [], `${path} in ${lang}`);
        await screenshot(page, `desk-pages-${path.replace(/[/?=]+/g, "-").replace(/^-|-$/g, "")}-${lang}`);
      }
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  }
});
