import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { DEMO_PASSWORD } from "../org/demo-org.ts";
import { seedOrganisation } from "../org/seed.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { SESSION_COOKIE } from "./auth.ts";
import type { Problem } from "./problems.ts";
import { buildServer } from "./server.ts";

const CLERK = "kzo-d01-edu.clerk";
const CSRF = { "x-qyzmet-csrf": "1" };
let clock = new Date("2025-03-04T05:00:00.000Z");

function problem(response: LightMyRequestResponse): Problem {
  assert.match(String(response.headers["content-type"]), /^application\/problem\+json/);
  return response.json<Problem>();
}

function sessionCookie(response: LightMyRequestResponse) {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  assert.ok(cookie, "sets the session cookie");
  return cookie;
}

describe("API auth", () => {
  let store: Store;
  let app: FastifyInstance;
  let touched = 0;

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.db);
    app = await buildServer({
      store,
      catalog: loadCatalog(),
      calendar: defaultCalendar(),
      now: () => clock,
      insecureCookies: false,
    });
    // A state-changing route of every method, to see the CSRF rule reach it (added before ready).
    app.route({
      method: ["POST", "PUT", "PATCH", "DELETE"],
      url: "/api/v1/test/thing",
      handler: async (_request, reply) => {
        touched++;
        return reply.code(204).send();
      },
    });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  const signIn = (login: string, password: string, headers: Record<string, string> = {}) =>
    app.inject({ method: "POST", url: "/api/v1/auth/sign-in", payload: { login, password }, headers });

  async function sessionCount(): Promise<number> {
    const rows = await store.admin.selectFrom("sessions").select("token_hash").execute();
    return rows.length;
  }

  async function failedLogins(login: string): Promise<number> {
    const row = await store.admin
      .selectFrom("staff")
      .select("failed_logins")
      .where("login", "=", login)
      .executeTakeFirstOrThrow();
    return row.failed_logins;
  }

  it("signs a seeded clerk in: the actor, and an HttpOnly SameSite=Strict cookie for the session's life", async () => {
    const response = await signIn(CLERK, DEMO_PASSWORD);
    assert.equal(response.statusCode, 200);
    const body = response.json<{
      actor: { kind: string; login: string; roles: string[] };
      expiresAt: string;
    }>();
    assert.equal(body.actor.kind, "staff");
    assert.equal(body.actor.login, CLERK);
    assert.ok(body.actor.roles.includes("office_clerk"));
    assert.equal(response.headers["cache-control"], "no-store");
    const cookie = sessionCookie(response);
    assert.equal(cookie.httpOnly, true);
    assert.equal(String(cookie.sameSite).toLowerCase(), "strict");
    assert.equal(cookie.path, "/");
    const lifetime = (Date.parse(body.expiresAt) - clock.getTime()) / 1000;
    assert.ok(lifetime > 0);
    assert.equal(cookie.maxAge, lifetime);
    assert.ok(!response.body.includes(cookie.value), "the token is only in the cookie");
    // inject talks plain HTTP to localhost: no Secure there (see auth.ts).
    assert.notEqual(cookie.secure, true);
  });

  it("the cookie is Secure for any host other than localhost", async () => {
    const response = await signIn(CLERK, DEMO_PASSWORD, { host: "qyzmet.example.kz" });
    assert.equal(response.statusCode, 200);
    assert.equal(sessionCookie(response).secure, true);
  });

  it("QYZMET_INSECURE_COOKIES=1 (insecureCookies) drops Secure everywhere", async () => {
    const insecure = await buildServer({
      store,
      catalog: loadCatalog(),
      calendar: defaultCalendar(),
      now: () => clock,
      insecureCookies: true,
    });
    try {
      const response = await insecure.inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        payload: { login: CLERK, password: DEMO_PASSWORD },
        headers: { host: "qyzmet.example.kz" },
      });
      assert.equal(response.statusCode, 200);
      assert.notEqual(sessionCookie(response).secure, true);
    } finally {
      await insecure.close();
    }
  });

  it("me answers the actor of the cookie; sign-out ends the session and clears the cookie", async () => {
    const cookie = sessionCookie(await signIn(CLERK, DEMO_PASSWORD));
    const cookies = { [SESSION_COOKIE]: cookie.value };
    const me = await app.inject({ method: "GET", url: "/api/v1/auth/me", cookies });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json<{ actor: { login: string } }>().actor.login, CLERK);

    const out = await app.inject({ method: "POST", url: "/api/v1/auth/sign-out", cookies, headers: CSRF });
    assert.equal(out.statusCode, 204);
    assert.equal(out.body, "");
    const cleared = sessionCookie(out);
    assert.equal(cleared.value, "");
    assert.ok(cleared.expires !== undefined && cleared.expires.getTime() <= Date.now());

    const after = await app.inject({ method: "GET", url: "/api/v1/auth/me", cookies });
    assert.equal(after.statusCode, 401);
    assert.equal(problem(after).code, "UNAUTHENTICATED");
    // Signing out again changes nothing and still succeeds.
    const again = await app.inject({ method: "POST", url: "/api/v1/auth/sign-out", cookies, headers: CSRF });
    assert.equal(again.statusCode, 204);
  });

  it("an expired session is not a session", async () => {
    const response = await signIn(CLERK, DEMO_PASSWORD);
    const cookies = { [SESSION_COOKIE]: sessionCookie(response).value };
    const expiresAt = Date.parse(response.json<{ expiresAt: string }>().expiresAt);
    const saved = clock;
    clock = new Date(expiresAt);
    try {
      const me = await app.inject({ method: "GET", url: "/api/v1/auth/me", cookies });
      assert.equal(me.statusCode, 401);
    } finally {
      clock = saved;
    }
  });

  it("a wrong password is a 401 problem in the request's language, and no session", async () => {
    const before = await sessionCount();
    const response = await signIn(CLERK, "not-the-password", { "accept-language": "ru" });
    assert.equal(response.statusCode, 401);
    const body = problem(response);
    assert.equal(body.code, "AUTH_INVALID_CREDENTIALS");
    assert.equal(body.type, "urn:qyzmet:error:AUTH_INVALID_CREDENTIALS");
    assert.equal(body.lang, "ru");
    assert.equal(body.detail, "Неверный логин или пароль.");
    assert.equal(response.cookies.length, 0);
    assert.equal(await sessionCount(), before);
    const unknown = await signIn("nobody.here", DEMO_PASSWORD);
    assert.equal(unknown.statusCode, 401);
    assert.equal(problem(unknown).code, "AUTH_INVALID_CREDENTIALS");
    // A successful sign-in resets the counter for the next test.
    assert.equal((await signIn(CLERK, DEMO_PASSWORD)).statusCode, 200);
  });

  it("a request the API rejects before sign-in (bad JSON, bad body, wrong type) changes nothing", async () => {
    const sessions = await sessionCount();
    const failed = await failedLogins(CLERK);
    const bad = [
      app.inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        headers: { "content-type": "application/json" },
        payload: `{"login":"${CLERK}","password":`,
      }),
      app.inject({ method: "POST", url: "/api/v1/auth/sign-in", payload: { login: CLERK } }),
      app.inject({ method: "POST", url: "/api/v1/auth/sign-in", payload: { login: CLERK, password: 7 } }),
      app.inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        headers: { "content-type": "text/plain" },
        payload: JSON.stringify({ login: CLERK, password: "x" }),
      }),
    ];
    const codes = (await Promise.all(bad)).map((r) => `${r.statusCode} ${problem(r).code}`);
    assert.deepEqual(codes, [
      "400 MALFORMED_JSON",
      "400 BAD_REQUEST",
      "400 BAD_REQUEST",
      "415 UNSUPPORTED_MEDIA_TYPE",
    ]);
    const missing = await app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { login: CLERK },
    });
    const issues = problem(missing).details?.issues as { in: string; path: string[] }[];
    assert.deepEqual(
      issues.map((i) => [i.in, i.path.join(".")]),
      [["body", "password"]],
    );
    assert.equal(await sessionCount(), sessions);
    assert.equal(await failedLogins(CLERK), failed);
  });

  it("repeated wrong passwords lock the account: 429 AUTH_LOCKED with Retry-After, even for the right password", async () => {
    const row = await store.admin
      .selectFrom("staff")
      .select("login")
      .where("login", "!=", CLERK)
      .where("active", "=", true)
      .orderBy("login")
      .executeTakeFirstOrThrow();
    let locked: LightMyRequestResponse | undefined;
    for (let attempt = 0; attempt < 20 && !locked; attempt++) {
      const response = await signIn(row.login, "wrong-password");
      if (response.statusCode === 429) locked = response;
      else assert.equal(response.statusCode, 401);
    }
    assert.ok(locked, "locked within 20 attempts");
    const body = problem(locked);
    assert.equal(body.code, "AUTH_LOCKED");
    assert.equal(body.status, 429);
    assert.ok(Number(locked.headers["retry-after"]) > 0);
    const right = await signIn(row.login, DEMO_PASSWORD, { "accept-language": "en" });
    assert.equal(right.statusCode, 429);
    assert.equal(problem(right).code, "AUTH_LOCKED");
    assert.equal(right.cookies.length, 0);
  });

  describe("CSRF header", () => {
    let cookies: Record<string, string>;
    before(async () => {
      cookies = { [SESSION_COOKIE]: sessionCookie(await signIn(CLERK, DEMO_PASSWORD)).value };
    });

    it("sign-in needs no header", async () => {
      const response = await signIn(CLERK, DEMO_PASSWORD);
      assert.equal(response.statusCode, 200);
    });

    it("a state change with the cookie but without X-Qyzmet-CSRF: 1 is 403 and changes nothing", async () => {
      for (const headers of [{}, { "x-qyzmet-csrf": "0" }, { "x-qyzmet-csrf": "" }]) {
        const response = await app.inject({ method: "POST", url: "/api/v1/auth/sign-out", cookies, headers });
        assert.equal(response.statusCode, 403);
        const body = problem(response);
        assert.equal(body.code, "CSRF_HEADER_MISSING");
        assert.equal(response.cookies.length, 0);
      }
      const me = await app.inject({ method: "GET", url: "/api/v1/auth/me", cookies });
      assert.equal(me.statusCode, 200, "the session survived");
    });

    it("applies to POST, PUT, PATCH and DELETE under /api/", async () => {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
        const without = await app.inject({ method, url: "/api/v1/test/thing", cookies });
        assert.equal(without.statusCode, 403, method);
        assert.equal(problem(without).code, "CSRF_HEADER_MISSING");
        const withHeader = await app.inject({ method, url: "/api/v1/test/thing", cookies, headers: CSRF });
        assert.equal(withHeader.statusCode, 204, method);
      }
      assert.equal(touched, 4, "only the requests with the header reached the handler");
    });

    it("reads need no header", async () => {
      const me = await app.inject({ method: "GET", url: "/api/v1/auth/me", cookies });
      assert.equal(me.statusCode, 200);
    });
  });
});
