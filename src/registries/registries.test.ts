import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { quoteFound } from "../catalog/seed-text.ts";
import type { StaffActor, StaffRole } from "../core/actor.ts";
import { isQyzmetError } from "../core/errors.ts";
import { nextIin } from "../iin/iin.ts";
import { assignmentsFor, assignPayment, completeAs, inScope } from "../payments/index.ts";
import type { Store } from "../store/store.ts";
import { openTestStore } from "../store/testing.ts";
import {
  accreditAgency,
  browseChildren,
  CANDIDATE_KINDS,
  CHILD_STATUSES,
  candidatesByKind,
  childrenByStatusAndRegion,
  cite,
  confirmPlacement,
  extendAccreditation,
  getChild,
  hasBankAccess,
  listCandidates,
  listChildren,
  placementsPerMonth,
  recordConclusion,
  registerChild,
  registerOrder,
  registryAfterClose,
  SOURCES,
  scanReminders,
  selectChild,
  setSetting,
  staffSeesRegion,
  type Viewer,
} from "./index.ts";

const AT = new Date("2026-03-10T06:00:00Z");
const t3 = (s: string) => JSON.stringify({ kk: s, ru: s, en: s });
let serial = 1;
const iin = (birth = "1985-04-01", sex: "m" | "f" = "f") => {
  const r = nextIin({ birthDate: birth, sex, serial });
  serial = r.serial + 1;
  return r.iin;
};
const staff = (roles: StaffRole[], regionCode: string | null, providerId: string | null): StaffActor => ({
  kind: "staff",
  staffId: `s-${roles.join("+")}-${regionCode}`,
  login: "x",
  fullName: "x",
  iin: "000000000000",
  roles,
  providerId,
  regionCode,
});

describe("registries", () => {
  let store: Store;

  /** A case of `service` closed as issued by EDU-<region>, as the engine leaves it. */
  async function closedCase(
    id: string,
    service: string,
    region: string,
    applicantIin: string,
    applicant: object,
  ) {
    await store.admin
      .insertInto("cases")
      .values({
        id,
        idempotency_key: id,
        request_hash: "h",
        service_code: service,
        version_id: "v",
        procedure_id: "p",
        channel: "portal",
        region_code: region,
        provider_id: `EDU-${region}`,
        intake_office_id: null,
        applicant_iin: applicantIin,
        applicant: JSON.stringify(applicant),
        children: "[]",
        form: "{}",
        documents: "[]",
        has_child_data: false,
        status: "issued",
        submitted_at: AT,
        term_start: AT,
        term: "{}",
        outputs: "{}",
        clock: "[]",
        ended_at: AT,
        revision: 1,
        created_at: AT,
        updated_at: AT,
        incoming_number: null,
        variant: null,
        district_id: null,
        representative: null,
        cursor: null,
        deadline: null,
        preliminary_refusal: null,
        hearing: null,
        outcome: null,
      })
      .execute();
    return store.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  }
  before(async () => {
    store = await openTestStore();
    await store.admin
      .insertInto("regions")
      .values([
        { code: "abai", kato: "100000000", name: t3("abai") },
        { code: "astana", kato: "710000000", name: t3("astana") },
      ])
      .execute();
    await store.admin
      .insertInto("providers")
      .values(
        ["abai", "astana"].map((r) => ({
          id: `EDU-${r}`,
          kind: "district_education_department",
          region_code: r,
          bin: "000000000000",
          name: t3(r),
          address: t3(r),
        })),
      )
      .execute();
  });
  after(async () => store.close());

  it("every source quote is in its cited lines of the act", () => {
    for (const s of Object.values(SOURCES))
      assert.ok(quoteFound(s.seed, s.lines[0], s.lines[1], s.quote ?? ""), cite(s));
  });

  it(`003 ${SOURCES.bankAccess.ref}: a positive conclusion opens the bank (anonymised), a negative one does not`, async () => {
    const yes = iin();
    const no = iin("1980-02-02", "m");
    const child = await store.db.transaction().execute(async (trx) => {
      await recordConclusion(trx, {
        iin: yes,
        kind: "adopter",
        fullName: "A",
        regionCode: "abai",
        providerId: "EDU-abai",
        conclusion: "positive",
        concludedOn: "2026-03-01",
        validUntil: null,
        caseId: null,
        at: AT,
      });
      await recordConclusion(trx, {
        iin: no,
        kind: "adopter",
        fullName: "B",
        regionCode: "abai",
        providerId: "EDU-abai",
        conclusion: "negative",
        concludedOn: "2026-03-01",
        validUntil: null,
        caseId: null,
        at: AT,
      });
      return registerChild(trx, {
        iin: null,
        fullName: "Secret Name",
        birthDate: "2020-05-05",
        sex: "m",
        regionCode: "astana",
        status: "available_adoption",
        profile: { health: "I" },
        at: AT,
      });
    });
    assert.equal(await hasBankAccess(store.db, yes, AT), true);
    assert.equal(await hasBankAccess(store.db, no, AT), false);
    const seen = await listChildren(store.db, { kind: "citizen", iin: yes }, {}, AT);
    assert.equal(seen.view, "anonymised");
    assert.deepEqual(
      seen.children.map((c) => c.id),
      [child.id],
    );
    assert.ok(!JSON.stringify(seen).includes("Secret Name"));
    assert.ok(!JSON.stringify(seen).includes("2020-05-05"));
    const denied = await listChildren(store.db, { kind: "citizen", iin: no }, {}, AT);
    assert.equal(denied.children.length, 0);
    await assert.rejects(
      getChild(store.db, { kind: "citizen", iin: no }, child.id, AT),
      (e) => isQyzmetError(e) && e.code === "REGISTRY_FORBIDDEN",
    );
    const log = await store.db
      .selectFrom("access_log")
      .selectAll()
      .where("citizen_iin", "in", [yes, no])
      .execute();
    assert.ok(log.some((l) => l.citizen_iin === no && !l.allowed));
    assert.ok(log.some((l) => l.citizen_iin === yes && l.allowed));
  });

  it("de-duplication by IIN: a later conclusion from another region replaces the record", async () => {
    const who = iin("1979-01-01", "m");
    const first = await store.db.transaction().execute((trx) =>
      recordConclusion(trx, {
        iin: who,
        kind: "guardian",
        fullName: "G",
        regionCode: "abai",
        providerId: null,
        conclusion: "positive",
        concludedOn: "2026-01-01",
        validUntil: null,
        caseId: null,
        at: AT,
      }),
    );
    const second = await store.db.transaction().execute((trx) =>
      recordConclusion(trx, {
        iin: who,
        kind: "guardian",
        fullName: "G",
        regionCode: "astana",
        providerId: null,
        conclusion: "negative",
        concludedOn: "2026-02-01",
        validUntil: null,
        caseId: null,
        at: AT,
      }),
    );
    assert.equal(first.replaced, false);
    assert.equal(second.replaced, true);
    assert.equal(second.candidate.id, first.candidate.id);
    const rows = await store.db
      .selectFrom("registry_candidates")
      .selectAll()
      .where("iin", "=", who)
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.region_code, "astana");
  });

  it(`002 ${SOURCES.fosterBankEntry.ref}: a selection and placement move the child out of "available"`, async () => {
    const fam = iin("1982-03-03", "f");
    const { candidate, child } = await store.db.transaction().execute(async (trx) => {
      const c = await recordConclusion(trx, {
        iin: fam,
        kind: "foster_family",
        fullName: "F",
        regionCode: "abai",
        providerId: "EDU-abai",
        conclusion: "positive",
        concludedOn: "2026-03-01",
        validUntil: "2027-03-01",
        caseId: null,
        at: AT,
      });
      const ch = await registerChild(trx, {
        iin: null,
        fullName: "Kid",
        birthDate: "2016-01-01",
        sex: "f",
        regionCode: "abai",
        status: "available_foster",
        profile: {},
        at: AT,
      });
      return { candidate: c.candidate, child: ch };
    });
    const before1 = await listChildren(store.db, { kind: "citizen", iin: fam }, {}, AT);
    assert.ok(before1.children.some((c) => c.id === child.id));
    const p = await store.db
      .transaction()
      .execute((trx) => selectChild(trx, { candidateId: candidate.id, childId: child.id, at: AT }));
    const afterSel = await listChildren(store.db, { kind: "citizen", iin: fam }, {}, AT);
    assert.ok(!afterSel.children.some((c) => c.id === child.id));
    await assert.rejects(
      store.db
        .transaction()
        .execute((trx) => selectChild(trx, { candidateId: candidate.id, childId: child.id, at: AT })),
      (e) => isQyzmetError(e) && e.code === "REGISTRY_WRONG_STATE",
    );
    await store.db
      .transaction()
      .execute((trx) => confirmPlacement(trx, p.id, { placedOn: "2026-03-12", document: "Д-17", at: AT }));
    const row = await store.db
      .selectFrom("registry_children")
      .select("status")
      .where("id", "=", child.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, "placed");
  });

  it(`003 ${SOURCES.extensionDeadline.ref} and ${SOURCES.quota.ref}: quota, the 30-day extension deadline and its reminder`, async () => {
    await store.db.transaction().execute((trx) => setSetting(trx, "agency.quota", 1, "admin", AT));
    const a = await store.db.transaction().execute((trx) =>
      accreditAgency(trx, {
        name: "Hope",
        country: "IT",
        accreditedOn: "2025-05-01",
        expiresOn: "2026-04-20",
        undertakings: ["reports"],
        caseId: null,
        at: AT,
      }),
    );
    await assert.rejects(
      store.db.transaction().execute((trx) =>
        accreditAgency(trx, {
          name: "Two",
          country: "ES",
          accreditedOn: "2026-03-01",
          expiresOn: "2027-03-01",
          undertakings: [],
          caseId: null,
          at: AT,
        }),
      ),
      (e) => isQyzmetError(e) && e.code === "REGISTRY_RULE",
    );
    // expiry 20 April: the last day to apply is 21 March; on 10 March it is within the 14-day lead.
    const first = await store.db.transaction().execute((trx) => scanReminders(trx, AT));
    assert.deepEqual(
      first.map((r) => [r.kind, r.subject_id, r.due_on]),
      [["agency.extension", a.id, "2026-03-21"]],
    );
    const again = await store.db.transaction().execute((trx) => scanReminders(trx, AT));
    assert.equal(again.length, 0);
    await assert.rejects(
      store.db
        .transaction()
        .execute((trx) =>
          extendAccreditation(trx, a.id, { appliedOn: "2026-03-22", newExpiresOn: "2029-04-20", at: AT }),
        ),
      (e) => isQyzmetError(e) && e.code === "REGISTRY_RULE",
    );
    const ext = await store.db
      .transaction()
      .execute((trx) =>
        extendAccreditation(trx, a.id, { appliedOn: "2026-03-21", newExpiresOn: "2029-04-20", at: AT }),
      );
    assert.equal(ext.expires_on, "2029-04-20");
  });

  it(`003 ${SOURCES.relativesTraining.ref}: a relative without training is due within one calendar year, reminded once`, async () => {
    const child = await store.db.transaction().execute((trx) =>
      registerChild(trx, {
        iin: null,
        fullName: "W",
        birthDate: "2018-02-02",
        sex: "m",
        regionCode: "abai",
        status: "available_guardianship",
        profile: {},
        at: AT,
      }),
    );
    const o = await store.db.transaction().execute((trx) =>
      registerOrder(trx, {
        number: "12-о",
        providerId: "EDU-abai",
        childId: child.id,
        guardianIin: iin("1960-01-01", "f"),
        form: "guardianship",
        orderDate: "2025-04-01",
        relativeWithoutTraining: true,
      }),
    );
    assert.equal(o.training_due, "2026-04-01");
    const r = await store.db.transaction().execute((trx) => scanReminders(trx, AT));
    assert.deepEqual(
      r.map((x) => x.kind),
      ["guardianship.training"],
    );
  });

  it("reports count children by region and status, candidates by kind, placements by month", async () => {
    const byRegion = await childrenByStatusAndRegion(store.db);
    const children = await store.db
      .selectFrom("registry_children")
      .select(["region_code", "status"])
      .execute();
    assert.equal(
      byRegion.reduce((s, r) => s + r.count, 0),
      children.length,
    );
    assert.ok(byRegion.some((r) => r.key[0] === "abai" && r.key[1] === "placed" && r.count === 1));
    const kinds = await candidatesByKind(store.db);
    assert.ok(kinds.some((r) => r.key[0] === "adopter" && r.key[1] === "negative" && r.count === 1));
    assert.deepEqual(await placementsPerMonth(store.db), [{ key: ["2026-03", "foster"], count: 1 }]);
  });

  it("the engine's afterClose hook enters the applicant of an issued adoption-candidate case as a positive candidate", async () => {
    const who = iin("1988-08-08", "m");
    const c = await closedCase("case-adopt", "adoption-candidate-registration", "abai", who, {
      fullName: "Adopter",
    });
    const rules = { service: { code: "adoption-candidate-registration" } } as Parameters<
      typeof registryAfterClose
    >[2];
    await store.db.transaction().execute((trx) => registryAfterClose(trx, c, rules));
    assert.equal(await hasBankAccess(store.db, who, AT), true);
  });

  it("authorisation (fast-check, role × scope × record): no one sees a child or candidate outside their rights", async () => {
    const roles = [
      "office_clerk",
      "head",
      "responsible_executor",
      "department_head",
      "akim",
      "state_corporation_operator",
      "supervisor",
      "administrator",
    ] as const;
    const kinds = [
      "district_education_department",
      "state_corporation_branch",
      "akim_office",
      "ministry_committee",
      null,
    ] as const;
    const children = await store.db.selectFrom("registry_children").selectAll().execute();
    const candidates = await store.db.selectFrom("registry_candidates").selectAll().execute();
    const arbViewer = fc.oneof(
      fc
        .record({
          role: fc.constantFrom(...roles),
          region: fc.constantFrom("abai", "astana", null),
          kind: fc.constantFrom(...kinds),
        })
        .map(
          ({ role, region, kind }): Viewer => ({
            kind: "staff",
            actor: staff([role], region, kind ? "P" : null),
            providerKind: kind,
          }),
        ),
      fc
        .constantFrom(...candidates.map((c) => c.iin), "900101300123")
        .map((i): Viewer => ({ kind: "citizen", iin: i })),
    );
    await fc.assert(
      fc.asyncProperty(arbViewer, async (v) => {
        const list = await listChildren(store.db, v, {}, AT);
        const cands = await listCandidates(store.db, v, AT);
        if (v.kind === "citizen") {
          assert.equal(list.view, "anonymised");
          const mine = candidates.filter((c) => c.iin === v.iin && c.conclusion === "positive");
          for (const ch of list.children) {
            const full = children.find((x) => x.id === ch.id);
            assert.ok(full?.status.startsWith("available_"));
            assert.ok(
              mine.some(
                (c) =>
                  ch.status ===
                  `available_${c.kind === "adopter" ? "adoption" : c.kind === "foster_family" ? "foster" : c.kind === "guardian" ? "guardianship" : "patronage"}`,
              ),
            );
            assert.ok(!("fullName" in ch) && !("iin" in ch));
          }
          for (const c of cands) assert.equal(c.iin, v.iin);
          return;
        }
        const a = v.actor;
        const casework = a.roles.some((r) => ["head", "responsible_executor", "department_head"].includes(r));
        const allowedRegion = (r: string) =>
          a.roles.includes("supervisor")
            ? a.regionCode === null || a.regionCode === r
            : casework &&
              v.providerKind !== null &&
              ["district_education_department", "ministry_committee"].includes(v.providerKind) &&
              (v.providerKind === "ministry_committee" || a.regionCode === r);
        for (const ch of list.children)
          assert.ok(allowedRegion((ch as { regionCode?: string; region_code?: string }).region_code ?? ""));
        for (const c of cands) assert.ok(allowedRegion(c.region_code));
        assert.equal(list.children.length, children.filter((c) => allowedRegion(c.region_code)).length);
        for (const ch of children)
          assert.equal(staffSeesRegion(v, ch.region_code), allowedRegion(ch.region_code));
      }),
      { numRuns: 60 },
    );
    assert.ok(CANDIDATE_KINDS.length === 4 && CHILD_STATUSES.length === 6);
  });

  it("authorisation of the new routes (fast-check, role × region × provider × record): payment assignments are read and completed only within scope, every read logged; a citizen browses the bank only with a positive conclusion in force", async () => {
    // Two assignments from cases of EDU-abai and EDU-astana, one entered by hand (no case).
    const caseOf = async (id: string, region: string) =>
      (await closedCase(id, "guardian-allowance", region, iin(), {})).id;
    const records: { id: string; region_code: string; caseProviderId: string | null }[] = [];
    for (const [region, caseId] of [
      ["abai", await caseOf("pay-prop-abai", "abai")],
      ["astana", await caseOf("pay-prop-astana", "astana")],
      ["astana", null],
    ] as const) {
      const a = await assignPayment(store.db, {
        type: "guardian-allowance",
        caseId,
        recipientIin: iin(),
        recipientName: "R",
        childIin: null,
        childBirthDate: "2016-01-01",
        regionCode: region,
        bankBic: null,
        account: null,
        startsOn: "2026-03-01",
        termEndsOn: null,
        at: AT,
      });
      records.push({ id: a.id, region_code: region, caseProviderId: caseId ? `EDU-${region}` : null });
    }
    const roles = [
      "office_clerk",
      "head",
      "responsible_executor",
      "department_head",
      "akim",
      "state_corporation_operator",
      "supervisor",
      "administrator",
    ] as const;
    const citizens = (await store.db.selectFrom("registry_candidates").select(["iin"]).execute()).map(
      (c) => c.iin,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          role: fc.constantFrom(...roles),
          region: fc.constantFrom("abai", "astana", null),
          provider: fc.constantFrom("EDU-abai", "EDU-astana", null),
          record: fc.constantFrom(...records),
          citizen: fc.constantFrom(...citizens, "900101300123"),
        }),
        async ({ role, region, provider, record, citizen }) => {
          const a = staff([role], region, provider);
          // What the rights say, written out independently of access.ts.
          const reads =
            role === "administrator" ||
            (role === "supervisor" && (region === null || region === record.region_code)) ||
            (["head", "responsible_executor", "department_head"].includes(role) &&
              provider !== null &&
              record.caseProviderId === provider);
          const completes =
            role === "administrator" ||
            (["head", "responsible_executor", "department_head"].includes(role) &&
              provider !== null &&
              record.caseProviderId === provider);
          const mayList =
            role === "administrator" ||
            role === "supervisor" ||
            (["head", "responsible_executor", "department_head"].includes(role) && provider !== null);
          const logsBefore = await store.db.selectFrom("access_log").select("id").execute();
          try {
            const seen = (await assignmentsFor(store.db, a, {}, AT)).map((x) => x.id);
            assert.ok(mayList);
            assert.equal(seen.includes(record.id), reads);
            for (const id of seen) {
              const r = records.find((x) => x.id === id);
              if (r)
                assert.ok(
                  inScope(
                    role === "administrator"
                      ? { kind: "all" }
                      : role === "supervisor"
                        ? region === null
                          ? { kind: "all" }
                          : { kind: "region", regionCode: region }
                        : { kind: "provider", providerId: provider ?? "" },
                    r,
                  ),
                );
            }
          } catch (e) {
            if (!isQyzmetError(e)) throw e;
            assert.equal(e.code, "PAYMENT_FORBIDDEN");
            assert.ok(!mayList);
          }
          const logsAfter = await store.db.selectFrom("access_log").select("id").execute();
          assert.equal(logsAfter.length, logsBefore.length + 1, "every read is logged");
          // Completing with a term the assignment does not wait for: inside scope it reaches the
          // state check (409), outside it is refused (403 for the role, 404 for the record) — never changed.
          await assert.rejects(completeAs(store.db, a, record.id, { termEndsOn: "2026-12-31" }, AT), (e) => {
            if (!isQyzmetError(e)) throw e;
            if (completes) assert.equal(e.code, "PAYMENT_WRONG_STATE");
            else assert.ok(["PAYMENT_FORBIDDEN", "PAYMENT_NOT_FOUND"].includes(e.code), e.code);
            return true;
          });
          // The citizen route's function: anonymised profiles only with a positive conclusion in force.
          const open = await hasBankAccess(store.db, citizen, AT);
          try {
            const kids = await browseChildren(store.db, citizen, {}, AT);
            assert.ok(open);
            for (const k of kids) assert.ok(!("fullName" in k) && !("iin" in k) && !("birth_date" in k));
          } catch (e) {
            if (!isQyzmetError(e)) throw e;
            assert.equal(e.code, "REGISTRY_NO_CONCLUSION");
            assert.equal(e.status, 403);
            assert.ok(!open);
          }
        },
      ),
      { numRuns: 60 },
    );
    const after = await store.db
      .selectFrom("payment_assignments")
      .select(["id", "term_ends_on", "pending"])
      .where(
        "id",
        "in",
        records.map((r) => r.id),
      )
      .execute();
    for (const r of after) assert.deepEqual([r.term_ends_on, r.pending], [null, ["account"]]);
  });
});
