/**
 * The citizen portal in real Chromium (Debian's, through playwright-core) against a server started
 * here (`startServer` on PGlite in memory with the demo data). Screenshots: test-results/browser/.
 *
 * (a) A citizen registers (SMS code from the demo outbox), applies for guardianship-certificate in
 *     Kazakh, signs the request with a demo PKCS#12 key file in the browser, and follows the case in
 *     the cabinet; staff steps, if the information system leaves any, are driven through the API as
 *     the demo autopilot does. Then the typed errors of the form: a bad IIN check digit and a wrong
 *     key password, each in Kazakh, and nothing sent.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { defaultCalendar } from "../../src/calendar/index.ts";
import { loadCatalog } from "../../src/catalog/catalog.ts";
import { runToEnd } from "../../src/demo/autopilot.ts";
import { httpClient, type Send } from "../../src/demo/http-client.ts";
import { readPkcs12 } from "../../src/pki/index.ts";
import { kk } from "../../web/src/locales/kk.ts";
import { type Portal, pageIn, SCREENSHOTS, screenshot, skipReason, startPortal } from "./harness.ts";

const skip = skipReason();
if (skip) console.log(`# browser tests skipped: ${skip}`);

const PASSWORD = "Qyzmet2026portal";
const catalog = loadCatalog();

interface DemoCitizen {
  iin: string;
  fullName: string;
  phone: string | null;
  keyFile: string;
}

describe("citizen portal in Chromium", { skip: skip ?? false }, () => {
  let portal: Portal;
  let keyDir = "";
  let citizens: DemoCitizen[] = [];
  /** The case of scenario (a) and its citizen's password, for the result test. */
  let issued: { caseId: string; iin: string } | null = null;

  before(async () => {
    portal = await startPortal();
    const demo = (await (await fetch(`${portal.url}/api/v1/demo/citizens`)).json()) as {
      keyDir: string;
      items: DemoCitizen[];
    };
    keyDir = demo.keyDir;
    citizens = demo.items;
    assert.ok(citizens.length >= 2, "the demo gives key files to several citizens");
  });
  after(async () => {
    await portal?.close();
  });

  /** Registers citizen `c` through the pages, in Kazakh, ending signed in on `next`'s page. */
  async function register(page: Page, c: DemoCitizen, shots: string) {
    await page.getByRole("link", { name: kk.app.nav.register, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: kk.auth.registerTitle }).waitFor();
    await page.locator("tr", { hasText: c.iin }).getByRole("button", { name: kk.auth.demoUse }).click();
    assert.equal(await page.getByLabel(kk.auth.iin, { exact: true }).inputValue(), c.iin);
    await page.getByLabel(kk.auth.password, { exact: true }).fill(PASSWORD);
    await page.getByLabel(kk.auth.passwordRepeat).fill(PASSWORD);
    if (shots) await screenshot(page, `${shots}-register`);
    await page.getByRole("button", { name: kk.auth.submitRegister }).click();
    await page.getByText(kk.auth.codeSent.split("{{")[0] ?? "").waitFor();
    await page.getByRole("button", { name: kk.auth.demoSms }).click();
    const sms = await page.locator("q").textContent();
    const code = /\b(\d{6})\b/.exec(sms ?? "")?.[1];
    assert.ok(code, `a 6-digit code in the SMS: ${sms}`);
    await page.getByLabel(kk.auth.code).fill(code);
    if (shots) await screenshot(page, `${shots}-sms-code`);
    await page.getByRole("button", { name: kk.auth.confirm }).click();
  }

  it("(a) registers, applies for guardianship-certificate in Kazakh, signs with a key file in the browser, sees the case in the cabinet", async () => {
    const citizen = citizens[0] as DemoCitizen;
    const { page, problems } = await pageIn(portal.browser, "kk");
    await page.goto(`${portal.url}/`);
    assert.equal(await page.locator("html").getAttribute("lang"), "kk");
    await page.getByRole("heading", { level: 1, name: kk.catalogue.title }).waitFor();
    await page.getByRole("heading", { level: 2, name: kk.situation.child_without_care }).waitFor();
    await screenshot(page, "a1-catalogue-kk");

    await page.locator('a[href="/services/guardianship-certificate"]').first().click();
    await page.getByRole("heading", { level: 2, name: kk.passport.terms }).waitFor();
    // The legal source of the term, on demand.
    const termSource = page
      .locator("section", { has: page.locator("#p-terms") })
      .locator("details")
      .first();
    await termSource.locator("summary").click();
    assert.equal(await termSource.getAttribute("open"), "");
    await screenshot(page, "a2-passport-kk");

    await page.getByRole("link", { name: kk.passport.apply }).click();
    await page.getByText(kk.auth.signInNeeded).waitFor();
    await register(page, citizen, "a3");

    // Signed in, back on the application form of the version in force.
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByText(kk.apply.thisForm).waitFor();
    await page.locator("#provider option").first().waitFor({ state: "attached" });
    await page.getByLabel(kk.apply.keyFile).setInputFiles(join(keyDir, citizen.keyFile));
    await page.getByLabel(kk.apply.keyPassword).fill("qyzmet-demo");
    await screenshot(page, "a4-application-kk");
    const posted = page.waitForRequest((r) => r.url().includes("/api/v1/citizen/applications"));
    await page.getByRole("button", { name: kk.apply.submit }).click();
    const request = await posted;
    await page.getByRole("heading", { level: 1, name: kk.apply.sent }).waitFor({ timeout: 30_000 });
    await screenshot(page, "a5-sent-kk");

    // What went over the wire: the request's bytes and a detached CMS, never the key file.
    const body = request.postDataJSON() as { request: string; signature: string };
    assert.deepEqual(Object.keys(body).sort(), ["request", "signature"]);
    const signed = JSON.parse(Buffer.from(body.request, "base64").toString("utf8"));
    assert.equal(signed.serviceCode, "guardianship-certificate");
    assert.equal(signed.channel, "portal");
    assert.equal(signed.applicant.iin, citizen.iin);
    assert.equal(Buffer.from(body.signature, "base64")[0], 0x30, "DER");

    await page.getByRole("link", { name: kk.apply.toCase }).click();
    await page.getByRole("heading", { level: 2, name: kk.case.timeline }).waitFor();
    const caseId = page.url().split("/").pop() ?? "";
    const facts = await (
      await page.request.get(`${portal.url}/api/v1/citizen/applications/${caseId}/signature`)
    ).json();
    assert.equal(
      facts.signer.iin,
      citizen.iin,
      "the server verified the browser's CMS: the signer is the citizen",
    );

    // Staff steps, if the information system left one (no guardianship record: the manual fallback).
    const detail = (await (
      await page.request.get(`${portal.url}/api/v1/citizen/cases/${caseId}`)
    ).json()) as {
      status: string;
      versionId: string;
      procedureId: string;
    };
    if (detail.status !== "issued" && detail.status !== "refused") {
      const version = catalog
        .find((s) => s.code === "guardianship-certificate")
        ?.versions.find((v) => v.id === detail.versionId);
      const procedure = version?.procedures.find((p) => p.id === detail.procedureId);
      assert.ok(procedure);
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
      const end = await runToEnd({
        client: httpClient(send, {
          gatewayToken: "",
          clock: { now: Date.now() },
          // The head signs the result with the demo head's key file (`serve` writes them beside the citizens').
          keyOf: async (login) =>
            readPkcs12(readFileSync(join(keyDir, "staff", `${login}.p12`)), "qyzmet-demo"),
        }),
        cal: defaultCalendar(),
        procedure,
        caseId,
      });
      assert.equal(end.status, "issued");
    }

    await page.getByRole("link", { name: kk.app.nav.cabinet }).first().click();
    await page.getByRole("heading", { level: 1, name: kk.cabinet.title }).waitFor();
    const card = page.locator(`[data-case-id="${caseId}"]`);
    await card.waitFor();
    assert.equal((await card.locator(".status").textContent())?.trim(), kk.status.issued);
    assert.match((await card.locator("code").first().textContent()) ?? "", /^[A-Z0-9-]+-\d{4}-\d{6}$/);
    await page.locator(".notifications li").first().waitFor();
    await screenshot(page, "a6-cabinet-kk");

    await card.getByRole("link").first().click();
    await page.getByRole("heading", { level: 2, name: kk.case.timeline }).waitFor();
    const timeline = await page.locator("ol.timeline li").allTextContents();
    assert.ok(
      timeline.some((t) => t.includes(kk.timeline["case.registered"])),
      timeline.join("\n"),
    );
    assert.ok(
      timeline.some((t) => t.includes(kk.timeline["case.closed"])),
      timeline.join("\n"),
    );
    await screenshot(page, "a7-case-kk");
    issued = { caseId, iin: citizen.iin };
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("(a, result) downloads the signed result from the cabinet and verifies it on the public page", async (t) => {
    assert.ok(issued, "scenario (a) issued a case");
    const probe = await fetch(`${portal.url}/api/v1/verify/none`);
    if (probe.status === 404 && ((await probe.json()) as { code?: string }).code === "ROUTE_NOT_FOUND") {
      t.skip(
        "the documents API (issue 7: /api/v1/citizen/cases/:id/documents, /api/v1/verify) is not on this branch",
      );
      return;
    }
    const { page, problems } = await pageIn(portal.browser, "kk");
    const signIn = await page.request.post(`${portal.url}/api/v1/citizen/sign-in`, {
      data: { iin: issued.iin, password: PASSWORD },
    });
    assert.equal(signIn.status(), 200);
    await page.goto(`${portal.url}/cabinet/cases/${issued.caseId}`);
    const doc = page.locator("[data-document-id]").first();
    await doc.waitFor({ timeout: 30_000 });
    const documentId = (await doc.getAttribute("data-document-id")) ?? "";
    await screenshot(page, "a8-result-kk");
    const downloading = page.waitForEvent("download");
    await doc.getByRole("link", { name: kk.cabinet.download }).click();
    const download = await downloading;
    const pdfPath = join(SCREENSHOTS, "a8-result.pdf");
    await download.saveAs(pdfPath);
    const pdf = readFileSync(pdfPath);
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");

    // By the QR code's link…
    await doc.getByRole("link", { name: kk.cabinet.verify }).click();
    await page.locator('[data-verdict="genuine"]').waitFor();
    assert.match(
      (await page.locator("[data-verdict]").textContent()) ?? "",
      new RegExp(kk.verify.verdict.genuine),
    );
    await screenshot(page, "a9-verify-by-id-kk");
    // …and by uploading the file: the same file is genuine, a changed byte is not.
    await page.goto(`${portal.url}/verify`);
    await page.getByLabel(kk.verify.file).setInputFiles(pdfPath);
    await page.getByRole("button", { name: kk.verify.submit }).click();
    await page.locator('[data-verdict="genuine"]').waitFor();
    await screenshot(page, "a10-verify-upload-kk");
    const changed = Buffer.from(pdf);
    const at = changed.indexOf("BT") > 0 ? changed.indexOf("BT") + 3 : changed.length - 20;
    changed.writeUInt8(changed.readUInt8(at) ^ 0x01, at);
    await page.goto(`${portal.url}/verify`);
    await page
      .getByLabel(kk.verify.file)
      .setInputFiles({ name: "changed.pdf", mimeType: "application/pdf", buffer: changed });
    await page.getByRole("button", { name: kk.verify.submit }).click();
    await page.locator('[data-verdict]:not([data-verdict="genuine"])').waitFor();
    await screenshot(page, "a11-verify-changed-kk");
    assert.ok(documentId);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("the form refuses a bad IIN check digit and a wrong key password, in Kazakh, and sends nothing", async () => {
    const citizen = citizens[1] as DemoCitizen;
    const { page, problems } = await pageIn(portal.browser, "kk");
    await page.goto(`${portal.url}/sign-in`);
    const wrong = `${citizen.iin.slice(0, 11)}${(Number(citizen.iin[11]) + 1) % 10}`;
    await page.getByLabel(kk.auth.iin, { exact: true }).fill(wrong);
    await page.getByLabel(kk.auth.password, { exact: true }).fill("whatever");
    await page.getByRole("button", { name: kk.auth.submitSignIn }).click();
    const iinError = page.locator("#signin-iin-error");
    await iinError.waitFor();
    assert.match((await iinError.textContent()) ?? "", /ЖСН/);
    assert.equal(await page.getByLabel(kk.auth.iin, { exact: true }).getAttribute("aria-invalid"), "true");
    await screenshot(page, "b1-bad-iin-kk");

    await page.goto(`${portal.url}/services/guardianship-certificate/apply`);
    await register(page, citizen, "");
    await page.getByText(kk.apply.thisForm).waitFor();
    await page.locator("#provider option").first().waitFor({ state: "attached" });
    await page.getByLabel(kk.apply.keyFile).setInputFiles(join(keyDir, citizen.keyFile));
    await page.getByLabel(kk.apply.keyPassword).fill("not-the-password");
    const casesBefore = (await (await page.request.get(`${portal.url}/api/v1/citizen/cases`)).json()) as {
      items: unknown[];
    };
    let sent = 0;
    page.on("request", (r) => {
      if (r.url().includes("/api/v1/citizen/applications")) sent++;
    });
    await page.getByRole("button", { name: kk.apply.submit }).click();
    const box = page.locator(".error-box");
    await box.waitFor({ timeout: 30_000 });
    assert.match((await box.textContent()) ?? "", /EDS_KEY_FILE_PASSWORD/);
    await screenshot(page, "b2-wrong-key-password-kk");
    assert.equal(sent, 0, "nothing was sent");
    const cases = (await (await page.request.get(`${portal.url}/api/v1/citizen/cases`)).json()) as {
      items: unknown[];
    };
    assert.equal(cases.items.length, casesBefore.items.length, "no case was made");
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
