import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BpmnModdle, type ModdleElement } from "bpmn-moddle";
import type { FastifyInstance } from "fastify";
import { defaultCalendar } from "../calendar/index.ts";
import { toBpmn } from "../catalog/bpmn.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { diffVersions } from "../catalog/diff.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import type { Problem } from "./problems.ts";
import { buildServer } from "./server.ts";

const catalog = loadCatalog();

describe("regulations API: BPMN of a version, changes between versions", () => {
  let store: Store;
  let app: FastifyInstance;
  before(async () => {
    store = await openTestStore();
    app = await buildServer({ store, catalog, calendar: defaultCalendar(), logger: false });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  it("GET /regulations: every service with every version's act, scope and period, without the standard", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/regulations?lang=en" });
    assert.equal(response.statusCode, 200);
    const body = response.json<{
      services: {
        code: string;
        title: string;
        versions: {
          id: string;
          act: { number: string };
          effective: { from: string; to: string | null };
          steps: number;
          standard?: unknown;
        }[];
      }[];
    }>();
    assert.deepEqual(
      body.services.map((s) => s.code),
      catalog.map((s) => s.code),
    );
    for (const [i, s] of body.services.entries()) {
      const service = catalog[i]!;
      assert.equal(s.title, service.titles.en);
      assert.deepEqual(
        s.versions.map((v) => [v.id, v.act.number, v.effective.from, v.effective.to]),
        service.versions.map((v) => [v.id, v.act.number, v.effective.from, v.effective.to]),
      );
      for (const [j, v] of s.versions.entries()) {
        assert.equal(v.standard, undefined);
        assert.equal(
          v.steps,
          service.versions[j]!.procedures.reduce((n, p) => n + p.steps.length, 0),
        );
      }
    }
  });

  it("GET /services/:code/versions/:id/bpmn: the export in the asked language, short labels on request", async () => {
    const service = catalog.find((s) => s.code === "guardianship-establishment")!;
    const version = service.versions.at(-1)!;
    const response = await app.inject({
      method: "GET",
      url: `/api/v1/services/${service.code}/versions/${version.id}/bpmn?lang=ru&labels=short`,
    });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers["content-type"]), /^application\/xml/);
    assert.equal(response.headers["content-language"], "ru");
    assert.equal(response.body, toBpmn(service, version, "ru", { labels: "short" }));
    const { rootElement, warnings } = await new BpmnModdle().fromXML(response.body);
    assert.deepEqual(warnings, []);
    const processes = (rootElement.rootElements as ModdleElement[]).filter((e) => e.$type === "bpmn:Process");
    assert.equal(processes.length, version.procedures.length);
    const full = await app.inject({
      method: "GET",
      url: `/api/v1/services/${service.code}/versions/${version.id}/bpmn?lang=kk`,
    });
    assert.equal(full.body, toBpmn(service, version, "kk"));
  });

  it("GET /services/:code/changes: each version against the one before; ?from=&to= one pair", async () => {
    const service = catalog.find((s) => s.code === "foster-family-placement")!;
    assert.equal(service.versions.length, 3);
    const response = await app.inject({ method: "GET", url: `/api/v1/services/${service.code}/changes` });
    assert.equal(response.statusCode, 200);
    const body = response.json<{ code: string; changes: { from: string; to: string; same: boolean }[] }>();
    assert.deepEqual(
      body.changes.map((c) => [c.from, c.to]),
      [
        [service.versions[0]!.id, service.versions[1]!.id],
        [service.versions[1]!.id, service.versions[2]!.id],
      ],
    );
    const expected = JSON.parse(JSON.stringify(diffVersions(service.versions[0]!, service.versions[1]!)));
    assert.deepEqual(body.changes[0], expected);
    assert.equal(body.changes[0]!.same, false);

    const pair = await app.inject({
      method: "GET",
      url: `/api/v1/services/${service.code}/changes?from=${service.versions[0]!.id}&to=${service.versions[2]!.id}`,
    });
    assert.equal(pair.statusCode, 200);
    assert.deepEqual(pair.json<{ changes: unknown[] }>().changes, [
      JSON.parse(JSON.stringify(diffVersions(service.versions[0]!, service.versions[2]!))),
    ]);
    const one = catalog.find((s) => s.versions.length === 1)!;
    const none = await app.inject({ method: "GET", url: `/api/v1/services/${one.code}/changes` });
    assert.deepEqual(none.json<{ changes: unknown[] }>().changes, []);
  });

  it("unknown version or service: 404 problems in the request's language", async () => {
    const version = await app.inject({
      method: "GET",
      url: "/api/v1/services/school-meals/versions/no-such/bpmn?lang=en",
    });
    assert.equal(version.statusCode, 404);
    const p = version.json<Problem>();
    assert.equal(p.code, "VERSION_NOT_FOUND");
    assert.match(p.detail, /no version "no-such"/);
    const kk = await app.inject({ method: "GET", url: "/api/v1/services/school-meals/changes?from=x&to=y" });
    assert.equal(kk.statusCode, 404);
    assert.match(kk.json<Problem>().detail, /нұсқасы жоқ/);
    const service = await app.inject({ method: "GET", url: "/api/v1/services/nothing/changes" });
    assert.equal(service.json<Problem>().code, "SERVICE_NOT_FOUND");
  });
});
