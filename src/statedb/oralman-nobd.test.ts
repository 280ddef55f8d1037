/** The "Oralman" base and НОБД: the synthetic rows, the ports, and the checks that consult them. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { loadCatalog } from "../catalog/catalog.ts";
import { demoOrganisation } from "../org/demo-org.ts";
import type { Store } from "../store/store.ts";
import { openTestStore } from "../store/testing.ts";
import { type CheckFacts, childrenInEducation, oralmanNotRegisteredElsewhere } from "./automation.ts";
import { localStateDatabases } from "./local.ts";
import {
  addYears,
  ageOn,
  DEFAULT_AS_OF,
  generatePopulation,
  populationRows,
  SCOPED_SERVICES,
} from "./population.ts";
import type { StateDatabases } from "./ports.ts";

const SIZE = 4000;
const rows = populationRows({ size: SIZE, seed: 7 });
const byIin = new Map(rows.citizens.map((c) => [c.iin, c]));
const deaths = new Set(rows.civilRecords.filter((r) => r.kind === "death").map((r) => r.person_iin));

describe("the synthetic Oralman base and НОБД (population generator)", () => {
  it("кандас are living adults in ГБД ФЛ, registered after 16, most by their own region, some by another", () => {
    assert.ok(rows.oralman.length > 10, `${rows.oralman.length} кандас`);
    let elsewhere = 0;
    for (const o of rows.oralman) {
      const p = byIin.get(o.iin);
      assert.ok(p, "in ГБД ФЛ");
      assert.ok(!deaths.has(o.iin), "alive");
      assert.ok(ageOn(p.birth_date, DEFAULT_AS_OF) >= 18);
      assert.ok(o.registered_on >= addYears(p.birth_date, 16) && o.registered_on <= DEFAULT_AS_OF);
      if (o.region_code !== p.region_code) elsewhere++;
      else assert.equal(o.district_id, p.district_id);
    }
    assert.ok(elsewhere > 0 && elsewhere < rows.oralman.length / 3, `${elsewhere} registered elsewhere`);
    assert.equal(new Set(rows.oralman.map((o) => o.certificate_number)).size, rows.oralman.length);
  });

  it("НОБД: pupils in the class of their age at a school of their district; preschoolers under 7; students 17–22", () => {
    const schools = new Map(
      demoOrganisation()
        .providers.filter((p) => p.kind === "education_organisation")
        .map((p) => [p.id, p.districtId]),
    );
    const levels = new Set(rows.education.map((e) => e.level));
    assert.deepEqual([...levels].sort(), ["college", "preschool", "school", "university"]);
    for (const e of rows.education) {
      const p = byIin.get(e.iin);
      assert.ok(p && !deaths.has(e.iin));
      assert.ok(e.enrolled_on <= DEFAULT_AS_OF);
      const age = ageOn(p.birth_date, DEFAULT_AS_OF);
      if (e.level === "school") {
        assert.ok(typeof e.grade === "number" && e.grade >= 1 && e.grade <= 11, `grade ${e.grade}`);
        // Started in the September after turning 6: on 1 September of the start year the child was 6 or 7.
        const atStart = ageOn(p.birth_date, e.enrolled_on);
        assert.ok(atStart === 6 || atStart === 7, `${atStart} at the start`);
        assert.equal(Number(DEFAULT_AS_OF.slice(0, 4)) - 1 - Number(e.enrolled_on.slice(0, 4)) + 1, e.grade);
        if (e.organisation_id)
          assert.equal(schools.get(e.organisation_id), p.district_id, "a school of the district");
      } else if (e.level === "preschool") assert.ok(age >= 1 && age <= 6);
      else assert.ok(age >= 17 && age <= 22);
    }
    const pupils = rows.education.filter((e) => e.level === "school" && e.organisation_id !== null);
    assert.ok(pupils.length > 0, "some pupils at the demo's own schools");
  });

  it("powers of attorney: every fifth limited to services of the catalogue, the rest general", () => {
    const codes = new Set(loadCatalog().map((s) => s.code));
    for (const code of SCOPED_SERVICES) assert.ok(codes.has(code), code);
    const scoped = rows.powersOfAttorney.filter((p) => p.services !== null && p.services !== undefined);
    assert.ok(scoped.length > 0 && scoped.length < rows.powersOfAttorney.length);
    for (const p of scoped)
      for (const c of JSON.parse(String(p.services)) as string[]) assert.ok(codes.has(c));
  });

  it("is deterministic for a seed", () => {
    const again = populationRows({ size: SIZE, seed: 7 });
    assert.deepEqual(again.oralman, rows.oralman);
    assert.deepEqual(again.education, rows.education);
  });
});

describe("the Oralman and НОБД ports and checks on PostgreSQL", () => {
  let store: Store;
  let dbs: StateDatabases;
  const written = populationRows({ size: 1500, seed: 3 });
  const facts = (over: Partial<CheckFacts>): CheckFacts => ({
    dbs,
    applicantIin: "",
    representative: null,
    childIins: [],
    on: DEFAULT_AS_OF,
    ...over,
  });

  before(async () => {
    store = await openTestStore();
    const counts = await generatePopulation(store.db, { size: 1500, seed: 3 });
    assert.equal(counts.oralman, written.oralman.length);
    assert.equal(counts.educationRecords, written.education.length);
    dbs = localStateDatabases(store.db, { now: () => new Date("2026-01-01T06:00:00Z") });
  });
  after(async () => store.close());

  it("Оралман: a registered person is found with the registering region; another is not", async () => {
    const o = written.oralman[0];
    assert.ok(o);
    const a = await dbs.oralman.byIin(o.iin);
    assert.equal(a.source, "Оралман");
    assert.equal(a.data?.regionCode, o.region_code);
    assert.equal(a.data?.certificateNumber, o.certificate_number);
    const none = written.citizens.find((c) => !written.oralman.some((x) => x.iin === c.iin));
    assert.ok(none);
    assert.equal((await dbs.oralman.byIin(none.iin)).found, false);
  });

  it("НОБД: enrolments in force on the day; none before the enrolment", async () => {
    const e = written.education.find((x) => x.level === "school");
    assert.ok(e);
    const a = await dbs.education.enrolments(e.iin, DEFAULT_AS_OF);
    assert.equal(a.source, "НОБД");
    assert.equal(a.data?.[0]?.grade, e.grade);
    const dayBefore = new Date(Date.parse(`${e.enrolled_on}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    assert.equal((await dbs.education.enrolments(e.iin, dayBefore)).found, false);
  });

  it("ЕНИС by number: any principal and agent, with the power's scope", async () => {
    const p = written.powersOfAttorney.find((x) => x.services);
    assert.ok(p);
    const a = await dbs.notary.byNumber(p.number, DEFAULT_AS_OF);
    assert.equal(a.data?.principalIin, p.principal_iin);
    assert.deepEqual(a.data?.services, JSON.parse(String(p.services)));
    assert.equal((await dbs.notary.byNumber("0000-0000000")).found, false);
  });

  it('001 Annex 9, p. 7, sub-p. 1: registered in another region by the "Oralman" base → no; this region or not in the base → yes', async () => {
    const here = written.oralman[0];
    assert.ok(here);
    const other = here.region_code === "astana" ? "almaty" : "astana";
    assert.equal(
      await oralmanNotRegisteredElsewhere(facts({ applicantIin: here.iin, regionCode: here.region_code })),
      "yes",
    );
    assert.equal(
      await oralmanNotRegisteredElsewhere(facts({ applicantIin: here.iin, regionCode: other })),
      "no",
    );
    assert.equal(await oralmanNotRegisteredElsewhere(facts({ applicantIin: here.iin })), "manual");
    const none = written.citizens.find((c) => !written.oralman.some((x) => x.iin === c.iin));
    assert.ok(none);
    assert.equal(
      await oralmanNotRegisteredElsewhere(facts({ applicantIin: none.iin, regionCode: other })),
      "yes",
    );
  });

  it("children-in-education: every named child on record in НОБД → yes; one not, or none named → a person decides", async () => {
    const pupil = written.education.find((x) => x.level === "school");
    const adult = written.citizens.find((c) => ageOn(c.birth_date, DEFAULT_AS_OF) > 40);
    assert.ok(pupil && adult);
    assert.equal(await childrenInEducation(facts({ childIins: [pupil.iin] })), "yes");
    assert.equal(await childrenInEducation(facts({ childIins: [pupil.iin, adult.iin] })), "manual");
    assert.equal(await childrenInEducation(facts({ childIins: [] })), "manual");
  });
});
