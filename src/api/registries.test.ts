import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { lastCodeSentTo } from "../citizens/index.ts";
import { type Person, personsWithPhone } from "../citizens/testing.ts";
import { kzIban } from "../core/bank-account.ts";
import { DEMO_PASSWORD, seedOrganisation } from "../org/index.ts";
import { assignFromCase } from "../payments/index.ts";
import { recordConclusion, registerChild } from "../registries/index.ts";
import type { Store } from "../store/index.ts";
import type { CaseRow } from "../store/tables.ts";
import { openTestStore } from "../store/testing.ts";
import { CITIZEN_COOKIE } from "./routes/citizens.ts";
import { buildServer } from "./server.ts";

const AT = new Date("2026-03-10T06:00:00Z");
const PASSWORD = "Qyzmet2025";
const BIC = "HSBKKZKX";
const IBAN = kzIban("601", "0000000000777");

describe("registries API", () => {
  let store: Store;
  let app: FastifyInstance;
  let home = "";
  let other = "";
  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 40 } });
    app = await buildServer({ store, calendar: defaultCalendar(), catalog: loadCatalog(), now: () => AT });
    const exec = await store.admin
      .selectFrom("staff")
      .select("region_code")
      .where("login", "=", "kzo-d01-edu.executor")
      .executeTakeFirstOrThrow();
    home = exec.region_code ?? "";
    const o = await store.admin
      .selectFrom("regions")
      .select("code")
      .where("code", "!=", home)
      .orderBy("code")
      .executeTakeFirstOrThrow();
    other = o.code;
    await store.db.transaction().execute(async (trx) => {
      for (const region of [home, other])
        await registerChild(trx, {
          iin: null,
          fullName: `Child ${region}`,
          birthDate: "2019-01-01",
          sex: "m",
          regionCode: region,
          status: "available_adoption",
          profile: {},
          at: AT,
        });
    });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  /** A closed case of `provider` inserted as the engine leaves it, assigned by the afterClose link. */
  async function issuedCase(id: string, providerId: string, region: string, applicantIin: string) {
    await store.admin
      .insertInto("cases")
      .values({
        id,
        incoming_number: id,
        idempotency_key: id,
        request_hash: "h",
        service_code: "guardian-allowance",
        version_id: "kyzylorda-2018",
        procedure_id: "guardian-allowance-sc",
        variant: null,
        channel: "state_corporation",
        region_code: region,
        district_id: null,
        provider_id: providerId,
        intake_office_id: null,
        applicant_iin: applicantIin,
        applicant: JSON.stringify({ iin: applicantIin, surname: "Ахмет", givenName: "Сәуле" }),
        representative: null,
        children: JSON.stringify([{ fullName: "Бала", birthDate: "2015-05-05" }]),
        form: JSON.stringify({}),
        documents: "[]",
        has_child_data: true,
        status: "issued",
        cursor: null,
        submitted_at: AT,
        term_start: AT,
        deadline: null,
        term: "{}",
        outputs: "{}",
        preliminary_refusal: null,
        hearing: null,
        outcome: null,
        clock: "[]",
        ended_at: AT,
        revision: 1,
        created_at: AT,
        updated_at: AT,
      })
      .execute();
    const c = await store.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    const [a] = await store.db.transaction().execute((trx) => assignFromCase(trx, c as CaseRow));
    assert.ok(a);
    return a;
  }

  const sessions = new Map<string, Record<string, string>>();
  async function citizenSignIn(p: Person): Promise<Record<string, string>> {
    const known = sessions.get(p.iin);
    if (known) return known;
    const post = (url: string, payload: Record<string, unknown>) =>
      app.inject({ method: "POST", url, payload });
    const reg = await post("/api/v1/citizen/register", { iin: p.iin, password: PASSWORD, phone: p.phone });
    assert.equal(reg.statusCode, 202, reg.body);
    const code = await lastCodeSentTo(store.admin, p.phone);
    assert.equal((await post("/api/v1/citizen/register/confirm", { iin: p.iin, code })).statusCode, 201);
    const signIn = await post("/api/v1/citizen/sign-in", { iin: p.iin, password: PASSWORD });
    assert.equal(signIn.statusCode, 200, signIn.body);
    const cookie = signIn.cookies.find((c) => c.name === CITIZEN_COOKIE);
    assert.ok(cookie);
    const headers = { cookie: `${CITIZEN_COOKIE}=${cookie.value}` };
    sessions.set(p.iin, headers);
    return headers;
  }

  async function as(login: string): Promise<Record<string, string>> {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { login, password: DEMO_PASSWORD },
    });
    assert.equal(res.statusCode, 200, res.body);
    return { cookie: String(res.headers["set-cookie"]).split(";")[0] as string, "x-qyzmet-csrf": "1" };
  }

  it("an executor of a district education department sees the children of the region only; a clerk sees none; no session is 401", async () => {
    const res = await app.inject({
      method: "GET",
      url: "/api/v1/registries/children",
      headers: await as("kzo-d01-edu.executor"),
    });
    assert.equal(res.statusCode, 200, res.body);
    const regions = (res.json() as { children: { region_code: string }[] }).children.map(
      (c) => c.region_code,
    );
    assert.deepEqual(regions, [home]);
    const clerk = await app.inject({
      method: "GET",
      url: "/api/v1/registries/children",
      headers: await as("kzo-d01-edu.clerk"),
    });
    assert.deepEqual((clerk.json() as { children: unknown[] }).children, []);
    const anon = await app.inject({ method: "GET", url: "/api/v1/registries/children" });
    assert.equal(anon.statusCode, 401);
  });

  it("the payment run is for administrators (403 otherwise, problem+json) and returns the run's counts", async () => {
    const denied = await app.inject({
      method: "POST",
      url: "/api/v1/payments/runs",
      headers: await as("kzo-d01-edu.executor"),
      payload: { month: "2026-03" },
    });
    assert.equal(denied.statusCode, 403);
    assert.match(String(denied.headers["content-type"]), /problem\+json/);
    const ok = await app.inject({
      method: "POST",
      url: "/api/v1/payments/runs",
      headers: await as("admin"),
      payload: { month: "2026-03" },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((ok.json() as { month: string }).month, "2026-03");
    const bad = await app.inject({
      method: "POST",
      url: "/api/v1/payments/runs",
      headers: await as("admin"),
      payload: { month: "2026-13" },
    });
    assert.equal(bad.statusCode, 400);
    const csv = await app.inject({
      method: "GET",
      url: "/api/v1/payments/registers/2026-03/HSBKKZKX?format=csv",
      headers: await as("admin"),
    });
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(csv.body, /^recipient_iin,/);
  });

  it("coefficients: an administrator sets one with its source (204) and lists it; an executor gets 403; a bad body is 400 and changes nothing", async () => {
    const admin = await as("admin");
    const url = "/api/v1/payments/coefficients/guardian-allowance/2020-01-01";
    const denied = await app.inject({
      method: "PUT",
      url,
      headers: await as("kzo-d01-edu.executor"),
      payload: { coefficient: 5, source: "x" },
    });
    assert.equal(denied.statusCode, 403);
    assert.equal(denied.json<{ code: string }>().code, "PAYMENT_FORBIDDEN");
    const bad = await app.inject({
      method: "PUT",
      url,
      headers: admin,
      payload: { coefficient: -1, source: "Order No. 7 (test)" },
    });
    assert.equal(bad.statusCode, 400);
    const none = await app.inject({ method: "GET", url: "/api/v1/payments/coefficients", headers: admin });
    assert.deepEqual(none.json<{ coefficients: unknown[] }>().coefficients, []);
    const ok = await app.inject({
      method: "PUT",
      url,
      headers: admin,
      payload: { coefficient: 5, source: "Order No. 7 (test)" },
    });
    assert.equal(ok.statusCode, 204, ok.body);
    const list = await app.inject({ method: "GET", url: "/api/v1/payments/coefficients", headers: admin });
    const [c] = list.json<{
      coefficients: { type: string; coefficient: number; source: string; setBy: string }[];
    }>().coefficients;
    assert.deepEqual(
      [c?.type, c?.coefficient, c?.source, c?.setBy],
      ["guardian-allowance", 5, "Order No. 7 (test)", "admin"],
    );
  });

  it("assignments: the executor reads and completes those of its provider's cases only (others 404), a clerk gets 403, the administrator sees all; the report per type and month follows the run", async () => {
    const staffRow = (login: string) =>
      store.admin
        .selectFrom("staff")
        .select(["provider_id", "region_code"])
        .where("login", "=", login)
        .executeTakeFirstOrThrow();
    const mine = await staffRow("kzo-d01-edu.executor");
    const theirs = await staffRow("kzo-d02-edu.executor");
    const people = await personsWithPhone(store.admin, 2);
    const a1 = await issuedCase("pay-api-1", mine.provider_id ?? "", home, people[0]?.iin ?? "");
    const a2 = await issuedCase("pay-api-2", theirs.provider_id ?? "", home, people[1]?.iin ?? "");
    const exec = await as("kzo-d01-edu.executor");
    const list = await app.inject({ method: "GET", url: "/api/v1/payments/assignments", headers: exec });
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(
      list
        .json<{ assignments: { id: string; pending: string[] }[] }>()
        .assignments.map((a) => [a.id, a.pending]),
      [[a1.id, ["account"]]],
    );
    const clerk = await app.inject({
      method: "GET",
      url: "/api/v1/payments/assignments",
      headers: await as("kzo-d01-edu.clerk"),
    });
    assert.equal(clerk.statusCode, 403);
    const all = await app.inject({
      method: "GET",
      url: "/api/v1/payments/assignments?pending=true",
      headers: await as("admin"),
    });
    assert.deepEqual(
      all
        .json<{ assignments: { id: string }[] }>()
        .assignments.map((a) => a.id)
        .sort(),
      [a1.id, a2.id].sort(),
    );
    const foreign = await app.inject({
      method: "POST",
      url: `/api/v1/payments/assignments/${a2.id}/complete`,
      headers: exec,
      payload: { bankBic: BIC, account: IBAN },
    });
    assert.equal(foreign.statusCode, 404);
    const badIban = await app.inject({
      method: "POST",
      url: `/api/v1/payments/assignments/${a1.id}/complete`,
      headers: exec,
      payload: { bankBic: BIC, account: "KZ00601000000000077X" },
    });
    assert.equal(badIban.statusCode, 400);
    assert.equal(badIban.json<{ code: string }>().code, "PAYMENT_BAD_INPUT");
    const done = await app.inject({
      method: "POST",
      url: `/api/v1/payments/assignments/${a1.id}/complete`,
      headers: exec,
      payload: { bankBic: BIC, account: IBAN },
    });
    assert.equal(done.statusCode, 200, done.body);
    assert.deepEqual(done.json<{ pending: string[] }>().pending, []);
    const logged = await store.admin
      .selectFrom("access_log")
      .select(["action", "allowed"])
      .where("action", "like", "payment.assignment.%")
      .execute();
    assert.ok(logged.some((l) => l.action === "payment.assignment.list" && !l.allowed));
    assert.ok(logged.some((l) => l.action === "payment.assignment.complete" && !l.allowed));
    assert.ok(logged.some((l) => l.action === "payment.assignment.complete" && l.allowed));

    const admin = await as("admin");
    const run = await app.inject({
      method: "POST",
      url: "/api/v1/payments/runs",
      headers: admin,
      payload: { month: "2026-03" },
    });
    const r = run.json<{ accrued: number; pending: { id: string }[] }>();
    assert.equal(r.accrued, 1);
    assert.ok(r.pending.some((p) => p.id === a2.id));
    const report = await app.inject({
      method: "GET",
      url: "/api/v1/payments/reports?from=2026-01",
      headers: admin,
    });
    assert.equal(report.statusCode, 200, report.body);
    assert.deepEqual(report.json<{ payments: unknown[] }>().payments, [
      {
        type: "guardian-allowance",
        month: "2026-03",
        payments: 1,
        paidTiyn: 5 * 4325 * 100,
        recoveredTiyn: 0,
      },
    ]);
    const noReport = await app.inject({ method: "GET", url: "/api/v1/payments/reports", headers: exec });
    assert.equal(noReport.statusCode, 403);
    const register = await app.inject({
      method: "GET",
      url: `/api/v1/payments/registers/2026-03/${BIC}?format=xml`,
      headers: admin,
    });
    assert.match(register.body, new RegExp(`account="${IBAN}"`));
  });

  it(`citizens (003, Rules of registering persons wishing to adopt p. 11): a positive conclusion in force shows anonymised profiles (no name, IIN or birth date); a negative or missing one is 403 REGISTRY_NO_CONCLUSION; no session is 401; every access logged`, async () => {
    const [pos, neg, none] = await personsWithPhone(store.admin, 5).then((p) => p.slice(2, 5));
    assert.ok(pos && neg && none);
    await store.db.transaction().execute(async (trx) => {
      for (const [p, conclusion] of [
        [pos, "positive"],
        [neg, "negative"],
      ] as const)
        await recordConclusion(trx, {
          iin: p.iin,
          kind: "adopter",
          fullName: "Candidate",
          regionCode: home,
          providerId: null,
          conclusion,
          concludedOn: "2026-03-01",
          validUntil: null,
          caseId: null,
          at: AT,
        });
    });
    const url = "/api/v1/citizen/registry/children";
    const ok = await app.inject({ method: "GET", url, headers: await citizenSignIn(pos) });
    assert.equal(ok.statusCode, 200, ok.body);
    const children = ok.json<{ children: Record<string, unknown>[] }>().children;
    assert.equal(children.length, 2);
    for (const ch of children) {
      assert.deepEqual(Object.keys(ch).sort(), ["age", "id", "profile", "regionCode", "sex", "status"]);
      assert.equal(ch.age, 7);
      assert.equal(ch.status, "available_adoption");
    }
    const one = await app.inject({
      method: "GET",
      url: `${url}/${children[0]?.id}`,
      headers: await citizenSignIn(pos),
    });
    assert.equal(one.statusCode, 200, one.body);
    assert.ok(!one.body.includes("Child ") && !one.body.includes("2019-01-01"));
    for (const p of [neg, none]) {
      const headers = await citizenSignIn(p);
      const denied = await app.inject({ method: "GET", url, headers });
      assert.equal(denied.statusCode, 403, denied.body);
      assert.match(String(denied.headers["content-type"]), /problem\+json/);
      assert.equal(denied.json<{ code: string }>().code, "REGISTRY_NO_CONCLUSION");
      const deniedOne = await app.inject({ method: "GET", url: `${url}/${children[0]?.id}`, headers });
      assert.equal(deniedOne.json<{ code: string }>().code, "REGISTRY_NO_CONCLUSION");
    }
    assert.equal((await app.inject({ method: "GET", url })).statusCode, 401);
    const log = await store.admin
      .selectFrom("access_log")
      .select(["citizen_iin", "action", "allowed"])
      .where("citizen_iin", "in", [pos.iin, neg.iin, none.iin])
      .execute();
    const count = (iin: string, allowed: boolean) =>
      log.filter((l) => l.citizen_iin === iin && l.allowed === allowed).length;
    assert.equal(count(pos.iin, true), 2);
    assert.equal(count(neg.iin, false), 2);
    assert.equal(count(none.iin, false), 2);
  });
});
