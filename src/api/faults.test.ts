/**
 * Failures outside any route's own code: the database unreachable on an
 * ordinary route (503 DATABASE_UNAVAILABLE with Retry-After, not 500), and a
 * URL the router cannot decode (400 MALFORMED_URL as problem+json).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { defaultCalendar } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { isDatabaseUnavailable, type Store } from "../store/index.ts";
import type { Database } from "../store/tables.ts";
import { buildServer } from "./server.ts";

describe("API faults", () => {
  let app: FastifyInstance;
  let broken: Kysely<Database>;

  before(async () => {
    // A real driver pointed at a port nobody listens on: every query fails to connect; nothing is mocked.
    broken = new Kysely<Database>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: "postgres://nobody@127.0.0.1:1/none", max: 1 }),
      }),
    });
    const store: Store = {
      db: broken,
      admin: broken,
      kind: "postgres",
      schema: "public",
      close: async () => {},
    };
    app = await buildServer({ store, catalog: loadCatalog(), calendar: defaultCalendar(), webRoot: null });
  });
  after(async () => {
    await app.close();
    await broken.destroy();
  });

  it("an unreachable database is 503 DATABASE_UNAVAILABLE with Retry-After on an ordinary route", async () => {
    for (const url of [
      "/api/v1/regions/astana/districts?lang=ru",
      "/api/v1/services/school-meals/providers?region=astana",
    ]) {
      const res = await app.inject({ method: "GET", url });
      assert.equal(res.statusCode, 503, res.body);
      assert.match(String(res.headers["content-type"]), /^application\/problem\+json/);
      assert.equal(res.headers["retry-after"], "5", res.body);
      const body = res.json<{ code: string; lang: string }>();
      assert.equal(body.code, "DATABASE_UNAVAILABLE");
      assert.doesNotMatch(res.body, /ECONNREFUSED|127\.0\.0\.1|nobody/);
    }
    // A sign-in (a write path) too.
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { login: "kzo-d01-edu.clerk", password: "qyzmet-demo" },
    });
    assert.equal(res.statusCode, 503, res.body);
  });

  it("isDatabaseUnavailable tells connection failures and exhausted resources (a full disk) from query errors", () => {
    const coded = (message: string, code: string) => Object.assign(new Error(message), { code });
    assert.ok(isDatabaseUnavailable(coded("connect ECONNREFUSED", "ECONNREFUSED")));
    assert.ok(isDatabaseUnavailable(coded("terminating connection due to administrator command", "57P01")));
    assert.ok(isDatabaseUnavailable(coded("the database system is starting up", "57P03")));
    assert.ok(
      isDatabaseUnavailable(coded('could not extend file "base/1/2": No space left on device', "53100")),
    );
    assert.ok(isDatabaseUnavailable(coded("sorry, too many clients already", "53300")));
    assert.ok(isDatabaseUnavailable(new Error("Connection terminated unexpectedly")));
    assert.ok(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect")));
    assert.ok(isDatabaseUnavailable(new AggregateError([coded("x", "ECONNREFUSED")])));
    assert.ok(!isDatabaseUnavailable(coded("duplicate key value", "23505")));
    assert.ok(!isDatabaseUnavailable(coded("column does not exist", "42703")));
    assert.ok(!isDatabaseUnavailable(new Error("boom")));
  });

  it("a URL that is not valid percent-encoding is 400 MALFORMED_URL as problem+json in the asked language", async () => {
    const res = await app.inject({ method: "GET", url: "/api/v1/cases/%FF%FE/receipt.pdf?lang=en" });
    assert.equal(res.statusCode, 400);
    assert.match(String(res.headers["content-type"]), /^application\/problem\+json/);
    const body = res.json<{ code: string; detail: string; lang: string }>();
    assert.equal(body.code, "MALFORMED_URL");
    assert.equal(body.lang, "en");
    assert.match(body.detail, /malformed/);
  });
});
