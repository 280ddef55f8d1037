/** Seeding and reading the organisation, and signing in as the demo staff (PGlite, or TEST_DATABASE_URL). */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { caseInScope } from "../auth/scope.ts";
import { signIn } from "../auth/sessions.ts";
import { isQyzmetError } from "../core/errors.ts";
import type { Store } from "../store/store.ts";
import { openTestStore } from "../store/testing.ts";
import { DEMO_PASSWORD, demoOrganisation } from "./demo-org.ts";
import { demoCitizens } from "./demo-population.ts";
import type { OrgKind } from "./model.ts";
import {
  getCitizen,
  getDistrict,
  getProvider,
  getStaff,
  listDistricts,
  listProviders,
  listRegions,
  listStaff,
  providersForService,
} from "./queries.ts";
import { type SeedResult, seedOrganisation } from "./seed.ts";

describe("organisation in the database", () => {
  let store: Store;
  let first: SeedResult;
  const org = demoOrganisation();
  const now = new Date("2025-06-02T05:00:00Z");

  before(async () => {
    store = await openTestStore();
    first = await seedOrganisation(store.db);
  });
  after(async () => store.close());

  it("seeds every table, and a second run adds nothing", async () => {
    const expected = {
      regions: 20,
      districts: org.districts.length,
      providers: org.providers.length,
      staff: org.staff.length,
      citizens: 2000,
    };
    assert.deepEqual(first.total, expected);
    assert.deepEqual(first.inserted, expected);
    const second = await seedOrganisation(store.db);
    assert.deepEqual(second.total, expected);
    assert.deepEqual(second.inserted, { regions: 0, districts: 0, providers: 0, staff: 0, citizens: 0 });
  });

  it("every demo user shares the one hash of the demo password", async () => {
    const hashes = await store.db.selectFrom("staff").select("password_hash").distinct().execute();
    assert.equal(hashes.length, 1);
    assert.match(hashes[0]?.password_hash ?? "", /^scrypt\$15\$8\$1\$/);
  });

  it("reads regions, districts and providers back as they were written", async () => {
    const regions = await listRegions(store.db);
    assert.equal(regions.length, 20);
    assert.deepEqual(
      regions.find((r) => r.code === "kyzylorda"),
      org.regions.find((r) => r.code === "kyzylorda"),
    );
    assert.deepEqual(
      await getDistrict(store.db, "kzo-d02"),
      org.districts.find((d) => d.id === "kzo-d02"),
    );
    assert.equal((await listDistricts(store.db, "kyzylorda")).length, 4);
    assert.equal((await listDistricts(store.db)).length, org.districts.length);
    assert.deepEqual(
      await getProvider(store.db, "KZO-D01-EDU"),
      org.providers.find((p) => p.id === "KZO-D01-EDU"),
    );
    assert.equal(await getProvider(store.db, "NOPE"), null);
  });

  it("every region has providers of every kind (the committee at republic level)", async () => {
    const all = await listProviders(store.db);
    const kinds = [...new Set(org.providers.map((p) => p.kind))];
    assert.equal(kinds.length, 10);
    for (const r of org.regions) {
      const here = new Set(all.filter((p) => p.regionCode === r.code).map((p) => p.kind));
      for (const k of kinds) if (k !== "ministry_committee") assert.ok(here.has(k), `${r.code} ${k}`);
    }
    const regionLevel = await listProviders(store.db, { regionCode: "kyzylorda", districtId: null });
    assert.deepEqual(
      regionLevel.map((p) => p.id),
      ["KZO-AKIMAT", "KZO-EDU", "KZO-ESP", "KZO-SC"],
    );
    const schools = await listProviders(store.db, {
      regionCode: "astana",
      kinds: ["education_organisation"],
    });
    assert.deepEqual(
      schools.map((p) => p.id),
      ["AST-D01-SCH", "AST-D02-SCH", "AST-D03-SCH", "AST-D04-SCH"],
    );
    assert.deepEqual(await listProviders(store.db, { kinds: [] }), []);
  });

  it("finds the provider of a service: the district first, then the region, then the republic", async () => {
    const ids = async (districtId: string | null, kinds: OrgKind[], regionCode = "kyzylorda") =>
      (await providersForService(store.db, { regionCode, districtId, kinds })).map((p) => p.id);
    assert.deepEqual(await ids("kzo-d02", ["district_education_department"]), ["KZO-D02-EDU"]);
    assert.deepEqual(
      await ids("kzo-d02", ["district_education_department", "regional_education_department"]),
      ["KZO-D02-EDU"],
    );
    assert.deepEqual(await ids("kzo-d02", ["regional_education_department"]), ["KZO-EDU"]);
    assert.deepEqual(await ids(null, ["district_education_department", "regional_education_department"]), [
      "KZO-EDU",
    ]);
    assert.deepEqual(await ids("kzo-d03", ["state_corporation_branch"]), ["KZO-D03-SC"]);
    assert.deepEqual(await ids("kzo-d01", ["ministry_committee"]), ["KZ-CPCR"]);
    assert.deepEqual(await ids(null, ["employment_centre"]), []);
    assert.deepEqual(await ids("kzo-d01", []), []);
    for (const [district, region] of [
      ["ast-d01", "kyzylorda"],
      ["nowhere", "kyzylorda"],
    ] as const) {
      await assert.rejects(
        providersForService(store.db, { regionCode: region, districtId: district, kinds: ["akim_office"] }),
        (e: unknown) => isQyzmetError(e) && e.code === "ORG_UNKNOWN_DISTRICT" && e.status === 400,
      );
    }
  });

  it("reads citizens by IIN", async () => {
    const sample = demoCitizens({ count: 3 });
    for (const c of sample) {
      const got = await getCitizen(store.db, c.iin);
      assert.deepEqual(got, {
        iin: c.iin,
        surname: c.surname,
        givenName: c.given_name,
        patronymic: c.patronymic,
        birthDate: c.birth_date,
        sex: c.sex,
        regionCode: c.region_code,
        districtId: c.district_id,
        phone: c.phone,
        address: c.address,
      });
    }
    assert.equal(await getCitizen(store.db, "900101300017"), null);
  });

  it("lists staff by provider and role (candidates for a task)", async () => {
    const executors = await listStaff(store.db, { providerId: "KZO-D01-EDU", role: "responsible_executor" });
    assert.deepEqual(
      executors.map((s) => s.id),
      ["kzo-d01-edu.executor", "kzo-d01-edu.executor2"],
    );
    const supervisors = await listStaff(store.db, { role: "supervisor", regionCode: "kyzylorda" });
    assert.deepEqual(
      supervisors.map((s) => s.login),
      ["kzo.supervisor"],
    );
    const admin = await getStaff(store.db, "admin");
    assert.deepEqual([admin?.roles, admin?.active], [["administrator"], true]);
    assert.equal(await getStaff(store.db, "nobody"), null);
  });

  it("a sample of demo staff signs in with the demo password, with the right actor", async () => {
    const sample: [string, string | string[], string | null, string | null][] = [
      ["kzo-d01-edu.clerk", "office_clerk", "KZO-D01-EDU", "kyzylorda"],
      ["kzo-d01-edu.head", "head", "KZO-D01-EDU", "kyzylorda"],
      ["kzo-d01-edu.executor2", "responsible_executor", "KZO-D01-EDU", "kyzylorda"],
      ["kzo-d01-edu.dept", "department_head", "KZO-D01-EDU", "kyzylorda"],
      ["kzo-d01-akim.akim", ["akim", "head"], "KZO-D01-AKIM", "kyzylorda"],
      ["kzo-d01-akim.specialist", ["akim_specialist", "responsible_executor"], "KZO-D01-AKIM", "kyzylorda"],
      ["kzo-d01-sc.operator", "state_corporation_operator", "KZO-D01-SC", "kyzylorda"],
      ["ast-esp.head", "head", "AST-ESP", "astana"],
      ["kz-cpcr.executor", "responsible_executor", "KZ-CPCR", "astana"],
      ["kzo.supervisor", "supervisor", null, "kyzylorda"],
      ["kz.supervisor", "supervisor", null, null],
      ["admin", "administrator", null, null],
    ];
    for (const [login, role, providerId, regionCode] of sample) {
      const { actor } = await signIn(store.db, { login, password: DEMO_PASSWORD, now });
      assert.deepEqual(
        [actor.staffId, actor.roles, actor.providerId, actor.regionCode],
        [login, Array.isArray(role) ? role : [role], providerId, regionCode],
      );
    }
  });

  it("seeded actors see the cases of their scope", async () => {
    const kazalyCase = { providerId: "KZO-D02-EDU", intakeOfficeId: "KZO-D02-SC", regionCode: "kyzylorda" };
    const actor = async (id: string) => {
      const { actor } = await signIn(store.db, { login: id, password: DEMO_PASSWORD, now });
      return actor;
    };
    assert.equal(caseInScope(await actor("kzo-d02-edu.executor"), kazalyCase), true);
    assert.equal(caseInScope(await actor("kzo-d02-sc.operator"), kazalyCase), true);
    assert.equal(caseInScope(await actor("kzo-d01-edu.executor"), kazalyCase), false);
    assert.equal(caseInScope(await actor("kzo.supervisor"), kazalyCase), true);
    assert.equal(caseInScope(await actor("ast.supervisor"), kazalyCase), false);
  });
});
