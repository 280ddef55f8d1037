/**
 * The web app at `/`, the portal's lookups (regions, districts, providers) and
 * the demo-only helpers, through the real server with inject.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { defaultCalendar } from "../../calendar/index.ts";
import { loadCatalog } from "../../catalog/catalog.ts";
import { normalisePhone, sendSms } from "../../citizens/index.ts";
import { seedOrganisation } from "../../org/index.ts";
import type { Store } from "../../store/index.ts";
import { openTestStore } from "../../store/testing.ts";
import { buildServer } from "../server.ts";

const catalog = loadCatalog();

describe("web app, portal lookups and demo helpers", () => {
  let store: Store;
  let dir: string;
  let app: FastifyInstance;
  let unbuilt: FastifyInstance;
  let iin = "";

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 10 } });
    dir = mkdtempSync(join(tmpdir(), "qyzmet-web-"));
    mkdirSync(join(dir, "dist", "assets"), { recursive: true });
    writeFileSync(join(dir, "dist", "index.html"), "<!doctype html><title>Qyzmet</title>");
    writeFileSync(join(dir, "dist", "assets", "app-abc123.js"), "console.log(1)");
    const person = await store.admin
      .selectFrom("citizens")
      .select(["iin", "phone"])
      .where("phone", "is not", null)
      .orderBy("iin")
      .executeTakeFirstOrThrow();
    iin = person.iin;
    mkdirSync(join(dir, "keys"));
    writeFileSync(join(dir, "keys", `${iin}.p12`), "not read by the route");
    await sendSms(store.db, {
      phone: normalisePhone(person.phone ?? "") ?? "",
      purpose: "register",
      text: { kk: "Код: 123456", ru: "Код: 123456", en: "Code: 123456" },
      now: new Date(),
    });
    const common = { store, catalog, calendar: defaultCalendar() };
    app = await buildServer({ ...common, webRoot: join(dir, "dist"), demo: { keyDir: join(dir, "keys") } });
    unbuilt = await buildServer({ ...common, webRoot: join(dir, "missing") });
  });
  after(async () => {
    await app.close();
    await unbuilt.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves index.html at / and for the app's own paths (SPA fallback), never cached", async () => {
    for (const url of ["/", "/services/guardianship-certificate", "/cabinet?x=1", "/verify"]) {
      const res = await app.inject({ method: "GET", url });
      assert.equal(res.statusCode, 200, url);
      assert.match(String(res.headers["content-type"]), /text\/html/);
      assert.match(res.body, /<title>Qyzmet<\/title>/);
      assert.equal(res.headers["cache-control"], "no-cache");
    }
  });

  it("serves hashed assets with a long cache", async () => {
    const res = await app.inject({ method: "GET", url: "/assets/app-abc123.js" });
    assert.equal(res.statusCode, 200);
    assert.equal(res.body, "console.log(1)");
    assert.match(String(res.headers["cache-control"]), /immutable/);
  });

  it("keeps /api, /docs and /health the API's: unknown paths there are 404 problems", async () => {
    for (const url of ["/api/v1/nothing", "/api/nothing", "/health/x", "/monitoring/x"]) {
      const res = await app.inject({ method: "GET", url });
      assert.equal(res.statusCode, 404, url);
      assert.equal(res.json<{ code: string }>().code, "ROUTE_NOT_FOUND");
    }
    assert.equal((await app.inject({ method: "GET", url: "/health" })).statusCode, 200);
    assert.equal((await app.inject({ method: "GET", url: "/docs/json" })).statusCode, 200);
  });

  it("without a build, pages answer 503 WEB_NOT_BUILT in the asked language", async () => {
    const res = await unbuilt.inject({ method: "GET", url: "/cabinet?lang=ru" });
    assert.equal(res.statusCode, 503);
    const body = res.json<{ code: string; detail: string }>();
    assert.equal(body.code, "WEB_NOT_BUILT");
    assert.match(body.detail, /npm run build:web/);
  });

  it("lists regions, a region's districts and the providers competent for a service", async () => {
    const regions = (await app.inject({ method: "GET", url: "/api/v1/regions" })).json<{
      items: { code: string }[];
    }>();
    assert.equal(regions.items.length, 20);
    const districts = (await app.inject({ method: "GET", url: "/api/v1/regions/kyzylorda/districts" })).json<{
      items: { id: string }[];
    }>();
    assert.ok(districts.items.length > 0);
    const district = districts.items[0]?.id ?? "";
    const res = await app.inject({
      method: "GET",
      url: `/api/v1/services/guardianship-certificate/providers?region=kyzylorda&district=${district}`,
    });
    assert.equal(res.statusCode, 200, res.body);
    const providers = res.json<{ versionId: string; items: { kind: string }[] }>();
    assert.ok(providers.items.length > 0);
    assert.ok(providers.items.every((p) => p.kind.endsWith("education_department")));
    const bad = await app.inject({ method: "GET", url: "/api/v1/regions/atlantis/districts?lang=en" });
    assert.equal(bad.statusCode, 404);
    assert.equal(bad.json<{ code: string }>().code, "REGION_NOT_FOUND");
  });

  it("the catalogue lists each service's life situations", async () => {
    const res = await app.inject({ method: "GET", url: "/api/v1/services?lang=en" });
    const services = res.json<{ services: { code: string; lifeSituations: string[] }[] }>().services;
    assert.deepEqual(services.find((s) => s.code === "guardianship-certificate")?.lifeSituations, [
      "child_without_care",
    ]);
    assert.ok(services.every((s) => s.lifeSituations.length > 0));
  });

  it("demo helpers: citizens with key files, the last SMS to a phone; absent outside the demo", async () => {
    const citizens = (await app.inject({ method: "GET", url: "/api/v1/demo/citizens" })).json<{
      items: { iin: string; phone: string | null; keyFile: string }[];
    }>();
    assert.deepEqual(
      citizens.items.map((c) => c.iin),
      [iin],
    );
    const phone = citizens.items[0]?.phone ?? "";
    const sms = await app.inject({
      method: "GET",
      url: `/api/v1/demo/sms?phone=${encodeURIComponent(phone)}`,
    });
    assert.equal(sms.statusCode, 200);
    assert.match(JSON.stringify(sms.json()), /123456/);
    const none = await app.inject({ method: "GET", url: "/api/v1/demo/sms?phone=%2B77000000000" });
    assert.equal(none.json<{ code: string }>().code, "DEMO_SMS_NOT_FOUND");
    const off = await unbuilt.inject({ method: "GET", url: "/api/v1/demo/citizens" });
    assert.equal(off.statusCode, 404);
  });
});
