import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { resolveVersion } from "../catalog/lookup.ts";
import type { Store } from "../store/index.ts";
import type { Database } from "../store/tables.ts";
import { openTestStore } from "../store/testing.ts";
import { langFromAcceptLanguage } from "./lang.ts";
import { PROBLEM_CONTENT_TYPE, type Problem } from "./problems.ts";
import { buildServer } from "./server.ts";

const catalog = loadCatalog();
const NOW = new Date("2025-03-04T05:06:07.000Z");

function problem(response: { headers: Record<string, unknown>; body: string }): Problem {
  assert.match(String(response.headers["content-type"]), /^application\/problem\+json/);
  return JSON.parse(response.body) as Problem;
}

describe("API server", () => {
  let store: Store;
  let app: FastifyInstance;
  const logLines: string[] = [];

  before(async () => {
    store = await openTestStore();
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    app = await buildServer({
      store,
      catalog,
      calendar: defaultCalendar(),
      now: () => NOW,
      logger: { level: "error", stream },
    });
    // A route that fails unexpectedly, to see what leaks (added before the server is ready).
    app.get("/api/v1/test/boom", async () => {
      throw new Error("connection to 10.0.0.5 failed: password for user qyzmet_admin");
    });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  describe("health", () => {
    it("GET /health answers ok with the database kind and the clock", async () => {
      const response = await app.inject({ method: "GET", url: "/health" });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { status: "ok", database: store.kind, time: NOW.toISOString() });
    });

    it("503 DATABASE_UNAVAILABLE when the database does not answer", async () => {
      // A real driver pointed at a port nobody listens on: the query fails, nothing is mocked.
      const broken = new Kysely<Database>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({ connectionString: "postgres://nobody@127.0.0.1:1/none", max: 1 }),
        }),
      });
      const brokenStore: Store = {
        db: broken,
        admin: broken,
        kind: "postgres",
        schema: "public",
        close: () => broken.destroy(),
      };
      const down = await buildServer({ store: brokenStore, catalog, calendar: defaultCalendar() });
      try {
        const response = await down.inject({ method: "GET", url: "/health?lang=en" });
        assert.equal(response.statusCode, 503);
        const body = problem(response);
        assert.equal(body.code, "DATABASE_UNAVAILABLE");
        assert.equal(body.type, "urn:qyzmet:error:DATABASE_UNAVAILABLE");
        assert.doesNotMatch(response.body, /127\.0\.0\.1|ECONNREFUSED|nobody/);
      } finally {
        await down.close();
        await brokenStore.close();
      }
    });
  });

  describe("services", () => {
    for (const lang of ["kk", "ru", "en"] as const) {
      it(`lists the 26 services with titles in ${lang}`, async () => {
        const response = await app.inject({ method: "GET", url: `/api/v1/services?lang=${lang}` });
        assert.equal(response.statusCode, 200);
        const body = response.json<{
          lang: string;
          services: { code: string; sphere: string; title: string; channels: string[]; versions: string[] }[];
        }>();
        assert.equal(body.lang, lang);
        assert.equal(body.services.length, 26);
        for (const item of body.services) {
          const service = catalog.find((s) => s.code === item.code);
          assert.ok(service, item.code);
          assert.equal(item.title, service.titles[lang]);
          assert.equal(item.sphere, service.sphere);
          assert.deepEqual(
            item.versions,
            service.versions.map((v) => v.id),
          );
          assert.ok(item.channels.length > 0);
        }
      });
    }

    it("takes the language from Accept-Language when ?lang is absent, else Kazakh", async () => {
      const ru = await app.inject({
        method: "GET",
        url: "/api/v1/services",
        headers: { "accept-language": "de-DE, ru;q=0.8, en;q=0.5" },
      });
      assert.equal(ru.json<{ lang: string }>().lang, "ru");
      const kk = await app.inject({ method: "GET", url: "/api/v1/services" });
      assert.equal(kk.json<{ lang: string }>().lang, "kk");
      const en = await app.inject({
        method: "GET",
        url: "/api/v1/services?lang=en",
        headers: { "accept-language": "ru" },
      });
      assert.equal(en.json<{ lang: string }>().lang, "en");
    });

    it("filters by sphere and by a piece of the code or title", async () => {
      const social = await app.inject({ method: "GET", url: "/api/v1/services?sphere=social_labour" });
      const codes = social.json<{ services: { code: string }[] }>().services.map((s) => s.code);
      assert.deepEqual(
        codes,
        catalog.filter((s) => s.sphere === "social_labour").map((s) => s.code),
      );
      const guardianship = await app.inject({ method: "GET", url: "/api/v1/services?q=GUARDIAN&lang=en" });
      const found = guardianship.json<{ services: { code: string }[] }>().services.map((s) => s.code);
      assert.ok(found.includes("guardianship-establishment"));
      assert.ok(!found.includes("school-meals"));
      const russian = await app.inject({
        method: "GET",
        url: `/api/v1/services?q=${encodeURIComponent("опек")}`,
      });
      assert.ok(russian.json<{ services: unknown[] }>().services.length > 0);
    });

    it("GET /api/v1/services/:code gives the catalogue's service with every version", async () => {
      const service = catalog.find((s) => s.code === "guardianship-establishment")!;
      const response = await app.inject({ method: "GET", url: `/api/v1/services/${service.code}?lang=ru` });
      assert.equal(response.statusCode, 200);
      const body = response.json<{ lang: string; title: string; service: unknown }>();
      assert.equal(body.title, service.titles.ru);
      assert.deepEqual(body.service, JSON.parse(JSON.stringify(service)));
    });

    it("GET /api/v1/services/:code/resolve gives the version in force", async () => {
      const service = catalog.find((s) => s.versions.some((v) => v.issuer.region === null))!;
      const national = service.versions.find((v) => v.issuer.region === null)!;
      const date = national.effective.from;
      const expected = resolveVersion(catalog, service.code, "astana", date);
      const response = await app.inject({
        method: "GET",
        url: `/api/v1/services/${service.code}/resolve?region=astana&date=${date}`,
      });
      assert.equal(response.statusCode, 200);
      const body = response.json<{ code: string; version: { id: string } }>();
      assert.equal(body.code, service.code);
      assert.equal(body.version.id, expected.id);
    });
  });

  describe("problems (application/problem+json)", () => {
    it("unknown service: 404 SERVICE_NOT_FOUND in the request's language", async () => {
      const details = { code: "no-such-service" };
      for (const [lang, words] of [
        ["kk", /каталогта жоқ/],
        ["ru", /нет в каталоге/],
        ["en", /no state service/],
      ] as const) {
        const response = await app.inject({
          method: "GET",
          url: `/api/v1/services/no-such-service?lang=${lang}`,
        });
        assert.equal(response.statusCode, 404);
        const body = problem(response);
        assert.equal(body.type, "urn:qyzmet:error:SERVICE_NOT_FOUND");
        assert.equal(body.code, "SERVICE_NOT_FOUND");
        assert.equal(body.status, 404);
        assert.equal(body.lang, lang);
        assert.match(body.detail, words);
        assert.ok(body.detail.includes("no-such-service"));
        assert.ok(body.title.length > 0);
        assert.deepEqual(body.details, details);
      }
    });

    it("resolve: a bad region or date is 400 with the catalogue's code, no version in force 404", async () => {
      const code = "guardianship-establishment";
      const region = await app.inject({
        method: "GET",
        url: `/api/v1/services/${code}/resolve?region=atlantis&date=2024-01-01`,
      });
      assert.equal(region.statusCode, 400);
      assert.equal(problem(region).code, "REGION_UNKNOWN");
      const date = await app.inject({
        method: "GET",
        url: `/api/v1/services/${code}/resolve?region=astana&date=2024-02-30`,
      });
      assert.equal(date.statusCode, 400);
      assert.equal(problem(date).code, "DATE_INVALID");
      const none = await app.inject({
        method: "GET",
        url: `/api/v1/services/${code}/resolve?region=astana&date=1990-01-01`,
      });
      assert.equal(none.statusCode, 404);
      assert.equal(problem(none).code, "VERSION_NOT_IN_FORCE");
      const missing = await app.inject({
        method: "GET",
        url: `/api/v1/services/${code}/resolve?region=astana`,
      });
      assert.equal(missing.statusCode, 400);
      assert.equal(problem(missing).code, "BAD_REQUEST");
    });

    it("validation: 400 BAD_REQUEST with the issues (where, path, message), detail in kk/ru/en", async () => {
      const details = new Set<string>();
      for (const lang of ["kk", "ru", "en"] as const) {
        const response = await app.inject({
          method: "GET",
          url: "/api/v1/services?sphere=astronomy",
          headers: { "accept-language": lang },
        });
        assert.equal(response.statusCode, 400);
        const body = problem(response);
        assert.equal(body.code, "BAD_REQUEST");
        assert.equal(body.type, "urn:qyzmet:error:BAD_REQUEST");
        assert.equal(body.lang, lang);
        details.add(body.detail);
        const issues = body.details?.issues as { in: string; path: string[]; message: string }[];
        assert.equal(issues.length, 1);
        assert.equal(issues[0]?.in, "querystring");
        assert.deepEqual(issues[0]?.path, ["sphere"]);
        assert.ok((issues[0]?.message ?? "").length > 0);
      }
      assert.equal(details.size, 3, "a different message in each language");
    });

    it("malformed JSON: 400 MALFORMED_JSON", async () => {
      for (const payload of ['{"login": "a", ', ""]) {
        const response = await app.inject({
          method: "POST",
          url: "/api/v1/auth/sign-in",
          headers: { "content-type": "application/json" },
          payload,
        });
        assert.equal(response.statusCode, 400);
        assert.equal(problem(response).code, "MALFORMED_JSON");
      }
    });

    it("unsupported content type: 415 UNSUPPORTED_MEDIA_TYPE (text/plain and forms included)", async () => {
      for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/xml"]) {
        const response = await app.inject({
          method: "POST",
          url: "/api/v1/auth/sign-in",
          headers: { "content-type": type },
          payload: "login=a&password=b",
        });
        assert.equal(response.statusCode, 415, type);
        const body = problem(response);
        assert.equal(body.code, "UNSUPPORTED_MEDIA_TYPE");
        assert.ok(body.detail.includes(type));
      }
    });

    it("body over 1 MiB: 413 BODY_TOO_LARGE", async () => {
      const response = await app.inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ login: "x".repeat(1024 * 1024), password: "y" }),
      });
      assert.equal(response.statusCode, 413);
      const body = problem(response);
      assert.equal(body.code, "BODY_TOO_LARGE");
      assert.equal(body.details?.limit, 1024 * 1024);
    });

    it("unknown route: 404 ROUTE_NOT_FOUND (also for POST without the CSRF header)", async () => {
      const get = await app.inject({ method: "GET", url: "/api/v1/nothing-here?lang=en" });
      assert.equal(get.statusCode, 404);
      const body = problem(get);
      assert.equal(body.code, "ROUTE_NOT_FOUND");
      assert.equal(body.detail, "There is no route GET /api/v1/nothing-here");
      const post = await app.inject({ method: "POST", url: "/api/v1/nothing-here" });
      assert.equal(post.statusCode, 404);
      assert.equal(problem(post).code, "ROUTE_NOT_FOUND");
      // Other paths outside the API are the web app's (src/api/routes/web.test.ts).
      const root = await app.inject({ method: "GET", url: "/health/no" });
      assert.equal(problem(root).code, "ROUTE_NOT_FOUND");
    });

    it("unauthenticated: 401 UNAUTHENTICATED", async () => {
      const response = await app.inject({ method: "GET", url: "/api/v1/auth/me?lang=ru" });
      assert.equal(response.statusCode, 401);
      const body = problem(response);
      assert.equal(body.code, "UNAUTHENTICATED");
      assert.equal(body.detail, "Необходимо войти в систему");
    });

    it("state change without X-Qyzmet-CSRF: 403 CSRF_HEADER_MISSING", async () => {
      const response = await app.inject({ method: "POST", url: "/api/v1/auth/sign-out" });
      assert.equal(response.statusCode, 403);
      assert.equal(problem(response).code, "CSRF_HEADER_MISSING");
    });

    it("anything else: 500 INTERNAL, logged, with nothing of the error in the answer", async () => {
      logLines.length = 0;
      const response = await app.inject({ method: "GET", url: "/api/v1/test/boom?lang=en" });
      assert.equal(response.statusCode, 500);
      const body = problem(response);
      assert.deepEqual(Object.keys(body).sort(), ["code", "detail", "lang", "status", "title", "type"]);
      assert.equal(body.code, "INTERNAL");
      assert.doesNotMatch(response.body, /10\.0\.0\.5|password|qyzmet_admin|stack|Error:/);
      assert.ok(
        logLines.some((line) => line.includes("10.0.0.5")),
        "the error is logged",
      );
    });

    it(`every problem has the content type ${PROBLEM_CONTENT_TYPE}`, async () => {
      const response = await app.inject({ method: "GET", url: "/api/v1/missing" });
      assert.equal(response.headers["content-type"], `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    });
  });

  describe("OpenAPI", () => {
    it("/docs/json documents every route, with the Problem schema", async () => {
      const response = await app.inject({ method: "GET", url: "/docs/json" });
      assert.equal(response.statusCode, 200);
      const doc = response.json<{
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
        components: { schemas: Record<string, unknown> };
      }>();
      assert.match(doc.openapi, /^3\./);
      for (const [path, method] of [
        ["/health", "get"],
        ["/api/v1/services", "get"],
        ["/api/v1/services/{code}", "get"],
        ["/api/v1/services/{code}/resolve", "get"],
        ["/api/v1/auth/sign-in", "post"],
        ["/api/v1/auth/sign-out", "post"],
        ["/api/v1/auth/me", "get"],
      ] as const) {
        assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path}`);
      }
      for (const schema of ["Problem", "StaffActor", "Service", "RegulationVersion"]) {
        assert.ok(doc.components.schemas[schema], schema);
      }
    });

    it("/docs serves the Swagger UI", async () => {
      const response = await app.inject({ method: "GET", url: "/docs/" });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers["content-type"]), /text\/html/);
    });
  });
});

describe("Accept-Language", () => {
  it("picks the first of kk/ru/en by quality, then order", () => {
    assert.equal(langFromAcceptLanguage("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"), "ru");
    assert.equal(langFromAcceptLanguage("de, en;q=0.5, kk;q=0.9"), "kk");
    assert.equal(langFromAcceptLanguage("en;q=0, ru;q=0.1"), "ru");
    assert.equal(langFromAcceptLanguage("kk-KZ"), "kk");
    assert.equal(langFromAcceptLanguage("de, fr"), null);
    assert.equal(langFromAcceptLanguage(undefined), null);
    assert.equal(langFromAcceptLanguage("*"), null);
  });
});
