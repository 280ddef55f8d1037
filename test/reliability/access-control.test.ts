/**
 * Access control (issue 9, item 5): fast-check over actor (role × provider ×
 * region, citizens) × resource (cases of different providers, regions and
 * citizens) × action (reads and state changes): a citizen never sees another
 * citizen's case, staff never read or act outside their provider, supervisors
 * never outside their region, and every denied attempt is in the access log.
 * Then session fixation, CSRF on every state-changing route, brute force,
 * security headers and the rate limits of the citizen's one-time codes.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import type { InjectOptions } from "fastify";
import { sql } from "kysely";
import { CITIZEN_COOKIE } from "../../src/api/routes/citizens.ts";
import { DEMO_PASSWORD } from "../../src/org/index.ts";
import {
  CITIZEN_PASSWORD,
  CSRF,
  changed,
  checkProperty,
  FULL,
  officeBody,
  openWorld,
  rowCounts,
  SEED,
  type World,
} from "./fixture.ts";

interface Actor {
  name: string;
  kind: "staff" | "citizen";
  /** Staff: provider id (null for supervisors and the administrator); citizen: IIN. */
  provider: string | null;
  region: string | null;
  role: string;
}

interface Resource {
  name: string;
  caseId: string;
  provider: string;
  region: string;
  applicantIin: string | null;
}

type Action = {
  name: string;
  who: "staff" | "citizen";
  write: boolean;
  request: (id: string) => InjectOptions;
};

const STAFF: Actor[] = [
  { name: "ast-d01-edu.clerk", kind: "staff", provider: "AST-D01-EDU", region: "astana", role: "clerk" },
  { name: "ast-d01-edu.head", kind: "staff", provider: "AST-D01-EDU", region: "astana", role: "head" },
  {
    name: "ast-d01-edu.executor",
    kind: "staff",
    provider: "AST-D01-EDU",
    region: "astana",
    role: "executor",
  },
  { name: "ast-d02-edu.clerk", kind: "staff", provider: "AST-D02-EDU", region: "astana", role: "clerk" },
  { name: "ast-d02-edu.head", kind: "staff", provider: "AST-D02-EDU", region: "astana", role: "head" },
  { name: "kzo-d01-edu.head", kind: "staff", provider: "KZO-D01-EDU", region: "kyzylorda", role: "head" },
  {
    name: "kzo-d01-edu.executor",
    kind: "staff",
    provider: "KZO-D01-EDU",
    region: "kyzylorda",
    role: "executor",
  },
  { name: "ast.supervisor", kind: "staff", provider: null, region: "astana", role: "supervisor" },
  { name: "kzo.supervisor", kind: "staff", provider: null, region: "kyzylorda", role: "supervisor" },
  { name: "kz.supervisor", kind: "staff", provider: null, region: null, role: "supervisor" },
];

const ACTIONS: Action[] = [
  {
    name: "read case",
    who: "staff",
    write: false,
    request: (id) => ({ method: "GET", url: `/api/v1/cases/${id}` }),
  },
  {
    name: "case documents",
    who: "staff",
    write: false,
    request: (id) => ({ method: "GET", url: `/api/v1/cases/${id}/documents` }),
  },
  {
    name: "receipt",
    who: "staff",
    write: false,
    request: (id) => ({ method: "GET", url: `/api/v1/cases/${id}/receipt.pdf` }),
  },
  {
    name: "complete step",
    who: "staff",
    write: true,
    request: (id) => ({
      method: "POST",
      url: `/api/v1/cases/${id}/steps`,
      payload: { stepId: "no-such-step" },
    }),
  },
  {
    name: "extend term",
    who: "staff",
    write: true,
    request: (id) => ({
      method: "POST",
      url: `/api/v1/cases/${id}/extension`,
      payload: { rule: "no-such-rule", reason: "қосымша тексеру" },
    }),
  },
  {
    name: "ask for documents",
    who: "staff",
    write: true,
    request: (id) => ({
      method: "POST",
      url: `/api/v1/cases/${id}/document-requests`,
      payload: { text: "Анықтама көшірмесі анық емес / копия справки нечитаема" },
    }),
  },
  {
    name: "citizen reads case",
    who: "citizen",
    write: false,
    request: (id) => ({ method: "GET", url: `/api/v1/citizen/cases/${id}` }),
  },
  {
    name: "citizen documents",
    who: "citizen",
    write: false,
    request: (id) => ({ method: "GET", url: `/api/v1/citizen/cases/${id}/documents` }),
  },
  {
    name: "citizen signature facts",
    who: "citizen",
    write: false,
    request: (id) => ({ method: "GET", url: `/api/v1/citizen/applications/${id}/signature` }),
  },
];

/** May `actor` see the resource? (the oracle the server is checked against) */
function mayRead(actor: Actor, r: Resource): boolean {
  if (actor.kind === "citizen") return actor.provider === r.applicantIin;
  if (actor.role === "supervisor") return actor.region === null || actor.region === r.region;
  return actor.provider === r.provider;
}

describe("access control matrix", () => {
  let world: World;
  let actors: Actor[] = [];
  let resources: Resource[] = [];
  const cells = new Map<string, number>();
  let denials = 0;

  before(async () => {
    world = await openWorld({ citizens: 2, officeCases: 1 });
    // A case of another provider in the same region, and one in another region.
    const other = await world.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: await world.staff("ast-d02-edu.clerk"),
      payload: { ...officeBody("acl-d02-case", 300), districtId: "ast-d02", providerId: "AST-D02-EDU" },
    });
    assert.equal(other.statusCode, 201, other.body);
    const far = await world.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: await world.staff("kzo-d01-edu.clerk"),
      payload: {
        ...officeBody("acl-kzo-case", 301),
        regionCode: "kyzylorda",
        districtId: "kzo-d01",
        providerId: "KZO-D01-EDU",
      },
    });
    assert.equal(far.statusCode, 201, far.body);
    const ids = [
      world.officeCases[0],
      other.json<{ case: { id: string } }>().case.id,
      far.json<{ case: { id: string } }>().case.id,
      ...world.citizens.flatMap((c) => world.citizenCases.get(c.iin) ?? []),
    ];
    const rows = await world.store.db
      .selectFrom("cases")
      .select(["id", "provider_id", "region_code", "applicant_iin", "channel"])
      .where("id", "in", ids as string[])
      .execute();
    resources = rows.map((r) => ({
      name: `${r.channel} case at ${r.provider_id}`,
      caseId: r.id,
      provider: r.provider_id,
      region: r.region_code,
      applicantIin: r.channel === "portal" ? r.applicant_iin : null,
    }));
    assert.ok(resources.length >= 5, "cases of three providers, two regions and two citizens");
    actors = [
      ...STAFF,
      ...world.citizens.map((c, i) => ({
        name: `citizen ${i + 1}`,
        kind: "citizen" as const,
        provider: c.iin,
        region: null,
        role: "citizen",
      })),
    ];
  });
  after(async () => {
    const total = actors.length * resources.length * ACTIONS.length;
    console.log(
      `access matrix: ${cells.size} distinct cells of ${total} (actor × resource × action) checked, ` +
        `${[...cells.values()].reduce((a, b) => a + b, 0)} requests, ${denials} denials each found in the access log`,
    );
    await world?.close();
  });

  async function credentials(actor: Actor): Promise<Record<string, string>> {
    if (actor.kind === "staff") return world.staff(actor.name);
    const c = world.citizens.find((x) => x.iin === actor.provider);
    assert.ok(c);
    return { cookie: `${CITIZEN_COOKIE}=${c.cookie}`, ...CSRF };
  }

  it("nobody reads or acts outside their case, provider or region; every denial is logged", async () => {
    await checkProperty(
      fc.asyncProperty(
        fc.constantFrom(...actors),
        fc.constantFrom(...resources),
        fc.constantFrom(...ACTIONS),
        async (actor, resource, action) => {
          const cell = `${actor.name} × ${resource.name} × ${action.name}`;
          cells.set(cell, (cells.get(cell) ?? 0) + 1);
          const request = action.request(resource.caseId);
          const headers = await credentials(actor);
          const before = await rowCounts(world.store);
          const lastLog = await world.store.db
            .selectFrom("access_log")
            .select((eb) => eb.fn.max("id").as("id"))
            .executeTakeFirst();
          const res = await world.app.inject({
            ...request,
            headers: { ...headers, ...(request.headers as Record<string, string>) },
          });
          const label = `${cell}: ${res.statusCode} ${res.body.slice(0, 200)}`;
          assert.ok(res.statusCode < 500, label);
          const allowed = action.who === actor.kind && mayRead(actor, resource);
          if (action.who !== actor.kind) {
            // Staff routes with a citizen cookie and citizen routes with a staff cookie: not signed in.
            assert.equal(res.statusCode, 401, label);
            return;
          }
          if (!allowed) {
            assert.ok(res.statusCode === 403 || res.statusCode === 404, `must be refused: ${label}`);
            const grown = changed(before, await rowCounts(world.store));
            delete grown.access_log;
            assert.deepEqual(grown, {}, `a refused attempt wrote: ${label}`);
            const logged = await world.store.db
              .selectFrom("access_log")
              .selectAll()
              .where("id", ">", String(lastLog?.id ?? 0))
              .where("allowed", "=", false)
              .execute();
            const mine = logged.filter((l) =>
              actor.kind === "staff" ? l.staff_id === actor.name : l.citizen_iin === actor.provider,
            );
            assert.ok(mine.length > 0, `the denial is in the access log: ${label}`);
            denials++;
            return;
          }
          if (!action.write) assert.equal(res.statusCode, 200, `must be allowed: ${label}`);
          else assert.ok(res.statusCode !== 401, label);
        },
      ),
      { numRuns: FULL ? 3000 : 250, seed: SEED },
    );
  });

  it("lists show only what is in scope", async () => {
    for (const actor of actors) {
      const url = actor.kind === "staff" ? "/api/v1/cases?limit=200" : "/api/v1/citizen/cases?limit=100";
      const res = await world.app.inject({ method: "GET", url, headers: await credentials(actor) });
      assert.equal(res.statusCode, 200, `${actor.name}: ${res.body}`);
      for (const r of resources) {
        const listed = res.body.includes(r.caseId);
        if (listed) assert.ok(mayRead(actor, r), `${actor.name} lists ${r.name}`);
        cells.set(`${actor.name} × ${r.name} × list`, 1);
      }
    }
  });

  it("sign-in rotates the session: a token planted before sign-in is not the one issued, nor valid", async () => {
    const planted = "A".repeat(43);
    const staff = await world.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      cookies: { qyzmet_session: planted },
      payload: { login: "ast-d01-edu.executor", password: DEMO_PASSWORD },
    });
    assert.equal(staff.statusCode, 200, staff.body);
    const issued = staff.cookies.find((c) => c.name === "qyzmet_session")?.value;
    assert.ok(issued && issued !== planted);
    const again = await world.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      cookies: { qyzmet_session: issued },
      payload: { login: "ast-d01-edu.executor", password: DEMO_PASSWORD },
    });
    const second = again.cookies.find((c) => c.name === "qyzmet_session")?.value;
    assert.ok(second && second !== issued, "signing in again with a live session issues a new token");
    const me = await world.app.inject({
      method: "GET",
      url: "/api/v1/auth/me",
      cookies: { qyzmet_session: planted },
    });
    assert.equal(me.statusCode, 401);
    const [citizen] = world.citizens;
    assert.ok(citizen);
    const c1 = await world.app.inject({
      method: "POST",
      url: "/api/v1/citizen/sign-in",
      cookies: { [CITIZEN_COOKIE]: citizen.cookie },
      payload: { iin: citizen.iin, password: CITIZEN_PASSWORD },
    });
    assert.equal(c1.statusCode, 200, c1.body);
    const fresh = c1.cookies.find((c) => c.name === CITIZEN_COOKIE)?.value;
    assert.ok(fresh && fresh !== citizen.cookie, "the citizen's token rotates on sign-in");
    for (const c of [staff, c1]) {
      const cookie = String(c.headers["set-cookie"]);
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /SameSite=Strict/i);
    }
  });

  it("CSRF: every state-changing /api route refuses a cookie without X-Qyzmet-CSRF, and writes nothing", async () => {
    const doc = world.app.swagger() as unknown as { paths: Record<string, Record<string, unknown>> };
    const staff = (await world.staff("ast-d01-edu.head")).cookie ?? "";
    const [citizen] = world.citizens;
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        if (method !== "post" || !path.startsWith("/api/")) continue;
        const url = path.replaceAll(/\{[^}]+\}/g, world.officeCases[0] ?? "x");
        for (const cookie of [staff, `${CITIZEN_COOKIE}=${citizen?.cookie}`]) {
          const before = await rowCounts(world.store);
          const res = await world.app.inject({ method: "POST", url, headers: { cookie }, payload: {} });
          // Sign-in and registration have no session to abuse; the gateway port authenticates by bearer token.
          const optedOut =
            path.endsWith("/sign-in") ||
            path.startsWith("/api/v1/citizen/register") ||
            path === "/api/v1/gateway/portal-requests" ||
            path === "/api/v1/verify"; // public, reads only
          if (optedOut) continue;
          assert.equal(res.statusCode, 403, `${path}: ${res.body}`);
          assert.equal(res.json<{ code: string }>().code, "CSRF_HEADER_MISSING");
          const grown = changed(before, await rowCounts(world.store));
          delete grown.access_log;
          assert.deepEqual(grown, {}, path);
          checked++;
        }
      }
    }
    console.log(`CSRF: ${checked} route × cookie pairs refused without the header`);
    assert.ok(checked > 30);
  });

  it("brute force: wrong passwords lock the account (429 with Retry-After); the right one is refused while locked", async () => {
    const login = "ast-d03-edu.clerk";
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await world.app.inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        payload: { login, password: `wrong-${i}` },
      });
      statuses.push(res.statusCode);
    }
    assert.ok(statuses.includes(429), `locked at some point: ${statuses.join(",")}`);
    const right = await world.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { login, password: DEMO_PASSWORD },
    });
    assert.equal(right.statusCode, 429, right.body);
    assert.ok(Number(right.headers["retry-after"]) > 0);
    // Citizens too.
    const [, second] = world.citizens;
    assert.ok(second);
    const cs: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await world.app.inject({
        method: "POST",
        url: "/api/v1/citizen/sign-in",
        payload: { iin: second.iin, password: `wrong-${i}` },
      });
      cs.push(res.statusCode);
    }
    assert.ok(cs.includes(429), `citizen locked: ${cs.join(",")}`);
    console.log(
      `brute force: staff locked after ${statuses.indexOf(429)} wrong passwords, citizen after ${cs.indexOf(429)}`,
    );
  });

  it("one-time codes are rate limited per IIN", async () => {
    const person = await world.store.admin
      .selectFrom("citizens")
      .select(["iin", "phone"])
      .where("phone", "is not", null)
      .orderBy("iin", "desc")
      .executeTakeFirstOrThrow();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await world.app.inject({
        method: "POST",
        url: "/api/v1/citizen/register",
        payload: { iin: person.iin, password: CITIZEN_PASSWORD, phone: person.phone },
      });
      statuses.push(res.statusCode);
    }
    assert.ok(statuses.includes(429), statuses.join(","));
    const sent = await sql<{
      n: number;
    }>`SELECT count(*)::int n FROM sms_outbox WHERE phone = ${person.phone}`.execute(world.store.admin);
    assert.ok(Number(sent.rows[0]?.n) <= 3, "at most 3 SMS in 10 minutes");
  });

  it("security headers on the API, the docs, the verification page and the portal", async () => {
    for (const url of [
      "/health",
      "/api/v1/services",
      "/docs/",
      "/verify/00000000-0000-0000-0000-000000000000",
      "/",
    ]) {
      const res = await world.app.inject({ method: "GET", url });
      const h = res.headers;
      const csp = String(h["content-security-policy"]);
      assert.match(csp, /default-src 'self'/, url);
      assert.match(csp, /script-src 'self'(;|$)/, `${url}: no inline script`);
      assert.match(csp, /frame-ancestors 'none'/, url);
      assert.match(csp, /object-src 'none'/, url);
      assert.doesNotMatch(csp, /upgrade-insecure-requests/, `${url}: plain HTTP on 127.0.0.1 keeps working`);
      assert.equal(h["x-content-type-options"], "nosniff", url);
      assert.equal(h["x-frame-options"], "SAMEORIGIN", url);
      assert.ok(h["referrer-policy"], url);
      assert.ok(h["strict-transport-security"], url);
      assert.equal(h["x-powered-by"], undefined, url);
    }
    // The docs page loads only its own scripts (the CSP allows nothing else).
    const docs = await world.app.inject({ method: "GET", url: "/docs/" });
    for (const src of docs.body.matchAll(/<script[^>]*src="([^"]+)"/g))
      assert.ok(!/^https?:/.test(src[1] ?? ""), src[1]);
    assert.doesNotMatch(docs.body.replaceAll(/<script[^>]*src="[^"]+"[^>]*>\s*<\/script>/g, ""), /<script/);
  });
});
