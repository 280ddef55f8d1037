/**
 * Complaints in the personal cabinet (issue 6 item 1): the applicant (or the representative who filed
 * the case) files a complaint about their own case to the provider or to the review body; the office
 * sees it in its list, forwards and decides it through its own routes; the citizen follows the terms
 * and reads the decision. Also the hearing notice of a preliminary refusal on the case page.
 *
 * Legal sources: Law on State Services art. 25 (p. 1 to whom, p. 2 five working days at the provider,
 * p. 3 fifteen at the review body), as restated with the forwarding rule by the Rules p. 38 (seed 003,
 * lines 170–190; `SOURCES` in src/complaints); APPC art. 73 for the hearing notice.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import { defaultCalendar, parseLocalDateTime } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { findService, findVersion } from "../catalog/lookup.ts";
import { lastCodeSentTo } from "../citizens/index.ts";
import { type Person, personsWithPhone } from "../citizens/testing.ts";
import { SOURCES } from "../complaints/index.ts";
import { runToEnd } from "../demo/autopilot.ts";
import { httpClient } from "../demo/http-client.ts";
import { fullPackage } from "../engine/testing.ts";
import { verifyChains } from "../history/index.ts";
import { seedOrganisation } from "../org/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import type { Problem } from "./problems.ts";
import { CITIZEN_COOKIE } from "./routes/citizens.ts";
import { buildServer } from "./server.ts";
import { injectSend, staffSessions } from "./testing.ts";

const catalog = loadCatalog();
const calendar = defaultCalendar();
const TOKEN = "gateway-token-for-tests-0000";
const PASSWORD = "Qyzmet2026compl";
const meals = findVersion(findService(catalog, "school-meals"), "national-2022");
const officeProcedure = meals.procedures.find((p) => p.channel === "provider_office");
const cite = (s: { ref: string; lines: [number, number] }) =>
  `${s.ref}, seed 003 lines ${s.lines[0]}–${s.lines[1]}`;

interface ComplaintJson {
  id: string;
  number: string;
  caseId: string;
  reviewer: string;
  subject: string | null;
  status: string;
  filedVia: string;
  registeredAt: string;
  forwardDue: string | null;
  reviewDue: string;
  forwardedAt: string | null;
  decision: { decision: string; reasoning: string; decidedBy: string; late: boolean } | null;
  overdue: boolean;
}

function problem(response: LightMyRequestResponse, status: number, code: string): Problem {
  assert.equal(response.statusCode, status, response.body);
  const body = response.json<Problem>();
  assert.equal(body.code, code, response.body);
  return body;
}

describe("API complaints in the personal cabinet", () => {
  let store: Store;
  let app: FastifyInstance;
  const clock = { now: parseLocalDateTime("2026-03-02T10:00") };
  const send = injectSend(() => app);
  const as = staffSessions(() => app);
  let people: Person[] = [];
  /** people[0]'s case taken to a preliminary refusal with a hearing; people[1]'s case, plain. */
  let heardCase = "";
  let otherCase = "";
  const cookies = new Map<string, string>();

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 40 } });
    people = await personsWithPhone(store.admin, 3);
    app = await buildServer({
      store,
      catalog,
      calendar,
      now: () => new Date(clock.now),
      gatewayToken: TOKEN,
      insecureCookies: false,
    });
    await app.ready();
    const client = httpClient(send, { gatewayToken: TOKEN, clock });
    const submit = (key: string, p: Person) =>
      client.submit(
        { orgId: "AST-D01-EDU", role: "office_clerk" },
        {
          idempotencyKey: key,
          serviceCode: "school-meals",
          channel: "provider_office",
          regionCode: "astana",
          districtId: "ast-d01",
          providerId: "AST-D01-EDU",
          applicant: { iin: p.iin, surname: "Қасымова", givenName: "Гүлнар" },
          children: [{ fullName: "Қасымов Әли", birthDate: "2016-01-01" }],
          documents: fullPackage(meals, "provider_office"),
        },
      );
    const a = await submit("complaints-a", people[0] as Person);
    const grounds = meals.standard.refusalGrounds.slice(0, 1).map((g) => g.n);
    assert.ok(officeProcedure);
    const heard = await runToEnd({
      client,
      cal: calendar,
      procedure: officeProcedure,
      caseId: a.id,
      refuse: { grounds },
      stopAtStatus: "hearing_scheduled",
    });
    assert.equal(heard.status, "hearing_scheduled");
    heardCase = a.id;
    otherCase = (await submit("complaints-b", people[1] as Person)).id;
    for (const p of people) cookies.set(p.iin, await registerAndSignIn(p));
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: "POST", url, payload: payload as Record<string, unknown>, headers });

  async function registerAndSignIn(p: Person): Promise<string> {
    const reg = await post("/api/v1/citizen/register", { iin: p.iin, password: PASSWORD, phone: p.phone });
    assert.equal(reg.statusCode, 202, reg.body);
    const code = await lastCodeSentTo(store.admin, p.phone);
    assert.equal((await post("/api/v1/citizen/register/confirm", { iin: p.iin, code })).statusCode, 201);
    const signIn = await post("/api/v1/citizen/sign-in", { iin: p.iin, password: PASSWORD });
    const cookie = signIn.cookies.find((c) => c.name === CITIZEN_COOKIE);
    assert.ok(cookie, signIn.body);
    return cookie.value;
  }

  const cookieOf = (p: Person | undefined) => ({ [CITIZEN_COOKIE]: cookies.get(p?.iin ?? "") ?? "" });
  const file = (p: Person | undefined, caseId: string, body: unknown, lang = "en") =>
    app.inject({
      method: "POST",
      url: `/api/v1/citizen/cases/${caseId}/complaints?lang=${lang}`,
      payload: body as Record<string, unknown>,
      headers: { "x-qyzmet-csrf": "1" },
      cookies: cookieOf(p),
    });
  const get = (p: Person | undefined, url: string) =>
    app.inject({ method: "GET", url, cookies: cookieOf(p) });
  const counts = async () => {
    const { rows } = await sql<{ c: number; e: number; n: number; s: number }>`
      SELECT (SELECT count(*)::int FROM complaints) c, (SELECT count(*)::int FROM events) e,
             (SELECT count(*)::int FROM notifications) n,
             (SELECT coalesce(sum(last), 0)::int FROM number_sequences WHERE kind = 'complaint') s`.execute(
      store.db,
    );
    const row = rows[0];
    assert.ok(row);
    return row;
  };
  const text = "Алдын ала шешіммен келіспеймін: барлық құжаттар тапсырылды.";
  let toProvider: ComplaintJson | null = null;
  let toReviewBody: ComplaintJson | null = null;

  it(`the hearing notice on the case page (APPC art. 73): grounds, time and place, objections until the hearing`, async () => {
    const res = await get(people[0], `/api/v1/citizen/cases/${heardCase}`);
    assert.equal(res.statusCode, 200, res.body);
    const c = res.json();
    assert.equal(c.status, "hearing_scheduled");
    assert.ok(c.hearing, "the notice is there");
    assert.ok(c.hearing.grounds.length >= 1);
    assert.equal(c.hearing.grounds[0].n, meals.standard.refusalGrounds[0]?.n);
    assert.ok(c.hearing.grounds[0].text.kk);
    assert.equal(c.hearing.place, "Қызмет берушінің кеңсесі, 1-кабинет");
    assert.ok(Date.parse(c.hearing.hearingAt) > Date.parse(c.hearing.sentAt));
    assert.equal(c.hearing.objectionsBy, c.hearing.hearingAt);
    assert.equal(c.hearing.held, null);
    const plain = (await get(people[1], `/api/v1/citizen/cases/${otherCase}`)).json();
    assert.equal(plain.hearing, null);
  });

  it(`Law on State Services art. 25 p. 2 (${cite(SOURCES.providerReview)}): a complaint to the provider is to be reviewed within 5 working days of its registration`, async () => {
    const before = await counts();
    const res = await file(people[0], heardCase, {
      reviewer: "provider",
      subject: "preliminary_refusal",
      text,
    });
    assert.equal(res.statusCode, 201, res.body);
    const c = res.json<{ complaint: ComplaintJson }>().complaint;
    toProvider = c;
    assert.match(c.number, /^AST-D01-EDU-C-2026-\d{6}$/, "the provider's complaint numbering");
    assert.equal(c.status, "registered");
    assert.equal(c.filedVia, "portal");
    assert.equal(c.subject, "preliminary_refusal");
    assert.equal(Date.parse(c.registeredAt), clock.now);
    assert.equal(
      Date.parse(c.reviewDue),
      calendar.add(clock.now, { value: 5, unit: "working_days" }, "provider"),
    );
    assert.equal(c.forwardDue, null, "a complaint to the provider is not forwarded");
    const after = await counts();
    assert.deepEqual(
      [after.c - before.c, after.e - before.e, after.n - before.n, after.s - before.s],
      [1, 1, 1, 1],
    );
    // The case's hash-chained history has it, with the citizen as actor; the chain holds.
    const event = await store.db
      .selectFrom("events")
      .selectAll()
      .where("case_id", "=", heardCase)
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    assert.equal(event.action, "complaint.registered");
    assert.equal(event.actor_id, `iin:${people[0]?.iin}`);
    assert.equal(event.actor_role, "citizen");
    assert.equal((event.payload as { complaintId: string }).complaintId, c.id);
    assert.deepEqual((await verifyChains(store.db, heardCase)).breaks, []);
    // My complaints and the case's list show it; so does a notification.
    const mine = (await get(people[0], "/api/v1/citizen/complaints")).json<{ items: ComplaintJson[] }>();
    assert.deepEqual(
      mine.items.map((x) => x.id),
      [c.id],
    );
    const onCase = (await get(people[0], `/api/v1/citizen/cases/${heardCase}/complaints`)).json<{
      items: ComplaintJson[];
    }>();
    assert.deepEqual(
      onCase.items.map((x) => x.id),
      [c.id],
    );
    const notes = (await get(people[0], "/api/v1/citizen/notifications")).json<{
      items: { kind: string; text: { kk: string } }[];
    }>();
    assert.equal(notes.items[0]?.kind, "complaint.registered");
    assert.ok(notes.items[0]?.text.kk.includes(c.number));
  });

  it(`Law on State Services art. 25 p. 3 (${cite(SOURCES.reviewBodyReview)}): a complaint to the review body is to be reviewed within 15 working days; the provider forwards it within 3 (${SOURCES.forward.ref})`, async () => {
    clock.now += 60_000;
    const res = await file(people[0], heardCase, { reviewer: "review_body", subject: "term", text });
    assert.equal(res.statusCode, 201, res.body);
    const c = res.json<{ complaint: ComplaintJson }>().complaint;
    toReviewBody = c;
    assert.equal(c.reviewer, "review_body");
    assert.equal(
      Date.parse(c.reviewDue),
      calendar.add(clock.now, { value: 15, unit: "working_days" }, "provider"),
    );
    assert.equal(
      Date.parse(c.forwardDue ?? ""),
      calendar.add(clock.now, { value: 3, unit: "working_days" }, "provider"),
    );
    assert.ok(Number(c.number.slice(-6)) > Number(toProvider?.number.slice(-6)), "the same gap-free counter");
  });

  it("a case that is not mine is refused (404 CASE_NOT_FOUND, as its page); no session 401; no CSRF header 403; nothing written", async () => {
    const before = await counts();
    const body = { reviewer: "provider", subject: "action", text };
    problem(await file(people[0], otherCase, body), 404, "CASE_NOT_FOUND");
    problem(await file(people[1], heardCase, body), 404, "CASE_NOT_FOUND");
    problem(await file(people[0], "00000000-0000-4000-8000-000000000000", body), 404, "CASE_NOT_FOUND");
    problem(await get(people[1], `/api/v1/citizen/cases/${heardCase}/complaints`), 404, "CASE_NOT_FOUND");
    problem(
      await app.inject({
        method: "POST",
        url: `/api/v1/citizen/cases/${heardCase}/complaints`,
        payload: body,
        headers: { "x-qyzmet-csrf": "1" },
      }),
      401,
      "UNAUTHENTICATED",
    );
    problem(
      await app.inject({
        method: "POST",
        url: `/api/v1/citizen/cases/${heardCase}/complaints`,
        payload: body,
        cookies: cookieOf(people[0]),
      }),
      403,
      "CSRF_HEADER_MISSING",
    );
    // A staff session is no citizen.
    problem(
      await app.inject({
        method: "POST",
        url: `/api/v1/citizen/cases/${heardCase}/complaints`,
        payload: body,
        headers: await as("ast-d01-edu.clerk"),
      }),
      401,
      "UNAUTHENTICATED",
    );
    assert.deepEqual(await counts(), before);
    // Nor does another citizen see my complaints.
    const theirs = (await get(people[1], "/api/v1/citizen/complaints")).json<{ items: unknown[] }>();
    assert.deepEqual(theirs.items, []);
  });

  it("bad input is 400 COMPLAINT_BAD_INPUT naming the field, in kk, ru and en, and writes nothing", async () => {
    const before = await counts();
    const good = { reviewer: "provider", subject: "refusal", text };
    const bad: [Record<string, unknown>, string][] = [
      [{ ...good, text: "   " }, "text"],
      [{ ...good, text: "қысқа" }, "text"],
      [{ ...good, text: "ә".repeat(10_001) }, "text"],
      [{ ...good, text: undefined }, "text"],
      [{ ...good, reviewer: "akim" }, "reviewer"],
      [{ ...good, reviewer: undefined }, "reviewer"],
      [{ ...good, subject: "weather" }, "subject"],
      [{ ...good, subject: undefined }, "subject"],
    ];
    for (const [body, field] of bad) {
      const details: string[] = [];
      for (const lang of ["kk", "ru", "en"] as const) {
        const p = problem(await file(people[0], heardCase, body, lang), 400, "COMPLAINT_BAD_INPUT");
        assert.equal((p.details as { field: string }).field, field);
        assert.equal(p.lang, lang);
        details.push(p.detail);
      }
      assert.equal(new Set(details).size, 3, `three languages: ${details.join(" | ")}`);
      assert.match(details[0] ?? "", /Шағым/);
      assert.match(details[1] ?? "", /жалоб/);
      assert.match(details[2] ?? "", /complaint/);
    }
    // Not JSON of the right shape at all: the API's own 400.
    problem(await file(people[0], heardCase, { ...good, text: 42 }), 400, "BAD_REQUEST");
    assert.deepEqual(await counts(), before);
  });

  it("the representative who filed the case may complain too; the applicant sees it on the case", async () => {
    const rep = people[2] as Person;
    await store.admin
      .updateTable("cases")
      .set({ representative: JSON.stringify({ iin: rep.iin }) })
      .where("id", "=", otherCase)
      .execute();
    const res = await file(rep, otherCase, { reviewer: "provider", subject: "action", text });
    assert.equal(res.statusCode, 201, res.body);
    const onCase = (await get(people[1], `/api/v1/citizen/cases/${otherCase}/complaints`)).json<{
      items: ComplaintJson[];
    }>();
    assert.equal(onCase.items.length, 1);
    assert.equal((await get(people[1], "/api/v1/citizen/complaints")).json().items.length, 0, "not hers");
  });

  it(`the office sees the citizen's complaints in its list, forwards one and decides the other (${SOURCES.forward.ref}); the citizen sees the decision and is notified`, async () => {
    assert.ok(toProvider && toReviewBody);
    const list = await app.inject({
      method: "GET",
      url: "/api/v1/complaints",
      headers: await as("ast-d01-edu.clerk"),
    });
    assert.equal(list.statusCode, 200, list.body);
    const staffItems = list.json<{ complaints: (ComplaintJson & { complainantIin: string })[] }>().complaints;
    const seen = staffItems.find((x) => x.id === toProvider?.id);
    assert.ok(seen, "in the office's list");
    assert.equal(seen.filedVia, "portal");
    assert.equal(seen.complainantIin, people[0]?.iin);

    clock.now += 3_600_000;
    const fwd = await app.inject({
      method: "POST",
      url: `/api/v1/complaints/${toReviewBody.id}/forward`,
      payload: {},
      headers: await as("ast-d01-edu.clerk"),
    });
    assert.equal(fwd.statusCode, 200, fwd.body);
    const decided = await app.inject({
      method: "POST",
      url: `/api/v1/complaints/${toProvider.id}/decision`,
      payload: { decision: "rejected", reasoning: "Негіздер құжаттармен расталды." },
      headers: await as("ast-d01-edu.head"),
    });
    assert.equal(decided.statusCode, 200, decided.body);

    const mine = (await get(people[0], "/api/v1/citizen/complaints")).json<{ items: ComplaintJson[] }>();
    const p = mine.items.find((x) => x.id === toProvider?.id);
    const r = mine.items.find((x) => x.id === toReviewBody?.id);
    assert.equal(p?.status, "rejected");
    assert.deepEqual(p?.decision, {
      decision: "rejected",
      reasoning: "Негіздер құжаттармен расталды.",
      decidedBy: "provider",
      late: false,
    });
    assert.equal(r?.status, "forwarded");
    assert.equal(Date.parse(r?.forwardedAt ?? ""), clock.now);
    assert.equal(
      Date.parse(r?.reviewDue ?? ""),
      calendar.add(clock.now, { value: 15, unit: "working_days" }, "provider"),
      "the review body's 15 working days run from the forwarding",
    );
    const notes = (await get(people[0], "/api/v1/citizen/notifications")).json<{
      items: { kind: string; caseId: string; text: { kk: string; ru: string; en: string } }[];
    }>();
    const kinds = notes.items.slice(0, 2).map((n) => n.kind);
    assert.deepEqual(kinds.sort(), ["complaint.decided", "complaint.forwarded"]);
    const decidedNote = notes.items.find((n) => n.kind === "complaint.decided");
    assert.match(decidedNote?.text.ru ?? "", /оставлена без удовлетворения/);
    assert.equal(decidedNote?.caseId, heardCase);
    // Every change is on the case's chain, and the chain holds.
    const actions = (
      await store.db.selectFrom("events").select("action").where("case_id", "=", heardCase).execute()
    ).map((e) => e.action);
    assert.deepEqual(
      actions.filter((a) => a.startsWith("complaint.")),
      ["complaint.registered", "complaint.registered", "complaint.forward", "complaint.decision"],
    );
    assert.deepEqual((await verifyChains(store.db, heardCase)).breaks, []);
  });
});
