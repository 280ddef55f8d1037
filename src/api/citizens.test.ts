import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { CITIZEN_SESSION_LIFETIME_MS, lastCodeSentTo, lastSmsTo } from "../citizens/index.ts";
import { type Person, personsWithPhone, unknownIin, withWrongCheckDigit } from "../citizens/testing.ts";
import { seedOrganisation } from "../org/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import type { Problem } from "./problems.ts";
import { CITIZEN_COOKIE } from "./routes/citizens.ts";
import { buildServer } from "./server.ts";

const PASSWORD = "Qyzmet2025";
const CSRF = { "x-qyzmet-csrf": "1" };
const T0 = new Date("2025-03-04T05:00:00.000Z");
let clock = T0;
const MIN = 60 * 1000;

function problem(response: LightMyRequestResponse, status: number, code: string): Problem {
  assert.equal(response.statusCode, status, response.body);
  assert.match(String(response.headers["content-type"]), /^application\/problem\+json/);
  const body = response.json<Problem>();
  assert.equal(body.code, code);
  return body;
}

describe("API citizen cabinet", () => {
  let store: Store;
  let app: FastifyInstance;
  let people: Person[];
  let next = 0;
  const person = () => {
    const p = people[next++];
    if (!p) throw new Error("out of persons");
    return p;
  };

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 50 } });
    people = await personsWithPhone(store.admin, 10);
    app = await buildServer({
      store,
      catalog: loadCatalog(),
      calendar: defaultCalendar(),
      now: () => clock,
      insecureCookies: false,
    });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: "POST", url, payload: payload as Record<string, unknown>, headers });

  async function registerAndSignIn(p: Person): Promise<string> {
    const reg = await post("/api/v1/citizen/register", { iin: p.iin, password: PASSWORD, phone: p.phone });
    assert.equal(reg.statusCode, 202, reg.body);
    const code = await lastCodeSentTo(store.admin, p.phone);
    const confirm = await post("/api/v1/citizen/register/confirm", { iin: p.iin, code });
    assert.equal(confirm.statusCode, 201, confirm.body);
    const signIn = await post("/api/v1/citizen/sign-in", { iin: p.iin, password: PASSWORD });
    assert.equal(signIn.statusCode, 200, signIn.body);
    const cookie = signIn.cookies.find((c) => c.name === CITIZEN_COOKIE);
    assert.ok(cookie);
    return cookie.value;
  }

  async function insertCase(applicantIin: string, incoming: string): Promise<string> {
    const provider = await store.admin
      .selectFrom("providers")
      .select(["id", "region_code"])
      .executeTakeFirstOrThrow();
    const id = randomUUID();
    await store.admin
      .insertInto("cases")
      .values({
        id,
        incoming_number: incoming,
        idempotency_key: randomUUID(),
        request_hash: "x",
        service_code: "guardianship-certificate",
        version_id: "v1",
        procedure_id: "p1",
        variant: null,
        channel: "portal",
        region_code: provider.region_code,
        district_id: null,
        provider_id: provider.id,
        intake_office_id: null,
        applicant_iin: applicantIin,
        applicant: JSON.stringify({ iin: applicantIin, name: "secret name" }),
        representative: null,
        children: JSON.stringify([{ iin: "000000000000" }]),
        form: JSON.stringify({}),
        documents: JSON.stringify([]),
        has_child_data: true,
        status: "in_progress",
        cursor: "review",
        submitted_at: T0,
        term_start: T0,
        deadline: new Date(T0.getTime() + 5 * 24 * 60 * MIN),
        term: JSON.stringify({}),
        outputs: JSON.stringify({}),
        preliminary_refusal: null,
        hearing: null,
        outcome: null,
        clock: JSON.stringify([]),
        ended_at: null,
        revision: 1,
        created_at: T0,
        updated_at: T0,
      })
      .execute();
    return id;
  }

  it("registers with the SMS code, signs in with an HttpOnly SameSite=Strict cookie (Secure off localhost), answers /me, signs out", async () => {
    clock = T0;
    const p = person();
    const reg = await post("/api/v1/citizen/register", { iin: p.iin, password: PASSWORD, phone: p.phone });
    assert.equal(reg.statusCode, 202);
    assert.equal(reg.json<{ sent: boolean }>().sent, true);
    assert.ok(
      !reg.body.includes((await lastCodeSentTo(store.admin, p.phone)) ?? "-"),
      "no code in the answer",
    );
    const sms = await lastSmsTo(store.admin, p.phone);
    assert.equal(sms?.purpose, "otp:registration");
    const code = await lastCodeSentTo(store.admin, p.phone);
    const confirm = await post("/api/v1/citizen/register/confirm", { iin: p.iin, code });
    assert.equal(confirm.statusCode, 201);

    const signIn = await post("/api/v1/citizen/sign-in", { iin: p.iin, password: PASSWORD });
    assert.equal(signIn.statusCode, 200);
    const cookie = signIn.cookies.find((c) => c.name === CITIZEN_COOKIE);
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, "Strict");
    // inject talks plain HTTP to localhost: no Secure there, as for the staff cookie (see auth.ts).
    assert.notEqual(cookie.secure, true);
    assert.equal(cookie.maxAge, CITIZEN_SESSION_LIFETIME_MS / 1000);
    assert.ok(!signIn.body.includes(cookie.value), "the token only in the cookie");
    const remote = await post(
      "/api/v1/citizen/sign-in",
      { iin: p.iin, password: PASSWORD },
      { host: "qyzmet.example.kz" },
    );
    assert.equal(remote.cookies.find((c) => c.name === CITIZEN_COOKIE)?.secure, true);

    const me = await app.inject({
      method: "GET",
      url: "/api/v1/citizen/me",
      cookies: { [CITIZEN_COOKIE]: cookie.value },
    });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json<{ actor: { iin: string; kind: string } }>().actor.iin, p.iin);
    // The citizen cookie is no staff session.
    problem(
      await app.inject({ method: "GET", url: "/api/v1/auth/me", cookies: { qyzmet_session: cookie.value } }),
      401,
      "UNAUTHENTICATED",
    );
    problem(
      await app.inject({
        method: "GET",
        url: "/api/v1/tasks/mine",
        cookies: { [CITIZEN_COOKIE]: cookie.value },
      }),
      401,
      "UNAUTHENTICATED",
    );

    problem(
      await app.inject({
        method: "POST",
        url: "/api/v1/citizen/sign-out",
        cookies: { [CITIZEN_COOKIE]: cookie.value },
      }),
      403,
      "CSRF_HEADER_MISSING",
    );
    const out = await app.inject({
      method: "POST",
      url: "/api/v1/citizen/sign-out",
      headers: CSRF,
      cookies: { [CITIZEN_COOKIE]: cookie.value },
    });
    assert.equal(out.statusCode, 204);
    problem(
      await app.inject({
        method: "GET",
        url: "/api/v1/citizen/me",
        cookies: { [CITIZEN_COOKIE]: cookie.value },
      }),
      401,
      "UNAUTHENTICATED",
    );
  });

  it("refuses wrong, expired and reused codes", async () => {
    clock = T0;
    const p = person();
    await post("/api/v1/citizen/register", { iin: p.iin, password: PASSWORD, phone: p.phone });
    const code = (await lastCodeSentTo(store.admin, p.phone)) ?? "";
    const wrong = code === "123456" ? "654321" : "123456";
    const bad = problem(
      await post("/api/v1/citizen/register/confirm", { iin: p.iin, code: wrong }),
      400,
      "OTP_INVALID",
    );
    assert.equal(bad.details?.attemptsLeft, 2);
    problem(await post("/api/v1/citizen/register/confirm", { iin: p.iin, code: "12ab" }), 400, "BAD_REQUEST");
    clock = new Date(T0.getTime() + 5 * MIN);
    problem(await post("/api/v1/citizen/register/confirm", { iin: p.iin, code }), 409, "OTP_EXPIRED");
    const again = await post("/api/v1/citizen/register", { iin: p.iin, password: PASSWORD, phone: p.phone });
    assert.equal(again.statusCode, 202);
    const fresh = (await lastCodeSentTo(store.admin, p.phone)) ?? "";
    assert.equal(
      (await post("/api/v1/citizen/register/confirm", { iin: p.iin, code: fresh })).statusCode,
      201,
    );
    // Confirmed: the same code again is a duplicate registration.
    problem(
      await post("/api/v1/citizen/register/confirm", { iin: p.iin, code: fresh }),
      409,
      "CITIZEN_EXISTS",
    );
    problem(
      await post("/api/v1/citizen/register", { iin: p.iin, password: PASSWORD, phone: p.phone }),
      409,
      "CITIZEN_EXISTS",
    );
  });

  it("an IIN with a bad checksum is 400; one not in the state database is 422", async () => {
    clock = T0;
    const p = person();
    problem(
      await post("/api/v1/citizen/register", {
        iin: withWrongCheckDigit(p.iin),
        password: PASSWORD,
        phone: p.phone,
      }),
      400,
      "IIN_BAD_CHECKSUM",
    );
    const stranger = await unknownIin(store.admin);
    const body = problem(
      await app.inject({
        method: "POST",
        url: "/api/v1/citizen/register?lang=ru",
        payload: { iin: stranger, password: PASSWORD, phone: p.phone },
      }),
      422,
      "CITIZEN_NOT_CONFIRMED",
    );
    assert.equal(body.lang, "ru");
    assert.ok(!body.detail.includes(stranger));
    problem(
      await post("/api/v1/citizen/register", { iin: p.iin, password: "short1", phone: p.phone }),
      400,
      "PASSWORD_TOO_WEAK",
    );
  });

  it("wrong password is 401, the fifth in a row 429 with Retry-After", async () => {
    clock = T0;
    const p = person();
    await registerAndSignIn(p);
    for (let i = 0; i < 4; i++)
      problem(
        await post("/api/v1/citizen/sign-in", { iin: p.iin, password: "Wrong12345" }),
        401,
        "AUTH_INVALID_CREDENTIALS",
      );
    const locked = await post("/api/v1/citizen/sign-in", { iin: p.iin, password: "Wrong12345" });
    problem(locked, 429, "AUTH_LOCKED");
    assert.equal(locked.headers["retry-after"], String(15 * 60));
    problem(await post("/api/v1/citizen/sign-in", { iin: p.iin, password: PASSWORD }), 429, "AUTH_LOCKED");
  });

  it("a session ends after 8 hours", async () => {
    clock = T0;
    const token = await registerAndSignIn(person());
    clock = new Date(T0.getTime() + CITIZEN_SESSION_LIFETIME_MS - 1);
    const me = await app.inject({
      method: "GET",
      url: "/api/v1/citizen/me",
      cookies: { [CITIZEN_COOKIE]: token },
    });
    assert.equal(me.statusCode, 200);
    clock = new Date(T0.getTime() + CITIZEN_SESSION_LIFETIME_MS);
    problem(
      await app.inject({ method: "GET", url: "/api/v1/citizen/me", cookies: { [CITIZEN_COOKIE]: token } }),
      401,
      "UNAUTHENTICATED",
    );
  });

  it("a citizen sees only their own cases and notifications, in summary", async () => {
    clock = T0;
    const me = person();
    const other = person();
    const token = await registerAndSignIn(me);
    const mine = await insertCase(me.iin, "TEST-2025-000001");
    const theirs = await insertCase(other.iin, "TEST-2025-000002");
    await store.admin
      .insertInto("notifications")
      .values([
        {
          staff_id: null,
          citizen_iin: me.iin,
          case_id: mine,
          kind: "registered",
          text: JSON.stringify({ kk: "a", ru: "b", en: "mine" }),
          created_at: T0,
          read_at: null,
        },
        {
          staff_id: null,
          citizen_iin: other.iin,
          case_id: theirs,
          kind: "registered",
          text: JSON.stringify({ kk: "a", ru: "b", en: "theirs" }),
          created_at: T0,
          read_at: null,
        },
      ])
      .execute();
    problem(await app.inject({ method: "GET", url: "/api/v1/citizen/cases" }), 401, "UNAUTHENTICATED");

    const cases = await app.inject({
      method: "GET",
      url: "/api/v1/citizen/cases",
      cookies: { [CITIZEN_COOKIE]: token },
    });
    assert.equal(cases.statusCode, 200);
    const items = cases.json<{ items: Array<Record<string, unknown>> }>().items;
    assert.deepEqual(items, [
      {
        id: mine,
        incomingNumber: "TEST-2025-000001",
        serviceCode: "guardianship-certificate",
        status: "in_progress",
        submittedAt: T0.toISOString(),
        deadline: new Date(T0.getTime() + 5 * 24 * 60 * MIN).toISOString(),
        currentStep: "review",
        role: "applicant",
      },
    ]);
    assert.ok(!cases.body.includes(other.iin) && !cases.body.includes("secret name"));

    const notes = await app.inject({
      method: "GET",
      url: "/api/v1/citizen/notifications",
      cookies: { [CITIZEN_COOKIE]: token },
    });
    assert.equal(notes.statusCode, 200);
    const list = notes.json<{ items: Array<{ caseId: string; text: { en: string } }> }>().items;
    assert.deepEqual(
      list.map((n) => [n.caseId, n.text.en]),
      [[mine, "mine"]],
    );
  });

  it("sends sign_request codes by SMS, at most 3 in 10 minutes", async () => {
    clock = T0;
    const p = person();
    const token = await registerAndSignIn(p);
    const ask = () =>
      app.inject({
        method: "POST",
        url: "/api/v1/citizen/otp",
        headers: CSRF,
        cookies: { [CITIZEN_COOKIE]: token },
        payload: { purpose: "sign_request", requestSha256: "ab".repeat(32) },
      });
    problem(
      await post("/api/v1/citizen/otp", { purpose: "sign_request", requestSha256: "ab".repeat(32) }, CSRF),
      401,
      "UNAUTHENTICATED",
    );
    // The registration code counts: two more fit in the window.
    assert.equal((await ask()).statusCode, 202);
    assert.equal((await lastSmsTo(store.admin, p.phone))?.purpose, "otp:sign_request");
    assert.equal((await ask()).statusCode, 202);
    const limited = await ask();
    problem(limited, 429, "OTP_RATE_LIMITED");
    assert.ok(Number(limited.headers["retry-after"]) > 0);
    clock = new Date(T0.getTime() + 10 * MIN + 1);
    assert.equal((await ask()).statusCode, 202);
  });
});
