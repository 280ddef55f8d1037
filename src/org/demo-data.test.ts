/** The demo organisation and population as data (no database). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { REGIONS } from "../catalog/regions.ts";
import { ProviderKind } from "../catalog/vocabulary.ts";
import { isValidBin, parseBin } from "../iin/bin.ts";
import { isValidIin, parseIin } from "../iin/iin.ts";
import { demoOrganisation, REGION_SEEDS, staffLinesFor } from "./demo-org.ts";
import { demoCitizens } from "./demo-population.ts";
import { patronymicOf, surnameForm } from "./names.ts";

const org = demoOrganisation();
const citizens = demoCitizens();

const REGION_LEVEL_KINDS = [
  "regional_education_department",
  "regional_employment_social_department",
  "local_executive_body",
  "state_corporation_branch",
];
const DISTRICT_LEVEL_KINDS = [
  "district_education_department",
  "district_employment_social_department",
  "employment_centre",
  "akim_office",
  "education_organisation",
  "state_corporation_branch",
  "local_executive_body",
];

function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

describe("demo organisation", () => {
  it("covers every region with 2–4 districts whose KATO codes start with the region's", () => {
    assert.deepEqual(
      org.regions.map((r) => r.code),
      REGIONS.map((r) => r.code),
    );
    for (const r of REGIONS) {
      const ds = org.districts.filter((d) => d.regionCode === r.code);
      assert.ok(ds.length >= 2 && ds.length <= 4, r.code);
      const prefix = REGION_SEEDS[r.code].prefix.toLowerCase();
      ds.forEach((d, i) => {
        assert.equal(d.id, `${prefix}-d${String(i + 1).padStart(2, "0")}`);
        assert.match(d.kato, /^\d{9}$/);
        assert.ok(d.kato.startsWith(r.kato), `${d.id} ${d.kato}`);
      });
    }
    assert.equal(new Set(org.districts.map((d) => d.kato)).size, org.districts.length);
  });

  it("every region and district has a provider of each kind; the republic its committee", () => {
    for (const r of org.regions) {
      const kinds = new Set(
        org.providers.filter((p) => p.regionCode === r.code && !p.districtId).map((p) => p.kind),
      );
      for (const k of REGION_LEVEL_KINDS) assert.ok(kinds.has(k as never), `${r.code} ${k}`);
      const regionKinds = new Set(org.providers.filter((p) => p.regionCode === r.code).map((p) => p.kind));
      for (const k of ProviderKind.options) {
        if (k !== "ministry_committee") assert.ok(regionKinds.has(k), `${r.code} ${k}`);
      }
    }
    for (const d of org.districts) {
      const kinds = org.providers.filter((p) => p.districtId === d.id).map((p) => p.kind);
      assert.deepEqual([...kinds].sort(), [...DISTRICT_LEVEL_KINDS].sort(), d.id);
    }
    const committee = org.providers.filter((p) => p.kind === "ministry_committee");
    assert.deepEqual(
      committee.map((p) => [p.id, p.regionCode, p.districtId]),
      [["KZ-CPCR", "astana", null]],
    );
  });

  it("provider ids are short upper-case codes; BINs valid and unique; names in three languages", () => {
    const ids = org.providers.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const p of org.providers) {
      assert.match(p.id, /^[A-Z]{2,3}(-D\d{2})?-[A-Z]+$/);
      assert.ok(isValidBin(p.bin), `${p.id} ${p.bin}`);
      const bin = parseBin(p.bin);
      assert.equal(bin.entityType, "resident_legal_entity");
      assert.equal(bin.attribute, p.kind === "state_corporation_branch" ? "branch" : "head_office");
      for (const t of [p.name, p.address]) {
        assert.ok(t.kk && t.ru && t.en, p.id);
        assert.notEqual(t.kk, t.en);
      }
    }
    assert.equal(new Set(org.providers.map((p) => p.bin)).size, org.providers.length);
    for (const t of texts(org)) assert.ok(!/undefined|null|NaN/.test(t), t);
    const kzo = org.providers.find((p) => p.id === "KZO-D02-EDU");
    assert.deepEqual(kzo?.name, {
      kk: "Қазалы ауданының білім бөлімі",
      ru: "Отдел образования Казалинского района",
      en: "Education Division of Kazaly District",
    });
  });

  it("every provider has its staff; logins and ids follow <provider>.<role>; IINs valid and unique", () => {
    const logins = org.staff.map((s) => s.login);
    assert.equal(new Set(logins).size, logins.length);
    for (const p of org.providers) {
      const expected = staffLinesFor(p.kind).map(([short, role]) => [`${p.id.toLowerCase()}.${short}`, role]);
      const actual = org.staff.filter((s) => s.providerId === p.id).map((s) => [s.login, s.roles[0]]);
      assert.deepEqual(actual, expected, p.id);
    }
    for (const s of org.staff) {
      assert.equal(s.id, s.login);
      assert.ok(isValidIin(s.iin), s.login);
      assert.equal(parseIin(s.iin).serial >= 5000, true, "staff serials are 5000 and up");
      if (s.providerId) {
        const p = org.providers.find((x) => x.id === s.providerId);
        assert.equal(s.regionCode, p?.regionCode);
      }
    }
    assert.equal(new Set(org.staff.map((s) => s.iin)).size, org.staff.length);
    for (const [login, provider] of [
      ["kzo-d01-edu.clerk", "KZO-D01-EDU"],
      ["kzo-d01-edu.executor2", "KZO-D01-EDU"],
      ["kzo-d01-akim.specialist", "KZO-D01-AKIM"],
      ["kzo-d01-sc.operator2", "KZO-D01-SC"],
      ["kz-cpcr.dept", "KZ-CPCR"],
    ]) {
      assert.equal(org.staff.find((s) => s.login === login)?.providerId, provider, login);
    }
  });

  it("a supervisor per region, one for the republic and an administrator", () => {
    for (const r of REGIONS) {
      const login = `${REGION_SEEDS[r.code].prefix.toLowerCase()}.supervisor`;
      const s = org.staff.find((x) => x.login === login);
      assert.deepEqual([s?.roles, s?.providerId, s?.regionCode], [["supervisor"], null, r.code], login);
    }
    const kz = org.staff.find((s) => s.login === "kz.supervisor");
    assert.deepEqual([kz?.roles, kz?.providerId, kz?.regionCode], [["supervisor"], null, null]);
    const admin = org.staff.find((s) => s.login === "admin");
    assert.deepEqual([admin?.roles, admin?.providerId, admin?.regionCode], [["administrator"], null, null]);
  });
});

describe("demo population", () => {
  it("is deterministic and has the requested size", () => {
    assert.equal(citizens.length, 2000);
    assert.deepEqual(demoCitizens({ count: 50 }), citizens.slice(0, 50));
    assert.notDeepEqual(demoCitizens({ count: 50, seed: 1 }), citizens.slice(0, 50));
  });

  it("IINs are valid, unique, and agree with birth date and sex; none collides with staff", () => {
    const staffIins = new Set(org.staff.map((s) => s.iin));
    assert.equal(new Set(citizens.map((c) => c.iin)).size, citizens.length);
    for (const c of citizens) {
      const p = parseIin(c.iin);
      assert.equal(p.birthDate, c.birth_date);
      assert.equal(p.sex, c.sex);
      assert.ok(!staffIins.has(c.iin));
    }
  });

  it("adults are 18–75 and children 0–17 on 2026-01-01; children have no phone", () => {
    const age = (b: string) => {
      const [y = 0, m = 0, d = 0] = b.split("-").map(Number);
      return 2025 - y + (m < 1 || (m === 1 && d <= 1) ? 1 : 0);
    };
    let children = 0;
    for (const c of citizens) {
      const a = age(c.birth_date);
      assert.ok(a >= 0 && a <= 75, `${c.birth_date} → ${a}`);
      if (a < 18) {
        children++;
        assert.equal(c.phone, null);
      } else if (c.phone !== null) {
        assert.match(c.phone ?? "", /^\+7 7\d{2} \d{3} \d{2} \d{2}$/);
      }
    }
    assert.ok(children > 300 && children < 1000, String(children));
  });

  it("names take the forms of the person's sex", () => {
    for (const c of citizens) {
      if (c.sex === "f") assert.match(c.surname, /(ова|ева|ина|ская|енко|чук)$/, c.surname);
      else assert.match(c.surname, /(ов|ев|ин|ский|енко|чук)$/, c.surname);
      if (c.patronymic === null) continue;
      if (c.sex === "m") assert.match(c.patronymic, /(ұлы|ович|евич|ьич)$/, c.patronymic);
      else assert.match(c.patronymic, /(қызы|овна|евна|ична)$/, c.patronymic);
    }
    assert.equal(surnameForm("Ахметов", "f"), "Ахметова");
    assert.equal(surnameForm("Ковальский", "f"), "Ковальская");
    assert.equal(surnameForm("Шевченко", "f"), "Шевченко");
    assert.equal(patronymicOf("Ерлан", "m", "traditional"), "Ерланұлы");
    assert.equal(patronymicOf("Ерлан", "f", "traditional"), "Ерланқызы");
    assert.equal(patronymicOf("Ерлан", "f", "russian"), "Ерлановна");
    assert.equal(patronymicOf("Юрий", "m", "traditional"), "Юрьевич");
    assert.equal(patronymicOf("Михаил", "f", "russian"), "Михайловна");
  });

  it("lives in every region, in districts of that region", () => {
    const districtRegion = new Map(org.districts.map((d) => [d.id, d.regionCode]));
    assert.equal(new Set(citizens.map((c) => c.region_code)).size, REGIONS.length);
    for (const c of citizens) assert.equal(districtRegion.get(c.district_id ?? ""), c.region_code);
    const kazakh = citizens.filter((c) =>
      /ұлы|қызы|[әғқңөұүһі]/.test(`${c.surname}${c.given_name}${c.patronymic}`),
    );
    assert.ok(kazakh.length > 1000, "mostly Kazakh names");
  });
});
