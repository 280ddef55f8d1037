/**
 * The provider workstation (/staff/work) in real Chromium against a server started here (PGlite in
 * memory with the demo data). Screenshots: test-results/browser/work-*.png.
 *
 * (b) A paper package for guardianship-establishment is accepted at the State Corporation desk by the
 *     demo operator (the intake page's checklist, in Kazakh), then: the
 *     clerk finds it in the registration journal, the head gives the executor's task to an executor
 *     with a resolution, the executor answers the step and drafts the result, the head signs it with
 *     EDS in the page with the demo key file (a wrong password first: the typed error in English) and
 *     completes the head's step; the operator hands the result out on the desk's results page and the
 *     citizen sees the signed result in the portal cabinet.
 * (c) An executor sends a preliminary refusal with the hearing notice (an empty form first: the
 *     server's typed error in Kazakh), records the hearing when its time has come, decides to refuse
 *     after it and drafts the reasoned refusal.
 * Every page visited is checked for its language (no missing key, no raw key, no wrong script), and
 * the workstation's pages are walked in kk, ru and en.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { loadCatalog } from "../../src/catalog/catalog.ts";
import { findService } from "../../src/catalog/lookup.ts";
import { requiredDocuments } from "../../src/engine/intake.ts";
import { deskKk } from "../../web/src/staff/desk/locales/kk.ts";
import { workEn } from "../../web/src/staff/work/locales/en.ts";
import { workKk } from "../../web/src/staff/work/locales/kk.ts";
import { workRu } from "../../web/src/staff/work/locales/ru.ts";
import { languageFindings, type Portal, pageIn, screenshot, skipReason, startPortal } from "./harness.ts";

const skip = skipReason();
const PASSWORD = "Qyzmet2026portal";
const SERVICE = "guardianship-establishment";
const WORK = { kk: workKk.work, ru: workRu.work, en: workEn.work } as const;
const DESK = deskKk.desk;
type Lang = keyof typeof WORK;

interface DemoCitizen {
  iin: string;
  fullName: string;
  phone: string;
  keyFile: string;
}
interface DemoStaff {
  login: string;
  fullName: string;
}

describe("provider workstation in Chromium", { skip: skip ?? false }, () => {
  let portal: Portal;
  let keyDir = "";
  let citizens: DemoCitizen[] = [];
  let staff: DemoStaff[] = [];
  let refusalCase = "";
  /** The server's clock runs this far ahead of the system's: (c) moves it past the hearing's time. */
  let offsetMs = 0;
  const serverNow = () => Date.now() + offsetMs;

  before(async () => {
    portal = await startPortal({ clock: () => new Date(serverNow()) });
    const demo = (await (await fetch(`${portal.url}/api/v1/demo/citizens`)).json()) as {
      keyDir: string;
      items: DemoCitizen[];
    };
    keyDir = demo.keyDir;
    citizens = demo.items;
    staff = ((await (await fetch(`${portal.url}/api/v1/demo/staff`)).json()) as { items: DemoStaff[] }).items;
    assert.ok(citizens.length >= 4);
  });
  after(async () => {
    await portal?.close();
  });

  /** A staff session over the API: the cookie to send. */
  async function staffCookie(login: string): Promise<string> {
    const res = await fetch(`${portal.url}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-qyzmet-csrf": "1" },
      body: JSON.stringify({ login, password: "qyzmet-demo" }),
    });
    assert.equal(res.status, 200, `sign-in of ${login}`);
    return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  }

  async function api<T>(cookie: string, method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${portal.url}${path}`, {
      method,
      headers: {
        cookie,
        "x-qyzmet-csrf": "1",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  }

  /** The State Corporation operator accepts a complete paper package for the citizen (the desk's step, over the API). */
  async function acceptAtStateCorporation(c: DemoCitizen, key: string) {
    const operator = await staffCookie("kzo-d01-sc.operator");
    const service = findService(loadCatalog(), SERVICE);
    const version = service.versions.find((v) => v.id === "national-2022");
    assert.ok(version);
    const [surname = "", givenName = "", patronymic] = c.fullName.split(" ");
    const r = await api<{ case: { id: string; incomingNumber: string; currentStep: string } }>(
      operator,
      "POST",
      "/api/v1/cases",
      {
        idempotencyKey: `work-test-${key}`,
        serviceCode: SERVICE,
        channel: "state_corporation",
        regionCode: "kyzylorda",
        districtId: "kzo-d01",
        providerId: "KZO-D01-EDU",
        applicant: { iin: c.iin, surname, givenName, ...(patronymic ? { patronymic } : {}) },
        children: [{ fullName: "Сейітова Айгерім", birthDate: "2019-04-12" }],
        documents: requiredDocuments(version, "state_corporation", null).map((d) => ({ id: d.id })),
      },
    );
    return { ...r.case, operator };
  }

  /** The operator accepts the package on the desk's intake page (kk), every document ticked; the case. */
  async function acceptAtDesk(c: DemoCitizen) {
    const { page, problems, context } = await signedIn(
      portal.browser,
      "kk",
      "kzo-d01-sc.operator",
      `/staff/desk/intake?service=${SERVICE}`,
    );
    await page.getByRole("heading", { level: 1, name: DESK.intake.title }).waitFor();
    await page.locator("#intake-provider option").first().waitFor({ state: "attached" });
    await page.locator(".checklist li").first().waitFor();
    const [surname = "", given = ""] = c.fullName.split(/\s+/);
    await page.locator("#intake-iin").fill(c.iin);
    await page.locator("#intake-surname").fill(surname);
    await page.locator("#intake-given").fill(given);
    await page.getByRole("button", { name: DESK.intake.addChild }).click();
    await page.locator('[id$="-name"][id^="child-"]').fill("Сейітова Айгерім");
    await page.locator('[id$="-birth"][id^="child-"]').fill("2019-04-12");
    await page
      .locator('[data-document-id="sc-child-birth-certificate"] [data-waiver="required"]')
      .waitFor({ timeout: 15_000 });
    const boxes = page.locator('.checklist input[id^="doc-"]');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await page.getByRole("button", { name: DESK.intake.accept }).click();
    await page
      .getByRole("heading", { level: 1, name: DESK.intake.acceptedTitle })
      .waitFor({ timeout: 30_000 });
    const href = await page.getByRole("link", { name: DESK.intake.receipt }).getAttribute("href");
    const id = /cases\/([^/]+)\/receipt/.exec(href ?? "")?.[1] ?? "";
    assert.ok(id, `the receipt's link names the case: ${href}`);
    await clean(page, "kk", problems, "work-b0-operator-accepted-kk");
    await context.close();
    // Read back as the provider's clerk (the branch's scope ends once the package is forwarded).
    const clerk = await staffCookie("kzo-d01-edu.clerk");
    const r = await api<{ case: { id: string; incomingNumber: string; currentStep: string } }>(
      clerk,
      "GET",
      `/api/v1/cases/${id}`,
    );
    return { ...r.case, clerk };
  }

  /** A page in `lang` with the staff member signed in through the sign-in form, on `path`. */
  async function signedIn(browser: Browser, lang: Lang, login: string, path: string) {
    const opened = await pageIn(browser, lang, { width: 1366, height: 900 });
    const { page } = opened;
    await page.goto(`${portal.url}${path}`);
    await page.locator("#staff-login").fill(login);
    await page.locator("#staff-password").fill("qyzmet-demo");
    await page.locator("#staff-password").press("Enter");
    await page.locator(".whoami").waitFor();
    return opened;
  }

  async function clean(page: Page, lang: Lang, problems: string[], shot: string) {
    await page.locator("h1").first().waitFor();
    assert.deepEqual(await languageFindings(page, lang), [], `language of ${shot}`);
    await screenshot(page, shot);
    // Refused requests (4xx) are what the error tests provoke; the browser logs each.
    assert.deepEqual(
      problems.filter((p) => !/status of 4\d\d/.test(p)),
      [],
      `no page errors on ${shot}`,
    );
  }

  const caseStatus = (page: Page) => page.locator("dd.status").getAttribute("data-status");

  it("(b) State Corporation package: the clerk finds it, the head assigns, the executor drafts, the head signs with EDS, the citizen sees the result", async () => {
    const citizen = citizens[2] as DemoCitizen;
    // The citizen's portal account (as the portal's registration does, over the API with the demo SMS).
    const post = (path: string, body: unknown) =>
      fetch(`${portal.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    assert.equal(
      (await post("/api/v1/citizen/register", { iin: citizen.iin, phone: citizen.phone, password: PASSWORD }))
        .status,
      202,
    );
    const sms = (await (
      await fetch(`${portal.url}/api/v1/demo/sms?phone=${encodeURIComponent(citizen.phone)}`)
    ).json()) as { text: { en: string } };
    const code = /\d{6}/.exec(sms.text.en)?.[0];
    assert.equal((await post("/api/v1/citizen/register/confirm", { iin: citizen.iin, code })).status, 201);

    const c = await acceptAtDesk(citizen);
    assert.match(c.incomingNumber, /^KZO-D01-EDU-\d{4}-\d{6}$/);
    assert.equal(c.currentStep, "no-refusal-grounds", "the package went to the provider's executor");

    // The clerk (kk): the package is in the registration journal with its incoming number.
    {
      const { page, problems, context } = await signedIn(
        portal.browser,
        "kk",
        "kzo-d01-edu.clerk",
        "/staff/work/journal",
      );
      const row = page.locator(`table[data-journal="incoming"] tr[data-case-id="${c.id}"]`);
      await row.waitFor();
      assert.match(await row.innerText(), new RegExp(c.incomingNumber));
      await page.locator('table[data-journal="outgoing"]').waitFor();
      await clean(page, "kk", problems, "work-b1-clerk-journal-kk");
      await row.getByRole("link").click();
      await page.locator("#current-step").waitFor();
      // Not the clerk's step: the page says whose it is, and offers no action.
      await page.locator('[data-actions="none"]').waitFor();
      await clean(page, "kk", problems, "work-b2-clerk-case-kk");
      await context.close();
    }

    // The head (ru): gives the executor's task to an executor with a resolution.
    const executor = staff.find((s) => s.login === "kzo-d01-edu.executor");
    assert.ok(executor);
    {
      const { page, problems, context } = await signedIn(
        portal.browser,
        "ru",
        "kzo-d01-edu.head",
        `/staff/work/cases/${c.id}`,
      );
      const assign = page.locator('details[data-action="assign"]');
      await assign.locator("select option").nth(1).waitFor({ state: "attached" });
      // Submitting without a choice: the form says what is missing.
      await assign.getByRole("button", { name: WORK.ru.actions.assignSubmit }).click();
      await assign.locator(".error-text").waitFor();
      await assign
        .getByLabel(WORK.ru.actions.assignee.replace("{{role}}", "Ответственный исполнитель"))
        .selectOption({ label: `${executor.fullName} (${executor.login})` });
      await assign.getByLabel(WORK.ru.actions.resolution).fill("Рассмотреть и подготовить приказ");
      await clean(page, "ru", problems, "work-b3-head-assign-ru");
      await assign.getByRole("button", { name: WORK.ru.actions.assignSubmit }).click();
      await page.locator('tr[data-action="task.assigned"]').waitFor();
      assert.match(
        await page.locator('tr[data-action="task.assigned"]').innerText(),
        /Рассмотреть и подготовить приказ/,
      );
      await clean(page, "ru", problems, "work-b4-head-assigned-ru");
      await context.close();
    }

    // The executor (kk): the task is in the inbox; answers the step's question and drafts the result.
    {
      const { page, problems, context } = await signedIn(
        portal.browser,
        "kk",
        "kzo-d01-edu.executor",
        "/staff/work/inbox",
      );
      const link = page.getByRole("link", { name: c.incomingNumber });
      await link.waitFor();
      await clean(page, "kk", problems, "work-b5-executor-inbox-kk");
      await link.click();
      const complete = page.locator('details[data-action="complete"]');
      await complete.waitFor();
      await page.locator("#state-data").waitFor();
      await clean(page, "kk", problems, "work-b6-executor-case-kk");
      await complete.getByLabel("Иә", { exact: true }).check();
      await complete.getByRole("button", { name: WORK.kk.actions.answerSubmit }).click();
      await page.locator('[data-step-id="issue-order"]').waitFor();

      await page.locator('details[data-action="draft"] summary').click();
      await page.getByLabel(WORK.kk.actions.docLang).selectOption("kk");
      await page.getByRole("button", { name: WORK.kk.actions.draftSubmit }).click();
      await page.locator('[data-document-status="prepared"]').waitFor();
      await clean(page, "kk", problems, "work-b7-executor-drafted-kk");
      await context.close();
    }

    // The head (en): signs the prepared result with EDS in the page, then completes the head's step.
    {
      const { page, problems, context } = await signedIn(
        portal.browser,
        "en",
        "kzo-d01-edu.head",
        `/staff/work/cases/${c.id}`,
      );
      const form = page.locator(".sign-form");
      await form.waitFor();
      await form
        .getByLabel(WORK.en.docs.keyFile)
        .setInputFiles(join(keyDir, "staff", "kzo-d01-edu.head.p12"));
      await form.getByLabel(WORK.en.docs.keyPassword).fill("not-the-password");
      let posted = 0;
      page.on("request", (r) => {
        if (r.method() === "POST" && r.url().includes("/signature")) posted++;
      });
      await form.getByRole("button", { name: WORK.en.docs.sign }).click();
      await form.locator(".error-box").waitFor({ timeout: 30_000 });
      assert.match(await form.locator(".error-box").innerText(), /EDS_KEY_FILE_PASSWORD/);
      assert.equal(posted, 0, "a wrong password sends nothing");
      await clean(page, "en", problems, "work-b8-head-wrong-password-en");
      await form.getByLabel(WORK.en.docs.keyPassword).fill("qyzmet-demo");
      const signing = page.waitForRequest((r) => r.method() === "POST" && r.url().includes("/signature"));
      await form.getByRole("button", { name: WORK.en.docs.sign }).click();
      const request = await signing;
      assert.deepEqual(
        Object.keys(request.postDataJSON() as object),
        ["signature"],
        "only the CMS leaves the page",
      );
      await page.locator('[data-document-status="signed"]').waitFor({ timeout: 30_000 });

      const complete = page.locator('details[data-action="complete"]');
      await complete.getByLabel(WORK.en.actions.docNumber).fill("14-02/118");
      await complete.getByLabel(WORK.en.actions.docTitle).fill("Order establishing guardianship");
      await complete.getByRole("button", { name: WORK.en.actions.completeSubmit }).click();
      await page.locator('[data-step-id="issue-result"]').waitFor();
      await clean(page, "en", problems, "work-b9-head-signed-en");
      await context.close();
    }

    // The operator hands the result out on the desk's results page: the case is issued.
    {
      const { page, problems, context } = await signedIn(
        portal.browser,
        "kk",
        "kzo-d01-sc.operator",
        "/staff/desk/results",
      );
      const row = page.locator(`tr[data-case-id="${c.id}"]`);
      await row.waitFor();
      await row.getByRole("button", { name: DESK.results.handOut }).click();
      await page.locator(".ok-box").waitFor();
      await row.waitFor({ state: "detached" });
      await clean(page, "kk", problems, "work-b10-operator-handed-out-kk");
      await context.close();
    }
    const done = await api<{ case: { status: string } }>(c.clerk, "GET", `/api/v1/cases/${c.id}`);
    assert.equal(done.case.status, "issued");

    // The citizen's cabinet (kk): the case issued, its signed result to download.
    {
      const { page, problems, context } = await pageIn(portal.browser, "kk");
      const signIn = await page.request.post(`${portal.url}/api/v1/citizen/sign-in`, {
        data: { iin: citizen.iin, password: PASSWORD },
      });
      assert.equal(signIn.status(), 200);
      await page.goto(`${portal.url}/cabinet/cases/${c.id}`);
      await page.locator("[data-document-id]").first().waitFor({ timeout: 30_000 });
      assert.match(await page.locator("dd.status").innerText(), /Нәтиже берілді/);
      assert.deepEqual(await languageFindings(page, "kk"), []);
      await screenshot(page, "work-b10-citizen-cabinet-kk");
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it("(c) an executor sends a preliminary refusal, records the hearing and decides after it", async () => {
    const citizen = citizens[3] as DemoCitizen;
    const c = await acceptAtStateCorporation(citizen, "c");
    refusalCase = c.id;
    const { page, problems, context } = await signedIn(
      portal.browser,
      "kk",
      "kzo-d01-edu.executor",
      `/staff/work/cases/${c.id}`,
    );
    const pre = page.locator('details[data-action="preliminary"]');
    await pre.locator("summary").click();
    // An empty form: the server's typed error, in Kazakh.
    await pre.getByRole("button", { name: WORK.kk.actions.preliminarySubmit }).click();
    await pre.locator(".error-box").waitFor();
    assert.match(await pre.locator(".error-box").innerText(), /BAD_REQUEST|INPUT_INVALID|GROUNDS_REQUIRED/);
    await clean(page, "kk", problems, "work-c1-bad-input-kk");

    // The hearing a little later (Astana time, to the minute).
    const at = new Date(Math.ceil((serverNow() + 40_000) / 60_000) * 60_000);
    const local = new Date(at.getTime() + 5 * 3600_000).toISOString().slice(0, 16);
    await pre
      .locator("fieldset.grounds label", { hasText: /^\s*15\)/ })
      .locator("input")
      .check();
    await pre.getByLabel(WORK.kk.actions.reasoning).fill("Ұсынылған табыс туралы мәліметтер расталмады");
    await pre.getByLabel(WORK.kk.actions.hearingAt).fill(local);
    await pre.getByLabel(WORK.kk.actions.place).fill("Білім бөлімі, 12-кабинет");
    await pre.getByRole("button", { name: WORK.kk.actions.preliminarySubmit }).click();
    await page.locator('[data-record="preliminary-refusal"]').waitFor();
    assert.equal(await caseStatus(page), "hearing_scheduled");
    await clean(page, "kk", problems, "work-c2-preliminary-sent-kk");

    // Too early: the server refuses the hearing before its time.
    const hearing = page.locator('details[data-action="hearing"]');
    await hearing.getByLabel(WORK.kk.actions.objections).fill("Алушы табыс туралы жаңа анықтама ұсынды");
    assert.ok(serverNow() < at.getTime() - 3_000);
    await hearing.getByRole("button", { name: WORK.kk.actions.hearingSubmit }).click();
    await hearing.locator(".error-box").waitFor();
    assert.match(await hearing.locator(".error-box").innerText(), /HEARING_TOO_EARLY/);
    await screenshot(page, "work-c3-hearing-too-early-kk");
    // The hearing's time comes: the server's clock is moved past it (nothing waits for it).
    offsetMs += at.getTime() - serverNow() + 1_000;
    await hearing.getByRole("button", { name: WORK.kk.actions.hearingSubmit }).click();
    await page.locator('[data-record="hearing"]').waitFor();
    await page.locator('details[data-action="decision"]').waitFor();
    assert.equal(await caseStatus(page), "hearing_held");
    await clean(page, "kk", problems, "work-c4-hearing-held-kk");

    const decision = page.locator('details[data-action="decision"]');
    await decision.getByLabel(WORK.kk.actions.decision.refuse).check();
    await decision
      .getByLabel(WORK.kk.actions.reasoning)
      .fill("Жаңа анықтама табыстың жеткіліктілігін растамайды");
    await decision.getByRole("button", { name: WORK.kk.actions.decisionSubmit }).click();
    await page.locator('[data-decision="refuse"]').waitFor();
    assert.equal(await caseStatus(page), "in_progress");

    // The reasoned refusal, drafted for the head's signature.
    await page.locator('details[data-action="draft"] summary').click();
    assert.equal(await page.getByLabel(WORK.kk.actions.purpose).inputValue(), "refusal");
    await page.getByRole("button", { name: WORK.kk.actions.draftSubmit }).click();
    await page.locator('[data-document-status="prepared"]').waitFor();
    const history = await page.locator("#history ~ div tbody").innerText();
    for (const e of ["refusal_preliminary", "hearing_held", "hearing_decided", "document_prepared"] as const)
      assert.match(history, new RegExp(WORK.kk.event[e]), e);
    await clean(page, "kk", problems, "work-c5-refusal-drafted-kk");
    await context.close();
  });

  for (const lang of ["kk", "ru", "en"] as const) {
    it(`the workstation's pages in ${lang}: the executor's inbox (overdue first), a case, the journals`, async () => {
      assert.ok(refusalCase, "scenario (c) made a case");
      const { page, problems, context } = await signedIn(
        portal.browser,
        lang,
        "kzo-d01-edu.executor",
        "/staff/work/inbox",
      );
      await page.locator("table.work-table, .work p").first().waitFor();
      await page.getByRole("link", { name: WORK[lang].nav.inbox }).waitFor();
      await clean(page, lang, problems, `work-inbox-${lang}`);
      // Overdue tasks of the demo data are highlighted with the time they are late by.
      const overdue = page.locator("tr.overdue-row").first();
      await overdue.waitFor();
      const late = WORK[lang].time.overdueBy.split("{{time}}")[0]?.trim() ?? "";
      assert.ok((await overdue.innerText()).includes(late), "an overdue task says how late it is");
      // By due time: the overdue rows come first.
      const rows = await page.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.className));
      const firstOnTime = rows.indexOf("");
      assert.ok(firstOnTime === -1 || rows.slice(firstOnTime).every((c) => c === ""), rows.join(","));
      await page.goto(`${portal.url}/staff/work/cases/${refusalCase}`);
      await page.locator('[data-record="hearing"]').waitFor();
      await page.locator("#history").waitFor();
      // The secondary actions opened: their labels are checked too.
      const closed = page.locator("details.action:not([open]) > summary");
      // Keyboard: a closed action opens with Enter on its summary, and its first field takes the focus by Tab.
      const action = await page.locator("details.action:not([open])").first().getAttribute("data-action");
      const first = page.locator(`details[data-action="${action}"]`);
      await first.locator("summary").focus();
      await page.keyboard.press("Enter");
      assert.equal(await first.getAttribute("open"), "");
      await page.keyboard.press("Tab");
      assert.ok(
        await first.evaluate((d) => d.contains(d.ownerDocument.activeElement)),
        "Tab goes into the opened action",
      );
      for (let i = 0; i < 10 && (await closed.count()) > 0; i++) await closed.first().click();
      await clean(page, lang, problems, `work-case-${lang}`);
      await page.getByRole("link", { name: WORK[lang].nav.journal }).click();
      await page.locator('table[data-journal="outgoing"]').waitFor();
      await clean(page, lang, problems, `work-journal-${lang}`);
      await context.close();
    });
  }
});
