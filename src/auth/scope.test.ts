/**
 * The authorisation matrix of case scope: examples for every kind of staff,
 * and a property over generated actors and cases against the rule as a table.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { type StaffActor, StaffRole } from "../core/actor.ts";
import { isQyzmetError } from "../core/errors.ts";
import { type CaseScopeFacts, caseInScope, hasRole, requireRole } from "./scope.ts";

function actor(roles: StaffRole[], providerId: string | null, regionCode: string | null): StaffActor {
  return {
    kind: "staff",
    staffId: "s",
    login: "s",
    fullName: "S",
    iin: "900101300017",
    roles,
    providerId,
    regionCode,
  };
}

const kzoCase: CaseScopeFacts = {
  providerId: "KZO-D01-EDU",
  intakeOfficeId: "KZO-D01-SC",
  regionCode: "kyzylorda",
};
const astCase: CaseScopeFacts = { providerId: "AST-D01-EDU", intakeOfficeId: null, regionCode: "astana" };

describe("case scope matrix", () => {
  const rows: [string, StaffActor, boolean, boolean][] = [
    ["republic supervisor", actor(["supervisor"], null, null), true, true],
    ["administrator", actor(["administrator"], null, null), true, true],
    ["Kyzylorda supervisor", actor(["supervisor"], null, "kyzylorda"), true, false],
    ["Astana supervisor", actor(["supervisor"], null, "astana"), false, true],
    ["executor of the provider", actor(["responsible_executor"], "KZO-D01-EDU", "kyzylorda"), true, false],
    ["head of the provider", actor(["head"], "KZO-D01-EDU", "kyzylorda"), true, false],
    [
      "operator of the intake branch",
      actor(["state_corporation_operator"], "KZO-D01-SC", "kyzylorda"),
      true,
      false,
    ],
    ["clerk of another district", actor(["office_clerk"], "KZO-D02-EDU", "kyzylorda"), false, false],
    [
      "regional department (same region, not the provider)",
      actor(["head"], "KZO-EDU", "kyzylorda"),
      false,
      false,
    ],
    ["staff without a provider and no territorial role", actor(["head"], null, null), false, false],
  ];
  for (const [who, a, kzo, ast] of rows) {
    it(`${who}: Kyzylorda case ${kzo ? "yes" : "no"}, Astana case ${ast ? "yes" : "no"}`, () => {
      assert.equal(caseInScope(a, kzoCase), kzo);
      assert.equal(caseInScope(a, astCase), ast);
    });
  }

  const providers = ["P1", "P2", "P3"];
  const regions = ["r1", "r2"];
  const arbActor = fc
    .record({
      roles: fc.uniqueArray(fc.constantFrom(...StaffRole.options), { minLength: 1, maxLength: 3 }),
      providerId: fc.option(fc.constantFrom(...providers), { nil: null }),
      regionCode: fc.option(fc.constantFrom(...regions), { nil: null }),
    })
    .map((r) => actor(r.roles, r.providerId, r.regionCode));
  const arbCase = fc.record({
    providerId: fc.constantFrom(...providers),
    intakeOfficeId: fc.option(fc.constantFrom(...providers), { nil: null }),
    regionCode: fc.constantFrom(...regions),
  });

  it("property: in scope exactly when a territorial role covers the region or the provider handles the case", () => {
    fc.assert(
      fc.property(arbActor, arbCase, (a, c) => {
        const territorial = a.roles.includes("supervisor") || a.roles.includes("administrator");
        const byTerritory = territorial && (a.regionCode === null || a.regionCode === c.regionCode);
        const byProvider = a.providerId !== null && [c.providerId, c.intakeOfficeId].includes(a.providerId);
        assert.equal(caseInScope(a, c), byTerritory || byProvider);
      }),
      { numRuns: 2000 },
    );
  });

  it("property: adding a role never narrows the scope", () => {
    fc.assert(
      fc.property(arbActor, arbCase, fc.constantFrom(...StaffRole.options), (a, c, extra) => {
        const wider = { ...a, roles: [...new Set([...a.roles, extra])] };
        if (caseInScope(a, c)) assert.equal(caseInScope(wider, c), true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("roles", () => {
  it("requireRole passes with any one of the roles and throws FORBIDDEN_ROLE (403) otherwise", () => {
    const head = actor(["head", "department_head"], "P1", "r1");
    requireRole(head, "office_clerk", "head");
    assert.equal(hasRole(head, "department_head"), true);
    assert.equal(hasRole(head, "akim"), false);
    try {
      requireRole(head, "akim", "akim_specialist");
      assert.fail("expected FORBIDDEN_ROLE");
    } catch (error) {
      assert.ok(isQyzmetError(error));
      assert.equal(error.code, "FORBIDDEN_ROLE");
      assert.equal(error.status, 403);
      assert.deepEqual(error.details, {
        required: ["akim", "akim_specialist"],
        have: ["head", "department_head"],
      });
      assert.match(error.messages.kk, /akim/);
    }
  });
});
