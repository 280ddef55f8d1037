/**
 * Scenario (d) of issue 6 in real Chromium: a supervisor sees an overdue case appear after the clock passes
 * its deadline. The server runs on a clock the test moves (startServer's `clock`): the region's supervisor
 * (kzo.supervisor) opens the dashboard, a task of Kyzylorda region that is not yet due is not on the overdue
 * list; the clock passes its due time, the deadline worker's scan runs (what the server runs every minute),
 * and after a reload the case is on the list with who holds it and the worker's mark. The dashboard in kk,
 * ru and en: no missing key, no text in the wrong script; the CSV of the overdue list masks IINs; another
 * region and another role are refused. Screenshots under test-results/browser/.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { engineDeps } from "../../src/api/routes/cases.ts";
import { scanOverdue } from "../../src/engine/index.ts";
import { languageFindings, type Portal, pageIn, screenshot, skipReason, startPortal } from "./harness.ts";

const skip = skipReason();
const PASSWORD = "qyzmet-demo";

/** Signs in on /staff and opens the dashboard from the menu. */
async function openDashboard(
  browser: Browser,
  url: string,
  lang: "kk" | "ru" | "en",
  login = "kzo.supervisor",
) {
  const opened = await pageIn(browser, lang, { width: 1280, height: 900 });
  const { page } = opened;
  await page.goto(`${url}/staff`);
  await page.locator("#staff-login").fill(login);
  await page.locator("#staff-password").fill(PASSWORD);
  await page.locator("#staff-password").press("Enter");
  await page.locator("dl.facts").waitFor();
  const menu = { kk: "Бақылау", ru: "Контроль", en: "Supervision" }[lang];
  await page.getByRole("navigation").getByRole("link", { name: menu, exact: true }).click();
  await loaded(page);
  return opened;
}

/** The dashboard with every table loaded. */
async function loaded(page: Page): Promise<void> {
  await page.locator("#fig-closed").waitFor();
  await page.locator("#trends-table").waitFor();
  for (const id of ["overdue-title", "complaints-title", "undelivered-title", "by-provider-title"])
    await page.locator(`#${id}`).waitFor();
  await page.locator(".supervision [aria-live='polite']").first().waitFor({ state: "detached" });
}

describe("supervisor dashboard (scenario d)", { skip: skip ?? false }, () => {
  let portal: Portal;
  let offsetMs = 0;
  before(async () => {
    portal = await startPortal({ clock: () => new Date(Date.now() + offsetMs) });
  });
  after(async () => {
    await portal?.close();
  });

  it("a case appears on the overdue list, with its holder, once the clock passes its due time", async () => {
    const db = portal.server.store.db;
    const now = new Date(Date.now() + offsetMs);
    // The Kyzylorda task due soonest that is not yet due.
    const task = await db
      .selectFrom("tasks")
      .innerJoin("cases", "cases.id", "tasks.case_id")
      .leftJoin("staff", "staff.id", "tasks.assignee_id")
      .select([
        "tasks.id",
        "tasks.case_id",
        "tasks.due_at",
        "tasks.role",
        "cases.incoming_number",
        "cases.applicant_iin",
        "staff.full_name",
      ])
      .where("tasks.region_code", "=", "kyzylorda")
      .where("tasks.done_at", "is", null)
      .where("tasks.due_at", ">", now)
      .where("cases.ended_at", "is", null)
      .orderBy("tasks.due_at")
      .limit(1)
      .executeTakeFirstOrThrow();
    const number = task.incoming_number ?? task.case_id;

    const first = await openDashboard(portal.browser, portal.url, "kk");
    try {
      const row = first.page.locator(`#overdue-table tr[data-case="${task.case_id}"]`);
      assert.equal(await row.count(), 0, "not overdue yet");
      const before = Number(await first.page.locator("#fig-overdue").innerText());
      assert.deepEqual(await languageFindings(first.page, "kk"), []);
      await screenshot(first.page, "supervision-before-kk");
      assert.deepEqual(first.problems, []);

      // The clock passes the task's due time by a minute; the deadline worker's scan marks it.
      offsetMs = task.due_at.getTime() + 60_000 - Date.now();
      const report = await scanOverdue(engineDeps(portal.server.app));
      assert.ok(report.overdue >= 1, `the scan marked ${report.overdue}`);
      const marked = await db
        .selectFrom("tasks")
        .select(["overdue_at", "overdue_holder_id"])
        .where("id", "=", task.id)
        .executeTakeFirstOrThrow();
      assert.ok(marked.overdue_at, "the worker marked the task");

      // Reload (a new sign-in if the advance outlived the 8-hour session).
      await first.page.reload();
      const signIn = first.page.locator("#staff-login");
      await Promise.race([first.page.locator("#fig-closed").waitFor(), signIn.waitFor()]);
      if (await signIn.isVisible()) {
        await signIn.fill("kzo.supervisor");
        await first.page.locator("#staff-password").fill(PASSWORD);
        await first.page.locator("#staff-password").press("Enter");
      }
      await loaded(first.page);
      await row.waitFor();
      const cells = await row.innerText();
      assert.match(cells, new RegExp(number.replace(/[-]/g, "\\-")));
      const holder = await row.locator(".sv-holder").innerText();
      if (task.full_name) assert.equal(holder.trim(), task.full_name);
      else assert.match(holder, /«Жауапты орындаушы»|«Кеңсе қызметкері»|«Басшы»|рөлінің барлық иелері/);
      assert.doesNotMatch(await row.locator(".sv-marked").innerText(), /белгіленбеді/);
      assert.ok(Number(await first.page.locator("#fig-overdue").innerText()) >= before);
      assert.deepEqual(await languageFindings(first.page, "kk"), []);
      await row.scrollIntoViewIfNeeded();
      await screenshot(first.page, "supervision-after-kk");

      // The overdue list as CSV: the case there, the applicant's IIN masked, RFC 4180 lines.
      const csv = await first.page.request.get(`${portal.url}/api/v1/supervision/overdue-tasks.csv?lang=ru`);
      assert.equal(csv.status(), 200);
      assert.match(csv.headers()["content-type"] ?? "", /^text\/csv/);
      const body = await csv.text();
      assert.ok(body.startsWith("\uFEFFВходящий номер,"), body.slice(0, 80));
      assert.ok(body.includes(number));
      assert.ok(!body.includes(task.applicant_iin), "no full IIN in the CSV");
      assert.match(body, /\d{4}\*{6}\d{2}/);
      assert.ok(body.endsWith("\r\n"));
      // Every table has its CSV link, and it answers.
      const links = await first.page
        .locator("a.sv-csv")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      assert.equal(links.length, 7);
      for (const href of links)
        assert.equal((await first.page.request.get(`${portal.url}${href}`)).status(), 200, href);
      // Another region is refused to a region's supervisor.
      const other = await first.page.request.get(
        `${portal.url}/api/v1/supervision/summary?region=astana&lang=en`,
      );
      assert.equal(other.status(), 403);
      assert.equal((await other.json()).code, "FORBIDDEN_SCOPE");
      assert.deepEqual(first.problems, []);
    } finally {
      await first.context.close();
    }
  });

  for (const lang of ["ru", "en"] as const) {
    it(`the dashboard in ${lang}: filters, chart, tables, no text in the wrong language`, async () => {
      const { context, page, problems } = await openDashboard(portal.browser, portal.url, lang);
      try {
        assert.equal(await page.locator(".sv-chart svg[role='img'] title").count(), 1);
        assert.ok((await page.locator("#trends-table tbody tr").count()) >= 12);
        assert.ok((await page.locator("#overdue-table tbody tr").count()) >= 1);
        assert.deepEqual(await languageFindings(page, lang), []);
        await screenshot(page, `supervision-${lang}`);
        // On a phone's width the page does not scroll sideways (wide tables scroll in their own box).
        await page.setViewportSize({ width: 360, height: 800 });
        assert.equal(await page.evaluate("document.documentElement.scrollWidth"), 360);
        await page.setViewportSize({ width: 1280, height: 900 });
        // A filter by channel goes into the address and the tables follow it.
        await page.locator("#sv-channel").selectOption("portal");
        await page.locator("#sv-bucket").selectOption("month");
        await page.locator("form.sv-filters button[type='submit']").click();
        await page.waitForURL(/channel=portal/);
        await loaded(page);
        const channels = await page.locator("#by-channel tbody th").allInnerTexts();
        assert.ok(channels.length <= 1, channels.join("|"));
        assert.ok((await page.locator("#trends-table tbody tr").count()) <= 4);
        assert.deepEqual(await languageFindings(page, lang), []);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  it("the republic's supervisor chooses a region; a head may not open the dashboard", async () => {
    const { context, page, problems } = await openDashboard(
      portal.browser,
      portal.url,
      "en",
      "kz.supervisor",
    );
    try {
      await page.locator("#sv-region").selectOption("astana");
      await page.locator("form.sv-filters button[type='submit']").click();
      await page.waitForURL(/region=astana/);
      await loaded(page);
      assert.match(await page.locator(".supervision > p.muted").first().innerText(), /Region: /);
      assert.deepEqual(await languageFindings(page, "en"), []);
      await screenshot(page, "supervision-republic-en");
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
    const head = await pageIn(portal.browser, "en");
    try {
      await head.page.goto(`${portal.url}/staff`);
      await head.page.locator("#staff-login").fill("kzo-d01-edu.head");
      await head.page.locator("#staff-password").fill(PASSWORD);
      await head.page.locator("#staff-password").press("Enter");
      await head.page.locator("dl.facts").waitFor();
      await head.page.goto(`${portal.url}/staff/supervision`);
      await head.page.getByRole("heading", { name: "This page is not for your role" }).waitFor();
      const api = await head.page.request.get(`${portal.url}/api/v1/supervision/overdue-tasks`);
      assert.equal(api.status(), 403);
      assert.equal((await api.json()).code, "FORBIDDEN_ROLE");
    } finally {
      await head.context.close();
    }
  });
});
