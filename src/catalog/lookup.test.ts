import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { QyzmetError } from "../core/errors.ts";
import { loadCatalog } from "./catalog.ts";
import { findService, findVersion, isIsoDate, resolveVersion } from "./lookup.ts";
import { REGIONS } from "./regions.ts";

const catalog = loadCatalog();

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof QyzmetError);
    assert.ok(error.messages.kk && error.messages.ru && error.messages.en, "messages in kk, ru and en");
    return error.code;
  }
  assert.fail("expected a typed error");
}

describe("version resolution (DESIGN principle 4: judged by the regulation in force when registered, in its region)", () => {
  test("17 regions and 3 cities of republican significance, each with a unique KATO code", () => {
    assert.equal(REGIONS.filter((r) => r.kind === "region").length, 17);
    assert.equal(REGIONS.filter((r) => r.kind === "city").length, 3);
    assert.equal(new Set(REGIONS.map((r) => r.kato)).size, 20);
  });

  test("a regional regulation in force in its region wins over the national rules", () => {
    const kyzylorda = resolveVersion(catalog, "guardianship-establishment", "kyzylorda", "2019-06-01");
    assert.equal(kyzylorda.id, "kyzylorda-2018");
    assert.equal(kyzylorda.issuer.region, "kyzylorda");
  });

  test("elsewhere, or after the regional act is repealed, the national rules of order No. 414 apply", () => {
    assert.equal(
      resolveVersion(catalog, "guardianship-establishment", "almaty", "2024-01-10").id,
      "national-2022",
    );
    assert.equal(
      resolveVersion(catalog, "guardianship-establishment", "kyzylorda", "2024-01-10").id,
      "national-2022",
    );
  });

  test("three issuers of one service: Akmola 2019, Kyzylorda 2018 and the national rules each in their place", () => {
    assert.equal(
      resolveVersion(catalog, "foster-family-placement", "akmola", "2019-12-01").id,
      "akmola-2019",
    );
    assert.equal(
      resolveVersion(catalog, "foster-family-placement", "kyzylorda", "2019-12-01").id,
      "kyzylorda-2018",
    );
    assert.equal(
      resolveVersion(catalog, "foster-family-placement", "pavlodar", "2023-12-01").id,
      "national-2022",
    );
  });

  test("no version in force, unknown region, unknown service and malformed dates are typed errors", () => {
    assert.equal(
      code(() => resolveVersion(catalog, "oralman-status", "almaty", "2017-01-01")),
      "VERSION_NOT_IN_FORCE",
    );
    assert.equal(
      code(() => resolveVersion(catalog, "oralman-status", "atlantis", "2017-01-01")),
      "REGION_UNKNOWN",
    );
    assert.equal(
      code(() => resolveVersion(catalog, "no-such", "almaty", "2017-01-01")),
      "SERVICE_UNKNOWN",
    );
    assert.equal(
      code(() => resolveVersion(catalog, "oralman-status", "almaty", "2017-02-30")),
      "DATE_INVALID",
    );
    assert.equal(
      code(() => findVersion(findService(catalog, "oralman-status"), "nope")),
      "VERSION_UNKNOWN",
    );
  });

  test("ISO dates are checked for real calendar days", () => {
    assert.ok(isIsoDate("2024-02-29"));
    assert.ok(!isIsoDate("2023-02-29"));
    assert.ok(!isIsoDate("2024-2-9"));
  });
});
