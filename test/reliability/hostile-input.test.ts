/**
 * Hostile input (issue 9, item 4): every route of the OpenAPI document is sent
 * bodies, queries and path parameters generated from its own schema, mutated
 * with hostile strings, plus malformed JSON, huge bodies, wrong content types,
 * disguised uploads (a PDF that is not one, a gzip bomb) and path traversal —
 * anonymously and with staff, supervisor, citizen and gateway credentials.
 * Every answer must be below 500 and, for /api and /monitoring, problem+json
 * when it is an error; every 4xx must leave every table's row count as it was
 * (the access log alone may grow: denied attempts are logged).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import type { InjectOptions } from "fastify";
import { CITIZEN_COOKIE } from "../../src/api/routes/citizens.ts";
import { nextIin } from "../../src/iin/iin.ts";
import {
  anyJson,
  fromSchema,
  HOSTILE_STRINGS,
  hostileString,
  type JsonSchema,
  mutate,
} from "./arbitraries.ts";
import {
  CSRF,
  changed,
  checkProperty,
  FULL,
  GATEWAY_TOKEN,
  officeBody,
  openWorld,
  rowCounts,
  SEED,
  type World,
} from "./fixture.ts";

/** Tables a refused request may still append to: the log of denied attempts. */
const MAY_GROW_ON_4XX = new Set(["access_log"]);

interface Operation {
  method: string;
  /** OpenAPI path, e.g. /api/v1/cases/{id}. */
  path: string;
  body?: JsonSchema;
  params: { name: string; in: string; schema?: JsonSchema }[];
}

interface Tally {
  cases: number;
  byStatus: Map<number, number>;
}

const RUNS = FULL ? 150 : 10;

describe("hostile input on every route", () => {
  let world: World;
  let operations: Operation[] = [];
  let components: Record<string, JsonSchema> = {};
  const tallies = new Map<string, Tally>();
  const contexts = new Map<string, Record<string, string>>();

  before(async () => {
    world = await openWorld();
    const doc = world.app.swagger() as unknown as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components?: { schemas?: Record<string, JsonSchema> };
    };
    components = doc.components?.schemas ?? {};
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const content = (op.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)
          ?.content;
        operations.push({
          method: method.toUpperCase(),
          path,
          ...(content?.["application/json"]?.schema ? { body: content["application/json"].schema } : {}),
          params: (op.parameters as Operation["params"] | undefined) ?? [],
        });
      }
    }
    operations = operations.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
    const [citizen] = world.citizens;
    assert.ok(citizen);
    contexts.set("anonymous", { ...CSRF });
    contexts.set("no CSRF header", {});
    contexts.set("forged cookies", {
      cookie: `qyzmet_session=${"A".repeat(43)}; ${CITIZEN_COOKIE}=../../etc/passwd`,
      ...CSRF,
    });
    contexts.set("clerk", await world.staff("ast-d01-edu.clerk"));
    contexts.set("head", await world.staff("ast-d01-edu.head"));
    contexts.set("supervisor", await world.staff("kz.supervisor"));
    contexts.set("admin", await world.staff("admin"));
    contexts.set("citizen", { cookie: `${CITIZEN_COOKIE}=${citizen.cookie}`, ...CSRF });
    contexts.set("gateway", { authorization: `Bearer ${GATEWAY_TOKEN}` });
  });
  after(async () => {
    const rows = [...tallies.entries()].map(([route, t]) => ({
      route,
      cases: t.cases,
      statuses: [...t.byStatus.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}×${n}`)
        .join(" "),
    }));
    const total = rows.reduce((n, r) => n + r.cases, 0);
    console.log(`hostile input: ${total} cases over ${rows.length} routes (${FULL ? "full" : "short"} form)`);
    for (const r of rows)
      console.log(`  ${r.route.padEnd(58)} ${String(r.cases).padStart(5)}  ${r.statuses}`);
    await world?.close();
  });

  function record(route: string, status: number) {
    const t = tallies.get(route) ?? { cases: 0, byStatus: new Map() };
    t.cases++;
    t.byStatus.set(status, (t.byStatus.get(status) ?? 0) + 1);
    tallies.set(route, t);
  }

  /** Sends one request and checks the invariants; returns the status. */
  async function attempt(op: Operation, request: InjectOptions, what: string): Promise<number> {
    const before = await rowCounts(world.store);
    const res = await world.app.inject(request);
    const label = `${op.method} ${op.path} [${what}] ${String(request.url).slice(0, 160)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
    assert.ok(res.statusCode < 500, label);
    assert.doesNotMatch(res.body, /root:x:0:0|\[fonts\]|"devDependencies"/, label);
    if (res.statusCode >= 400) {
      assert.match(String(res.headers["content-type"]), /^application\/problem\+json/, label);
      const grown = changed(before, await rowCounts(world.store));
      for (const t of MAY_GROW_ON_4XX) delete grown[t];
      assert.deepEqual(grown, {}, `a refused request wrote rows: ${label}`);
    }
    record(`${op.method} ${op.path}`, res.statusCode);
    return res.statusCode;
  }

  const ids = () => [
    ...world.officeCases,
    ...[...world.citizenCases.values()].flat(),
    "00000000-0000-0000-0000-000000000000",
  ];

  function paramValue(p: Operation["params"][number]): fc.Arbitrary<string> {
    return fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...ids()) },
      { weight: 2, arbitrary: fromSchema(p.schema, components).map((v) => String(v)) },
      { weight: 3, arbitrary: hostileString },
    );
  }

  /** Percent-encodes; a lone surrogate (not encodable) goes as bytes that are not UTF-8 at all. */
  const enc = (v: string) => {
    try {
      return encodeURIComponent(v);
    } catch {
      return encodeURIComponent(Buffer.from(v).toString()).replaceAll("%EF%BF%BD", "%ED%A0%80");
    }
  };

  function url(
    op: Operation,
    pathValues: Record<string, string>,
    query: Record<string, unknown>,
    raw: boolean,
  ) {
    let u = op.path;
    for (const [k, v] of Object.entries(pathValues))
      u = u.replace(`{${k}}`, raw ? v.replaceAll("?", "%3F").replaceAll("#", "%23") : enc(v));
    const q = Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${enc(k)}=${enc(typeof v === "string" ? v : JSON.stringify(v))}`);
    return q.length > 0 ? `${u}?${q.join("&")}` : u;
  }

  /** Which credentials a route is fuzzed with (signing out would end the shared sessions). */
  function contextNames(op: Operation): string[] {
    if (op.path.endsWith("/sign-out")) return ["anonymous", "no CSRF header", "forged cookies"];
    return [...contexts.keys()];
  }

  it("schema-shaped and mutated requests: no 5xx, nothing written when refused", async () => {
    for (const op of operations) {
      const pathParams = op.params.filter((p) => p.in === "path");
      const queryParams = op.params.filter((p) => p.in === "query");
      const pathArb = fc.record(Object.fromEntries(pathParams.map((p) => [p.name, paramValue(p)])));
      const queryArb = fc.record(
        Object.fromEntries(
          queryParams.map((p) => [p.name, fc.oneof(fromSchema(p.schema, components), hostileString)]),
        ),
        { requiredKeys: [] },
      );
      const bodyArb = op.body
        ? fc.oneof(
            { weight: 3, arbitrary: fromSchema(op.body, components) },
            {
              weight: 3,
              arbitrary: fc
                .tuple(fromSchema(op.body, components), fc.nat(20), fc.oneof(hostileString, anyJson))
                .map(([v, pick, r]) => mutate(v, pick, r)),
            },
            { weight: 1, arbitrary: anyJson },
          )
        : fc.constant(undefined);
      await checkProperty(
        fc.asyncProperty(
          fc.constantFrom(...contextNames(op)),
          pathArb,
          queryArb,
          bodyArb,
          fc.boolean(),
          async (context, pathValues, query, body, raw) => {
            const headers = { ...contexts.get(context) };
            const request: InjectOptions = {
              method: op.method as InjectOptions["method"],
              url: url(op, pathValues as Record<string, string>, query, raw),
              headers,
              ...(op.method !== "GET" && body !== undefined ? { payload: JSON.stringify(body) } : {}),
            };
            if (request.payload !== undefined) headers["content-type"] = "application/json";
            await attempt(op, request, context);
          },
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }
  });

  it("malformed JSON, wrong content types, huge bodies, disguised uploads", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const huge = JSON.stringify({ pad: "ә".repeat(1_200_000) });
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const notPdf = Buffer.concat([
      Buffer.from("%PDF-1.7\n"),
      Buffer.from("MZ\x90\x00 this is an executable"),
    ]);
    const bodies: { what: string; type: string; payload: string | Buffer; extra?: Record<string, string> }[] =
      [
        { what: "truncated JSON", type: "application/json", payload: '{"login": "a' },
        { what: "trailing comma", type: "application/json", payload: '{"a":1,}' },
        { what: "empty JSON body", type: "application/json", payload: "" },
        { what: "BOM + JSON", type: "application/json", payload: "\uFEFF{}" },
        { what: "NUL in JSON", type: "application/json", payload: '{"a":"\u0000"}\u0000' },
        { what: "100k nesting", type: "application/json", payload: deep },
        {
          what: "__proto__ pollution",
          type: "application/json",
          payload: '{"__proto__":{"roles":["administrator"]}}',
        },
        {
          what: "constructor pollution",
          type: "application/json",
          payload: '{"constructor":{"prototype":{"isAdmin":true}}}',
        },
        {
          what: "UTF-16 charset",
          type: "application/json; charset=utf-16",
          payload: Buffer.from("{}", "utf16le"),
        },
        { what: "text/plain", type: "text/plain", payload: '{"a":1}' },
        { what: "form", type: "application/x-www-form-urlencoded", payload: "login=admin&password=x" },
        { what: "multipart", type: "multipart/form-data; boundary=x", payload: "--x\r\n\r\nhi\r\n--x--" },
        {
          what: "xml",
          type: "application/xml",
          payload: "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
        },
        { what: "huge JSON (2.4 MB)", type: "application/json", payload: huge },
        { what: "PDF that is not a PDF", type: "application/pdf", payload: notPdf },
        {
          what: "gzip bomb (64 MiB zeros)",
          type: "application/pdf",
          payload: bomb,
          extra: { "content-encoding": "gzip" },
        },
        {
          what: "bomb as base64 pdf field",
          type: "application/json",
          payload: JSON.stringify({ pdf: bomb.toString("base64"), signature: notPdf.toString("base64") }),
        },
      ];
    for (const op of operations) {
      if (op.method === "GET") continue;
      const values = Object.fromEntries(
        op.params.filter((p) => p.in === "path").map((p) => [p.name, ids()[0] ?? "x"]),
      );
      for (const b of bodies) {
        // The long form tries each body with each credential; the short one with one of them in turn.
        const all = ["anonymous", ...(op.path.endsWith("/sign-out") ? [] : ["clerk", "citizen"])];
        const chosen = FULL ? all : [all[(bodies.indexOf(b) + op.path.length) % all.length] ?? "anonymous"];
        for (const context of chosen) {
          await attempt(
            op,
            {
              method: op.method as InjectOptions["method"],
              url: url(op, values, {}, false),
              headers: { ...contexts.get(context), "content-type": b.type, ...b.extra },
              payload: b.payload,
            },
            `${b.what} as ${context}`,
          );
        }
      }
    }
  });

  it("path traversal and odd paths never reach the file system", async () => {
    const traversal = [
      "/../../../../etc/passwd",
      "/..%2f..%2f..%2fetc%2fpasswd",
      "/%2e%2e/%2e%2e/package.json",
      "/assets/..%2f..%2f..%2fpackage.json",
      "/assets/%00.js",
      "/verify/..%2f..%2fpackage.json",
      "/docs/static/..%2f..%2f..%2fpackage.json",
      "/api/v1/documents/..%2f..%2f..%2fetc%2fpasswd/pdf",
      "/api/v1/cases/%00/receipt.pdf",
      "/api/v1/cases/%FF%FE/receipt.pdf",
      "/api/v1/cases/%C0%AE%C0%AE%2F",
      "/api/v1/services/%",
      "/verify/%ED%A0%80",
      "//etc/passwd",
      "/web/dist/../../package.json",
      `/${"a/".repeat(2000)}`,
    ];
    const op: Operation = { method: "GET", path: "(traversal)", params: [] };
    for (const path of traversal) {
      for (const context of ["anonymous", "clerk", "citizen"]) {
        await attempt(op, { method: "GET", url: path, headers: { ...contexts.get(context) } }, context);
      }
    }
    // Still serving after all of it.
    const health = await world.app.inject({ method: "GET", url: "/health" });
    assert.equal(health.statusCode, 200);
  });

  it("unicode names survive intact: Kazakh letters, combining marks and bidi text are stored as sent", async () => {
    const names = HOSTILE_STRINGS.slice(0, 6).filter((s) => !s.includes("\u0000"));
    let serial = 500;
    for (const name of names) {
      const body = {
        idempotencyKey: `unicode-${serial}`,
        serviceCode: "school-meals",
        channel: "provider_office",
        regionCode: "astana",
        districtId: "ast-d01",
        providerId: "AST-D01-EDU",
        applicant: {
          iin: nextIin({ birthDate: "1984-02-02", sex: "m", serial: serial++ }).iin,
          surname: name,
          givenName: name,
        },
        children: [{ fullName: name, birthDate: "2016-01-01" }],
        documents: officeBody("x", 1).documents,
      };
      const res = await world.app.inject({
        method: "POST",
        url: "/api/v1/cases",
        headers: await world.staff("ast-d01-edu.clerk"),
        payload: body,
      });
      assert.ok(res.statusCode === 201 || res.statusCode === 400, res.body);
      if (res.statusCode === 201) {
        const id = res.json<{ case: { id: string } }>().case.id;
        const back = await world.app.inject({
          method: "GET",
          url: `/api/v1/cases/${id}`,
          headers: await world.staff("ast-d01-edu.clerk"),
        });
        assert.equal(back.statusCode, 200);
        assert.ok(
          back.body.includes(JSON.stringify(name).slice(1, -1)),
          `the name ${JSON.stringify(name)} came back`,
        );
      }
      record("POST /api/v1/cases (unicode names)", res.statusCode);
    }
  });
});
