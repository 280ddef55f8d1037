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
  /** The service term rather than a step (for a fully automated service whose steps have no durations). */
  term?: true;
}

const min = (value: number): Duration => ({ value, unit: "minutes" });
const h = (value: number): Duration => ({ value, unit: "hours" });
const wd = (value: number): Duration => ({ value, unit: "working_days" });
const cd = (value: number): Duration => ({ value, unit: "calendar_days" });

const K = "kyzylorda-2018";
const W = "west-kazakhstan-2016";
const N = "national-2022";
const EXPECTED: Expectation[] = [
  // 000 — Akmola akimat resolution А-7/276 (2018) as restated by А-8/332 (2019)
  {
    source: "000 p. 5 sub-p. 1: office registers — 20 minutes",
    code: "foster-family-placement",
    version: "akmola-2019",
    lines: [83],
    duration: min(20),
    actor: "office_clerk",
  },
  {
    source: "000 p. 5 sub-p. 3: housing inspection or refusal — 3 working days",
    code: "foster-family-placement",
    version: "akmola-2019",
    lines: [93],
    duration: wd(3),
    actor: "responsible_executor",
  },
  {
    source: "000 p. 5 sub-p. 6: contract and order drafted — 2 working days",
    code: "foster-family-placement",
    version: "akmola-2019",
    lines: [108],
    duration: wd(2),
    actor: "responsible_executor",
  },
  // 002 — Kyzylorda akimat resolution No. 1114 (2018)
  {
    source: "002 Reg. 1 p. 6 sub-p. 2: certificate printed from the IS — 5 minutes",
    code: "guardianship-certificate",
    version: K,
    lines: [109],
    duration: min(5),
    actor: "state_corporation_operator",
  },
  {
    source: "002 Reg. 1 p. 9: executor drafts certificate or refusal — 2 working days",
    code: "guardianship-certificate",
    version: K,
    lines: [173],
    duration: wd(2),
    actor: "responsible_executor",
  },
  {
    source: "002 Reg. 2 p. 6 sub-p. 5: head assigns the executor — 1 hour",
    code: "guardianship-establishment",
    version: K,
    lines: [229],
    duration: h(1),
    actor: "head",
  },
  {
    source: "002 Reg. 2 p. 9: head agrees the draft resolution — 1 working day",
    code: "guardianship-establishment",
    version: K,
    lines: [271],
    duration: wd(1),
    actor: "head",
  },
  {
    source: "002 Reg. 3 p. 6 sub-p. 3: transfer to the provider — 1 working day, acceptance day not counted",
    code: "minor-property-certificates",
    version: K,
    lines: [329],
    duration: wd(1),
  },
  {
    source: "002 Reg. 3 p. 6 sub-p. 6: executor drafts the certificate — 3 working days",
    code: "minor-property-certificates",
    version: K,
    lines: [335],
    duration: wd(3),
    actor: "responsible_executor",
  },
  {
    source: "002 Reg. 4 p. 6 sub-p. 5: head assigns — 1 hour",
    code: "minor-property-transactions-certificate",
    version: K,
    lines: [424],
    duration: h(1),
    actor: "head",
  },
  {
    source: "002 Reg. 4 p. 6 sub-p. 8: clerk sends the result to the State Corporation — 1 hour",
    code: "minor-property-transactions-certificate",
    version: K,
    lines: [430],
    duration: h(1),
    actor: "office_clerk",
  },
  {
    source: "002 Reg. 5 p. 6 sub-p. 4: clerk registers — 15 minutes",
    code: "guardian-allowance",
    version: K,
    lines: [513],
    duration: min(15),
    actor: "office_clerk",
  },
  {
    source: "002 Reg. 5 p. 9: executor registers the e-request — 15 minutes",
    code: "guardian-allowance",
    version: K,
    lines: [547],
    duration: min(15),
    actor: "responsible_executor",
  },
  {
    source: "002 Reg. 6 p. 5: head assigns — 1 hour",
    code: "patronage-placement",
    version: K,
    lines: [604],
    duration: h(1),
    actor: "head",
  },
  {
    source: "002 Reg. 6 p. 9: executor registers the e-request — 30 minutes",
    code: "patronage-placement",
    version: K,
    lines: [630],
    duration: min(30),
    actor: "responsible_executor",
  },
  {
    source: "002 Reg. 7 p. 5: executor drafts the decision — 3 working days",
    code: "patronage-payment",
    version: K,
    lines: [689],
    duration: wd(3),
    actor: "responsible_executor",
  },
  {
    source: "002 Reg. 8 p. 5: head assigns — 1 hour",
    code: "adoption-candidate-registration",
    version: K,
    lines: [765],
    duration: h(1),
    actor: "head",
  },
  {
    source: "002 Reg. 9 p. 5: executor drafts the decision — 8 working days",
    code: "adoption-one-time-payment",
    version: K,
    lines: [852],
    duration: wd(8),
    actor: "responsible_executor",
  },
  {
    source: "002 Reg. 10: clerk issues the permission — 30 minutes",
    code: "parent-meeting-permission",
    version: K,
    lines: [927],
    duration: min(30),
    actor: "office_clerk",
  },
  {
    source: "002 Reg. 11 p. 5: clerk refuses an incomplete package — 30 minutes",
    code: "foster-family-placement",
    version: K,
    lines: [999],
    duration: min(30),
    actor: "office_clerk",
  },
  {
    source: "002 Reg. 12: executor drafts the certificate — 4 working days",
    code: "rural-school-transport",
    version: K,
    lines: [1063],
    duration: wd(4),
  },
  {
    source: "002 Reg. 12: State Corporation refuses an incomplete package — 15 minutes",
    code: "rural-school-transport",
    version: K,
    lines: [1093],
    duration: min(15),
    actor: "state_corporation_operator",
  },
  {
    source: "002 Reg. 13: executor drafts the certificate — 4 working days",
    code: "school-meals",
    version: K,
    lines: [1179],
    duration: wd(4),
    actor: "responsible_executor",
  },
  {
    source: "002 Reg. 14: head signs the voucher — 1 hour",
    code: "camp-voucher",
    version: K,
    lines: [1259],
    duration: h(1),
    actor: "head",
  },
  {
    source: "002 Reg. 15: head assigns — 30 minutes",
    code: "health-insurance-data-update",
    version: K,
    lines: [1314],
    duration: min(30),
    actor: "head",
  },
  // 004 — Zhambyl akimat resolution No. 332 (2015)
  {
    source: "004 Service 1 p. 5: reception and registration — 30 minutes",
    code: "patronage-placement",
    version: "zhambyl-2015",
    lines: [112, 144],
    duration: min(30),
    actor: "office_clerk",
  },
  {
    source: "004 Service 1 p. 5: inspection act and result — 25 calendar days",
    code: "patronage-placement",
    version: "zhambyl-2015",
    lines: [117, 154],
    duration: cd(25),
    actor: "responsible_executor",
  },
  {
    source: "004 Service 2 p. 5: inspection act and conclusion — 12 calendar days",
    code: "adoption-candidate-registration",
    version: "zhambyl-2015",
    lines: [334, 369],
    duration: cd(12),
    actor: "responsible_executor",
  },
  {
    source: "004 Service 2 p. 5: head — 1 calendar day",
    code: "adoption-candidate-registration",
    version: "zhambyl-2015",
    lines: [365],
    duration: cd(1),
    actor: "head",
  },
  // 001 — West Kazakhstan akimat resolution No. 122 (2016)
  {
    source: "001 Annex 1 p. 4: term — 5 working days from registration",
    code: "unemployed-registration",
    version: W,
    lines: [125],
    duration: wd(5),
    term: true,
  },
  {
    source: "001 Annex 1 p. 5 sub-p. 1: clerk registers — 10 minutes",
    code: "unemployed-registration",
    version: W,
    lines: [147],
    duration: min(10),
    actor: "office_clerk",
  },
  {
    source: "001 Annex 2 p. 5 sub-p. 3: decision on recognition — 17 working days",
    code: "nuclear-test-victims",
    version: W,
    lines: [414],
    duration: wd(17),
    actor: "responsible_executor",
  },
  {
    source: "001 Annex 3 p. 5 sub-p. 3: executor prepares the certificate — 3 minutes",
    code: "unemployed-certificate",
    version: W,
    lines: [651],
    duration: min(3),
    actor: "responsible_executor",
  },
  {
    source: "001 Annex 4: akim's specialist registers in the journal — 30 minutes",
    code: "child-benefit-under-18",
    version: W,
    lines: [954],
    duration: min(30),
    actor: "akim_specialist",
  },
  {
    source: "001 Annex 5 p. 5 sub-p. 1: clerk registers — 15 minutes",
    code: "targeted-social-assistance",
    version: W,
    lines: [1214],
    duration: min(15),
    actor: "office_clerk",
  },
  {
    source: "001 Annex 6 p. 5: head signs and sends to the office — 1 working day",
    code: "disabled-child-home-education",
    version: W,
    lines: [1518],
    duration: wd(1),
    actor: "head",
  },
  {
    source: "001 Annex 7: executor prepares the notification — 7 working days",
    code: "rural-specialist-fuel-assistance",
    version: W,
    lines: [1839],
    duration: wd(7),
  },
  {
    source: "001 Annex 8: State Corporation checks the package — 2 minutes",
    code: "tsa-recipient-certificate",
    version: W,
    lines: [2161],
    duration: min(2),
  },
  {
    source: "001 Annex 9 p. 5 sub-p. 4: department head — 1 hour",
    code: "oralman-status",
    version: W,
    lines: [2327],
    duration: h(1),
    actor: "department_head",
  },
  {
    source: "001 Annex 9 p. 5 sub-p. 8: executor — 2 hours",
    code: "oralman-status",
    version: W,
    lines: [2349],
    duration: h(2),
    actor: "responsible_executor",
  },
  // 003 — order No. 414 of the Minister of Enlightenment (2022, amended 2023)
  {
    source: "003 Accreditation Rules p. 11: documents to state bodies — 2 calendar days",
    code: "adoption-agency-accreditation",
    version: N,
    lines: [81],
    duration: cd(2),
  },
  {
    source: "003 Accreditation Rules p. 12: check and decision — 14 calendar days",
    code: "adoption-agency-accreditation",
    version: N,
    lines: [87],
    duration: cd(14),
  },
  {
    source: "003 Registration Rules p. 11: notification within 2 working days",
    code: "adoption-candidate-registration",
    version: N,
    lines: [252],
    duration: wd(2),
  },
  {
    source: "003 List annex 4 row 3: term — 30 minutes",
    code: "guardianship-certificate",
    version: N,
    lines: [1908],
    duration: min(30),
    term: true,
  },
  {
    source: "003 Property-certificate Rules p. 7: certificate or refusal — 2 working days",
    code: "minor-property-certificates",
    version: N,
    lines: [360],
    duration: wd(2),
  },
  {
    source: "003 Guardianship Rules p. 11: order within 8 working days",
    code: "guardianship-establishment",
    version: N,
    lines: [419],
    duration: wd(8),
  },
  {
    source: "003 Guardianship Rules p. 11: answer after the hearing — 2 working days",
    code: "guardianship-establishment",
    version: N,
    lines: [435],
    duration: wd(2),
  },
  {
    source: "003 Foster-family Rules p. 8: notification within 1 working day",
    code: "foster-family-placement",
    version: N,
    lines: [475],
    duration: wd(1),
  },
  {
    source: "003 Meeting-permission Rules: permission within 3 working days",
    code: "parent-meeting-permission",
    version: N,
    lines: [536],
    duration: wd(3),
  },
  {
    source: "003 Transport Rules: certificate within 3 working days",
    code: "rural-school-transport",
    version: N,
    lines: [590],
    duration: wd(3),
  },
  {
    source: "003 Meals Rules: certificate within 3 working days",
    code: "school-meals",
    version: N,
    lines: [672],
    duration: wd(3),
  },
  {
    source: "003 Camp Rules p. 10: voucher within 3 working days",
    code: "camp-voucher",
    version: N,
    lines: [732],
    duration: wd(3),
  },
  {
    source: "003 Child-opinion Rules: decision 4 working days after the interview",
    code: "child-opinion-decision",
    version: N,
    lines: [785],
    duration: wd(4),
  },
];

const catalog = loadCatalog();

describe("step durations sampled from every act by hand", () => {
  for (const e of EXPECTED) {
    test(`${e.source} (${e.code}@${e.version})`, () => {
      const version = findVersion(findService(catalog, e.code), e.version);
      const timed = e.term ? version.standard.terms : version.procedures.flatMap((p) => p.steps);
      const match = timed.find(
        (s) =>
          s.duration?.value === e.duration.value &&
          s.duration.unit === e.duration.unit &&
          (e.actor === undefined || ("actor" in s && s.actor === e.actor)) &&
          e.lines.some((l) => s.source.lines[0] <= l && l <= s.source.lines[1]),
      );
      assert.ok(
        match,
        `no ${e.actor ?? "step"} of ${e.duration.value} ${e.duration.unit} citing line ${e.lines.join("/")}`,
      );
    });
  }

  test("every version of the catalogue is sampled", () => {
    const sampled = new Set(EXPECTED.map((e) => `${e.code}@${e.version}`));
    const missing = catalog
      .flatMap((s) => s.versions.map((v) => `${s.code}@${v.id}`))
      .filter((k) => !sampled.has(k));
    assert.deepEqual(missing, []);
  });
});
