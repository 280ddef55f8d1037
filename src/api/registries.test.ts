import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { DEMO_PASSWORD, seedOrganisation } from "../org/index.ts";
import { registerChild } from "../registries/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { buildServer } from "./server.ts";

const AT = new Date("2026-03-10T06:00:00Z");

describe("registries API", () => {
  let store: Store;
  let app: FastifyInstance;
  let home = "";
  let other = "";
  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 0 } });
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
});
