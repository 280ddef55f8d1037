/**
 * A sample of step durations of every version, read from the acts by hand
 * (not from the catalogue's own quotes): the catalogue must have a step of
 * that duration (and actor, where given) whose source covers one of the lines.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadCatalog } from "./catalog.ts";
import { findService, findVersion } from "./lookup.ts";
import type { Duration } from "./schema.ts";
import type { Role } from "./vocabulary.ts";

interface Expectation {
  /** The act's reference, used as the test's title. */
  source: string;
  code: string;
  version: string;
  /** Any of these seed lines (the acts often state a step twice). */
  lines: number[];
  duration: Duration;
  actor?: Role;
}

const min = (value: number): Duration => ({ value, unit: "minutes" });
const h = (value: number): Duration => ({ value, unit: "hours" });
const wd = (value: number): Duration => ({ value, unit: "working_days" });
const cd = (value: number): Duration => ({ value, unit: "calendar_days" });

const K = "kyzylorda-2018";
const EXPECTED: Expectation[] = [
  // 000 — Akmola akimat resolution А-7/276 (2018) as restated by А-8/332 (2019)
  { source: "000 p. 5 sub-p. 1: office registers — 20 minutes", code: "foster-family-placement", version: "akmola-2019", lines: [83], duration: min(20), actor: "office_clerk" },
  { source: "000 p. 5 sub-p. 3: housing inspection or refusal — 3 working days", code: "foster-family-placement", version: "akmola-2019", lines: [93], duration: wd(3), actor: "responsible_executor" },
  { source: "000 p. 5 sub-p. 6: contract and order drafted — 2 working days", code: "foster-family-placement", version: "akmola-2019", lines: [108], duration: wd(2), actor: "responsible_executor" },
  // 002 — Kyzylorda akimat resolution No. 1114 (2018)
  { source: "002 Reg. 1 p. 6 sub-p. 2: certificate printed from the IS — 5 minutes", code: "guardianship-certificate", version: K, lines: [109], duration: min(5), actor: "state_corporation_operator" },
  { source: "002 Reg. 1 p. 9: executor drafts certificate or refusal — 2 working days", code: "guardianship-certificate", version: K, lines: [173], duration: wd(2), actor: "responsible_executor" },
  { source: "002 Reg. 2 p. 6 sub-p. 5: head assigns the executor — 1 hour", code: "guardianship-establishment", version: K, lines: [229], duration: h(1), actor: "head" },
  { source: "002 Reg. 2 p. 9: head agrees the draft resolution — 1 working day", code: "guardianship-establishment", version: K, lines: [271], duration: wd(1), actor: "head" },
  { source: "002 Reg. 3 p. 6 sub-p. 3: transfer to the provider — 1 working day, acceptance day not counted", code: "minor-property-certificates", version: K, lines: [329], duration: wd(1) },
  { source: "002 Reg. 3 p. 6 sub-p. 6: executor drafts the certificate — 3 working days", code: "minor-property-certificates", version: K, lines: [335], duration: wd(3), actor: "responsible_executor" },
  { source: "002 Reg. 4 p. 6 sub-p. 5: head assigns — 1 hour", code: "minor-property-transactions-certificate", version: K, lines: [424], duration: h(1), actor: "head" },
  { source: "002 Reg. 4 p. 6 sub-p. 8: clerk sends the result to the State Corporation — 1 hour", code: "minor-property-transactions-certificate", version: K, lines: [430], duration: h(1), actor: "office_clerk" },
  { source: "002 Reg. 5 p. 6 sub-p. 4: clerk registers — 15 minutes", code: "guardian-allowance", version: K, lines: [513], duration: min(15), actor: "office_clerk" },
  { source: "002 Reg. 5 p. 9: executor registers the e-request — 15 minutes", code: "guardian-allowance", version: K, lines: [547], duration: min(15), actor: "responsible_executor" },
  { source: "002 Reg. 6 p. 5: head assigns — 1 hour", code: "patronage-placement", version: K, lines: [604], duration: h(1), actor: "head" },
  { source: "002 Reg. 6 p. 9: executor registers the e-request — 30 minutes", code: "patronage-placement", version: K, lines: [630], duration: min(30), actor: "responsible_executor" },
  { source: "002 Reg. 7 p. 5: executor drafts the decision — 3 working days", code: "patronage-payment", version: K, lines: [689], duration: wd(3), actor: "responsible_executor" },
  { source: "002 Reg. 8 p. 5: head assigns — 1 hour", code: "adoption-candidate-registration", version: K, lines: [765], duration: h(1), actor: "head" },
  { source: "002 Reg. 9 p. 5: executor drafts the decision — 8 working days", code: "adoption-one-time-payment", version: K, lines: [852], duration: wd(8), actor: "responsible_executor" },
  { source: "002 Reg. 10: clerk issues the permission — 30 minutes", code: "parent-meeting-permission", version: K, lines: [927], duration: min(30), actor: "office_clerk" },
  { source: "002 Reg. 11 p. 5: clerk refuses an incomplete package — 30 minutes", code: "foster-family-placement", version: K, lines: [999], duration: min(30), actor: "office_clerk" },
  { source: "002 Reg. 12: executor drafts the certificate — 4 working days", code: "rural-school-transport", version: K, lines: [1063], duration: wd(4) },
  { source: "002 Reg. 12: State Corporation refuses an incomplete package — 15 minutes", code: "rural-school-transport", version: K, lines: [1093], duration: min(15), actor: "state_corporation_operator" },
  { source: "002 Reg. 13: executor drafts the certificate — 4 working days", code: "school-meals", version: K, lines: [1179], duration: wd(4), actor: "responsible_executor" },
  { source: "002 Reg. 14: head signs the voucher — 1 hour", code: "camp-voucher", version: K, lines: [1259], duration: h(1), actor: "head" },
  { source: "002 Reg. 15: head assigns — 30 minutes", code: "health-insurance-data-update", version: K, lines: [1314], duration: min(30), actor: "head" },
  // 004 — Zhambyl akimat resolution No. 332 (2015)
  { source: "004 Service 1 p. 5: reception and registration — 30 minutes", code: "patronage-placement", version: "zhambyl-2015", lines: [112, 144], duration: min(30), actor: "office_clerk" },
  { source: "004 Service 1 p. 5: inspection act and result — 25 calendar days", code: "patronage-placement", version: "zhambyl-2015", lines: [117, 154], duration: cd(25), actor: "responsible_executor" },
  { source: "004 Service 2 p. 5: inspection act and conclusion — 12 calendar days", code: "adoption-candidate-registration", version: "zhambyl-2015", lines: [334, 369], duration: cd(12), actor: "responsible_executor" },
  { source: "004 Service 2 p. 5: head — 1 calendar day", code: "adoption-candidate-registration", version: "zhambyl-2015", lines: [365], duration: cd(1), actor: "head" },
];

const catalog = loadCatalog();

describe("step durations sampled from every act by hand", () => {
  for (const e of EXPECTED) {
    test(`${e.source} (${e.code}@${e.version})`, () => {
      const version = findVersion(findService(catalog, e.code), e.version);
      const steps = version.procedures.flatMap((p) => p.steps);
      const match = steps.find(
        (s) =>
          s.duration?.value === e.duration.value &&
          s.duration.unit === e.duration.unit &&
          (e.actor === undefined || s.actor === e.actor) &&
          e.lines.some((l) => s.source.lines[0] <= l && l <= s.source.lines[1]),
      );
      assert.ok(match, `no ${e.actor ?? "step"} of ${e.duration.value} ${e.duration.unit} citing line ${e.lines.join("/")}`);
    });
  }

  test("every version of the catalogue is sampled", () => {
    const sampled = new Set(EXPECTED.map((e) => `${e.code}@${e.version}`));
    const missing = catalog.flatMap((s) => s.versions.map((v) => `${s.code}@${v.id}`)).filter((k) => !sampled.has(k));
    assert.deepEqual(missing, []);
  });
});
