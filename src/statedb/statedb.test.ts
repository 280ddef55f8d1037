import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadCatalog } from "../catalog/catalog.ts";
import { findService, latestVersion } from "../catalog/lookup.ts";
import type { Step } from "../catalog/schema.ts";
import { AutomatedCheck } from "../catalog/vocabulary.ts";
import { nextIin } from "../iin/iin.ts";
import type { Store } from "../store/store.ts";
import type { CaseRow } from "../store/tables.ts";
import { openTestStore } from "../store/testing.ts";
import {
  CHECK_NAMES,
  type CheckFacts,
  caseFacts,
  decideByCheck,
  guardianshipRecordExists,
  isKnownCheck,
  noCriminalRecord,
  notOnDispensaryRegister,
  personKnown,
  powerOfAttorneyValid,
  stateDbAutomation,
} from "./automation.ts";
import { kzDay, localStateDatabases } from "./local.ts";
import type { StateDatabases } from "./ports.ts";

const NOW = new Date("2026-03-10T06:00:00Z");
const TODAY = "2026-03-10";
const iin = (birthDate: string, sex: "m" | "f", serial: number) => nextIin({ birthDate, sex, serial }).iin;

const FATHER = iin("1980-05-01", "m", 1100);
const MOTHER = iin("1982-07-02", "f", 1100);
const CHILD = iin("2012-03-03", "f", 1100);
const GUARDIAN = iin("1970-01-15", "f", 1100);
const WARD = iin("2015-09-09", "m", 1100);
const FORMER_GUARDIAN = iin("1965-02-02", "m", 1100);
const AGENT = iin("1990-10-10", "m", 1100);
const CONVICT = iin("1985-04-04", "m", 1100);
const PATIENT = iin("1987-08-08", "f", 1100);
const DEAD = iin("1940-01-01", "m", 1100);
const STRANGER = iin("1999-12-12", "m", 1100);

function citizen(i: string, birth: string, sex: "m" | "f", surname: string) {
  return {
    iin: i,
    surname,
    given_name: "Тест",
    patronymic: null,
    birth_date: birth,
    sex,
    region_code: "astana",
    district_id: null,
    phone: null,
    address: "Астана",
  };
}

describe("the bundled state databases and the checks", () => {
  let store: Store;
  let dbs: StateDatabases;
  const facts = (over: Partial<CheckFacts>): CheckFacts => ({
    dbs,
    applicantIin: FATHER,
    representative: null,
    childIins: [],
    on: TODAY,
    ...over,
  });

  before(async () => {
    store = await openTestStore();
    const db = store.db;
    dbs = localStateDatabases(db, { now: () => NOW });
    await db
      .insertInto("citizens")
      .values([
        citizen(FATHER, "1980-05-01", "m", "Ахметов"),
        citizen(MOTHER, "1982-07-02", "f", "Ахметова"),
        citizen(CHILD, "2012-03-03", "f", "Ахметова"),
        citizen(GUARDIAN, "1970-01-15", "f", "Иванова"),
        citizen(WARD, "2015-09-09", "m", "Петров"),
        citizen(AGENT, "1990-10-10", "m", "Омаров"),
        citizen(CONVICT, "1985-04-04", "m", "Волков"),
        citizen(PATIENT, "1987-08-08", "f", "Сәрсенова"),
        citizen(DEAD, "1940-01-01", "m", "Козлов"),
      ])
      .execute();
    await db
      .insertInto("civil_records")
      .values([
        {
          id: "c1",
          kind: "marriage",
          person_iin: FATHER,
          other_iin: MOTHER,
          father_iin: null,
          registered_on: "2008-06-01",
          record_number: "Н-2008-0000001",
          region_code: "astana",
        },
        {
          id: "c2",
          kind: "birth",
          person_iin: CHILD,
          other_iin: MOTHER,
          father_iin: FATHER,
          registered_on: "2012-03-20",
          record_number: "Т-2012-0000001",
          region_code: "astana",
        },
        {
          id: "c3",
          kind: "death",
          person_iin: DEAD,
          other_iin: null,
          father_iin: null,
          registered_on: "2020-02-02",
          record_number: "С-2020-0000001",
          region_code: "astana",
        },
      ])
      .execute();
    await db
      .insertInto("guardianship_records")
      .values([
        {
          id: "g1",
          ward_iin: WARD,
          guardian_iin: GUARDIAN,
          order_number: "AST-D01-EDU-2022-00001",
          order_date: "2022-04-01",
          provider_id: "AST-D01-EDU",
          ended_on: null,
        },
        {
          id: "g2",
          ward_iin: CHILD,
          guardian_iin: FORMER_GUARDIAN,
          order_number: "AST-D01-EDU-2019-00007",
          order_date: "2019-01-10",
          provider_id: null,
          ended_on: "2021-01-10",
        },
      ])
      .execute();
    const poa = (number: string, validUntil: string, revoked: boolean) => ({
      number,
      principal_iin: FATHER,
      agent_iin: AGENT,
      notary: "Серікова Айгерім",
      issued_on: "2025-01-01",
      valid_until: validUntil,
      revoked,
    });
    await db
      .insertInto("powers_of_attorney")
      .values([
        poa("P-VALID", "2027-12-31", false),
        poa("P-REVOKED", "2027-12-31", true),
        poa("P-EXPIRED", "2025-12-31", false),
      ])
      .execute();
    await db
      .insertInto("criminal_records")
      .values([
        { id: "k1", iin: CONVICT, article: "188 ч.1", verdict_date: "2021-05-05", expunged: false },
        { id: "k2", iin: FATHER, article: "345 ч.1", verdict_date: "2005-05-05", expunged: true },
      ])
      .execute();
    await db
      .insertInto("dispensary_registrations")
      .values([
        { id: "d1", iin: PATIENT, kind: "narcological", registered_on: "2024-01-01", removed_on: null },
        { id: "d2", iin: FATHER, kind: "psychiatric", registered_on: "2010-01-01", removed_on: "2011-01-01" },
      ])
      .execute();
  });
  after(async () => store.close());

  it("ГБД ФЛ: found with the person's data and death date; not found", async () => {
    const a = await dbs.persons.byIin(FATHER);
    assert.equal(a.found, true);
    assert.equal(a.source, "ГБД ФЛ");
    assert.equal(a.queriedAt, NOW.toISOString());
    assert.equal(a.data?.surname, "Ахметов");
    assert.equal(a.data?.deathDate, null);
    assert.equal((await dbs.persons.byIin(DEAD)).data?.deathDate, "2020-02-02");
    const none = await dbs.persons.byIin(STRANGER);
    assert.deepEqual(none, { found: false, source: "ГБД ФЛ", queriedAt: NOW.toISOString() });
  });

  it("АХАЖ: births of a parent, birth of a child, marriages, death; not found", async () => {
    for (const parent of [FATHER, MOTHER]) {
      const b = await dbs.civil.births(parent);
      assert.equal(b.source, "АХАЖ");
      assert.deepEqual(
        b.data?.map((r) => r.childIin),
        [CHILD],
      );
    }
    const b = await dbs.civil.birthOf(CHILD);
    assert.equal(b.data?.motherIin, MOTHER);
    assert.equal(b.data?.fatherIin, FATHER);
    const m = await dbs.civil.marriages(MOTHER);
    assert.deepEqual(m.data?.[0] && [m.data[0].husbandIin, m.data[0].wifeIin], [FATHER, MOTHER]);
    assert.equal((await dbs.civil.death(DEAD)).data?.registeredOn, "2020-02-02");
    assert.equal((await dbs.civil.death(FATHER)).found, false);
    assert.equal((await dbs.civil.births(STRANGER)).found, false);
    assert.equal((await dbs.civil.birthOf(STRANGER)).found, false);
    assert.equal((await dbs.civil.marriages(STRANGER)).found, false);
  });

  it("ЕНИС: valid, revoked, expired, not found (unknown number or other persons)", async () => {
    const status = async (n: string, principal = FATHER, agent = AGENT) => {
      const a = await dbs.notary.powerOfAttorney(n, principal, agent);
      assert.equal(a.source, "ЕНИС");
      return a.found ? a.data?.status : "not found";
    };
    assert.equal(await status("P-VALID"), "valid");
    assert.equal(await status("P-REVOKED"), "revoked");
    assert.equal(await status("P-EXPIRED"), "expired");
    assert.equal(await status("P-NONE"), "not found");
    assert.equal(await status("P-VALID", FATHER, STRANGER), "not found");
    assert.equal(
      (await dbs.notary.powerOfAttorney("P-VALID", FATHER, AGENT, "2024-12-31")).data?.status,
      "expired",
    );
  });

  it("criminal records, dispensary registrations, guardianship", async () => {
    const c = await dbs.criminal.of(CONVICT);
    assert.equal(c.source, "ИС КПСиСУ");
    assert.deepEqual(c.data, [{ article: "188 ч.1", verdictDate: "2021-05-05", expunged: false }]);
    assert.equal((await dbs.criminal.of(STRANGER)).found, false);
    const d = await dbs.dispensary.of(PATIENT);
    assert.equal(d.source, "dispensary");
    assert.equal(d.data?.[0]?.kind, "narcological");
    assert.equal((await dbs.dispensary.of(STRANGER)).found, false);
    const g = await dbs.guardianship.asGuardian(GUARDIAN);
    assert.equal(g.source, "guardianship");
    assert.equal(g.data?.[0]?.wardIin, WARD);
    assert.equal((await dbs.guardianship.asWard(WARD)).data?.[0]?.orderNumber, "AST-D01-EDU-2022-00001");
    assert.equal((await dbs.guardianship.asGuardian(FORMER_GUARDIAN)).found, false, "ended");
    assert.equal((await dbs.guardianship.asGuardian(FORMER_GUARDIAN, "2020-01-01")).found, true);
    assert.equal((await dbs.guardianship.asGuardian(GUARDIAN, "2022-03-31")).found, false, "not yet ordered");
  });

  it("guardianshipRecordExists: yes for a guardian on record, manual otherwise", async () => {
    assert.equal(await guardianshipRecordExists(facts({ applicantIin: GUARDIAN })), "yes");
    assert.equal(await guardianshipRecordExists(facts({ applicantIin: FORMER_GUARDIAN })), "manual");
    assert.equal(await guardianshipRecordExists(facts({ applicantIin: STRANGER })), "manual");
  });

  it("personKnown: yes for a living person in ГБД ФЛ, no for an unknown or dead one", async () => {
    assert.equal(await personKnown(facts({ applicantIin: FATHER })), "yes");
    assert.equal(await personKnown(facts({ applicantIin: STRANGER })), "no");
    assert.equal(await personKnown(facts({ applicantIin: DEAD })), "no");
  });

  it("powerOfAttorneyValid: yes / no (revoked, expired) / manual (not found); yes without a representative", async () => {
    const rep = (n: string) => facts({ representative: { iin: AGENT, powerOfAttorneyNumber: n } });
    assert.equal(await powerOfAttorneyValid(rep("P-VALID")), "yes");
    assert.equal(await powerOfAttorneyValid(rep("P-REVOKED")), "no");
    assert.equal(await powerOfAttorneyValid(rep("P-EXPIRED")), "no");
    assert.equal(await powerOfAttorneyValid(rep("P-NONE")), "manual");
    assert.equal(await powerOfAttorneyValid(facts({})), "yes");
  });

  it("noCriminalRecord and notOnDispensaryRegister: expunged convictions and past registrations do not count", async () => {
    assert.equal(await noCriminalRecord(facts({ applicantIin: CONVICT })), "no");
    assert.equal(await noCriminalRecord(facts({ applicantIin: FATHER })), "yes");
    assert.equal(await noCriminalRecord(facts({ applicantIin: STRANGER })), "yes");
    assert.equal(await notOnDispensaryRegister(facts({ applicantIin: PATIENT })), "no");
    assert.equal(await notOnDispensaryRegister(facts({ applicantIin: FATHER })), "yes");
    assert.equal(await notOnDispensaryRegister(facts({ applicantIin: STRANGER })), "yes");
  });

  it("decideByCheck: every named check, an unknown name answers manual", async () => {
    assert.deepEqual(CHECK_NAMES, [
      "portal-authenticated",
      "eds-verified",
      "person-and-power-of-attorney",
      "guardianship-record-exists",
      "person-known",
      "power-of-attorney-valid",
      "no-criminal-record",
      "not-on-dispensary-register",
      "oralman-not-registered-elsewhere",
      "children-in-education",
      "applicant-in-education",
    ]);
    assert.equal(await decideByCheck("guardianship-record-exists")(facts({ applicantIin: GUARDIAN })), "yes");
    assert.equal(await decideByCheck("no-such-check")(facts({ applicantIin: GUARDIAN })), "manual");
  });

  it("the Automation port: the step's check decides on the case's applicant; a step with no check answers yes", async () => {
    const service = findService(loadCatalog(), "guardianship-certificate");
    const version = latestVersion(service);
    const procedure = version.procedures[0];
    assert.ok(procedure);
    const step = procedure.steps.find((s) => s.kind === "decision");
    assert.ok(step);
    const rules = { service, version, procedure };
    const caseOf = (applicant: string, representative: unknown = null) =>
      ({
        applicant_iin: applicant,
        representative: representative === null ? null : JSON.stringify(representative),
        children: "[]",
      }) as unknown as CaseRow;
    const checkOf = (s: Step) => (s.id === step.id ? "guardianship-record-exists" : undefined);
    const automation = stateDbAutomation(store.db, checkOf, { now: () => NOW });
    assert.equal(await automation.decide({ step, case: caseOf(GUARDIAN), rules, db: store.db }), "yes");
    assert.equal(await automation.decide({ step, case: caseOf(STRANGER), rules, db: store.db }), "manual");
    const other = procedure.steps.find((s) => s.id !== step.id);
    assert.ok(other);
    assert.equal(
      await automation.decide({ step: other, case: caseOf(STRANGER), rules, db: store.db }),
      "yes",
    );

    const poa = stateDbAutomation(dbs, () => "power-of-attorney-valid", { now: () => NOW });
    const rep = (number: string) => ({
      iin: AGENT,
      fullName: "Омаров Тест",
      powerOfAttorney: { number, date: "2025-01-01", notary: "Серікова Айгерім" },
    });
    assert.equal(
      await poa.decide({ step, case: caseOf(FATHER, rep("P-VALID")), rules, db: store.db }),
      "yes",
    );
    assert.equal(
      await poa.decide({ step, case: caseOf(FATHER, rep("P-REVOKED")), rules, db: store.db }),
      "no",
    );
    assert.equal(
      await poa.decide({ step, case: caseOf(FATHER, rep("P-NONE")), rules, db: store.db }),
      "manual",
    );
  });

  it("caseFacts reads the representative and children whether stored as JSON text or objects", () => {
    const f = caseFacts({
      applicant_iin: FATHER,
      representative: { iin: AGENT, powerOfAttorney: { number: "P-1" } },
      children: [{ iin: CHILD }, { fullName: "no iin" }],
    });
    assert.deepEqual(f, {
      applicantIin: FATHER,
      representative: { iin: AGENT, powerOfAttorneyNumber: "P-1" },
      childIins: [CHILD],
    });
    assert.equal(kzDay(new Date("2026-03-09T19:30:00Z")), "2026-03-10");
  });
});

describe("the catalogue's automated checks", () => {
  it("every check a catalogue step names has a rule here", () => {
    for (const name of AutomatedCheck.options) assert.equal(isKnownCheck(name), true, name);
    for (const service of loadCatalog())
      for (const version of service.versions)
        for (const procedure of version.procedures)
          for (const step of procedure.steps)
            if (step.check) assert.equal(isKnownCheck(step.check), true, step.check);
  });
});
