import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { defaultCalendar, parseLocalDateTime } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { findService, findVersion } from "../catalog/lookup.ts";
import type { Channel } from "../catalog/vocabulary.ts";
import { fullPackage } from "../engine/testing.ts";
import { nextIin } from "../iin/iin.ts";
import { DEMO_PASSWORD, seedOrganisation } from "../org/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { buildServer } from "./server.ts";
import { staffSessions } from "./testing.ts";

const catalog = loadCatalog();
const TOKEN = "gateway-token-for-tests-0000";
const meals = findVersion(findService(catalog, "school-meals"), "national-2022");
const docs = (channel: Channel) => fullPackage(meals, channel);

describe("case API", () => {
  let store: Store;
  let app: FastifyInstance;
  let now = parseLocalDateTime("2026-03-02T10:00");
  let serial = 1;

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 0 } });
    app = await buildServer({
      store,
      calendar: defaultCalendar(),
      catalog,
      now: () => new Date(now),
      gatewayToken: TOKEN,
    });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  const as = staffSessions(() => app);
  const body = (key: string, channel: Channel = "provider_office") => ({
    idempotencyKey: `test-${key}`,
    serviceCode: "school-meals",
    channel,
    regionCode: "astana",
    districtId: "ast-d01",
    providerId: "AST-D01-EDU",
    applicant: {
      iin: nextIin({ birthDate: "1985-03-03", sex: "f", serial: serial++ }).iin,
      surname: "Қасымова",
      givenName: "Гүлнар",
    },
    children: [{ fullName: "Қасымов Әли", birthDate: "2016-01-01" }],
    documents: docs(channel),
  });
  const counts = async () => {
    const { rows } = await sql<{ c: number; t: number; e: number; s: number }>`
      SELECT (SELECT count(*)::int FROM cases) c, (SELECT count(*)::int FROM tasks) t,
             (SELECT count(*)::int FROM events) e, (SELECT coalesce(sum(last), 0)::int FROM number_sequences) s`.execute(
      store.db,
    );
    return rows[0];
  };
  const post = async (
    url: string,
    login: string | null,
    payload: unknown,
    extra: Record<string, string> = {},
  ) =>
    app.inject({
      method: "POST",
      url,
      headers: { ...(login ? await as(login) : {}), ...extra },
      payload: payload as object,
    });

  it("a clerk registers an application: 201 with the receipt; the same request again: 200, the same case; another request under the key: 409", async () => {
    const request = body("api-1");
    const first = await post("/api/v1/cases", "ast-d01-edu.clerk", request);
    assert.equal(first.statusCode, 201, first.body);
    const a = first.json();
    assert.match(a.case.incomingNumber, /^AST-D01-EDU-2026-\d{6}$/);
    assert.equal(a.receipt.kind, "receipt");
    const replay = await post("/api/v1/cases", "ast-d01-edu.clerk", request);
    assert.equal(replay.statusCode, 200);
    assert.equal(replay.json().case.id, a.case.id);
    const other = await post("/api/v1/cases", "ast-d01-edu.clerk", {
      ...body("api-1"),
      idempotencyKey: request.idempotencyKey,
    });
    assert.equal(other.statusCode, 409);
    assert.equal(other.json().code, "IDEMPOTENCY_KEY_REUSED");
  });

  it("errors are problem+json with a stable code, in the request's language, and change nothing", async () => {
    const before = await counts();
    const cases: [string, string | null, unknown, number, string, Record<string, string>?][] = [
      ["/api/v1/cases", "ast-d01-edu.executor", body("api-e1"), 403, "FORBIDDEN_ROLE"],
      ["/api/v1/cases", "ast-d02-edu.clerk", body("api-e2"), 403, "FORBIDDEN_SCOPE"],
      [
        "/api/v1/cases",
        "ast-d01-edu.clerk",
        { ...body("api-e3"), serviceCode: "no-such-service" },
        404,
        "SERVICE_NOT_FOUND",
      ],
      [
        "/api/v1/cases",
        "ast-d01-edu.clerk",
        { ...body("api-e4"), channel: "akim_office" },
        422,
        "CHANNEL_NOT_ALLOWED",
      ],
      [
        "/api/v1/cases",
        "ast-d01-edu.clerk",
        { ...body("api-e5"), applicant: { iin: "123456789012", surname: "A", givenName: "B" } },
        400,
        "IIN_INVALID",
      ],
      ["/api/v1/cases", "ast-d01-edu.clerk", { idempotencyKey: "x" }, 400, "BAD_REQUEST"],
      ["/api/v1/cases", null, body("api-e6"), 401, "UNAUTHENTICATED", { "x-qyzmet-csrf": "1" }],
      ["/api/v1/gateway/portal-requests", null, body("api-e7", "portal"), 401, "GATEWAY_UNAUTHORISED"],
      [
        "/api/v1/gateway/portal-requests",
        null,
        body("api-e8", "portal"),
        401,
        "GATEWAY_UNAUTHORISED",
        { authorization: "Bearer wrong-token-of-same-len" },
      ],
      [
        "/api/v1/cases/00000000-0000-4000-8000-000000000000/steps",
        "ast-d01-edu.executor",
        { stepId: "x" },
        404,
        "CASE_NOT_FOUND",
      ],
      ["/api/v1/cases/not-a-uuid/steps", "ast-d01-edu.executor", { stepId: "x" }, 400, "BAD_REQUEST"],
    ];
    for (const [url, login, payload, status, code, headers] of cases) {
      const res = await post(url, login, payload, { "accept-language": "ru", ...(headers ?? {}) });
      assert.equal(res.statusCode, status, `${code}: ${res.body}`);
      assert.match(String(res.headers["content-type"]), /application\/problem\+json/);
      const p = res.json();
      assert.equal(p.code, code);
      assert.equal(p.lang, "ru");
    }
    assert.deepEqual(await counts(), before);
  });

  it("a wrong transition is 409 and changes nothing; the right holder moves the case on", async () => {
    const created = (await post("/api/v1/cases", "ast-d01-edu.clerk", body("api-t1"))).json().case;
    const step = created.currentStep as string;
    const before = await counts();
    const stale = await post(`/api/v1/cases/${created.id}/steps`, "ast-d01-edu.executor", {
      stepId: "not-the-current-step",
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, "WRONG_STEP");
    const hearing = await post(`/api/v1/cases/${created.id}/hearing`, "ast-d01-edu.executor", {
      attended: true,
    });
    assert.equal(hearing.statusCode, 409);
    assert.deepEqual(await counts(), before);
    const view = await app.inject({
      method: "GET",
      url: `/api/v1/cases/${created.id}`,
      headers: await as("ast-d01-edu.head"),
    });
    const task = view.json().tasks.find((t: { doneAt: string | null }) => t.doneAt === null);
    const holder = {
      office_clerk: "clerk",
      head: "head",
      responsible_executor: "executor",
      department_head: "dept",
    }[task.role as string];
    const ok = await post(`/api/v1/cases/${created.id}/steps`, `ast-d01-edu.${holder}`, {
      stepId: step,
      ...(task.kind === "decision" ? { answer: "yes" } : {}),
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.notEqual(ok.json().case.currentStep, step);
  });

  it("portal requests come through the gateway port; the inbox lists open work by due time", async () => {
    const request = body("api-p1", "portal");
    const res = await post("/api/v1/gateway/portal-requests", null, request, {
      authorization: `Bearer ${TOKEN}`,
    });
    assert.equal(res.statusCode, 201, res.body);
    const again = await post("/api/v1/gateway/portal-requests", null, request, {
      authorization: `Bearer ${TOKEN}`,
    });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().case.id, res.json().case.id);
    for (const login of ["ast-d01-edu.clerk", "ast-d01-edu.head", "ast-d01-edu.executor"]) {
      const inbox = await app.inject({ method: "GET", url: "/api/v1/tasks/mine", headers: await as(login) });
      assert.equal(inbox.statusCode, 200);
      const due = inbox.json().items.map((i: { task: { dueAt: string } }) => Date.parse(i.task.dueAt));
      assert.deepEqual(
        due,
        [...due].sort((a, b) => a - b),
      );
    }
  });

  it("reading a case with a child's data is logged; another district's staff get 403, logged as denied", async () => {
    const created = (await post("/api/v1/cases", "ast-d01-edu.clerk", body("api-r1"))).json().case;
    const ok = await app.inject({
      method: "GET",
      url: `/api/v1/cases/${created.id}`,
      headers: await as("ast-d01-edu.executor"),
    });
    assert.equal(ok.statusCode, 200);
    const denied = await app.inject({
      method: "GET",
      url: `/api/v1/cases/${created.id}`,
      headers: await as("ast-d02-edu.executor"),
    });
    assert.equal(denied.statusCode, 403);
    const log = await store.db
      .selectFrom("access_log")
      .selectAll()
      .where("case_id", "=", created.id)
      .orderBy("id")
      .execute();
    assert.deepEqual(
      log.map((l) => [l.staff_id, l.allowed]),
      [
        ["ast-d01-edu.executor", true],
        ["ast-d02-edu.executor", false],
      ],
    );
  });

  it("the registration journal numbers a provider's applications without gaps", async () => {
    const res = await app.inject({
      method: "GET",
      url: "/api/v1/journal?provider=AST-D01-EDU&year=2026",
      headers: await as("ast-d01-edu.clerk"),
    });
    assert.equal(res.statusCode, 200);
    const numbers = res
      .json()
      .entries.map((e: { incomingNumber: string }) => Number(e.incomingNumber.slice(-6)));
    assert.deepEqual(
      numbers,
      numbers.map((_: number, i: number) => i + 1),
    );
    const other = await app.inject({
      method: "GET",
      url: "/api/v1/journal?provider=AST-D01-EDU&year=2026",
      headers: await as("ast-d02-edu.clerk"),
    });
    assert.equal(other.statusCode, 403);
  });

  it("complaints: registered with review and forwarding deadlines, forwarded, decided; wrong state is 409 (003 Accreditation Rules p. 38)", async () => {
    const created = (await post("/api/v1/cases", "ast-d01-edu.clerk", body("api-c1"))).json().case;
    const reg = await post("/api/v1/complaints", "ast-d01-edu.clerk", {
      caseId: created.id,
      complainantIin: created.applicant.iin,
      complainantName: "Қасымова Гүлнар",
      text: "The executor did not answer in time",
      reviewer: "review_body",
    });
    assert.equal(reg.statusCode, 201, reg.body);
    const c = reg.json().complaint;
    const cal = defaultCalendar();
    assert.equal(Date.parse(c.forwardDue), cal.add(now, { value: 3, unit: "working_days" }, "provider"));
    const fwd = await post(`/api/v1/complaints/${c.id}/forward`, "ast-d01-edu.clerk", {});
    assert.equal(fwd.statusCode, 200, fwd.body);
    const twice = await post(`/api/v1/complaints/${c.id}/forward`, "ast-d01-edu.clerk", {});
    assert.equal(twice.statusCode, 409);
    const decided = await post(`/api/v1/complaints/${c.id}/decision`, "ast-d01-edu.head", {
      decision: "rejected",
      reasoning: "Answered in term",
    });
    assert.equal(decided.statusCode, 200, decided.body);
    const events = await store.db
      .selectFrom("events")
      .select("action")
      .where("case_id", "=", created.id)
      .execute();
    assert.ok(events.some((e) => e.action === "complaint.registered"));
  });

  it("the bundled monitoring receiver stores a stage once per message id", async () => {
    const msg = { messageId: "m-1", correlationId: "c", stage: "registered" };
    const a = await app.inject({ method: "POST", url: "/monitoring/v1/stages", payload: msg });
    const b = await app.inject({ method: "POST", url: "/monitoring/v1/stages", payload: msg });
    assert.deepEqual([a.json().stored, b.json().stored], [true, false]);
  });

  it("supervisors see overdue work of their region only", async () => {
    now = parseLocalDateTime("2026-05-04T10:00");
    as.clear(); // sessions last 8 hours
    const mine = await app.inject({
      method: "GET",
      url: "/api/v1/supervision/overdue",
      headers: await as("ast.supervisor"),
    });
    assert.equal(mine.statusCode, 200, mine.body);
    assert.ok(mine.json().tasks.length > 0);
    const other = await app.inject({
      method: "GET",
      url: "/api/v1/supervision/overdue?region=almaty",
      headers: await as("ast.supervisor"),
    });
    assert.equal(other.statusCode, 403);
    const clerk = await app.inject({
      method: "GET",
      url: "/api/v1/supervision/overdue",
      headers: await as("ast-d01-edu.clerk"),
    });
    assert.equal(clerk.statusCode, 403);
  });
});

describe("case API: lists and document requests", () => {
  let store: Store;
  let app: FastifyInstance;
  const now = parseLocalDateTime("2026-03-02T10:00");
  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 0 } });
    app = await buildServer({
      store,
      calendar: defaultCalendar(),
      catalog,
      now: () => new Date(now),
      gatewayToken: TOKEN,
    });
  });
  after(async () => {
    await app.close();
    await store.close();
  });
  const signIn = async (login: string) => {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { login, password: DEMO_PASSWORD },
    });
    return { cookie: String(res.headers["set-cookie"]).split(";")[0] as string, "x-qyzmet-csrf": "1" };
  };

  it("a list shows no child's data and masks the applicant's IIN; a document request reaches the applicant and the history", async () => {
    const clerk = await signIn("ast-d01-edu.clerk");
    const iin = nextIin({ birthDate: "1979-09-09", sex: "f", serial: 3 }).iin;
    const created = await app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: clerk,
      payload: {
        idempotencyKey: "test-list-1",
        serviceCode: "school-meals",
        channel: "provider_office",
        regionCode: "astana",
        providerId: "AST-D01-EDU",
        applicant: { iin, surname: "Омарова", givenName: "Жанар" },
        children: [{ fullName: "Омаров Тимур", birthDate: "2015-02-02" }],
        documents: docs("provider_office"),
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().case.id;
    const list = await app.inject({ method: "GET", url: "/api/v1/cases", headers: clerk });
    const row = list.json().cases.find((c: { id: string }) => c.id === id);
    assert.equal(row.applicantIinMasked, `${iin.slice(0, 4)}******${iin.slice(-2)}`);
    assert.equal(JSON.stringify(list.json()).includes("Омаров Тимур"), false);
    assert.equal(JSON.stringify(list.json()).includes(iin), false);

    const executor = await signIn("ast-d01-edu.executor");
    const unknown = await app.inject({
      method: "POST",
      url: `/api/v1/cases/${id}/document-requests`,
      headers: executor,
      payload: { documents: ["nope"], text: "x" },
    });
    assert.equal(unknown.statusCode, 400);
    const asked = await app.inject({
      method: "POST",
      url: `/api/v1/cases/${id}/document-requests`,
      headers: executor,
      payload: { documents: [docs("provider_office")[0]?.id], text: "The copy is unreadable" },
    });
    assert.equal(asked.statusCode, 200, asked.body);
    assert.equal(asked.json().case.outputs.documentRequests.length, 1);
    const notes = await store.db
      .selectFrom("notifications")
      .selectAll()
      .where("citizen_iin", "=", iin)
      .where("kind", "=", "documents.requested")
      .execute();
    assert.equal(notes.length, 1);
    const byClerk = await app.inject({
      method: "POST",
      url: `/api/v1/cases/${id}/document-requests`,
      headers: clerk,
      payload: { text: "x" },
    });
    assert.equal(byClerk.statusCode, 403);
  });
  it("lists whom a head may give a task of a role: active staff of the head's own organisation in that role", async () => {
    const head = await signIn("ast-d01-edu.head");
    const res = await app.inject({
      method: "GET",
      url: "/api/v1/staff/eligible?role=responsible_executor",
      headers: head,
    });
    assert.equal(res.statusCode, 200, res.body);
    const items = JSON.parse(res.body).items as { login: string; roles: string[] }[];
    assert.deepEqual(items.map((i) => i.login).sort(), ["ast-d01-edu.executor", "ast-d01-edu.executor2"]);
    assert.ok(items.every((i) => i.roles.includes("responsible_executor")));
    const bad = await app.inject({ method: "GET", url: "/api/v1/staff/eligible?role=wizard", headers: head });
    assert.equal(bad.statusCode, 400);
    const anonymous = await app.inject({ method: "GET", url: "/api/v1/staff/eligible?role=head" });
    assert.equal(anonymous.statusCode, 401);
  });

  it("POST /api/v1/intake/waivers (the desk's checklist): school-meals birth-certificate (003 Standard p. 8 (provider), sub-p. 3) is obtained from АХАЖ when the child's birth is on record; 401 without a session", async () => {
    const mother = nextIin({ birthDate: "1987-04-04", sex: "f", serial: 901 }).iin;
    const child = nextIin({ birthDate: "2016-02-02", sex: "m", serial: 902 }).iin;
    const as = staffSessions(() => app);
    const post = async (
      url: string,
      login: string | null,
      payload: object,
      extra: Record<string, string> = {},
    ) =>
      app.inject({ method: "POST", url, headers: { ...(login ? await as(login) : {}), ...extra }, payload });
    await store.admin
      .insertInto("civil_records")
      .values({
        id: "api-waiver-birth",
        kind: "birth",
        person_iin: child,
        other_iin: mother,
        father_iin: null,
        registered_on: "2016-02-10",
        record_number: "API-W-1",
        region_code: "astana",
      })
      .execute();
    const query = {
      serviceCode: "school-meals",
      channel: "provider_office",
      regionCode: "astana",
      applicant: { iin: mother },
      children: [{ iin: child }],
    };
    const res = await post("/api/v1/intake/waivers", "ast-d01-edu.clerk", query);
    assert.equal(res.statusCode, 200, res.body);
    const docsOf = (r: typeof res) =>
      (r.json().documents as { document: string; status: string; system: string }[]).map((d) => [
        d.document,
        d.status,
        d.system,
      ]);
    assert.deepEqual(docsOf(res), [
      ["birth-certificate", "obtained", "АХАЖ"],
      ["marriage-or-divorce-certificate", "required", "АХАЖ"],
    ]);
    const nobody = await post("/api/v1/intake/waivers", null, query, { "x-qyzmet-csrf": "1" });
    assert.equal(nobody.statusCode, 401);
    const citizenRoute = await post("/api/v1/citizen/intake/waivers", null, query, { "x-qyzmet-csrf": "1" });
    assert.equal(citizenRoute.statusCode, 401);
  });
});
