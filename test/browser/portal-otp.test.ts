/**
 * The citizen portal in real Chromium: an application certified with a one-time password by SMS, in
 * Kazakh. guardianship-certificate's version in force (003, Guardianship-certificate Rules p. 3, part 1,
 * lines 304–311: "ЭЦҚ қойылған немесе бір рет пайдаланатын құпия сөзбен куәландырылған") allows it. The
 * citizen registers, chooses "SMS арқылы бір рет пайдаланатын құпия сөз", gets the code (bound to the
 * request's bytes), reads it through the demo SMS button, and sends `{request, otp}`. Then the bank
 * account of a paying service (foster-family-placement): a bad IBAN is refused in the page, in Kazakh.
 * Screenshots: test-results/browser/otp-*.png.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { kzIban } from "../../src/core/iban.ts";
import { kk } from "../../web/src/locales/kk.ts";
import { languageFindings, type Portal, pageIn, screenshot, skipReason, startPortal } from "./harness.ts";

const skip = skipReason();
if (skip) console.log(`# browser tests skipped: ${skip}`);

const PASSWORD = "Qyzmet2026otp";

interface DemoCitizen {
  iin: string;
  fullName: string;
  phone: string | null;
}

describe("citizen portal in Chromium: a one-time password by SMS", { skip: skip ?? false }, () => {
  let portal: Portal;
  let citizens: DemoCitizen[] = [];

  before(async () => {
    portal = await startPortal();
    citizens = (
      (await (await fetch(`${portal.url}/api/v1/demo/citizens`)).json()) as { items: DemoCitizen[] }
    ).items;
    assert.ok(citizens.length >= 3);
  });
  after(async () => {
    await portal?.close();
  });

  it("applies for guardianship-certificate in Kazakh certified with an SMS code; the case says 'otp'", async () => {
    const citizen = citizens[2] as DemoCitizen;
    const { page, problems } = await pageIn(portal.browser, "kk");
    await page.goto(`${portal.url}/services/guardianship-certificate/apply`);
    // Register with the demo SMS, in Kazakh; back on the form.
    await page.getByRole("link", { name: kk.app.nav.register, exact: true }).click();
    await page.locator("tr", { hasText: citizen.iin }).getByRole("button", { name: kk.auth.demoUse }).click();
    await page.getByLabel(kk.auth.password, { exact: true }).fill(PASSWORD);
    await page.getByLabel(kk.auth.passwordRepeat).fill(PASSWORD);
    await page.getByRole("button", { name: kk.auth.submitRegister }).click();
    await page.getByRole("button", { name: kk.auth.demoSms }).click();
    const registration = /\b(\d{6})\b/.exec((await page.locator("q").textContent()) ?? "")?.[1];
    assert.ok(registration);
    await page.getByLabel(kk.auth.code).fill(registration);
    await page.getByRole("button", { name: kk.auth.confirm }).click();

    await page.getByText(kk.apply.thisFormOtp).waitFor();
    await page.locator("#provider option").first().waitFor({ state: "attached" });
    await page.getByText(kk.apply.otpAllowed).waitFor();
    await page.getByLabel(kk.apply.methodOtp).check();
    await page.getByText(kk.apply.otpNote).waitFor();
    assert.equal(await page.getByLabel(kk.apply.keyFile).count(), 0, "no key file with an SMS code");
    await screenshot(page, "otp-1-choose-kk");

    // The code is asked for the exact bytes that will be sent.
    const asked = page.waitForRequest((r) => r.url().includes("/api/v1/citizen/otp"));
    await page.getByRole("button", { name: kk.apply.otpRequest }).click();
    const otpRequest = (await asked).postDataJSON() as { purpose: string; requestSha256: string };
    assert.equal(otpRequest.purpose, "sign_request");
    await page
      .getByRole("status")
      .filter({ hasText: kk.apply.otpSent.split("{{")[0] ?? "" })
      .waitFor();
    await page.getByRole("button", { name: kk.auth.demoSms }).click();
    const sms = (await page.locator("q").textContent()) ?? "";
    assert.match(sms, /өтінішке қол қою коды/, "the Kazakh SMS of a sign_request code");
    const code = /\b(\d{6})\b/.exec(sms)?.[1];
    assert.ok(code, sms);
    await page.getByLabel(kk.apply.otpCode).fill(code);
    assert.deepEqual(await languageFindings(page, "kk"), [], "the OTP part of the form is all Kazakh");
    await screenshot(page, "otp-2-code-kk");

    const posted = page.waitForRequest((r) => r.url().includes("/api/v1/citizen/applications"));
    await page.getByRole("button", { name: kk.apply.submitOtp }).click();
    const body = (await posted).postDataJSON() as { request: string; otp: string };
    assert.deepEqual(Object.keys(body).sort(), ["otp", "request"]);
    assert.equal(body.otp, code);
    const bytes = Buffer.from(body.request, "base64");
    assert.equal(
      createHash("sha256").update(bytes).digest("hex"),
      otpRequest.requestSha256,
      "bound bytes sent",
    );
    assert.equal(JSON.parse(bytes.toString("utf8")).applicant.iin, citizen.iin);

    await page.getByRole("heading", { level: 1, name: kk.apply.sent }).waitFor({ timeout: 30_000 });
    await page.getByText(kk.apply.methodOtp).waitFor();
    await screenshot(page, "otp-3-sent-kk");
    await page.getByRole("link", { name: kk.apply.toCase }).click();
    await page.getByRole("heading", { level: 2, name: kk.case.timeline }).waitFor();
    const caseId = page.url().split("/").pop() ?? "";
    const facts = (await (
      await page.request.get(`${portal.url}/api/v1/citizen/applications/${caseId}/signature`)
    ).json()) as { certifiedBy: string; signature: string | null; signer: { iin: string } };
    assert.equal(facts.certifiedBy, "otp");
    assert.equal(facts.signature, null);
    assert.equal(facts.signer.iin, citizen.iin);
    await screenshot(page, "otp-4-case-kk");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("foster-family-placement asks for the bank account; a bad IBAN is refused in Kazakh and nothing is sent", async () => {
    const citizen = citizens[2] as DemoCitizen;
    const { page, problems } = await pageIn(portal.browser, "kk");
    const signIn = await page.request.post(`${portal.url}/api/v1/citizen/sign-in`, {
      data: { iin: citizen.iin, password: PASSWORD },
    });
    assert.equal(signIn.status(), 200);
    await page.goto(`${portal.url}/services/foster-family-placement/apply`);
    await page.getByRole("group", { name: kk.apply.bankLegend }).waitFor();
    let sent = 0;
    page.on("request", (r) => {
      if (/\/api\/v1\/citizen\/(applications|otp)/.test(r.url())) sent++;
    });
    const good = kzIban("722", "S000012345678");
    const bad = `${good.slice(0, 19)}${good.endsWith("8") ? "9" : "8"}`;
    await page.getByLabel(kk.apply.bic).fill("KCJBKZKX");
    await page.getByLabel(kk.apply.iban).fill(bad);
    await page.getByRole("button", { name: kk.apply.submit }).click();
    const ibanError = page.locator("#bank-iban-error");
    await ibanError.waitFor();
    assert.equal((await ibanError.textContent())?.trim(), kk.apply.ibanInvalid);
    assert.equal(await page.getByLabel(kk.apply.iban).getAttribute("aria-invalid"), "true");
    // Spaces as people copy it are fine: the check passes for the good IBAN.
    await page.getByLabel(kk.apply.iban).fill(good.replace(/(.{4})/g, "$1 ").trim());
    await page.getByRole("button", { name: kk.apply.submit }).click();
    await page.locator("#bank-iban-error").waitFor({ state: "detached" });
    assert.deepEqual(await languageFindings(page, "kk"), []);
    await screenshot(page, "otp-5-bank-account-kk");
    assert.equal(sent, 0, "nothing was sent (documents and the key are still missing)");
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
