import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { loadCatalog } from "./catalog.ts";
import { catalogJsonSchema } from "./json-schema.ts";
import { SERVICES } from "./services.ts";

const committed = JSON.parse(
  readFileSync(new URL("../../docs/catalog.schema.json", import.meta.url), "utf8"),
);

describe("catalog export --format json", () => {
  test("docs/catalog.schema.json is the schema the code validates with (run `npm run schema` after a change)", () => {
    assert.deepEqual(committed, catalogJsonSchema());
  });

  test("the export validates against docs/catalog.schema.json", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(committed);
    const exported = JSON.parse(JSON.stringify(loadCatalog()));
    const ok = validate(exported);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  });

  test("every one of the 26 service codes of SERVICES.md is exported, with at least 38 versions in all", () => {
    const catalog = loadCatalog();
    assert.deepEqual(
      catalog.map((s) => s.code),
      SERVICES.map((s) => s.code),
    );
    assert.equal(catalog.length, 26);
    const versions = catalog.reduce((n, s) => n + s.versions.length, 0);
    assert.ok(versions >= 38, `${versions} versions`);
  });

  test("each version carries id, issuer, act, effective, source, standard and procedures of steps with actor, action, duration and output", () => {
    for (const service of loadCatalog()) {
      for (const v of service.versions) {
        for (const key of ["id", "issuer", "act", "effective", "source", "standard", "procedures"]) {
          assert.ok(key in v, `${service.code}@${v.id} lacks ${key}`);
        }
        for (const p of v.procedures) {
          for (const s of p.steps) {
            assert.ok(
              s.actor && s.action && "duration" in s && "output" in s,
              `${service.code}@${v.id} ${p.id}.${s.id}`,
            );
          }
        }
      }
    }
  });
});
