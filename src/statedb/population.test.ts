import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { isValidIin, parseIin } from "../iin/iin.ts";
import type { Store } from "../store/store.ts";
import { openTestStore } from "../store/testing.ts";
import { addYears, ageOn, countsOf, FIRST_SERIAL, generatePopulation, populationRows } from "./population.ts";

const AS_OF = "2026-01-01";
const rows = populationRows({ size: 6000, seed: 42, asOf: AS_OF });
const people = new Map(rows.citizens.map((c) => [c.iin, c]));
const deaths = new Map(
  rows.civilRecords.filter((r) => r.kind === "death").map((r) => [r.person_iin, r.registered_on]),
);
const birthOf = (iin: string): string => {
  const p = people.get(iin);
  assert.ok(p, `person ${iin} exists`);
  return p.birth_date;
};

describe("the synthetic population", () => {
  it("has exactly the size asked, unique valid IINs matching birth date and sex, serials 1000–4999", () => {
    assert.equal(rows.citizens.length, 6000);
    assert.equal(people.size, 6000);
    for (const c of rows.citizens) {
      assert.ok(isValidIin(c.iin), c.iin);
      const p = parseIin(c.iin);
      assert.equal(p.birthDate, c.birth_date);
      assert.equal(p.sex, c.sex);
      assert.ok(p.serial >= FIRST_SERIAL && p.serial < 5000, `serial ${p.serial}`);
    }
  });

  it("has every kind of record", () => {
    const counts = countsOf(rows);
    for (const [k, v] of Object.entries(counts)) assert.ok(v > 0, `${k}: ${v}`);
  });

  it("names existing parents in every birth record, adults and alive at the birth; the child has the father's surname form", () => {
    const births = rows.civilRecords.filter((r) => r.kind === "birth");
    assert.ok(births.length > 500);
    for (const b of births) {
      const child = people.get(b.person_iin);
      assert.ok(child);
      assert.ok(b.registered_on >= child.birth_date && b.registered_on <= AS_OF);
      assert.ok(b.other_iin, "a birth names the mother");
      const mother = people.get(b.other_iin);
      assert.ok(mother);
      assert.equal(mother.sex, "f");
      assert.ok(ageOn(mother.birth_date, child.birth_date) >= 18, "mother adult at the birth");
      assert.ok((deaths.get(mother.iin) ?? "9999") >= child.birth_date, "mother alive at the birth");
      if (b.father_iin) {
        const father = people.get(b.father_iin);
        assert.ok(father);
        assert.equal(father.sex, "m");
        assert.ok(ageOn(father.birth_date, child.birth_date) >= 18, "father adult at the birth");
        // The child carries the father's surname in the form of the child's sex.
        const stem = father.surname.replace(/(ский|енко|чук)$/u, "");
        assert.ok(
          child.surname.startsWith(stem.slice(0, Math.max(3, stem.length - 1))),
          `${father.surname} → ${child.surname}`,
        );
      }
    }
  });

  it("gives women the feminine surname forms (-ова/-ева/-ина/-ская)", () => {
    for (const c of rows.citizens) {
      if (c.sex === "f") assert.doesNotMatch(c.surname, /(ов|ев|ин|ский)$/u, c.surname);
      else assert.doesNotMatch(c.surname, /(ова|ева|ина|ская)$/u, c.surname);
    }
  });

  it("registers marriages between a living adult man and a living adult woman", () => {
    const marriages = rows.civilRecords.filter((r) => r.kind === "marriage");
    assert.ok(marriages.length > 300);
    for (const m of marriages) {
      assert.ok(m.other_iin);
      const h = people.get(m.person_iin);
      const w = people.get(m.other_iin);
      assert.ok(h && w);
      assert.equal(h.sex, "m");
      assert.equal(w.sex, "f");
      assert.ok(ageOn(h.birth_date, m.registered_on) >= 18, "husband adult");
      assert.ok(ageOn(w.birth_date, m.registered_on) >= 18, "wife adult");
      assert.ok(m.registered_on <= AS_OF);
      for (const iin of [h.iin, w.iin]) assert.ok((deaths.get(iin) ?? "9999") > m.registered_on, "alive");
    }
  });

  it("records deaths of existing adults, after birth and not after the as-of day", () => {
    for (const [iin, on] of deaths) {
      assert.ok(on > birthOf(iin) && on <= AS_OF);
    }
  });

  it("places minors under guardianship after their parents died, with a living adult guardian", () => {
    assert.ok(rows.guardianships.length > 50);
    for (const g of rows.guardianships) {
      const ward = birthOf(g.ward_iin);
      assert.ok(ageOn(ward, g.order_date) < 18, "the ward is a minor at the order date");
      assert.ok(g.order_date >= ward && g.order_date <= AS_OF);
      assert.ok(ageOn(birthOf(g.guardian_iin), g.order_date) >= 18, "the guardian is an adult");
      assert.ok(!deaths.has(g.guardian_iin));
      assert.match(g.order_number, /-\d{4}-\d{5}$/);
      if (g.ended_on) assert.ok(g.ended_on > g.order_date && g.ended_on <= addYears(ward, 18));
      else assert.ok(ageOn(ward, AS_OF) < 18, "a guardianship in force has a minor ward");
      const birth = rows.civilRecords.find((r) => r.kind === "birth" && r.person_iin === g.ward_iin);
      assert.ok(birth?.other_iin && birth.father_iin);
      for (const parent of [birth.other_iin, birth.father_iin]) {
        const died = deaths.get(parent);
        assert.ok(
          died && died <= g.order_date && died >= ward,
          "parents died after the birth, before the order",
        );
      }
    }
  });

  it("gives powers of attorney, criminal records and dispensary registrations to living adults only", () => {
    for (const p of rows.powersOfAttorney) {
      assert.notEqual(p.principal_iin, p.agent_iin);
      for (const iin of [p.principal_iin, p.agent_iin]) {
        assert.ok(ageOn(birthOf(iin), AS_OF) >= 18 && !deaths.has(iin));
      }
      assert.ok(p.issued_on <= p.valid_until);
    }
    for (const r of [...rows.criminalRecords, ...rows.dispensary])
      assert.ok(ageOn(birthOf(r.iin), AS_OF) >= 18 && !deaths.has(r.iin));
    assert.ok(rows.powersOfAttorney.some((p) => p.revoked));
    assert.ok(
      rows.powersOfAttorney.some((p) => p.valid_until < AS_OF),
      "some have expired",
    );
  });

  it("is deterministic: the same seed gives the same rows, another seed other rows", () => {
    assert.deepEqual(populationRows({ size: 6000, seed: 42, asOf: AS_OF }), rows);
    assert.notDeepEqual(populationRows({ size: 6000, seed: 43, asOf: AS_OF }).citizens, rows.citizens);
  });
});

describe("generatePopulation in the database", () => {
  let store: Store;
  before(async () => {
    store = await openTestStore();
  });
  after(async () => store.close());

  const dump = async () => ({
    citizens: await store.db.selectFrom("citizens").selectAll().orderBy("iin").execute(),
    civil: await store.db.selectFrom("civil_records").selectAll().orderBy("id").execute(),
    guardianship: await store.db.selectFrom("guardianship_records").selectAll().orderBy("id").execute(),
    poa: await store.db.selectFrom("powers_of_attorney").selectAll().orderBy("number").execute(),
    criminal: await store.db.selectFrom("criminal_records").selectAll().orderBy("id").execute(),
    dispensary: await store.db.selectFrom("dispensary_registrations").selectAll().orderBy("id").execute(),
  });

  it("writes the rows, and a second run with the same seed replaces them with the same rows", async () => {
    // A demo citizen (serial 1) is left alone by a regeneration.
    await store.db
      .insertInto("citizens")
      .values({
        iin: "800101300013",
        surname: "Демо",
        given_name: "Азамат",
        patronymic: null,
        birth_date: "1980-01-01",
        sex: "m",
        region_code: "astana",
        district_id: null,
        phone: null,
        address: "Астана",
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const counts = await generatePopulation(store.db, { size: 1500, seed: 7, asOf: AS_OF }, 400);
    assert.equal(counts.citizens, 1500);
    const first = await dump();
    assert.equal(first.citizens.length, 1501);
    assert.equal(first.civil.length, counts.births + counts.marriages + counts.deaths);
    assert.equal(first.guardianship.length, counts.guardianships);
    await generatePopulation(store.db, { size: 1500, seed: 7, asOf: AS_OF });
    assert.deepEqual(await dump(), first);
    await generatePopulation(store.db, { size: 800, seed: 8, asOf: AS_OF });
    const third = await dump();
    assert.equal(third.citizens.length, 801);
  });
});
